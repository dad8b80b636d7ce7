import VartaCore

/// Where each cue phrase stands in a sentence.
struct CueIndex: Sendable {
    /// Each cue phrase's cue and first token, in the order of the sentence. A sentence has a
    /// handful, so one short list read from the start serves every question (an array per
    /// kind of cue cost an allocation for each kind a sentence has).
    private var found: [(cue: Cue, position: Int)] = []

    /// The cues among a sentence's lexicon phrases (`MentionFinder.lexiconSpans`).
    init(spans: [MentionFinder.Span]) {
        // Counted first, so that the list is allocated once, not once per doubling.
        let count = spans.reduce(0) { total, span in total + span.entries.count(where: \.isCue) }
        guard count > 0 else { return }
        found.reserveCapacity(count)
        for span in spans {
            for case .cue(let cue) in span.entries { found.append((cue, span.tokens.lowerBound)) }
        }
    }

    func first(_ cue: Cue) -> Int? { found.first { $0.cue == cue }?.position }

    /// Every position of `cue`, in order.
    func all(_ cue: Cue) -> [Int] { found.filter { $0.cue == cue }.map(\.position) }

    /// The first token of any of these cues.
    func first(of cues: [Cue]) -> Int? { found.first { cues.contains($0.cue) }?.position }

    func contains(_ cue: Cue, near position: Int, before: Int, after: Int) -> Bool {
        found.contains { $0.cue == cue && $0.position >= position - before && $0.position <= position + after }
    }

    /// The polarity that the cue words in `range` express, or nil when they express none.
    func polarity(in range: Range<Int>) -> Polarity? {
        let negative = found.contains { $0.cue == .negative && range.contains($0.position) }
        let positive = found.contains { $0.cue == .positive && range.contains($0.position) }
        if negative { return .negative }
        if positive { return .positive }
        return nil
    }
}
