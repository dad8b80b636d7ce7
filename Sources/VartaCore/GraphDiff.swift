/// What changed between two graphs, e.g. the graph of March and the graph of April.
///
/// Nodes are matched by entity id and edges by relation id (kind, source and target), with
/// dictionary lookups only, so two graphs of a million edges diff in about a second.
/// Only what a reader of the graph notices counts as a change: a node's kind, label, office
/// and affiliation; an edge's weight, polarity and dates. New mentions or evidence alone
/// leave an element unchanged.
///
/// ```swift
/// let diff = GraphDiff(old: march, new: april)
/// for change in diff.changedEdges where change.polarity != nil {
///     print(change.id, change.polarity!.old, "→", change.polarity!.new)
/// }
/// ```
///
/// Lists are in the order writers use: nodes by id, edges by kind, source and target
/// (as `Graph.sortedRelations`). `GraphDiff(old: b, new: a)` equals
/// `GraphDiff(old: a, new: b).swapped()`.
public struct GraphDiff: Sendable, Equatable {
    /// The graph before.
    public let old: Graph
    /// The graph after.
    public let new: Graph

    /// Entities only in `new`, by id.
    public let addedNodes: [Entity]
    /// Entities only in `old`, by id.
    public let removedNodes: [Entity]
    /// Entities in both whose kind, label, office or affiliation differ, by id.
    public let changedNodes: [NodeChange]
    /// Entities in both that look the same.
    public let unchangedNodeCount: Int

    /// Relations only in `new`, in graph order.
    public let addedEdges: [Relation]
    /// Relations only in `old`, in graph order.
    public let removedEdges: [Relation]
    /// Relations in both whose weight, polarity or dates differ, in graph order.
    public let changedEdges: [EdgeChange]
    /// Relations in both with the same weight, polarity and dates.
    public let unchangedEdgeCount: Int

    /// Compares `old` with `new`.
    public init(old: Graph, new: Graph) {
        let nodes = matchEntities(old.entities, new.entities)
        let edges = matchRelations(old.relations, new.relations)
        let (oldNodes, newNodes) = (old.entities, new.entities)
        let (oldEdges, newEdges) = (old.relations, new.relations)
        self.init(
            old: old, new: new,
            addedNodes: GraphOrder.order(of: nodes.added, in: newNodes).map { newNodes.values[nodes.added[$0]] },
            removedNodes: GraphOrder.order(of: nodes.removed, in: oldNodes).map { oldNodes.values[nodes.removed[$0]] },
            changedNodes: GraphOrder.order(of: nodes.changed.map(\.new), in: newNodes).map {
                NodeChange(old: oldNodes.values[nodes.changed[$0].old], new: newNodes.values[nodes.changed[$0].new])!
            },
            unchangedNodeCount: nodes.unchanged,
            addedEdges: GraphOrder.order(of: edges.added, in: newEdges).map { newEdges.values[edges.added[$0]] },
            removedEdges: GraphOrder.order(of: edges.removed, in: oldEdges).map { oldEdges.values[edges.removed[$0]] },
            changedEdges: GraphOrder.order(of: edges.changed.map(\.new), in: newEdges).map {
                EdgeChange(old: oldEdges.values[edges.changed[$0].old], new: newEdges.values[edges.changed[$0].new])!
            },
            unchangedEdgeCount: edges.unchanged)
    }

    private init(
        old: Graph, new: Graph,
        addedNodes: [Entity], removedNodes: [Entity], changedNodes: [NodeChange], unchangedNodeCount: Int,
        addedEdges: [Relation], removedEdges: [Relation], changedEdges: [EdgeChange], unchangedEdgeCount: Int
    ) {
        self.old = old
        self.new = new
        self.addedNodes = addedNodes
        self.removedNodes = removedNodes
        self.changedNodes = changedNodes
        self.unchangedNodeCount = unchangedNodeCount
        self.addedEdges = addedEdges
        self.removedEdges = removedEdges
        self.changedEdges = changedEdges
        self.unchangedEdgeCount = unchangedEdgeCount
    }

    /// True when no node or edge was added, removed or changed.
    public var isEmpty: Bool {
        addedNodes.isEmpty && removedNodes.isEmpty && changedNodes.isEmpty
            && addedEdges.isEmpty && removedEdges.isEmpty && changedEdges.isEmpty
    }

    /// The diff the other way round, from `new` to `old`: added and removed exchanged, every
    /// change's old and new values exchanged. Computed without comparing the graphs again.
    public func swapped() -> GraphDiff {
        GraphDiff(old: new, new: old,
                  addedNodes: removedNodes, removedNodes: addedNodes,
                  changedNodes: changedNodes.map { $0.swapped() }, unchangedNodeCount: unchangedNodeCount,
                  addedEdges: removedEdges, removedEdges: addedEdges,
                  changedEdges: changedEdges.map { $0.swapped() }, unchangedEdgeCount: unchangedEdgeCount)
    }

