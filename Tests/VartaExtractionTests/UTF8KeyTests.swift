import Testing
@testable import VartaExtraction

@Suite("Byte keys")
struct UTF8KeyTests {
    private func hash(_ bytes: [UInt8], seed: Int = 7) -> Int {
        bytes.withUnsafeBufferPointer { UTF8Key.hash($0, seed: seed) }
    }

    /// Every byte counts, at every position of every length, whether it falls in a whole
    /// 8-byte word, in the last (overlapping) word, in the two 4-byte halves or in the bytes
    /// read one by one.
    @Test func everyByteOfEveryLengthChangesTheHash() {
        for length in 1...40 {
            let bytes = (0..<length).map { UInt8(truncatingIfNeeded: 0x61 + $0) }
            let original = hash(bytes)
            for position in 0..<length {
                for flip: UInt8 in [0x01, 0x80] {
                    var changed = bytes
                    changed[position] ^= flip
                    #expect(hash(changed) != original, "length \(length), byte \(position), flip \(flip)")
                }
            }
        }
    }

    @Test func lengthAndSeedCount() {
        #expect(hash([]) != hash([0]))
        #expect(hash([0x61]) != hash([0x61, 0]))
        #expect(hash(Array("रक्षा मंत्री".utf8), seed: 1) != hash(Array("रक्षा मंत्री".utf8), seed: 2))
        #expect(hash(Array("रक्षा मंत्री".utf8)) == hash(Array("रक्षा मंत्री".utf8)))
    }

    /// Words of both scripts spread over the buckets of a table: no two of 30,000 share a
    /// hash, and the low 12 bits (a 4,096-bucket table) put at most a few dozen in a bucket.
    @Test func wordsSpreadOverBuckets() {
        let syllables = ["क", "रा", "मि", "सु", "ने", "जो", "ta", "ri", "Mo", "ns"]
        var words: Set<String> = []
        for a in syllables { for b in syllables { for c in syllables { for d in syllables { for e in ["", "ं", "s", "्र"] {
            words.insert(a + b + c + d + e)
        } } } } }
        #expect(words.count > 30_000)
        var hashes: Set<Int> = []
        var buckets = [Int](repeating: 0, count: 4096)
        for word in words {
            let value = hash(Array(word.utf8))
            hashes.insert(value)
            buckets[value & 4095] += 1
        }
        #expect(hashes.count == words.count)
        #expect(buckets.max()! < 30)  // about 9 per bucket on average
    }

    @Test func keysCompareAndHashByBytes() {
        let composed = UTF8Key("é"), decomposed = UTF8Key("e\u{301}")
        #expect(composed != decomposed)  // equal as `String`s, not as bytes
        #expect(Set([composed, decomposed, UTF8Key("é")]).count == 2)
        #expect([UTF8Key("मंत्री"): 1][UTF8Key("मंत्री")] == 1)
    }
}
