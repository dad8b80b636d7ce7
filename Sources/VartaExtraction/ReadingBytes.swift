/// Byte-level helpers shared by the article reader, the date finder and the segmenter.
///
/// They work on the UTF-8 bytes of valid text (a `String`'s storage), look at a few bytes
/// around an index, and never allocate. `end` is always an exclusive bound the caller
/// guarantees to be within the buffer.
enum ReadingBytes {
    /// The length of the line break starting at `index` (`\n`, `\r\n`, `\r`, U+0085, U+2028,
    /// U+2029), or 0 when there is none.
    @inline(__always)
    static func lineBreakLength(_ bytes: UnsafeBufferPointer<UInt8>, _ index: Int, _ end: Int) -> Int {
        switch bytes[index] {
        case 0x0A: return 1
        case 0x0D: return index + 1 < end && bytes[index + 1] == 0x0A ? 2 : 1
        case 0xC2: return index + 1 < end && bytes[index + 1] == 0x85 ? 2 : 0
        case 0xE2:
            return index + 2 < end && bytes[index + 1] == 0x80
                && (bytes[index + 2] == 0xA8 || bytes[index + 2] == 0xA9) ? 3 : 0
        default: return 0
        }
    }

    /// The length of the horizontal white space scalar starting at `index` (ASCII blanks,
    /// no-break and typographic spaces, zero-width space, BOM), or 0. Line breaks are not
    /// white space here.
    @inline(__always)
    static func spaceLength(_ bytes: UnsafeBufferPointer<UInt8>, _ index: Int, _ end: Int) -> Int {
        let byte = bytes[index]
        if byte < 0x80 { return byte == 0x20 || byte == 0x09 || byte == 0x0B || byte == 0x0C ? 1 : 0 }
        switch byte {
        case 0xC2: return index + 1 < end && bytes[index + 1] == 0xA0 ? 2 : 0  // U+00A0
        case 0xE1:  // U+1680
            return index + 2 < end && bytes[index + 1] == 0x9A && bytes[index + 2] == 0x80 ? 3 : 0
        case 0xE2:
            guard index + 2 < end else { return 0 }
            let second = bytes[index + 1], third = bytes[index + 2]
            if second == 0x80 && (third <= 0x8B || third == 0xAF) { return 3 }  // U+2000–200B, U+202F
            if second == 0x81 && third == 0x9F { return 3 }  // U+205F
            return 0
        case 0xE3:  // U+3000
            return index + 2 < end && bytes[index + 1] == 0x80 && bytes[index + 2] == 0x80 ? 3 : 0
        case 0xEF:  // U+FEFF
            return index + 2 < end && bytes[index + 1] == 0xBB && bytes[index + 2] == 0xBF ? 3 : 0
        default: return 0
        }
    }

    /// The length of the white space scalar that ends just before `end`, or 0.
    @inline(__always)
    static func spaceLength(before end: Int, _ bytes: UnsafeBufferPointer<UInt8>, from start: Int) -> Int {
        let last = bytes[end - 1]
        if last < 0x80 { return spaceLength(bytes, end - 1, end) }
        if end - 2 >= start, spaceLength(bytes, end - 2, end) == 2 { return 2 }
        if end - 3 >= start, spaceLength(bytes, end - 3, end) == 3 { return 3 }
        return 0
    }

    /// `start..<end` without white space at either end.
    static func trimmed(_ bytes: UnsafeBufferPointer<UInt8>, _ start: Int, _ end: Int) -> Range<Int> {
        var lower = start, upper = end
        while lower < upper {
            let length = spaceLength(bytes, lower, upper)
            if length == 0 { break }
            lower += length
        }
        while upper > lower {
            let length = spaceLength(before: upper, bytes, from: lower)
            if length == 0 { break }
            upper -= length
        }
        return lower..<upper
    }

    /// The scalar value starting at `index` of valid UTF-8 and its length in bytes.
    @inline(__always)
    static func scalar(_ bytes: UnsafeBufferPointer<UInt8>, _ index: Int) -> (value: UInt32, length: Int) {
        let lead = UInt32(bytes[index])
        if lead < 0x80 { return (lead, 1) }
        if lead < 0xE0 { return ((lead & 0x1F) << 6 | UInt32(bytes[index + 1] & 0x3F), 2) }
        if lead < 0xF0 {
            return ((lead & 0x0F) << 12 | UInt32(bytes[index + 1] & 0x3F) << 6 | UInt32(bytes[index + 2] & 0x3F), 3)
        }
        return ((lead & 0x07) << 18 | UInt32(bytes[index + 1] & 0x3F) << 12
            | UInt32(bytes[index + 2] & 0x3F) << 6 | UInt32(bytes[index + 3] & 0x3F), 4)
    }

    /// The start of the scalar that ends just before `end` in valid UTF-8.
    @inline(__always)
    static func scalarStart(before end: Int, _ bytes: UnsafeBufferPointer<UInt8>, from start: Int) -> Int {
        var index = end - 1
        while index > start && bytes[index] & 0xC0 == 0x80 { index -= 1 }
        return index
    }

    /// True for the letters of the Devanagari block: signs, vowels, consonants and vowel
    /// signs (U+0900–U+0963, U+0971–U+097F), not the dandas, digits or abbreviation sign.
    @inline(__always)
    static func isDevanagariLetter(_ value: UInt32) -> Bool {
        (0x0900...0x0963).contains(value) || (0x0971...0x097F).contains(value)
    }

    /// True for Latin letters: ASCII, Latin-1 letters, Latin Extended-A/B and Additional.
    @inline(__always)
    static func isLatinLetter(_ value: UInt32) -> Bool {
        if value < 0x80 { return (value | 0x20) >= 0x61 && (value | 0x20) <= 0x7A }
        return ((0x00C0...0x024F).contains(value) && value != 0x00D7 && value != 0x00F7)
            || (0x1E00...0x1EFF).contains(value)
    }

    /// The value of an ASCII or Devanagari digit, or nil.
    @inline(__always)
    static func digitValue(_ value: UInt32) -> Int? {
        if value >= 0x30 && value <= 0x39 { return Int(value - 0x30) }
        if value >= 0x0966 && value <= 0x096F { return Int(value - 0x0966) }
        return nil
    }

    /// True when `bytes[start..<end]` equals `word` byte for byte.
    @inline(__always)
    static func equals(_ bytes: UnsafeBufferPointer<UInt8>, _ start: Int, _ end: Int, _ word: [UInt8]) -> Bool {
        guard end - start == word.count else { return false }
        var offset = 0
        while offset < word.count {
            if bytes[start + offset] != word[offset] { return false }
            offset += 1
        }
        return true
    }
}
