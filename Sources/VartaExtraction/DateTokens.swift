/// A token of a line, as the publication-date finder sees it: a number, a word or one
/// punctuation scalar, with its UTF-8 byte range in the text.
struct DateToken {
    enum Kind: UInt8 { case number, word, punct }

    /// What a word means to the date finder.
    enum Role: UInt8 {
        case none, month, filler, published, updated, dateWord, ordinal, of
    }

    var kind: Kind
    var start: Int
    var end: Int
    /// The number's value (when it has at most 9 digits), or the punctuation scalar.
    var value: Int = 0
    /// How many digits a number has.
    var digits: Int = 0
    var role: Role = .none
    /// 1–12 when `role` is `.month`.
    var month: Int = 0

    @inline(__always) func isPunct(_ scalar: UInt32) -> Bool { kind == .punct && value == Int(scalar) }
    @inline(__always) func isNumber(digits range: ClosedRange<Int>) -> Bool { kind == .number && range.contains(digits) }
}

/// Splits one line into `DateToken`s, one at a time, and tells what their words mean.
struct DateTokenizer {
    private let bytes: UnsafeBufferPointer<UInt8>
    private var index: Int
    private let end: Int

    /// A tokenizer of `bytes[start..<end]`, one line of valid UTF-8.
    init(_ bytes: UnsafeBufferPointer<UInt8>, _ start: Int, _ end: Int) {
        self.bytes = bytes
        self.index = start
        self.end = end
    }

    /// The next token, or nil at the end of the line.
    mutating func next() -> DateToken? {
        while index < end {
            let space = ReadingBytes.spaceLength(bytes, index, end)
            if space == 0 { break }
            index += space
        }
        guard index < end else { return nil }
        let start = index
        let (value, length) = ReadingBytes.scalar(bytes, start)
        if let digit = ReadingBytes.digitValue(value) {
            var number = digit, digits = 1, next = start + length
            while next < end {
                let (following, followingLength) = ReadingBytes.scalar(bytes, next)
                guard let more = ReadingBytes.digitValue(following) else { break }
                if digits < 9 { number = number * 10 + more }
                digits += 1
                next += followingLength
            }
            index = next
            return DateToken(kind: .number, start: start, end: next, value: digits <= 9 ? number : -1, digits: digits)
        }
        if ReadingBytes.isLatinLetter(value) {
            return word(from: start) { ReadingBytes.isLatinLetter($0) }
        }
        if ReadingBytes.isDevanagariLetter(value) {
            return word(from: start) { ReadingBytes.isDevanagariLetter($0) || $0 == 0x200C || $0 == 0x200D }
        }
        if Self.isOtherLetter(value) {
            return word(from: start) { Self.isOtherLetter($0) }
        }
        index = start + length
        return DateToken(kind: .punct, start: start, end: index, value: Int(value))
    }

    private mutating func word(from start: Int, family: (UInt32) -> Bool) -> DateToken {
        var next = start
        while next < end {
            let (value, length) = ReadingBytes.scalar(bytes, next)
            guard family(value) else { break }
            next += length
        }
        index = next
        var token = DateToken(kind: .word, start: start, end: next)
        (token.role, token.month) = DateWords.meaning(bytes, start, next)
        return token
    }

    /// Letters of other scripts: words the date finder never understands.
    private static func isOtherLetter(_ value: UInt32) -> Bool {
        value >= 0x0370 && !(0x0900...0x097F).contains(value) && !(0x2000...0x2BFF).contains(value)
            && !(0x3000...0x303F).contains(value) && !(0xFE00...0xFE6F).contains(value)
            && !(0xFF00...0xFF20).contains(value) && value != 0xFFFD
    }
}

/// The words the date finder knows: month names, date-line keywords and the words that may
/// stand between a keyword and its date (weekdays, time zones, AM/PM).
enum DateWords {
    private struct Entry {
        let bytes: [UInt8]
        let role: DateToken.Role
        let month: Int
    }

    /// The role and month number of the word `bytes[start..<end]`.
    ///
    /// English words match whatever their case, except that month names and the
    /// Published/Updated keywords must be capitalized or all capitals (`May`, `MAY`, not `may`).
    /// Devanagari words match byte for byte, ignoring zero-width (non-)joiners.
    static func meaning(_ bytes: UnsafeBufferPointer<UInt8>, _ start: Int, _ end: Int) -> (DateToken.Role, Int) {
        var length = 0
        var index = start
        while index < end {
            if bytes[index] == 0xE2 && index + 2 < end && bytes[index + 1] == 0x80
                && (bytes[index + 2] == 0x8C || bytes[index + 2] == 0x8D) {
                index += 3
                continue
            }
            length += 1
            index += 1
        }
        guard length < buckets.count else { return (.none, 0) }
        for entry in buckets[length] where matches(bytes, start, end, entry.bytes) {
            if entry.bytes[0] < 0x80 {
                let shape = caseShape(bytes, start, end)
                switch entry.role {
                case .month, .published, .updated:
                    guard shape == .capitalized || shape == .upper else { return (.none, 0) }
                case .ordinal:
                    guard shape == .lower || shape == .upper else { return (.none, 0) }
                case .of:
                    guard shape == .lower else { return (.none, 0) }
                default: break
                }
            }
            return (entry.role, entry.month)
        }
        return (.none, 0)
    }

