/// Quoting for DOT text, so that any string means itself to every DOT reader.
///
/// Every id and value is written as a quoted string. Inside it `"` becomes `\"`.
/// Graphviz interprets escape sequences in labels and tooltips (`\N`, `\n`, `\l`, ...),
/// so a backslash is doubled and a line break becomes `\n`; a carriage return before a
/// line feed is dropped. Other control characters cannot be shown and would make SVG output
/// invalid XML, so they become U+FFFD.
public enum DOTEscaping {
    /// Appends `text` as a quoted DOT string to `out`. Works on the UTF-8 bytes and copies
    /// runs that need no escaping whole: DOT export of large graphs spends its time here.
    public static func appendQuoted(_ text: String, to out: inout [UInt8]) {
        out.append(UInt8(ascii: "\""))
        var text = text
        text.withUTF8 { bytes in
            var plainFrom = 0
            var index = 0
            while index < bytes.count {
                let byte = bytes[index]
                // C1 controls (U+0080–U+009F) are 0xC2 followed by 0x80–0x9F.
                let isC1 = byte == 0xC2 && index + 1 < bytes.count && bytes[index + 1] <= 0x9F
                guard byte < 0x20 || byte == 0x7F || byte == UInt8(ascii: "\"") || byte == UInt8(ascii: "\\") || isC1 else {
                    index += 1
                    continue
                }
                out.append(contentsOf: UnsafeBufferPointer(rebasing: bytes[plainFrom..<index]))
                switch byte {
                case UInt8(ascii: "\""): out.append(contentsOf: #"\""#.utf8)
                case UInt8(ascii: "\\"): out.append(contentsOf: #"\\"#.utf8)
                case UInt8(ascii: "\n") where index > 0 && bytes[index - 1] == UInt8(ascii: "\r"):
                    break  // "\r\n" is one line break, written for the "\r"
                case UInt8(ascii: "\n"), UInt8(ascii: "\r"): out.append(contentsOf: #"\n"#.utf8)
                case UInt8(ascii: "\t"): out.append(byte)
                default: out.append(contentsOf: replacementCharacter)
                }
                index += isC1 ? 2 : 1
                plainFrom = index
            }
            out.append(contentsOf: UnsafeBufferPointer(rebasing: bytes[plainFrom...]))
        }
        out.append(UInt8(ascii: "\""))
    }

    /// `text` as a quoted DOT string.
    public static func quoted(_ text: String) -> String {
        var out: [UInt8] = []
        appendQuoted(text, to: &out)
        return String(decoding: out, as: UTF8.self)
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
