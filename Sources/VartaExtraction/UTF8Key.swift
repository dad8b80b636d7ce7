import Foundation
import VartaCore

/// A string that hashes and compares by its UTF-8 bytes, for the dictionaries that
/// extraction consults at every token.
///
/// `String` hashes and compares by Unicode canonical equivalence, which for non-ASCII text
/// (all of Hindi) means normalising as it goes; that was a tenth of extraction time. The
/// keys used here are folded (`TextFolding`) or are the very words of one article, so equal
/// bytes is the equality that matters.
struct UTF8Key: Hashable, Sendable {
    let string: String

    init(_ string: String) {
        self.string = string
    }

    static func == (lhs: UTF8Key, rhs: UTF8Key) -> Bool {
        let count = lhs.string.utf8.count
        guard count == rhs.string.utf8.count else { return false }
        guard count > 0 else { return true }
        return lhs.string.withUTF8Bytes { a in rhs.string.withUTF8Bytes { b in memcmp(a.baseAddress!, b.baseAddress!, count) == 0 } }
    }

    func hash(into hasher: inout Hasher) {
        string.withUTF8Bytes { hasher.combine(bytes: UnsafeRawBufferPointer($0)) }
    }

    /// What `Dictionary` and `Set` ask for (Hashable's customization point; by default it runs
    /// `hash(into:)` through a new SipHash `Hasher`). For the words of a sentence, a few
    /// bytes each, setting up and finalising that `Hasher` cost more than the lookup itself;
    /// this hashes the bytes eight at a time instead. The table's seed is mixed in first, so
    /// hash values still differ from table to table and run to run.
    func _rawHashValue(seed: Int) -> Int {
        string.withUTF8Bytes { UTF8Key.hash($0, seed: seed) }
    }

    /// A 64-bit hash of `bytes` and their number: each 8-byte word is xored in and multiplied,
    /// and the result is mixed by MurmurHash3's finaliser so that every input bit reaches
    /// every output bit. The bytes after the last whole word are read as the last eight
    /// bytes (or, for 4 to 7 bytes in all, two overlapping 4-byte words), not one by one.
    static func hash(_ bytes: UnsafeBufferPointer<UInt8>, seed: Int) -> Int {
        let raw = UnsafeRawBufferPointer(bytes)
        let count = raw.count
        func word(at offset: Int) -> UInt64 { UInt64(littleEndian: raw.loadUnaligned(fromByteOffset: offset, as: UInt64.self)) }
        func halfWord(at offset: Int) -> UInt64 { UInt64(UInt32(littleEndian: raw.loadUnaligned(fromByteOffset: offset, as: UInt32.self))) }
        var hash = UInt64(truncatingIfNeeded: seed) ^ (UInt64(count) &* 0x9E37_79B9_7F4A_7C15)
        func mix(_ word: UInt64) {
            hash = (hash ^ word) &* 0xBF58_476D_1CE4_E5B9
            hash ^= hash >> 29
        }
        var offset = 0
        while offset + 8 <= count {
            mix(word(at: offset))
            offset += 8
        }
        let remaining = count - offset
        if remaining > 0, count >= 8 {
            mix(word(at: count - 8) >> (64 - 8 * UInt64(remaining)))  // only the bytes not yet mixed
        } else if remaining >= 4 {
            mix(halfWord(at: 0) | halfWord(at: count - 4) << 32)
        } else if remaining > 0 {
            var last: UInt64 = 0
            for index in 0..<count { last |= UInt64(raw[index]) << (8 * UInt64(index)) }
            mix(last)
        }
        hash ^= hash >> 33
        hash &*= 0xFF51_AFD7_ED55_8CCD
        hash ^= hash >> 33
        hash &*= 0xC4CE_B9FE_1A85_EC53
        hash ^= hash >> 33
        return Int(truncatingIfNeeded: hash)
    }
}
