/// A span of days, open at either end: `2021-01-01..2021-12-31`, `2024`, `..2022-06-30`.
public struct DateWindow: Hashable, Sendable, CustomStringConvertible {
    /// First day inside, or nil for no lower bound.
    public var since: Day?
    /// Last day inside, or nil for no upper bound.
    public var until: Day?

    public init(since: Day? = nil, until: Day? = nil) {
        self.since = since
        self.until = until
    }

    /// Parses `START..END` where each side is `YYYY`, `YYYY-MM` or `YYYY-MM-DD` and either may
    /// be empty; a single `YYYY`, `YYYY-MM` or `YYYY-MM-DD` is that whole year, month or day.
    public init?(parsing text: String) {
        let sides = text.split(separator: ".", omittingEmptySubsequences: false)
        if sides.count == 3, sides[1].isEmpty {  // "START..END"
            let start = String(sides[0]), end = String(sides[2])
            guard start.isEmpty || DateWindow.period(start) != nil, end.isEmpty || DateWindow.period(end) != nil,
                  !(start.isEmpty && end.isEmpty) else { return nil }
            self.init(since: DateWindow.period(start)?.first, until: DateWindow.period(end)?.last)
        } else {
            guard let period = DateWindow.period(text) else { return nil }
            self.init(since: period.first, until: period.last)
        }
        if let since, let until, until < since { return nil }
    }

    public func contains(_ day: Day) -> Bool {
        (since.map { $0 <= day } ?? true) && (until.map { day <= $0 } ?? true)
    }

    public var description: String {
        "\(since?.description ?? "")..\(until?.description ?? "")"
    }

    /// The first and last day of `YYYY`, `YYYY-MM` or `YYYY-MM-DD`.
    private static func period(_ text: String) -> (first: Day, last: Day)? {
        let parts = text.split(separator: "-", omittingEmptySubsequences: false)
        let numbers = parts.compactMap { Int($0) }
        guard (1...3).contains(parts.count), parts[0].count == 4, parts.dropFirst().allSatisfy({ $0.count == 2 }),
              numbers.count == parts.count else { return nil }
        switch numbers.count {
        case 1:
            guard let first = Day(year: numbers[0], month: 1, day: 1), let last = Day(year: numbers[0], month: 12, day: 31) else { return nil }
            return (first, last)
        case 2:
            guard let first = Day(year: numbers[0], month: numbers[1], day: 1),
                  let last = Day(year: numbers[0], month: numbers[1], day: Day.daysIn(month: numbers[1], year: numbers[0])) else { return nil }
            return (first, last)
        default:
            guard let day = Day(year: numbers[0], month: numbers[1], day: numbers[2]) else { return nil }
            return (day, day)
        }
    }
}
