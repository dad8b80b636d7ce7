import Dispatch
import Synchronization
import VartaCore

/// What reading a corpus gave: the merged graph and an account of every article.
public struct CorpusExtraction: Sendable {
    public let graph: Graph
    /// Articles whose graphs are in `graph`.
    public let articlesRead: Int
    /// Articles left out because their date is outside the window (or they have none).
    public let outsideWindow: Int
    /// Inputs that could not be read, in input order.
    public let problems: [CorpusProblem]
}

/// Which articles to keep by date.
public struct DateFilter: Sendable {
    public var window: DateWindow?
    /// Keep articles that state no date even when a window is set.
    public var includeUndated: Bool

    public init(window: DateWindow? = nil, includeUndated: Bool = false) {
        self.window = window
        self.includeUndated = includeUndated
    }

    func keeps(_ date: Day?) -> Bool {
        guard let window else { return true }
        guard let date else { return includeUndated }
        return window.contains(date)
    }
}

extension Extractor {
    /// Reads every document on all cores and merges their graphs in document order, so the
    /// result is the same, byte for byte, as reading them one after the other.
    /// `progress` is called (from any thread) with the number of documents done so far.
    public func extract(
        _ documents: [CorpusDocument], filter: DateFilter = DateFilter(), dateOverride: Day? = nil, lossy: Bool = false,
        progress: (@Sendable (Int) -> Void)? = nil
    ) -> CorpusExtraction {
        enum Outcome: Sendable {
            case graph(Graph)
            case outside
            case problem(CorpusProblem)
        }
        let outcomes = Mutex([Outcome?](repeating: nil, count: documents.count))
        let done = Atomic<Int>(0)
        DispatchQueue.concurrentPerform(iterations: documents.count) { index in
            let outcome: Outcome
            switch CorpusReader.article(of: documents[index], dateOverride: dateOverride, lossy: lossy) {
            case .failure(let problem): outcome = .problem(problem)
            case .success(let article): outcome = filter.keeps(article.date) ? .graph(extract(article)) : .outside
            }
            outcomes.withLock { $0[index] = outcome }
            let finished = done.add(1, ordering: .relaxed).newValue
            progress?(finished)
        }
        var graphs: [Graph] = []
        var outside = 0
        var problems: [CorpusProblem] = []
        for outcome in outcomes.withLock({ $0 }) {
            switch outcome {
            case .graph(let graph)?: graphs.append(graph)
            case .outside?: outside += 1
            case .problem(let problem)?: problems.append(problem)
            case nil: continue
            }
        }
        return CorpusExtraction(graph: CorpusMerge.merge(graphs), articlesRead: graphs.count, outsideWindow: outside, problems: problems)
    }
}
