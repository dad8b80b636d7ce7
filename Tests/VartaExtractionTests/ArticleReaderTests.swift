import Testing
import VartaCore
import VartaExtraction

private func bytes(_ text: String) -> [UInt8] { Array(text.utf8) }

@Suite("Article reader")
struct ArticleReaderTests {
    @Test("reads UTF-8 text, title and date")
    func readsArticle() throws {
        let article = try ArticleReader.read(
            bytes("राजनाथ ने बात की\n\nCreated On :   28 April 2023 11:30 PM IST\n"), id: "hi-sco")
        #expect(article.id == "hi-sco")
        #expect(article.text == "राजनाथ ने बात की\n\nCreated On :   28 April 2023 11:30 PM IST\n")
        #expect(article.title == "राजनाथ ने बात की")
        #expect(article.date == Day(year: 2023, month: 4, day: 28))
    }

    @Test("a BOM is skipped; everything else is kept byte for byte")
    func bom() throws {
        let article = try ArticleReader.read([0xEF, 0xBB, 0xBF] + bytes("  Title \r\nBody.\r\n"), id: "a")
        #expect(Array(article.text.utf8) == bytes("  Title \r\nBody.\r\n"))
        #expect(article.title == "Title")
    }

    @Test("CRLF text keeps its CRLF; the title has no CR")
    func crlf() throws {
        let article = try ArticleReader.read(bytes("\r\n\r\nHeadline\r\nBody.\r\n"), id: "a")
        #expect(article.text == "\r\n\r\nHeadline\r\nBody.\r\n")
        #expect(article.title == "Headline")
    }

    @Test("the title is the first non-empty line, trimmed; nil when all lines are blank")
    func title() throws {
        #expect(try ArticleReader.read(bytes("\n \u{00A0}\n\t  Headline here \n Body"), id: "a").title == "Headline here")
        #expect(try ArticleReader.read(bytes(" \n\n\u{00A0}\n"), id: "a").title == nil)
    }

    @Test("an empty or binary file is refused with what and where")
    func emptyAndBinary() {
        #expect(throws: ArticleReadError.empty(document: "empty")) { try ArticleReader.read([], id: "empty") }
        #expect(throws: ArticleReadError.empty(document: "blank")) { try ArticleReader.read(bytes(" \r\n\t\n"), id: "blank") }
        #expect(throws: ArticleReadError.binary(document: "png", byteOffset: 5)) {
            try ArticleReader.read([0x89, 0x50, 0x4E, 0x47, 0x0D, 0x00, 0x1A, 0x0A], id: "png")
        }
        #expect(ArticleReadError.binary(document: "png", byteOffset: 5).description.contains("binary file"))
    }

    @Test("an article that states no date has none, not today's")
    func noDate() throws {
        #expect(try ArticleReader.read(bytes("Talks held\nThey met on Friday."), id: "a").date == nil)
    }

    @Test("the date override wins over the text")
    func dateOverride() throws {
        let override = Day(year: 2020, month: 1, day: 2)
        let article = try ArticleReader.read(bytes("date 2024-04-26\nText."), id: "a", dateOverride: override)
        #expect(article.date == override)
        #expect(try ArticleReader.read(bytes("Text."), id: "a", dateOverride: override).date == override)
    }

    @Test("invalid UTF-8 throws with document, byte offset and line")
    func invalidUTF8() {
        let input = bytes("line one\nline two \u{2014}") + [0xFF] + bytes(" more\nthird")
        // "line one\n" is 9 bytes, "line two " 9, the dash 3: the bad byte is at 21, on line 2.
        #expect(throws: ArticleReadError.invalidUTF8(document: "doc-1", byteOffset: 21, line: 2)) {
            try ArticleReader.read(input, id: "doc-1")
        }
    }

    @Test("the error message says what, where and what to do")
    func errorMessage() {
        let message = ArticleReadError.invalidUTF8(document: "doc-1", byteOffset: 21, line: 2).description
        #expect(message.contains("doc-1"))
        #expect(message.contains("line 2"))
        #expect(message.contains("byte 21"))
        #expect(message.contains("UTF-8"))
        #expect(message.contains("--lossy"))
        #expect(ArticleReadError.utf16(document: "doc-2").description.contains("UTF-16"))
    }

    @Test("byte offsets count the BOM and lines count CRLF once",
          arguments: [
            ([0xEF, 0xBB, 0xBF, 0x41, 0xC3], 4, 1),  // BOM, A, truncated 2-byte sequence
            ([0x61, 0x0D, 0x0A, 0x62, 0x0D, 0x0A, 0x80], 6, 3),  // stray continuation byte after two CRLFs
            ([0x61, 0x0D, 0x62, 0xC0, 0xAF], 3, 2),  // overlong '/' after a lone CR
            ([0x61, 0xED, 0xA0, 0x80], 1, 1),  // UTF-16 surrogate encoded in UTF-8
            ([0xE0, 0xA4, 0x41], 0, 1),  // Devanagari sequence cut short
            ([0xF4, 0x90, 0x80, 0x80], 0, 1),  // above U+10FFFF
          ] as [([UInt8], Int, Int)])
    func invalidPositions(input: [UInt8], offset: Int, line: Int) {
        #expect(throws: ArticleReadError.invalidUTF8(document: "x", byteOffset: offset, line: line)) {
            try ArticleReader.read(input, id: "x")
        }
    }

    @Test("lossy mode replaces bad bytes with U+FFFD")
    func lossy() throws {
        let article = try ArticleReader.read(bytes("Title\nab") + [0xFF] + bytes("c"), id: "a", lossy: true)
        #expect(article.text == "Title\nab\u{FFFD}c")
        #expect(article.title == "Title")
    }

    @Test("UTF-16 input is named as such, or decoded lossily on request")
    func utf16() throws {
        let input: [UInt8] = [0xFF, 0xFE, 0x41, 0x00, 0x42, 0x00]
        #expect(throws: ArticleReadError.utf16(document: "w")) { try ArticleReader.read(input, id: "w") }
        let article = try ArticleReader.read(input, id: "w", lossy: true)
        #expect(article.text.unicodeScalars.first == "\u{FFFD}")
    }

    @Test("4-byte characters are valid UTF-8")
    func astral() throws {
        #expect(try ArticleReader.read(bytes("Talks 🤝 held."), id: "a").text == "Talks 🤝 held.")
    }
}
