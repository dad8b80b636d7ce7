import VartaCore

/// An article as read from a file: its text and what its first lines say about it.
public struct Article: Sendable, Hashable {
    /// The document id, e.g. the file name without its extension.
    public let id: String
    /// The whole text, BOM removed; everything else byte for byte as given (CRLF stays CRLF).
    public let text: String
    /// The first non-empty line, trimmed of white space; nil when every line is blank.
    public let title: String?
    /// The publication date the page states, or the override; nil when there is none
    /// (never today's date).
    public let date: Day?

    /// An article with the given fields, as they are (nothing is read or checked).
    public init(id: String, text: String, title: String?, date: Day?) {
        self.id = id
        self.text = text
        self.title = title
        self.date = date
    }
}

/// Reads article files: decodes their bytes and picks out title and publication date.
public enum ArticleReader {
    /// Decodes UTF-8 (a leading BOM is skipped, CRLF line ends are kept) into an `Article`.
    ///
    /// Invalid UTF-8 throws `ArticleReadError.invalidUTF8` with the offset and line of the first
    /// bad byte, unless `lossy` is true, in which case bad bytes become U+FFFD. A UTF-16 byte
    /// order mark throws `ArticleReadError.utf16` unless `lossy` is true. `dateOverride`, when
    /// given, is the article's date whatever the text says.
    public static func read(
        _ bytes: [UInt8], id: String, dateOverride: Day? = nil, lossy: Bool = false
    ) throws(ArticleReadError) -> Article {
        let start = bytes.count >= 3 && bytes[0] == 0xEF && bytes[1] == 0xBB && bytes[2] == 0xBF ? 3 : 0
        if let nul = bytes.firstIndex(of: 0), !(bytes.count >= 2 && (bytes[0] == 0xFF || bytes[0] == 0xFE)) {
            throw .binary(document: id, byteOffset: nul)
        }
        if bytes[start...].allSatisfy({ $0 == 0x20 || $0 == 0x09 || $0 == 0x0A || $0 == 0x0D }) {
            throw .empty(document: id)
        }
        if !lossy {
            let invalid = bytes.withUnsafeBufferPointer { buffer -> (offset: Int, line: Int)? in
                guard let offset = UTF8Check.firstInvalidOffset(UnsafeBufferPointer(rebasing: buffer[start...])) else {
                    return nil
                }
                return (start + offset, UTF8Check.line(of: start + offset, in: buffer))
            }
            if let invalid {
                if bytes.count >= 2 && ((bytes[0] == 0xFF && bytes[1] == 0xFE) || (bytes[0] == 0xFE && bytes[1] == 0xFF)) {
                    throw .utf16(document: id)
                }
                throw .invalidUTF8(document: id, byteOffset: invalid.offset, line: invalid.line)
            }
        }
        // Valid by now, or lossy: the standard library replaces each bad sequence with U+FFFD.
        let text = String(decoding: bytes[start...], as: UTF8.self)
        return Article(
            id: id, text: text, title: title(of: text),
            date: dateOverride ?? publicationDate(in: text))
    }

    /// The publication date a page states, or nil.
    ///
    /// Full dates only (day, month and year 1900–2100) in English, Hindi or numeric forms:
    /// `28 April 2023`, `Mar 04, 2023`, `२८ अप्रैल २०२३`, `2023-04-28T11:30:00Z`, `10.06.2024`
    /// (dots: day first), `28/04/2023` (slashes: only when one reading is possible).
    /// A date after `Published`/`Created On`/`date`/`प्रकाशित` wins, then a line that is only a
    /// date and time, then one after `Updated`/`अपडेट`, then a dateline or short header or
    /// footer line among the first or last five lines. Dates inside body sentences are event
    /// dates and are never taken. See `PublicationDateFinder` for the details.
    public static func publicationDate(in text: String) -> Day? {
        var text = text
        return text.withUTF8 { PublicationDateFinder.date(in: $0) }
    }

    /// The first non-empty line, trimmed; nil when there is none.
    static func title(of text: String) -> String? {
        var text = text
        return text.withUTF8 { bytes -> String? in
            var index = 0
            let end = bytes.count
            while index < end {
                var lineEnd = index
                var breakLength = 0
                while lineEnd < end {
                    breakLength = ReadingBytes.lineBreakLength(bytes, lineEnd, end)
                    if breakLength > 0 { break }
                    lineEnd += 1
                }
                let range = ReadingBytes.trimmed(bytes, index, lineEnd)
                if !range.isEmpty {
                    return String(decoding: UnsafeBufferPointer(rebasing: bytes[range]), as: UTF8.self)
                }
                index = lineEnd + breakLength
            }
            return nil
        }
    }
}
