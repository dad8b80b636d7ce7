import VartaCore

/// A large, realistic relationship graph made up from a seed, for benchmarks of the
/// writers, the reader, rendering and diff: made-up officials of real countries, real
/// organizations, meetings, statements with polarity, membership and affiliation, dates
/// over 2015–2026 and evidence sentences. Degrees are heavy-tailed: a few people and
/// countries have thousands of edges, most have a handful.
///
/// The value is a compact plan (about 30 bytes an edge); `graph()` builds the `Graph`, so
/// a plan and its perturbed copy cost little next to one materialised graph.
///
/// ```swift
/// let plan = try SyntheticGraph.make(nodes: 100_000, edges: 1_000_000, seed: 1)
/// let before = plan.graph()
/// let after = plan.perturbed(percent: 5, seed: 2).graph()
/// let diff = GraphDiff(old: before, new: after)
/// ```
public struct SyntheticGraph: Sendable {
    struct Node: Sendable {
        var kind: EntityKind
        /// Index into the lexicon's countries or organizations; -1 for people.
        var lexiconIndex: Int32
        /// Index into the lexicon's offices; -1 for none.
        var office: Int16
        /// Node index of the country whose office the person holds; -1 for none.
        var affiliation: Int32
        var isPresent = true
    }

    struct Edge: Sendable {
        var kind: RelationKind
        var polarity: Polarity?
        /// Supporting documents, and the number of dates.
        var weight: UInt8
        var source: Int32
        var target: Int32
        /// Seeds the edge's dates and sentences.
        var detail: UInt64
    }

    let lexicon: SyntheticLexicon
    var nodes: [Node]
    /// People's names by node index (empty for countries and organizations).
    var names: [Int: PersonName]
    var edges: [Edge]

    /// Nodes in the graph.
    public var nodeCount: Int { nodes.lazy.filter(\.isPresent).count }
    /// Edges in the graph.
    public var edgeCount: Int { edges.count }

    /// The largest graph `make` accepts.
    public static let maximumNodes = 10_000_000

    /// A graph of exactly `nodes` nodes (about one in twenty a country and one in twenty an
    /// organization, up to the lexicon's 199 and ~200; the rest people) and exactly `edges`
    /// edges. Throws when the counts are out of range or too dense to fill.
    public static func make(nodes: Int, edges: Int, seed: UInt64, lexicon: SyntheticLexicon? = nil) throws(SyntheticError) -> SyntheticGraph {
        guard (10...maximumNodes).contains(nodes) else {
            throw .graphSize("--nodes is \(nodes); give between 10 and \(maximumNodes)")
        }
        let densest = nodes * (nodes - 1) / 8
        guard (0...densest).contains(edges) else {
            throw .graphSize("--edges is \(edges); \(nodes) nodes take at most \(densest) edges here: ask for fewer edges or more nodes")
        }
        let lexicon = if let lexicon { lexicon } else { try SyntheticLexicon.standard() }
        var builder = GraphPlanner(lexicon: lexicon, random: SplitMix64(seed: seed))
        builder.addNodes(nodes)
        try builder.addEdges(edges)
        return SyntheticGraph(lexicon: lexicon, nodes: builder.nodes, names: builder.names, edges: builder.edges)
    }

    /// A copy that differs by about `percent`% of the edges and people: a third of that
    /// share of edges removed, a third changed (a new date and a higher weight, or the
    /// other polarity), a third added; as many people removed (with their edges), given
    /// another office, and added. Fixed by `seed`.
    public func perturbed(percent: Double, seed: UInt64) -> SyntheticGraph {
        var planner = GraphPlanner(lexicon: lexicon, random: SplitMix64(seed: seed), nodes: nodes, names: names, edges: edges)
        planner.perturb(share: max(0, min(percent, 100)) / 100)
        return SyntheticGraph(lexicon: lexicon, nodes: planner.nodes, names: planner.names, edges: planner.edges)
    }
}
