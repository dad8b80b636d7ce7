/// Finds where bytes stop being UTF-8, for error messages that point at the bad byte.
enum UTF8Check {
    /// The offset of the first byte that does not start a well-formed UTF-8 sequence
    /// (overlong forms, surrogates and values above U+10FFFF are ill-formed), or nil when
    /// every byte is part of one.
    static func firstInvalidOffset(_ bytes: UnsafeBufferPointer<UInt8>) -> Int? {
        let count = bytes.count
        var index = 0
        while index < count {
            let lead = bytes[index]
            if lead < 0x80 {
                index += 1
                // Runs of ASCII, eight bytes at a time.
                if let base = bytes.baseAddress {
                    while index + 8 <= count
                            && UnsafeRawPointer(base + index).loadUnaligned(as: UInt64.self) & 0x8080_8080_8080_8080 == 0 {
                        index += 8
                    }
                }
                continue
            }
            let length: Int
            var lowest: UInt8 = 0x80, highest: UInt8 = 0xBF  // range of the second byte
            switch lead {
            case 0xC2...0xDF: length = 2
            case 0xE0: length = 3; lowest = 0xA0
            case 0xE1...0xEC, 0xEE...0xEF: length = 3
            case 0xED: length = 3; highest = 0x9F
            case 0xF0: length = 4; lowest = 0x90
            case 0xF1...0xF3: length = 4
            case 0xF4: length = 4; highest = 0x8F
            default: return index
            }
            guard index + length <= count else { return index }
            let second = bytes[index + 1]
            guard second >= lowest && second <= highest else { return index }
            var next = index + 2
            while next < index + length {
                guard bytes[next] & 0xC0 == 0x80 else { return index }
                next += 1
            }
            index += length
        }
        return nil
    }

    /// The 1-based line of `offset`: one more than the line breaks before it, counted as the
    /// segmenter counts them (`\r\n` once). The bytes before `offset` must be valid UTF-8.
    static func line(of offset: Int, in bytes: UnsafeBufferPointer<UInt8>) -> Int {
        var line = 1
        var index = 0
        while index < offset {
            let length = ReadingBytes.lineBreakLength(bytes, index, offset)
            if length > 0 {
                line += 1
                index += length
            } else {
                index += 1
            }
        }
        return line
    }
}
