/// A relationship graph: entities joined by relations. A value; merging is union.
///
/// Entities and relations are kept by id; `sortedEntities` and `sortedRelations`
/// give the fixed order every writer uses, so outputs are deterministic.
public struct Graph: Hashable, Sendable {
    public private(set) var entities: [String: Entity] = [:]
    public private(set) var relations: [String: Relation] = [:]

    public init() {}

    /// Builds a graph from parts; repeated ids are merged as by `insert`.
    public init(entities: [Entity], relations: [Relation] = []) {
        self.entities.reserveCapacity(entities.count)
        self.relations.reserveCapacity(relations.count)
        for entity in entities { insert(entity) }
        for relation in relations { insert(relation) }
    }

    public var sortedEntities: [Entity] { GraphOrder.sorted(entities) }

    /// Relations ordered by kind, then source, then target.
    public var sortedRelations: [Relation] { GraphOrder.sorted(relations) }

    /// Adds an entity, or merges it into the one with the same id.
    public mutating func insert(_ entity: Entity) {
        // One lookup for a new id, the usual case.
        guard var earlier = entities.updateValue(entity, forKey: entity.id) else { return }
        earlier.absorb(entity)
        entities[entity.id] = earlier
    }

    /// Puts `entity` in place of the one with the same id (or adds it).
    public mutating func replace(_ entity: Entity) {
        entities[entity.id] = entity
    }

    /// Adds a relation, or merges it into the one with the same id.
    public mutating func insert(_ relation: Relation) {
        // One lookup for a new id, the usual case.
        guard var earlier = relations.updateValue(relation, forKey: relation.id) else { return }
        earlier.absorb(relation)
        relations[relation.id] = earlier
    }

    /// Adds everything in `other`: entities by id, relations by id (see `Relation.absorb`).
    public mutating func merge(_ other: Graph) {
        for entity in other.entities.values { insert(entity) }
        for relation in other.relations.values { insert(relation) }
    }

    /// The union of many graphs, the same as merging them in turn into an empty graph but
    /// in time proportional to their size: each entity and relation is combined once from
    /// all its parts, instead of re-sorting its mentions and evidence at every merge.
    public init(merging graphs: [Graph]) {
        self.init()
        entities = Graph.union(of: graphs.map(\.entities), Entity.combined)
        relations = Graph.union(of: graphs.map(\.relations), Relation.combined)
    }

    /// The values of all `tables` by key, the values of one key combined in table order.
    ///
    /// A part is found by its table and its place in it, and read once, when its key is
    /// combined: copying every part into a list per key first, and freeing the lists after,
    /// cost more than combining (each copy touches the part's strings, in memory long cold).
    /// Keys are combined on all cores when there are many parts, counted in parts, not keys:
    /// a corpus names a thousand countries and organizations, each in hundreds of articles.
    private static func union<Value: Sendable>(
        of tables: [[String: Value]], _ combine: @escaping @Sendable ([Value]) -> Value
    ) -> [String: Value] {
        typealias Place = (table: Int, index: Dictionary<String, Value>.Index)
        let partCount = tables.reduce(0) { $0 + $1.count }
        // Each key's number, by first appearance, and each part's key number.
        var numbers: [String: Int] = [:]
        numbers.reserveCapacity(partCount)  // at most a key per part: the table never grows
        var keys: [String] = []
        var places: [Place] = []
        var numberOfPart: [Int] = []
        places.reserveCapacity(partCount)
        numberOfPart.reserveCapacity(partCount)
        for (table, values) in tables.enumerated() {
            var index = values.startIndex
            while index != values.endIndex {
                let key = values.keys[index]
                let number = numbers[key] ?? keys.count
                if number == keys.count {
                    numbers[key] = number
                    keys.append(key)
                }
                places.append((table, index))
                numberOfPart.append(number)
                index = values.index(after: index)
            }
        }
        // The parts of each key side by side, in table order (a counting sort by key number).
        var firstPart = [Int](repeating: 0, count: keys.count + 1)
        for number in numberOfPart { firstPart[number + 1] += 1 }
        for number in keys.indices { firstPart[number + 1] += firstPart[number] }
        var next = firstPart
        var grouped = [Int](repeating: 0, count: partCount)
        for (part, number) in numberOfPart.enumerated() {
            grouped[next[number]] = part
            next[number] += 1
        }
        let shared = (places: places, grouped: grouped, firstPart: firstPart)
        @Sendable func value(of part: Int) -> Value { tables[shared.places[part].table].values[shared.places[part].index] }
        let onAllCores = partCount >= OnAllCores.threshold
        let combined = OnAllCores.map(count: keys.count, threshold: onAllCores ? 2 : Int.max) { number in
            let parts = shared.grouped[shared.firstPart[number]..<shared.firstPart[number + 1]]
            return parts.count == 1 ? value(of: parts.first!) : combine(parts.map(value(of:)))
        }
        var result: [String: Value] = [:]
        result.reserveCapacity(keys.count)
        for (key, value) in zip(keys, combined) { result[key] = value }
        return result
    }

