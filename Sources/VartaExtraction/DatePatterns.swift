import VartaCore

/// Recognizes full dates (day, month and year) in the tokens of one line.
///
/// Forms, with ASCII or Devanagari digits:
/// - day month year: `28 April 2023`, `28 अप्रैल, 2023`, `13th January 2021`, `26 Apr, 2024`,
///   `18-Mar-2024`, `२८ अप्रैल २०२३`, `5 of May 2021`;
/// - month day year: `April 28, 2023`, `Mar 04, 2023`, `Sept. 5 2023`;
/// - ISO year-month-day: `2023-04-28`, `2023-04-28T11:30:00Z` (the time is left alone), `2023/04/28`;
/// - numbers, day first: `10.06.2024` with dots is always day.month.year (the European and
///   Russian form; US pages never write dots). With slashes or hyphens (`28/04/2023`,
///   `28-04-2023`) the date is taken only when one reading is impossible (28 cannot be a
///   month, so 28 April; `04/28/2023` is then 28 April too) or both readings agree
///   (`05/05/2023`); `04/05/2023` is ambiguous between Indian and US order and is skipped.
///
/// Years must be 1900–2100 and the day must exist (no 31 April).
enum DatePatterns {
    /// A date found in a line: the day and the tokens it spans.
    struct Match {
        let day: Day
        let tokens: Range<Int>
    }

    /// The date starting at `tokens[index]`, if one does.
    static func match(_ tokens: [DateToken], at index: Int) -> Match? {
        isoDate(tokens, index) ?? numericDate(tokens, index) ?? dayMonthYear(tokens, index) ?? monthDayYear(tokens, index)
    }

    private static let years = 1900...2100

    private static func makeDay(_ year: Int, _ month: Int, _ day: Int) -> Day? {
        years.contains(year) ? Day(year: year, month: month, day: day) : nil
    }

    @inline(__always)
    private static func adjacent(_ tokens: [DateToken], _ first: Int) -> Bool {
        first + 1 < tokens.count && tokens[first].end == tokens[first + 1].start
    }

    /// True when `tokens[index]` continues something numeric glued to its left, like the
    /// `06.2024` in `1.06.2024` or the `28` in `10:28`.
    private static func gluedToNumberBefore(_ tokens: [DateToken], _ index: Int) -> Bool {
        guard index >= 2, adjacent(tokens, index - 1), adjacent(tokens, index - 2) else { return false }
        let separator = tokens[index - 1]
        return tokens[index - 2].kind == .number
            && (separator.isPunct(0x2E) || separator.isPunct(0x2F) || separator.isPunct(0x2D) || separator.isPunct(0x3A))
    }

    /// True for `-`, `/` and `.`, the separators of numeric dates.
    private static func isNumericSeparator(_ token: DateToken) -> Bool {
        token.isPunct(0x2D) || token.isPunct(0x2F) || token.isPunct(0x2E)
    }

    private static func isoDate(_ tokens: [DateToken], _ index: Int) -> Match? {
        guard index + 4 < tokens.count, tokens[index].isNumber(digits: 4...4),
              isNumericSeparator(tokens[index + 1]), tokens[index + 2].isNumber(digits: 1...2),
              tokens[index + 3].kind == .punct, tokens[index + 3].value == tokens[index + 1].value,
              tokens[index + 4].isNumber(digits: 1...2),
              adjacent(tokens, index), adjacent(tokens, index + 1), adjacent(tokens, index + 2), adjacent(tokens, index + 3),
              !gluedToNumberBefore(tokens, index),
              let day = makeDay(tokens[index].value, tokens[index + 2].value, tokens[index + 4].value)
        else { return nil }
        return Match(day: day, tokens: index..<index + 5)
    }

