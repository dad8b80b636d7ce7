import VartaCore

/// The line under a headline that states when the page was published, in the forms news
/// sites print and `ArticleReader.publicationDate` understands.
enum DateLine {
    /// One of the English (or numeric) forms, e.g. `Created On : 28 April 2023 11:30 PM IST`.
    static func english(_ day: Day, using random: inout SplitMix64) -> String {
        let month = NewsCalendar.englishMonths[day.month - 1]
        let short = String(month.prefix(3))
        let weekday = NewsCalendar.englishWeekdays[NewsCalendar.weekday(day)]
        let time = clock(using: &random)
        switch random.below(7) {
        case 0: return "Created On : \(day.day) \(month) \(day.year) \(time) IST"
        case 1: return "Published: \(ordinal(day.day)) \(month) \(day.year)"
        case 2: return "date \(day)"
        case 3: return "\(weekday), \(short) \(two(day.day)), \(day.year) - \(time) (IST)"
        case 4: return "Updated: \(month) \(day.day), \(day.year) \(time) IST"
        case 5: return "\(two(day.day))-\(short)-\(day.year) \(time) \(random.int(in: 100...9999))"
        default:
            let stamp = "\(two(day.day)).\(two(day.month)).\(day.year)"
            return "\(two(random.below(24))):\(two(random.below(60))) GMT \(stamp) (Updated: \(two(random.below(24))):\(two(random.below(60))) GMT \(stamp))"
        }
    }

    /// One of the Hindi forms, e.g. `प्रकाशित: 28 अप्रैल 2023` or with Devanagari digits.
    static func hindi(_ day: Day, using random: inout SplitMix64) -> String {
        let month = NewsCalendar.hindiMonths[day.month - 1]
        switch random.below(4) {
        case 0: return "प्रकाशित: \(day.day) \(month) \(day.year)"
        case 1:
            return "दिनांक: \(NewsCalendar.devanagariDigits(day.day)) \(month) \(NewsCalendar.devanagariDigits(day.year))"
        case 2: return "अपडेट: \(day.day) \(month) \(day.year), \(clock(using: &random))"
        default:
            let short = String(NewsCalendar.englishMonths[day.month - 1].prefix(3))
            return "\(two(day.day))-\(short)-\(day.year) \(clock(using: &random)) \(random.int(in: 100...9999))"
        }
    }

    private static func clock(using random: inout SplitMix64) -> String {
        "\(two(random.int(in: 1...12))):\(two(random.below(60))) \(random.chance(0.5) ? "AM" : "PM")"
    }

    private static func two(_ number: Int) -> String {
        number < 10 ? "0\(number)" : "\(number)"
    }

    private static func ordinal(_ number: Int) -> String {
        let suffix = switch (number % 10, number % 100) {
        case (_, 11...13): "th"
        case (1, _): "st"
        case (2, _): "nd"
        case (3, _): "rd"
        default: "th"
        }
        return "\(number)\(suffix)"
    }
}