    /// The union of this graph and `other`.
    public func merging(_ other: Graph) -> Graph {
        var result = self
        result.merge(other)
        return result
    }

    /// The same graph with some entity ids replaced (`renames[old] = new`): relations and
    /// affiliations follow, and entities or relations that become the same are merged.
    public func renamingEntities(_ renames: [String: String]) -> Graph {
        let touched = entities.values.contains { entity in
            renames[entity.id] != nil || entity.affiliation.map { renames[$0] != nil } == true
        }
        guard touched else { return self }  // relations join entities of this graph only
        func renamed(_ id: String) -> String { renames[id] ?? id }
        var result = Graph()
        for var entity in sortedEntities {
            entity.id = renamed(entity.id)
            entity.affiliation = entity.affiliation.map(renamed)
            result.insert(entity)
        }
        for relation in sortedRelations {
            let source = renamed(relation.source), target = renamed(relation.target)
            guard source != target else { continue }
            result.insert(Relation(kind: relation.kind, source: source, target: target, polarity: relation.polarity,
                                   dates: relation.dates, weight: relation.weight, evidence: relation.evidence))
        }
        return result
    }

    /// The problems that make this graph unusable by writers, in a fixed order;
    /// empty when the graph is valid.
    public func problems() -> [GraphProblem] {
        // Most graphs have none: look in any order first, and sort only to report them in order.
        guard !problems(entities.values, relations.values).isEmpty else { return [] }
        return problems(sortedEntities, sortedRelations)
    }

    private func problems(_ someEntities: some Sequence<Entity>, _ someRelations: some Sequence<Relation>) -> [GraphProblem] {
        func known(_ id: String) -> Bool { entities[id] != nil }
        var found: [GraphProblem] = []
        for entity in someEntities {
            if let reason = Graph.invalidIDReason(entity.id) {
                found.append(.badEntityID(entity.id, reason: reason))
            }
            if let affiliation = entity.affiliation, !known(affiliation) {
                found.append(.missingAffiliation(entity: entity.id, affiliation: affiliation))
            }
        }
        for relation in someRelations {
            if !known(relation.source) {
                found.append(.missingEndpoint(relation: relation.id, entity: relation.source))
            }
            if !known(relation.target) {
                found.append(.missingEndpoint(relation: relation.id, entity: relation.target))
            }
            if relation.weight < 1 {
                found.append(.badWeight(relation: relation.id, weight: relation.weight))
            }
        }
        return found
    }

    /// Why `id` cannot name an entity, or nil when it can. Ids may hold any text but
    /// control characters and backslashes, which no DOT reader gives back unchanged, and
    /// a leading `%`, which Graphviz reserves for anonymous objects.
    public static func invalidIDReason(_ id: String) -> String? {
        if id.isEmpty { return "it is empty" }
        // By scalar: `hasPrefix` compares characters, and "%" with a combining mark is not "%".
        if id.unicodeScalars.first == "%" { return "it starts with %, which Graphviz keeps for unnamed objects" }
        for scalar in id.unicodeScalars {
            if scalar == "\\" { return "it contains a backslash" }
            if scalar.value < 0x20 || (0x7F...0x9F).contains(scalar.value) {  // Unicode's control characters (Cc)
                return "it contains the control character U+\(String(scalar.value, radix: 16, uppercase: true))"
            }
        }
        return nil
    }
}

/// Something that makes a graph inconsistent.
public enum GraphProblem: Hashable, Sendable, CustomStringConvertible {
    case badEntityID(String, reason: String)
    case missingEndpoint(relation: String, entity: String)
    case missingAffiliation(entity: String, affiliation: String)
    case badWeight(relation: String, weight: Int)

    public var description: String {
        switch self {
        case let .badEntityID(id, reason):
            "entity id \"\(id)\" is not usable because \(reason)"
        case let .missingEndpoint(relation, entity):
            "edge \"\(relation)\" refers to node \"\(entity)\", which is not in the graph"
        case let .missingAffiliation(entity, affiliation):
            "node \"\(entity)\" has affiliation \"\(affiliation)\", which is not in the graph"
        case let .badWeight(relation, weight):
            "edge \"\(relation)\" has weight \(weight); weights count documents and start at 1"
        }
    }
}