    /// Both graphs in one: everything in `new`, plus what only `old` has. Where both have
    /// an element, `new`'s version is kept. Diagrams lay this out once, so nothing jumps.
    public var union: Graph {
        var graph = new
        for entity in removedNodes { graph.insert(entity) }
        for relation in removedEdges { graph.insert(relation) }
        return graph
    }

    /// What happened to the entity `id`; nil when neither graph has it.
    public func status(ofNode id: String) -> Status? {
        switch (old.entities[id], new.entities[id]) {
        case (nil, nil): nil
        case (nil, _?): .added
        case (_?, nil): .removed
        case let (before?, after?): NodeChange(old: before, new: after) == nil ? .unchanged : .changed
        }
    }

    /// What happened to the relation `id`; nil when neither graph has it.
    public func status(ofEdge id: String) -> Status? {
        switch (old.relations[id], new.relations[id]) {
        case (nil, nil): nil
        case (nil, _?): .added
        case (_?, nil): .removed
        case let (before?, after?): EdgeChange(old: before, new: after) == nil ? .unchanged : .changed
        }
    }

    /// The English label of entity `id` as `new` has it, else as `old` has it, else the id.
    public func label(of id: String) -> String {
        new.entities[id]?.label ?? old.entities[id]?.label ?? id
    }
}

extension GraphDiff {
    /// What happened to one node or edge between the two graphs.
    public enum Status: String, Sendable, CaseIterable {
        /// Only in the new graph.
        case added
        /// Only in the old graph.
        case removed
        /// In both, with a difference a reader notices.
        case changed
        /// In both, looking the same.
        case unchanged
    }

    /// A value before and after.
    public struct ValueChange<Value: Sendable & Equatable>: Sendable, Equatable {
        public let old: Value
        public let new: Value

        public init(old: Value, new: Value) {
            self.old = old
            self.new = new
        }

        /// The same change read backwards.
        public func swapped() -> ValueChange { ValueChange(old: new, new: old) }
    }

    /// The fields of an entity that a diff compares.
    public enum NodeField: String, Sendable, CaseIterable {
        case kind
        case label
        case office
        case affiliation

        /// The field's value in `entity` as text (`kind` as its name, `affiliation` as an id).
        public func value(in entity: Entity) -> String? {
            switch self {
            case .kind: entity.kind.rawValue
            case .label: entity.label
            case .office: entity.office
            case .affiliation: entity.affiliation
            }
        }
    }

    /// An entity in both graphs whose kind, label, office or affiliation differ.
    public struct NodeChange: Sendable, Equatable, Identifiable {
        /// The entity as the old graph has it.
        public let old: Entity
        /// The entity as the new graph has it.
        public let new: Entity
        /// The fields that differ, in `NodeField.allCases` order; never empty.
        public let fields: [NodeField]

        public var id: String { new.id }

        /// The change from `old` to `new` (the same entity id in two graphs),
        /// or nil when no compared field differs.
        public init?(old: Entity, new: Entity) {
            let fields = NodeField.allCases.filter { $0.value(in: old) != $0.value(in: new) }
            guard !fields.isEmpty else { return nil }
            self.init(old: old, new: new, fields: fields)
        }

        private init(old: Entity, new: Entity, fields: [NodeField]) {
            self.old = old
            self.new = new
            self.fields = fields
        }

        /// The same change read backwards.
        public func swapped() -> NodeChange { NodeChange(old: new, new: old, fields: fields) }
    }

    /// A relation in both graphs whose weight, polarity or dates differ.
    public struct EdgeChange: Sendable, Equatable, Identifiable {
        /// The relation as the old graph has it.
        public let old: Relation
        /// The relation as the new graph has it.
        public let new: Relation
        /// Number of supporting documents before and after; nil when the same.
        public let weight: ValueChange<Int>?
        /// Statements only: the stance before and after; nil when the same.
        public let polarity: ValueChange<Polarity>?
        /// Dates the new graph has and the old one lacks, sorted.
        public let datesAdded: [Day]
        /// Dates the old graph has and the new one lacks, sorted.
        public let datesRemoved: [Day]

        public var id: String { new.id }

        /// The change from `old` to `new` (the same relation id in two graphs),
        /// or nil when weight, polarity and dates are the same.
        public init?(old: Relation, new: Relation) {
            let weight = old.weight == new.weight ? nil : ValueChange(old: old.weight, new: new.weight)
            let (before, after) = (old.polarity ?? .neutral, new.polarity ?? .neutral)
            let polarity = old.kind != .statement || before == after ? nil : ValueChange(old: before, new: after)
            let (added, removed) = old.dates == new.dates ? ([], []) : EdgeChange.difference(old.dates, new.dates)
            guard weight != nil || polarity != nil || !added.isEmpty || !removed.isEmpty else { return nil }
            self.init(old: old, new: new, weight: weight, polarity: polarity, datesAdded: added, datesRemoved: removed)
        }

        private init(
            old: Relation, new: Relation, weight: ValueChange<Int>?, polarity: ValueChange<Polarity>?,
            datesAdded: [Day], datesRemoved: [Day]
        ) {
            self.old = old
            self.new = new
            self.weight = weight
            self.polarity = polarity
            self.datesAdded = datesAdded
            self.datesRemoved = datesRemoved
        }

