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
    /// Windows to keep; an article inside any of them is kept. Empty: every article.
    public var windows: [DateWindow]
    /// Keep articles that state no date even when a window is set.
    public var includeUndated: Bool

    public init(window: DateWindow? = nil, includeUndated: Bool = false) {
        self.init(windows: window.map { [$0] } ?? [], includeUndated: includeUndated)
    }

    public init(windows: [DateWindow], includeUndated: Bool = false) {
        self.windows = windows
        self.includeUndated = includeUndated
    }

    public func keeps(_ date: Day?) -> Bool {
        guard !windows.isEmpty else { return true }
        guard let date else { return includeUndated }
        return windows.contains { $0.contains(date) }
    }
}

/// The graph of one article of a corpus, with the article's date.
public struct ArticleGraph: Sendable {
    public let date: Day?
    public let graph: Graph
}

extension Extractor {
    /// Reads every document on all cores and merges their graphs in document order, so the
    /// result is the same, byte for byte, as reading them one after the other.
    /// `progress` is called (from any thread) with the number of documents done so far.
    public func extract(
        _ documents: [CorpusDocument], filter: DateFilter = DateFilter(), dateOverride: Day? = nil, lossy: Bool = false,
        progress: (@Sendable (Int) -> Void)? = nil
    ) -> CorpusExtraction {
        let (articles, outsideWindow, problems) = extractEach(documents, filter: filter, dateOverride: dateOverride,
                                                             lossy: lossy, progress: progress)
        let articlesRead = articles.count
        let merged = CorpusMerge.merge(articles.map(\.graph))
        OnAllCores.release(consume articles)
        return CorpusExtraction(graph: merged, articlesRead: articlesRead, outsideWindow: outsideWindow, problems: problems)
    }

    /// The graph of each document the filter keeps, in document order, read on all cores;
    /// for callers that group articles themselves (e.g. by date window).
    public func extractEach(
        _ documents: [CorpusDocument], filter: DateFilter = DateFilter(), dateOverride: Day? = nil, lossy: Bool = false,
        progress: (@Sendable (Int) -> Void)? = nil
    ) -> (graphs: [ArticleGraph], outsideWindow: Int, problems: [CorpusProblem]) {
        enum Outcome: Sendable {
            case graph(ArticleGraph)
            case outside
            case problem(CorpusProblem)
        }
        let done = Atomic<Int>(0)
        let outcomes = OnAllCores.map(count: documents.count, threshold: 2) { index in
            defer { progress?(done.add(1, ordering: .relaxed).newValue) }
            switch CorpusReader.article(of: documents[index], dateOverride: dateOverride, lossy: lossy) {
            case .failure(let problem):
                return Outcome.problem(problem)
            case .success(let article):
                return filter.keeps(article.date) ? .graph(ArticleGraph(date: article.date, graph: extract(article))) : .outside
            }
        }
        var graphs: [ArticleGraph] = []
        var outside = 0
        var problems: [CorpusProblem] = []
        for outcome in outcomes {
            switch outcome {
            case .graph(let graph): graphs.append(graph)
            case .outside: outside += 1
            case .problem(let problem): problems.append(problem)
            }
        }
        return (graphs, outside, problems)
    }
}
