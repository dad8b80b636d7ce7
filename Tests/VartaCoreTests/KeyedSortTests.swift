import Testing
import VartaSynthetic  // SplitMix64: seeded, so a failure can be replayed
@testable import VartaCore

/// Long lists of mentions and evidence (a country named across a corpus) are sorted by
/// integer keys first (`sortedUnique(_:keys:)`); the result must be what sorting the
/// elements themselves gives, whatever the lists hold.
@Suite("Sorting long lists by keys")
struct KeyedSortTests {
    /// Texts that tie, differ only late, mix scripts, and spell é composed and decomposed
    /// (different bytes, equal as `String`s).
    static let texts = ["India", "Indian", "भारत", "भारतीय", "é", "e\u{301}", "e\u{301}1", "é1", "", "IN"]
    /// Article ids in an order that `String` and a numeric reading disagree on.
    static let documents = ["doc1", "doc10", "doc9", "a", "समाचार-2", "समाचार-10"]

    static func mentions(count: Int, using random: inout SplitMix64) -> [Mention] {
        (0..<count).map { _ in
            let text = texts.randomElement(using: &random)!
            guard Int.random(in: 0..<5, using: &random) > 0 else { return Mention(text: text) }
            let start = Int.random(in: 0..<4, using: &random) * 10
            let span = TextSpan(document: documents.randomElement(using: &random)!, start: start,
                                end: start + Int.random(in: 1...2, using: &random))
            return Mention(text: text, span: span)
        }
    }

    static func evidence(count: Int, using random: inout SplitMix64) -> [Evidence] {
        let days = [nil, Day(iso: "2023-04-28"), Day(iso: "2024-01-02")]
        return (0..<count).map { _ in
            let located = Int.random(in: 0..<4, using: &random) > 0
            let start = Int.random(in: 0..<3, using: &random) * 100
            return Evidence(document: documents.randomElement(using: &random)!, sentence: texts.randomElement(using: &random)!,
                            start: located ? start : nil, end: located ? start + 50 : nil,
                            date: days.randomElement(using: &random)!, polarity: Polarity.allCases.randomElement(using: &random))
        }
    }

    @Test("Mentions: keyed sort gives the same list as sorting the mentions", arguments: [1, 2, 3, 4, 5, 6, 7, 8])
    func mentionsSortAsThemselves(seed: UInt64) {
        var random = SplitMix64(seed: seed)
        for count in [0, 1, 2, 40, 300] {
            let mentions = Self.mentions(count: count, using: &random)
            let keyed = sortedUnique(mentions, keys: Mention.sortKeys(mentions))
            #expect(keyed == sortedUnique(mentions), "seed \(seed), \(count) mentions")
            if count >= 40 { #expect(keyed.count < mentions.count, "the lists must repeat mentions to test removing them") }
        }
    }

    @Test("Evidence: keyed sort gives the same list as sorting the evidence", arguments: [1, 2, 3, 4, 5, 6, 7, 8])
    func evidenceSortsAsItself(seed: UInt64) {
        var random = SplitMix64(seed: seed)
        for count in [0, 1, 2, 40, 300] {
            let evidence = Self.evidence(count: count, using: &random)
            #expect(sortedUnique(evidence, keys: Evidence.sortKeys(evidence)) == sortedUnique(evidence), "seed \(seed), \(count) sentences")
        }
    }

    @Test("An entity combined from many parts has its mentions sorted, unique and without bare twins")
    func combinedEntityFromManyParts() {
        var random = SplitMix64(seed: 42)
        let parts = (0..<50).map { _ in
            Entity(id: "country:IN", kind: .country, label: "India", mentions: Self.mentions(count: 5, using: &random))
        }
        let all = parts.flatMap(\.mentions)
        #expect(all.count >= SortKey.longList)
        // Sorted as the mentions themselves sort, each once, and a bare form dropped where
        // the same text was also seen at a place.
        let sorted = sortedUnique(all)
        let expected = sorted.indices.filter { index in
            sorted[index].span != nil || index + 1 == sorted.count || sorted[index + 1].text != sorted[index].text
        }.map { sorted[$0] }
        #expect(Entity.combined(parts).mentions == expected)
        #expect(expected.count < sorted.count, "the parts must have bare forms beside located ones to test dropping them")
    }

    @Test("Ranks: equal strings share one, and ranks follow the order given")
    func ranksFollowTheOrder() {
        let strings = ["b", "a", "é", "e\u{301}", "b", "c"]
        #expect(ranks(of: strings, by: codePointPrecedes) == [1, 0, 4, 3, 1, 2])
        // `String` finds é composed and decomposed equal: neither precedes, one rank.
        #expect(ranks(of: strings, by: <) == [1, 0, 3, 3, 1, 2])
        #expect(ranks(of: [], by: <) == [])
    }

    @Test("Ranks: strings longer than eight bytes are told apart by every byte")
    func ranksTellLongStringsApart() {
        // Repeats apart from each other, so that they are found by hashing and comparing bytes;
        // the differences fall in the first eight bytes, past them, and in the last one.
        let strings = ["राजनाथ सिंह", "abcdefgh1", "abcdefgh2", "राजनाथ सिंह", "abcdefgh1", "abcdefghX", "abcdefgZ1"]
        #expect(ranks(of: strings, by: codePointPrecedes) == [4, 1, 2, 4, 1, 3, 0])
    }

    @Test("Same bytes: every byte counts, in whole words and in the tail", arguments: [
        ("", "", true), ("a", "a", true), ("a", "b", false), ("a", "ab", false),
        ("abcdefgh", "abcdefgh", true), ("abcdefgh", "abcdefgX", false), ("Xbcdefgh", "abcdefgh", false),
        ("abcdefgh1", "abcdefgh1", true), ("abcdefgh1", "abcdefgh2", false),
        ("राजनाथ सिंह", "राजनाथ सिंह", true), ("राजनाथ सिंह", "राजनाथ सिंग", false),
    ])
    func sameBytesComparesEveryByte(a: String, b: String, same: Bool) {
        #expect(a.withUTF8Bytes { x in b.withUTF8Bytes { y in sameBytes(x, y) } } == same)
    }
}
