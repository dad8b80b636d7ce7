/// Why an article's bytes could not be read as text.
public enum ArticleReadError: Error, Equatable, Sendable, CustomStringConvertible {
    /// The bytes are not UTF-8: the first bad byte is at `byteOffset` (0-based, counted in
    /// the bytes as given, a BOM included) on `line` (1-based).
    case invalidUTF8(document: String, byteOffset: Int, line: Int)
    /// The bytes start with a UTF-16 byte order mark: the file was saved as UTF-16.
    case utf16(document: String)
    /// A NUL byte at `byteOffset`: the file is binary (an image, a PDF, an archive), not text.
    case binary(document: String, byteOffset: Int)
    /// Nothing but white space.
    case empty(document: String)

    public var description: String {
        switch self {
        case let .invalidUTF8(document, byteOffset, line):
            return "\(document): line \(line), byte \(byteOffset): the text is not valid UTF-8. "
                + "Convert the file to UTF-8, or use --lossy to replace bad bytes with U+FFFD."
        case let .binary(document, byteOffset):
            return "\(document): byte \(byteOffset) is NUL: this is a binary file, not an article. Give the text of the page."
        case let .empty(document):
            return "\(document): the article is empty; nothing to read."
        case let .utf16(document):
            return "\(document): the file is UTF-16 (it starts with a UTF-16 byte order mark), not UTF-8. "
                + "Convert it to UTF-8, e.g. with `iconv -f UTF-16 -t UTF-8`."
        }
    }
}
