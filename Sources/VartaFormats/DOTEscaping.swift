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
        out.append(UInt8(ascii: "\""))
        var previous: Unicode.Scalar = "\0"
        for scalar in text.unicodeScalars {
            switch scalar {
            case "\"": out.append(contentsOf: #"\""#.utf8)
            case "\\": out.append(contentsOf: #"\\"#.utf8)
            case "\n" where previous == "\r": break  // "\r\n" is one line break, written for the "\r"
            case "\n", "\r": out.append(contentsOf: #"\n"#.utf8)
            case "\t": out.append(UInt8(ascii: "\t"))
            case _ where isControl(scalar):
                out.append(contentsOf: replacementCharacter)
            default:
                UTF8.encode(scalar) { out.append($0) }
            }
            previous = scalar
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