        /// The same change read backwards.
        public func swapped() -> EdgeChange {
            EdgeChange(old: new, new: old, weight: weight?.swapped(), polarity: polarity?.swapped(),
                       datesAdded: datesRemoved, datesRemoved: datesAdded)
        }

        /// Days only in `after` and days only in `before`, by one walk over both sorted lists.
        private static func difference(_ before: [Day], _ after: [Day]) -> (added: [Day], removed: [Day]) {
            var added: [Day] = [], removed: [Day] = []
            var i = before.startIndex, j = after.startIndex
            while i < before.endIndex || j < after.endIndex {
                if j == after.endIndex || (i < before.endIndex && before[i] < after[j]) {
                    removed.append(before[i])
                    i += 1
                } else if i == before.endIndex || after[j] < before[i] {
                    added.append(after[j])
                    j += 1
                } else {
                    i += 1
                    j += 1
                }
            }
            return (added, removed)
        }
    }
}

/// Which ids two dictionaries share: found by one lookup per id, kept as dictionary indices.
private struct Matching<Value: Sendable>: Sendable {
    typealias Index = Dictionary<String, Value>.Index

    /// Ids only in the old dictionary.
    var removed: [Index] = []
    /// Ids only in the new dictionary.
    var added: [Index] = []
    /// Ids in both whose versions differ.
    var changed: [(old: Index, new: Index)] = []
    /// Ids in both whose versions do not differ.
    var unchanged = 0
    /// The positions in `new` of the ids found in both, in the order `old` gave them.
    private var matched: [Index] = []

    /// Records an id of `old` found at `match` in `new`.
    @inline(__always)
    mutating func record(_ index: Index, _ match: Index, differ: Bool) {
        if differ { changed.append((index, match)) } else { unchanged += 1 }
        matched.append(match)
    }

    /// Collects the ids of `new` that `old` lacks: every position of `new` not matched. Walking
    /// the sorted matched positions alongside `new`'s avoids hashing every id a second time.
    /// Takes in the findings of a matching over another part of the same old graph.
    mutating func append(_ other: Matching) {
        removed += other.removed
        changed += other.changed
        unchanged += other.unchanged
        matched += other.matched
    }

    mutating func collectAdded(_ new: [String: Value]) {
        defer { matched = [] }
        guard new.count > matched.count else { return }
        matched = GraphOrder.parallelSorted(matched, by: <)
        var next = matched.startIndex
        for index in new.indices {
            if next < matched.endIndex, matched[next] == index { next += 1 } else { added.append(index) }
        }
    }
}

// One plain loop per element type, comparing as `NodeChange.init` and `EdgeChange.init` do
// (a test holds them to it). Written this way, each field read straight into a comparison,
// the compiler reads the fields where they lie; passed on to a helper, each element is copied
// first, which for a million relations (five reference counts each, each a cache miss at this
// size) costs more than the lookups.

private func matchEntities(_ old: [String: Entity], _ new: [String: Entity]) -> Matching<Entity> {
    var matching = Matching<Entity>()
    for i in old.indices {
        guard let j = new.index(forKey: old.keys[i]) else { matching.removed.append(i); continue }
        let differ = !(old.values[i].kind == new.values[j].kind && old.values[i].label == new.values[j].label
            && old.values[i].office == new.values[j].office && old.values[i].affiliation == new.values[j].affiliation)
        matching.record(i, j, differ: differ)
    }
    matching.collectAdded(new)
    return matching
}

/// Relations are many: they are matched in pieces on all cores (each piece looks up its
/// own old relations in the new graph, which is only read), and the pieces' findings joined.
private func matchRelations(_ old: [String: Relation], _ new: [String: Relation]) -> Matching<Relation> {
    let indices = Array(old.indices)
    let pieceSize = 32_768
    guard indices.count > pieceSize else { return matchRelations(indices[...], old, new, collectingAdded: true) }
    let pieceCount = (indices.count + pieceSize - 1) / pieceSize
    let pieces = OnAllCores.map(count: pieceCount, threshold: 2) { piece in
        matchRelations(indices[piece * pieceSize..<min((piece + 1) * pieceSize, indices.count)], old, new, collectingAdded: false)
    }
    var matching = Matching<Relation>()
    for piece in pieces { matching.append(piece) }
    matching.collectAdded(new)
    return matching
}

private func matchRelations(
    _ part: ArraySlice<Dictionary<String, Relation>.Index>, _ old: [String: Relation], _ new: [String: Relation],
    collectingAdded: Bool
) -> Matching<Relation> {
    var matching = Matching<Relation>()
    for i in part {
        guard let j = new.index(forKey: old.keys[i]) else { matching.removed.append(i); continue }
        let differ = !(old.values[i].weight == new.values[j].weight && old.values[i].dates == new.values[j].dates
            && (old.values[i].kind != .statement
                || (old.values[i].polarity ?? .neutral) == (new.values[j].polarity ?? .neutral)))
        matching.record(i, j, differ: differ)
    }
    if collectingAdded { matching.collectAdded(new) }
    return matching
}
