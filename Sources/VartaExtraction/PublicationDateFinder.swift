import VartaCore

/// Finds the publication date a news page states (the forms are listed in `DatePatterns`).
///
/// Pages mention many dates; body sentences name the days events happened ("met on April 26,
/// 2024"), which need not be the day of publication. Each full date found gets a rank, and
/// the first date of the highest rank wins:
///
/// 4. after a publication keyword on its line: `Published: 13th January 2021`,
///    `Created On :  28 April 2023`, `AFP Published 21 Oct, 2022`, `प्रकाशित: 28 अप्रैल 2023`,
///    and `date 2024-04-26` / `Date: …` / `दिनांक: …` (the word starting the line or followed by `:`).
///    Between keyword and date may stand only weekdays, times, time zones, `on`/`at` and punctuation.
/// 3. on a line that is only dates, times and keywords, when no keyword is just before it:
///    `Saturday, Mar 04, 2023 - 01:28 AM (IST)`, `18-Mar-2024 07:33 PM 1587`, the first date of
///    `08:13 GMT 10.06.2024 (Updated: 08:47 GMT 10.06.2024)`.
/// 2. after an update keyword: `Updated: March 19, 2024`, `अपडेट: …`.
/// 1. in the first five or last five non-empty lines, either leading its line as a news
///    dateline (`Addis Ababa, October 21, 2024 (FBC) – …`: at most five words and a comma, a
///    bar or a dash before it) or on a short line (at most 100 characters) that does not end
///    like a sentence, such as a headline or a footer. Lines quoting a post
///    (`— ANI (@ANI) September 20, 2021`) do not count: that is the post's date.
///
/// Dates anywhere else (inside body sentences) are ignored: with no ranked date the page
/// states none and the result is nil.
enum PublicationDateFinder {
    /// How many non-empty lines at the top and at the bottom of a page may hold a dateline
    /// without a keyword.
    static let edgeLines = 5
    /// The longest line, in characters, taken for a header or footer line.
    static let shortLine = 100

    /// Tokens kept behind the one being matched: enough for a keyword 64 bytes back.
    private static let window = 128

    static func date(in bytes: UnsafeBufferPointer<UInt8>) -> Day? {
        let lines = nonEmptyLines(bytes)
        var tokens: [DateToken] = []
        var best: (rank: Int, day: Day)?
        for (number, line) in lines.enumerated() where containsDigit(bytes, line) {
            let atEdge = number < edgeLines || number >= lines.count - edgeLines
            switch scan(bytes, line, atEdge: atEdge, tokens: &tokens) {
            case .published(let day): return day
            case .ranked(let rank, let day): if rank > (best?.rank ?? 0) { best = (rank, day) }
            case .nothing: break
            }
        }
        return best?.day
    }

    private enum LineResult {
        case published(Day)
        case ranked(Int, Day)
        case nothing
    }

    /// Finds the dates of one line and ranks the best of them. Tokens are read one at a time
    /// and only a window of them is kept, so a page on one huge line costs no more memory.
    private static func scan(
        _ bytes: UnsafeBufferPointer<UInt8>, _ line: Range<Int>, atEdge: Bool, tokens: inout [DateToken]
    ) -> LineResult {
        var tokenizer = DateTokenizer(bytes, line.lowerBound, line.upperBound)
        tokens.removeAll(keepingCapacity: true)
        var dropped = 0  // tokens removed from the front of `tokens`
        var exhausted = false
        var onlyDates = true, quotedPost = false
        var updated: Day?  // the first date after an update keyword
        var plain: Day?  // the first date after no keyword
        var leading: Day?  // the first date after no keyword that leads the line
        var index = 0
        while true {
            while !exhausted && tokens.count <= index + 8 {
                guard let token = tokenizer.next() else {
                    exhausted = true
                    break
                }
                if let previous = tokens.last, previous.isPunct(0x28), token.isPunct(0x40), previous.end == token.start {
                    quotedPost = true  // `(@ANI)`
                } else if dropped == 0 && tokens.isEmpty && (token.isPunct(0x2014) || token.isPunct(0x2013) || token.isPunct(0x2D)) {
                    quotedPost = true  // `— ANI …`
                }
                tokens.append(token)
            }
            guard index < tokens.count else { break }
            if index > 4 * window {
                tokens.removeFirst(index - window)
                dropped += index - window
                index = window
            }
            guard let match = DatePatterns.match(tokens, at: index) else {
                if onlyDates && !isDateLineFiller(tokens[index]) { onlyDates = false }
                index += 1
                continue
            }
            switch keywordRank(tokens, before: match.tokens.lowerBound, lineStartsAtFirst: dropped == 0) {
            case 4: return .published(match.day)
            case 2: if updated == nil { updated = match.day }
            default:
                if plain == nil { plain = match.day }
                if leading == nil && dropped == 0 && leadsLine(tokens, match) { leading = match.day }
            }
            index = match.tokens.upperBound
        }
        if let plain, onlyDates { return .ranked(3, plain) }
        if let updated { return .ranked(2, updated) }
        guard atEdge && !quotedPost else { return .nothing }
        if let plain, characters(bytes, line) <= shortLine && !endsLikeSentence(tokens) { return .ranked(1, plain) }
        if let leading { return .ranked(1, leading) }
        return .nothing
    }

