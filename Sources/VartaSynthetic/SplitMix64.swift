/// A small, fast, seedable random number generator (Steele, Lea and Flood's SplitMix64).
///
/// Every choice the synthetic generators make goes through these methods, whose results
/// depend only on the seed — never on the standard library's algorithms for
/// `random(in:)` or `shuffled()`, which may change between toolchains — so the same seed
/// gives the same bytes everywhere.
public struct SplitMix64: RandomNumberGenerator, Sendable {
    private var state: UInt64

    public init(seed: UInt64) {
        state = seed
    }

    public mutating func next() -> UInt64 {
        state &+= 0x9E37_79B9_7F4A_7C15
        var z = state
        z = (z ^ (z >> 30)) &* 0xBF58_476D_1CE4_E5B9
        z = (z ^ (z >> 27)) &* 0x94D0_49BB_1331_11EB
        return z ^ (z >> 31)
    }

    /// A number in `0..<bound` (`bound` > 0), by Lemire's multiply-shift (bias below 2⁻³²
    /// for the bounds used here, and cheaper than rejection).
    public mutating func below(_ bound: Int) -> Int {
        precondition(bound > 0, "bound must be positive")
        return Int(next().multipliedFullWidth(by: UInt64(bound)).high)
    }

    /// A number in `range`.
    public mutating func int(in range: ClosedRange<Int>) -> Int {
        range.lowerBound + below(range.count)
    }

    /// A number in `0..<1`.
    public mutating func unit() -> Double {
        Double(next() >> 11) * 0x1.0p-53
    }

    /// True with probability `probability`.
    public mutating func chance(_ probability: Double) -> Bool {
        unit() < probability
    }

    /// One element of a non-empty collection, each equally likely.
    public mutating func pick<C: RandomAccessCollection>(_ items: C) -> C.Element where C.Index == Int {
        items[items.startIndex + below(items.count)]
    }

    /// A generator for a sub-task, independent of this one and of other sub-tasks
    /// (`derived(1)`, `derived(2)`, ...) but fixed by this generator's seed.
    public func derived(_ stream: UInt64) -> SplitMix64 {
        var copy = SplitMix64(seed: state ^ (stream &* 0xD6E8_FEB8_6659_FD93))
        _ = copy.next()
        return SplitMix64(seed: copy.next())
    }

    /// A Fisher–Yates shuffle of `0..<count`.
    public mutating func permutation(_ count: Int) -> [Int] {
        var order = Array(0..<count)
        for index in stride(from: count - 1, to: 0, by: -1) {
            order.swapAt(index, below(index + 1))
        }
        return order
    }
}
