import VartaCore

/// How far `Extractor.read(_:through:)` goes; each stage does the work of those before it.
/// For measuring where the time of extraction goes (`varta-bench`).
package enum ExtractionStage: String, CaseIterable, Sendable {
    /// Sentences found.
    case sentences
    /// Sentences split into tokens.
    case tokens
    /// Lexicon phrases looked up in each sentence.
    case lexicon
    /// Mentions found by the patterns: all that is read one sentence at a time.
    case mentions
    /// Mentions resolved to entities, and the relations the rules find between them.
    case relations
    /// Each article's graph built, not merged.
    case articleGraphs = "article-graphs"
}

extension Extractor {
    /// Reads the documents as far as `stage`, on all cores. Returns how many things the last
    /// stage found in all (sentences, tokens, phrases, mentions, relations or edges), which
    /// also keeps the work from being left out as unused.
    package func read(_ documents: [CorpusDocument], through stage: ExtractionStage) -> Int {
        OnAllCores.map(count: documents.count, threshold: 2) { index in
            guard case .success(let article) = CorpusReader.article(of: documents[index], dateOverride: nil, lossy: false) else {
                return 0
            }
            return read(article, through: stage)
        }.reduce(0, +)
    }

    private func read(_ article: Article, through stage: ExtractionStage) -> Int {
        switch stage {
        case .sentences:
            return SentenceSegmenter.sentences(in: article.text).count
        case .tokens:
            return SentenceSegmenter.sentences(in: article.text).reduce(0) { count, sentence in
                count + Tokenizer.tokens(in: sentence.text, startingAt: sentence.start).count
            }
        case .lexicon:
            let finder = MentionFinder(lexicon: lexicon)
            return SentenceSegmenter.sentences(in: article.text).reduce(0) { count, sentence in
                count + finder.lexiconSpans(Tokenizer.tokens(in: sentence.text, startingAt: sentence.start)).count
            }
        case .mentions:
            return readSentences(of: article, bytes: Array(article.text.utf8)).reduce(0) { $0 + $1.mentions.count }
        case .relations:
            return read(article).relations.count
        case .articleGraphs:
            return extract(article).relations.count
        }
    }
}
