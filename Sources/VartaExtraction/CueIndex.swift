import VartaCore

/// Where each cue phrase stands in a sentence.
struct CueIndex: Sendable {
    private var positions: [Cue: [Int]] = [:]

    /// The cues among a sentence's lexicon phrases (`MentionFinder.lexiconSpans`).
    init(spans: [MentionFinder.Span]) {
        for span in spans {
            for case .cue(let cue) in span.entries { positions[cue, default: []].append(span.tokens.lowerBound) }
        }
    }

    func first(_ cue: Cue) -> Int? { positions[cue]?.first }

    /// Every position of `cue`, in order.
    func all(_ cue: Cue) -> [Int] { positions[cue] ?? [] }

    /// The first token of any of these cues.
    func first(of cues: [Cue]) -> Int? { cues.compactMap { first($0) }.min() }

    func contains(_ cue: Cue, near position: Int, before: Int, after: Int) -> Bool {
        positions[cue]?.contains { $0 >= position - before && $0 <= position + after } ?? false
    }

    /// The polarity that the cue words in `range` express, or nil when they express none.
    func polarity(in range: Range<Int>) -> Polarity? {
        let negative = positions[.negative]?.contains { range.contains($0) } ?? false
        let positive = positions[.positive]?.contains { range.contains($0) } ?? false
        if negative { return .negative }
        if positive { return .positive }
        return nil
    }
}