    private enum CaseShape { case lower, capitalized, upper, mixed }

    private static func caseShape(_ bytes: UnsafeBufferPointer<UInt8>, _ start: Int, _ end: Int) -> CaseShape {
        var uppers = 0
        var firstUpper = false
        for index in start..<end where bytes[index] >= 0x41 && bytes[index] <= 0x5A {
            uppers += 1
            if index == start { firstUpper = true }
        }
        if uppers == 0 { return .lower }
        if uppers == end - start { return .upper }
        return uppers == 1 && firstUpper ? .capitalized : .mixed
    }

    /// Compares text bytes with a table word: ASCII letters without regard to case,
    /// zero-width (non-)joiners in the text skipped.
    private static func matches(_ bytes: UnsafeBufferPointer<UInt8>, _ start: Int, _ end: Int, _ word: [UInt8]) -> Bool {
        var index = start
        var offset = 0
        while index < end {
            let byte = bytes[index]
            if byte == 0xE2 && index + 2 < end && bytes[index + 1] == 0x80
                && (bytes[index + 2] == 0x8C || bytes[index + 2] == 0x8D) {
                index += 3
                continue
            }
            guard offset < word.count else { return false }
            let expected = word[offset]
            if byte != expected && !(expected >= 0x61 && expected <= 0x7A && byte == expected - 0x20) { return false }
            index += 1
            offset += 1
        }
        return offset == word.count
    }

    /// Table words by length in bytes.
    private static let buckets: [[Entry]] = {
        var buckets = [[Entry]](repeating: [], count: 40)
        func add(_ words: [String], _ role: DateToken.Role, month: Int = 0) {
            for word in words {
                let bytes = Array(word.utf8)
                buckets[bytes.count].append(Entry(bytes: bytes, role: role, month: month))
            }
        }
        let english = [
            ["january", "jan"], ["february", "feb"], ["march", "mar"], ["april", "apr"], ["may"],
            ["june", "jun"], ["july", "jul"], ["august", "aug"], ["september", "sep", "sept"],
            ["october", "oct"], ["november", "nov"], ["december", "dec"],
        ]
        let hindi = [
            ["जनवरी"], ["फरवरी", "\u{092B}\u{093C}रवरी", "\u{095E}रवरी"], ["मार्च"], ["अप्रैल", "अप्रेल"], ["मई"], ["जून"],
            ["जुलाई"], ["अगस्त"], ["सितंबर", "सितम्बर"], ["अक्टूबर", "अक्तूबर"], ["नवंबर", "नवम्बर"],
            ["दिसंबर", "दिसम्बर"],
        ]
        for month in 1...12 {
            add(english[month - 1], .month, month: month)
            add(hindi[month - 1], .month, month: month)
        }
        add(["published", "posted", "created", "publish", "released"], .published)
        add(["प्रकाशित", "प्रकाशन"], .published)
        add(["updated", "modified", "edited"], .updated)
        add(["अपडेट", "अपडेटेड", "अद्यतन"], .updated)
        add(["date", "dated", "दिनांक"], .dateWord)
        add(["st", "nd", "rd", "th"], .ordinal)
        add(["of"], .of)
        add([
            "monday", "tuesday", "wednesday", "thursday", "friday", "saturday", "sunday",
            "mon", "tue", "tues", "wed", "thu", "thur", "thurs", "fri", "sat", "sun",
            "am", "pm", "a", "p", "m", "hrs", "h", "on", "at", "last", "first",
            "ist", "gmt", "utc", "z", "t", "et", "est", "edt", "cst", "cdt", "pst", "pdt", "bst", "cet",
            "cest", "eet", "eest", "msk", "eat", "wat", "cat", "sast", "pkt", "npt", "hkt", "sgt", "jst", "kst",
            "aest", "aedt",
            "सोमवार", "मंगलवार", "बुधवार", "गुरुवार", "बृहस्पतिवार", "शुक्रवार", "शनिवार", "रविवार",
            "बजे", "सुबह", "शाम", "दोपहर", "रात", "अपराह्न", "पूर्वाह्न", "तिथि", "तारीख",
            "\u{0924}\u{093E}\u{0930}\u{0940}\u{0916}\u{093C}", "\u{0924}\u{093E}\u{0930}\u{0940}\u{0959}",
        ], .filler)
        return buckets
    }()
}
