/// Realistic synthetic news in Hindi, English and both (an English headline over a Hindi
/// body), for benchmarks and generalisation tests: made-up officials of real countries
/// meeting, holding talks, praising and criticising each other, joining organizations.
///
/// ```swift
/// let corpus = try SyntheticCorpus(seed: 7)
/// for article in corpus.articles(totalBytes: 50 << 20) {
///     try article.text.write(toFile: "\(article.id).txt", atomically: false, encoding: .utf8)
/// }
/// ```
///
/// Deterministic: the same seed gives the same articles, byte for byte, and a smaller
/// corpus is a prefix of a larger one with the same seed (article `n` depends only on the
/// seed and `n`).
public struct SyntheticCorpus: Sendable {
    public let seed: UInt64
    private let composer: ArticleComposer
    private let articleStreams: SplitMix64

    /// A corpus generator with Varta's lexicon (or `lexicon`) and a world of made-up officials.
    public init(seed: UInt64, lexicon: SyntheticLexicon? = nil) throws(SyntheticError) {
        self.seed = seed
        let root = SplitMix64(seed: seed)
        var worldRandom = root.derived(0)
        let lexicon = if let lexicon { lexicon } else { try SyntheticLexicon.standard() }
        composer = ArticleComposer(world: NewsWorld(lexicon: lexicon, using: &worldRandom))
        articleStreams = root.derived(1)
    }

    /// Article number `number` (from 0).
    public func article(_ number: Int) -> SyntheticArticle {
        var random = articleStreams.derived(UInt64(number))
        return composer.article(number: number, using: &random)
    }

    /// Articles from number 0 on until their texts add up to at least `totalBytes` UTF-8
    /// bytes (so the total is over by less than one article, at most 6 KB). Lazy: articles
    /// are made as the sequence is read.
    public func articles(totalBytes: Int) -> Articles {
        Articles(corpus: self, totalBytes: totalBytes)
    }

    /// The articles of `articles(totalBytes:)`, made one at a time.
    public struct Articles: Sequence, Sendable {
        let corpus: SyntheticCorpus
        let totalBytes: Int

        public func makeIterator() -> Iterator {
            Iterator(corpus: corpus, totalBytes: totalBytes)
        }

        public struct Iterator: IteratorProtocol {
            let corpus: SyntheticCorpus
            let totalBytes: Int
            var number = 0
            var written = 0

            public mutating func next() -> SyntheticArticle? {
                guard written < totalBytes else { return nil }
                let article = corpus.article(number)
                number += 1
                written += article.byteCount
                return article
            }
        }
    }
}