    private static func numericDate(_ tokens: [DateToken], _ index: Int) -> Match? {
        guard index + 4 < tokens.count, tokens[index].isNumber(digits: 1...2),
              isNumericSeparator(tokens[index + 1]), tokens[index + 2].isNumber(digits: 1...2),
              tokens[index + 3].kind == .punct, tokens[index + 3].value == tokens[index + 1].value,
              tokens[index + 4].isNumber(digits: 4...4),
              adjacent(tokens, index), adjacent(tokens, index + 1), adjacent(tokens, index + 2), adjacent(tokens, index + 3),
              !gluedToNumberBefore(tokens, index)
        else { return nil }
        // Not the start of a longer dotted number (an address or version like 10.06.2024.1).
        if index + 6 < tokens.count, adjacent(tokens, index + 4), adjacent(tokens, index + 5),
           isNumericSeparator(tokens[index + 5]), tokens[index + 6].kind == .number {
            return nil
        }
        let first = tokens[index].value, second = tokens[index + 2].value, year = tokens[index + 4].value
        let day: Day?
        if tokens[index + 1].isPunct(0x2E) {
            day = makeDay(year, second, first)
        } else {
            let dayFirst = makeDay(year, second, first), monthFirst = makeDay(year, first, second)
            switch (dayFirst, monthFirst) {
            case let (one?, nil), let (nil, one?): day = one
            case let (one?, other?): day = one == other ? one : nil
            case (nil, nil): day = nil
            }
        }
        return day.map { Match(day: $0, tokens: index..<index + 5) }
    }

    private static func dayMonthYear(_ tokens: [DateToken], _ index: Int) -> Match? {
        guard tokens[index].isNumber(digits: 1...2), !gluedToNumberBefore(tokens, index) else { return nil }
        let count = tokens.count
        var next = index + 1
        if next < count, tokens[next].kind == .word, tokens[next].role == .ordinal { next += 1 }
        if next < count, tokens[next].isPunct(0x2D) || tokens[next].isPunct(0x2E)
            || tokens[next].isPunct(0x2C) || tokens[next].isPunct(0x2F) {
            next += 1
        }
        if next < count, tokens[next].kind == .word, tokens[next].role == .of { next += 1 }
        guard next < count, tokens[next].kind == .word, tokens[next].role == .month else { return nil }
        let month = tokens[next].month
        next += 1
        if next < count, tokens[next].isPunct(0x2E), tokens[next - 1].end == tokens[next].start { next += 1 }
        if next < count, tokens[next].isPunct(0x2C) || tokens[next].isPunct(0x2D) || tokens[next].isPunct(0x2F) {
            next += 1
        }
        guard next < count, tokens[next].isNumber(digits: 4...4),
              let day = makeDay(tokens[next].value, month, tokens[index].value)
        else { return nil }
        return Match(day: day, tokens: index..<next + 1)
    }

    private static func monthDayYear(_ tokens: [DateToken], _ index: Int) -> Match? {
        guard tokens[index].kind == .word, tokens[index].role == .month else { return nil }
        let count = tokens.count
        var next = index + 1
        if next < count, tokens[next].isPunct(0x2E), tokens[index].end == tokens[next].start { next += 1 }
        if next < count, tokens[next].isPunct(0x2D) { next += 1 }
        guard next < count, tokens[next].isNumber(digits: 1...2) else { return nil }
        let dayNumber = tokens[next].value
        // Not a time or a decimal: `Mar 10:30`, `March 19.5`.
        if adjacent(tokens, next), tokens[next + 1].isPunct(0x3A) || tokens[next + 1].isPunct(0x2E) { return nil }
        next += 1
        if next < count, tokens[next].kind == .word, tokens[next].role == .ordinal { next += 1 }
        if next < count, tokens[next].isPunct(0x2C) { next += 1 }
        guard next < count, tokens[next].isNumber(digits: 4...4),
              let day = makeDay(tokens[next].value, tokens[index].month, dayNumber)
        else { return nil }
        return Match(day: day, tokens: index..<next + 1)
    }
}
