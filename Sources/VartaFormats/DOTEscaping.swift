/// Quoting for DOT text, so that any string means itself to every DOT reader.
///
/// Every id and value is written as a quoted string. Inside it `"` becomes `\"`.
/// Graphviz interprets escape sequences in labels and tooltips (`\N`, `\n`, `\l`, ...),
/// so a backslash is doubled and a line break becomes `\n`; a carriage return before a
/// line feed is dropped. Other control characters cannot be shown and would make SVG output
/// invalid XML, so they become U+FFFD.
public enum DOTEscaping {
    /// Appends `text` as a quoted DOT string to `out`.
    public static func appendQuoted(_ text: String, to out: inout [UInt8]) {
        var writer = ByteWriter(capacity: text.utf8.count + 2)
        appendQuoted(text, to: &writer)
        out.append(contentsOf: writer.bytes())
    }

    static func appendQuoted(_ text: String, to out: inout ByteWriter) {
        out.append(UInt8(ascii: "\""))
        var escaper = Escaper()
        escaper.append(text, to: &out)
        out.append(UInt8(ascii: "\""))
    }

    /// Escapes the inside of one quoted DOT string given in pieces, so that a long value
    /// (an edge's tooltip) is written straight into the output instead of being built first.
    /// The pieces come out as the whole would: a line break that ends one piece and the line
    /// feed that starts the next are one line break, as inside one string.
    ///
    /// Works on the UTF-8 bytes and copies runs that need no escaping whole: DOT export of
    /// large graphs spends its time here.
    struct Escaper {
        /// The last byte escaped was a carriage return, so a line feed right after it is dropped.
        private var afterCarriageReturn = false

        mutating func append(_ text: String, to out: inout ByteWriter) {
            text.withUTF8Bytes { append($0, to: &out) }
        }

        mutating func append(_ text: StaticString, to out: inout ByteWriter) {
            text.withUTF8Buffer { append($0, to: &out) }
        }

        private mutating func append(_ bytes: UnsafeBufferPointer<UInt8>, to out: inout ByteWriter) {
            guard !bytes.isEmpty else { return }
            var plainFrom = 0
            var index = DOTEscaping.firstCandidate(in: bytes, from: 0)
            while index < bytes.count {
                let byte = bytes[index]
                // C1 controls (U+0080–U+009F) are 0xC2 followed by 0x80–0x9F.
                let isC1 = byte == 0xC2 && index + 1 < bytes.count && bytes[index + 1] <= 0x9F
                guard byte < 0x20 || byte == 0x7F || byte == UInt8(ascii: "\"") || byte == UInt8(ascii: "\\") || isC1 else {
                    index = DOTEscaping.firstCandidate(in: bytes, from: index + 1)
                    continue
                }
                out.append(UnsafeBufferPointer(rebasing: bytes[plainFrom..<index]))
                let followsCarriageReturn = index > 0 ? bytes[index - 1] == UInt8(ascii: "\r") : afterCarriageReturn
                switch byte {
                case UInt8(ascii: "\""): out.append(#"\""#)
                case UInt8(ascii: "\\"): out.append(#"\\"#)
                case UInt8(ascii: "\n") where followsCarriageReturn:
                    break  // "\r\n" is one line break, written for the "\r"
                case UInt8(ascii: "\n"), UInt8(ascii: "\r"): out.append(#"\n"#)
                case UInt8(ascii: "\t"): out.append(byte)
                default: out.append(replacementCharacter)
                }
                index += isC1 ? 2 : 1
                plainFrom = index
                index = DOTEscaping.firstCandidate(in: bytes, from: index)
            }
            out.append(UnsafeBufferPointer(rebasing: bytes[plainFrom...]))
            afterCarriageReturn = bytes[bytes.count - 1] == UInt8(ascii: "\r")
        }
    }

    /// The index of the first byte at or after `start` that may need escaping (a control
    /// byte, DEL, `"`, `\\`, or 0xC2, which starts the C1 controls), or `bytes.count` when none
    /// does: most text needs no escaping at all.
    @inline(__always)
    fileprivate static func firstCandidate(in bytes: UnsafeBufferPointer<UInt8>, from start: Int) -> Int {
        ByteScan.firstIndex(in: bytes, from: start, mayHoldWanted: { word in
            ByteScan.hasControlByte(word) || ByteScan.has(0x7F, in: word) || ByteScan.has(0x22, in: word)
                || ByteScan.has(0x5C, in: word) || ByteScan.has(0xC2, in: word)
        }, isWanted: { byte in
            byte < 0x20 || byte == 0x7F || byte == 0x22 || byte == 0x5C || byte == 0xC2
        })
    }

    /// `text` as a quoted DOT string.
    public static func quoted(_ text: String) -> String {
        var out = ByteWriter(capacity: text.utf8.count + 2)
        appendQuoted(text, to: &out)
        return String(decoding: out.bytes(), as: UTF8.self)
    }

    /// The text Graphviz shows for an escaped string as cgraph hands it back after parsing
    /// (`\"` already undone): the inverse of `appendQuoted` for text without control characters.
    public static func unescapedLabel(_ parsed: String) -> String {
        var result = String.UnicodeScalarView()
        var iterator = parsed.unicodeScalars.makeIterator()
        while let scalar = iterator.next() {
            guard scalar == "\\", let next = iterator.next() else {
                result.append(scalar)
                continue
            }
            switch next {
            case "n", "l", "r": result.append("\n")
            default: result.append(next)
            }
        }
        return String(result)
    }

    /// C0 and C1 control characters (Unicode category Cc).
    static func isControl(_ scalar: Unicode.Scalar) -> Bool {
        scalar.value < 0x20 || (0x7F...0x9F).contains(scalar.value)
    }

    private static let replacementCharacter = Array("\u{FFFD}".utf8)
}
