import VartaCore

/// Where each cue phrase stands in a sentence.
struct CueIndex: Sendable {
    /// The positions of each cue, in order, at `cue.ordinal`.
    private var positions = [[Int]](repeating: [], count: Cue.allCases.count)

    /// The cues among a sentence's lexicon phrases (`MentionFinder.lexiconSpans`).
    init(spans: [MentionFinder.Span]) {
        for span in spans {
            for case .cue(let cue) in span.entries { positions[cue.ordinal].append(span.tokens.lowerBound) }
        }
    }

    func first(_ cue: Cue) -> Int? { positions[cue.ordinal].first }

    /// Every position of `cue`, in order.
    func all(_ cue: Cue) -> [Int] { positions[cue.ordinal] }

    /// The first token of any of these cues.
    func first(of cues: [Cue]) -> Int? { cues.compactMap { first($0) }.min() }

    func contains(_ cue: Cue, near position: Int, before: Int, after: Int) -> Bool {
        positions[cue.ordinal].contains { $0 >= position - before && $0 <= position + after }
    }

    /// The polarity that the cue words in `range` express, or nil when they express none.
    func polarity(in range: Range<Int>) -> Polarity? {
        let negative = positions[Cue.negative.ordinal].contains { range.contains($0) }
        let positive = positions[Cue.positive.ordinal].contains { range.contains($0) }
        if negative { return .negative }
        if positive { return .positive }
        return nil
    }
}