    /// The byte ranges of the lines that hold more than white space.
    private static func nonEmptyLines(_ bytes: UnsafeBufferPointer<UInt8>) -> [Range<Int>] {
        var lines: [Range<Int>] = []
        let end = bytes.count
        var start = 0
        var index = 0
        while index <= end {
            let breakLength = index < end ? ReadingBytes.lineBreakLength(bytes, index, end) : 1
            if breakLength == 0 {
                index += 1
                continue
            }
            let line = ReadingBytes.trimmed(bytes, start, index)
            if !line.isEmpty { lines.append(line) }
            index += breakLength
            start = index
        }
        return lines
    }

    private static func containsDigit(_ bytes: UnsafeBufferPointer<UInt8>, _ line: Range<Int>) -> Bool {
        var index = line.lowerBound
        while index < line.upperBound {
            let byte = bytes[index]
            if byte >= 0x30 && byte <= 0x39 { return true }
            // Devanagari digits U+0966–U+096F are E0 A5 A6–AF.
            if byte == 0xE0 && index + 2 < line.upperBound && bytes[index + 1] == 0xA5
                && bytes[index + 2] >= 0xA6 && bytes[index + 2] <= 0xAF {
                return true
            }
            index += 1
        }
        return false
    }

    /// 4 after a publication keyword, 2 after an update keyword, else 0. `lineStartsAtFirst`
    /// tells whether `tokens[0]` is the first token of the line.
    private static func keywordRank(_ tokens: [DateToken], before first: Int, lineStartsAtFirst: Bool) -> Int {
        let dateStart = tokens[first].start
        var index = first - 1
        while index >= 0 && dateStart - tokens[index].end <= 64 {
            let token = tokens[index]
            switch token.kind {
            case .number, .punct:
                index -= 1
                continue
            case .word:
                switch token.role {
                case .published: return 4
                case .updated: return 2
                case .dateWord:
                    let colonFollows = index + 1 < tokens.count && tokens[index + 1].isPunct(0x3A)
                    return (index == 0 && lineStartsAtFirst) || colonFollows ? 4 : 0
                case .filler:
                    index -= 1
                    continue
                default: return 0
                }
            }
        }
        return 0
    }

    private static func isDateLineFiller(_ token: DateToken) -> Bool {
        switch token.kind {
        case .number, .punct: return true
        case .word:
            switch token.role {
            case .filler, .published, .updated, .dateWord, .ordinal: return true
            case .none, .month, .of: return false
            }
        }
    }

    /// At most five words before the date, no sentence end among them, and a comma, bar,
    /// colon or dash just before it (or nothing at all).
    private static func leadsLine(_ tokens: [DateToken], _ match: DatePatterns.Match) -> Bool {
        let first = match.tokens.lowerBound
        guard first > 0 else { return true }
        guard first <= 16 else { return false }  // five words with their punctuation, at most
        let before = tokens[first - 1]
        guard before.isPunct(0x2C) || before.isPunct(0x7C) || before.isPunct(0x3A) || before.isPunct(0x2D)
                || before.isPunct(0x2013) || before.isPunct(0x2014) else { return false }
        var words = 0
        for token in tokens[..<first] {
            if token.kind == .word { words += 1 }
            if token.kind == .punct && isSentenceEnd(token) { return false }
        }
        return words <= 5
    }

    private static func isSentenceEnd(_ token: DateToken) -> Bool {
        token.isPunct(0x2E) || token.isPunct(0x3F) || token.isPunct(0x21) || token.isPunct(0x0964) || token.isPunct(0x0965)
    }

    /// True when the line's last token, closing quotes and brackets aside, ends a sentence.
    private static func endsLikeSentence(_ tokens: [DateToken]) -> Bool {
        for token in tokens.reversed() {
            guard token.kind == .punct else { return false }
            if isSentenceEnd(token) { return true }
            switch token.value {
            case 0x22, 0x27, 0x29, 0x5D, 0x201D, 0x2019, 0xBB: continue
            default: return false
            }
        }
        return false
    }

    private static func characters(_ bytes: UnsafeBufferPointer<UInt8>, _ line: Range<Int>) -> Int {
        var count = 0
        for index in line where bytes[index] & 0xC0 != 0x80 { count += 1 }
        return count
    }
}
