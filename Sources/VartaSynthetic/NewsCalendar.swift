import VartaCore

/// Days, weekdays and month names for the dates synthetic news carries.
enum NewsCalendar {
    /// The first and last day synthetic news is dated.
    static let first = Day(year: 2015, month: 1, day: 1)!
    static let last = Day(year: 2026, month: 12, day: 31)!
    /// Days from `first` to `last`, both included.
    static let span = daysSinceEpoch(last) - daysSinceEpoch(first) + 1

    static let englishMonths = ["January", "February", "March", "April", "May", "June", "July",
                                "August", "September", "October", "November", "December"]
    static let hindiMonths = ["जनवरी", "फरवरी", "मार्च", "अप्रैल", "मई", "जून", "जुलाई",
                              "अगस्त", "सितंबर", "अक्टूबर", "नवंबर", "दिसंबर"]
    /// Monday first.
    static let englishWeekdays = ["Monday", "Tuesday", "Wednesday", "Thursday", "Friday", "Saturday", "Sunday"]
    static let hindiWeekdays = ["सोमवार", "मंगलवार", "बुधवार", "गुरुवार", "शुक्रवार", "शनिवार", "रविवार"]

    /// The day `offset` days after `first`.
    static func day(offset: Int) -> Day {
        civilDay(daysSinceEpoch: daysSinceEpoch(first) + offset)
    }

    /// A day between `first` and `last`, each equally likely.
    static func randomDay(using random: inout SplitMix64) -> Day {
        day(offset: random.below(span))
    }

    /// 0 for Monday … 6 for Sunday.
    static func weekday(_ day: Day) -> Int {
        (daysSinceEpoch(day) + 3) % 7  // 1970-01-01 was a Thursday
    }

    /// Days since 1970-01-01 (Howard Hinnant's `days_from_civil`).
    static func daysSinceEpoch(_ day: Day) -> Int {
        let y = day.month <= 2 ? day.year - 1 : day.year
        let era = y / 400
        let yearOfEra = y - era * 400
        let dayOfYear = (153 * (day.month + (day.month > 2 ? -3 : 9)) + 2) / 5 + day.day - 1
        let dayOfEra = yearOfEra * 365 + yearOfEra / 4 - yearOfEra / 100 + dayOfYear
        return era * 146_097 + dayOfEra - 719_468
    }

    /// The inverse of `daysSinceEpoch` (`civil_from_days`), for years after 1970.
    static func civilDay(daysSinceEpoch days: Int) -> Day {
        let z = days + 719_468
        let era = z / 146_097
        let dayOfEra = z - era * 146_097
        let yearOfEra = (dayOfEra - dayOfEra / 1460 + dayOfEra / 36524 - dayOfEra / 146_096) / 365
        let dayOfYear = dayOfEra - (365 * yearOfEra + yearOfEra / 4 - yearOfEra / 100)
        let monthIndex = (5 * dayOfYear + 2) / 153
        let day = dayOfYear - (153 * monthIndex + 2) / 5 + 1
        let month = monthIndex < 10 ? monthIndex + 3 : monthIndex - 9
        return Day(year: yearOfEra + era * 400 + (month <= 2 ? 1 : 0), month: month, day: day)!
    }

    /// Digits in Devanagari (`२०२३`).
    static func devanagariDigits(_ number: Int) -> String {
        String(String(number).unicodeScalars.map { scalar in
            Character(Unicode.Scalar(scalar.value - 0x30 + 0x966)!)
        })
    }
}
