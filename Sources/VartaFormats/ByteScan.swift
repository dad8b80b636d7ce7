/// Finding the few bytes that matter in long runs of text that have none, eight bytes at a
/// time: the quotes, backslashes and control bytes that writers escape and readers stop at.
///
/// Each test says whether some byte of a 64-bit word is of a kind, with the classic bit
/// tricks (a byte is zero, or below a bound, exactly when subtracting borrows into its own
/// high bit while that bit was clear); the caller then looks at the bytes one by one.
enum ByteScan {
    /// The index of the first byte at or after `start` for which `isWanted` holds, or
    /// `bytes.count`. `mayHoldWanted(word)` must be true for every eight bytes that hold a
    /// wanted byte (it may also be true for others); words it rules out are skipped whole.
    @inline(__always)
    static func firstIndex(
        in bytes: UnsafeBufferPointer<UInt8>, from start: Int,
        mayHoldWanted: (UInt64) -> Bool, isWanted: (UInt8) -> Bool
    ) -> Int {
        var index = start
        if let base = bytes.baseAddress {
            while index + 8 <= bytes.count {
                if mayHoldWanted(UnsafeRawPointer(base + index).loadUnaligned(as: UInt64.self)) { break }
                index += 8
            }
        }
        while index < bytes.count, !isWanted(bytes[index]) { index += 1 }
        return index
    }

    private static let ones: UInt64 = 0x0101_0101_0101_0101
    private static let highBits: UInt64 = 0x8080_8080_8080_8080

    /// Some byte of `word` is a control byte (below 0x20).
    @inline(__always)
    static func hasControlByte(_ word: UInt64) -> Bool {
        (word &- ones &* 0x20) & ~word & highBits != 0
    }

    /// Some byte of `word` equals `byte` (it becomes a zero byte once `byte` is xor-ed out).
    @inline(__always)
    static func has(_ byte: UInt8, in word: UInt64) -> Bool {
        let zeroWhereEqual = word ^ (ones &* UInt64(byte))
        return (zeroWhereEqual &- ones) & ~zeroWhereEqual & highBits != 0
    }
}
