/// The four kinds of link between entities.
public enum RelationKind: String, Codable, Sendable, CaseIterable, Comparable {
    /// Two took part in a meeting, talks, a call or a visit together. Undirected.
    case meeting
    /// The source said something to or about the target. Directed, with a polarity.
    case statement
    /// A country or organization is a member or part of an organization.
    case membership
    /// A person holds an office of a country or organization.
    case affiliation

    public var isDirected: Bool { self != .meeting }

    public init(from decoder: any Decoder) throws { self = try Self.decodeChoice(from: decoder) }

    public static func < (lhs: RelationKind, rhs: RelationKind) -> Bool {
        allCases.firstIndex(of: lhs)! < allCases.firstIndex(of: rhs)!
    }
}

/// The speaker's stance towards the target of a statement, as the wording shows.
public enum Polarity: String, Codable, Sendable, CaseIterable {
    case positive
    case negative
    case neutral

    public init(from decoder: any Decoder) throws { self = try Self.decodeChoice(from: decoder) }
}

/// The sentence that supports a relation, where it stands, and when it was published.
public struct Evidence: Hashable, Comparable, Sendable {
    public var document: String
    public var sentence: String
    /// UTF-8 byte range of the sentence in the document, when known.
    public var start: Int?
    public var end: Int?
    public var date: Day?
    /// For statements: the polarity this sentence shows.
    public var polarity: Polarity?

    public init(
        document: String, sentence: String, start: Int? = nil, end: Int? = nil,
        date: Day? = nil, polarity: Polarity? = nil
    ) {
        self.document = document
        self.sentence = sentence
        self.start = start
        self.end = end
        self.date = date
        self.polarity = polarity
    }

    /// A total order (every field counts), so sorted evidence is the same whatever order
    /// it was gathered in.
    public static func < (lhs: Evidence, rhs: Evidence) -> Bool {
        if (lhs.document, lhs.start ?? -1, lhs.end ?? -1, lhs.sentence) != (rhs.document, rhs.start ?? -1, rhs.end ?? -1, rhs.sentence) {
            return (lhs.document, lhs.start ?? -1, lhs.end ?? -1, lhs.sentence) < (rhs.document, rhs.start ?? -1, rhs.end ?? -1, rhs.sentence)
        }
        return (lhs.date?.description ?? "", lhs.polarity?.rawValue ?? "") < (rhs.date?.description ?? "", rhs.polarity?.rawValue ?? "")
    }
}

extension Evidence {
    /// Keys that order evidence as `<` does wherever they differ: the document's rank among
    /// the documents, then the byte range.
    static func sortKeys(_ evidence: [Evidence]) -> [SortKey] {
        let documents = ranks(of: evidence.map(\.document), by: <)
        return evidence.indices.map { index in
            SortKey(first: documents[index], second: evidence[index].start ?? -1, third: evidence[index].end ?? -1, fourth: 0)
        }
    }
}

/// A link between two entities with the dates and sentences that support it.
public struct Relation: Hashable, Sendable, Identifiable {
    /// Derived from kind and endpoints, so the same link found in two articles merges.
    public let id: String
    public let kind: RelationKind
    public let source: String
    public let target: String
    /// Statements only.
    public var polarity: Polarity?
    /// Publication dates of the supporting documents, sorted and unique.
    public private(set) var dates: [Day]
    /// Number of supporting documents.
    public var weight: Int
    /// Supporting sentences, sorted and unique.
    public private(set) var evidence: [Evidence]

    /// Creates a relation; a meeting's endpoints are put in a fixed order (`codePointPrecedes`)
    /// because it is undirected.
    public init(
        kind: RelationKind, source: String, target: String, polarity: Polarity? = nil,
        dates: [Day] = [], weight: Int? = nil, evidence: [Evidence] = []
    ) {
        let (a, b) = kind.isDirected || !codePointPrecedes(target, source) ? (source, target) : (target, source)
        self.id = Relation.id(kind: kind, source: a, target: b)
        self.kind = kind
        self.source = a
        self.target = b
        self.evidence = sortedUnique(evidence)
        // Given, or else the one the evidence shows (see `absorb`), or neutral.
        self.polarity = kind == .statement ? (polarity ?? Relation.latestPolarity(self.evidence) ?? .neutral) : nil
        self.dates = sortedUnique(dates + evidence.compactMap(\.date))
        self.weight = weight ?? max(1, Set(evidence.map(\.document)).count)
    }

    /// `kind:source->target` for directed kinds, `meeting:a--b` for meetings.
    public static func id(kind: RelationKind, source: String, target: String) -> String {
        "\(kind.rawValue):\(source)\(kind.isDirected ? "->" : "--")\(target)"
    }

    /// Combines the support of the same relation found elsewhere: dates and evidence are
    /// united; weight counts distinct documents (or adds up when neither side has evidence);
    /// a statement's polarity follows its most recent evidence that takes a side (positive or
    /// negative), the earliest such sentence when one day has several.
    public mutating func absorb(_ other: Relation) {
        self = Relation.combined([self, other])
    }

    /// One relation from several findings of it (all with the same id), as if each were
    /// absorbed in turn into the first; evidence is sorted once, so n parts cost n log n.
    /// The weight counts the distinct documents of the evidence, plus the weights of the
    /// parts that have no evidence.
    public static func combined(_ parts: [Relation]) -> Relation {
        precondition(!parts.isEmpty, "combining no relations")
        var result = parts[0]
        guard parts.count > 1 else { return result }
        for part in parts.dropFirst() {
            precondition(part.id == result.id, "combining \(part.id) with \(result.id)")
        }
        let documents = Set(parts.lazy.flatMap(\.evidence).map(\.document))
        result.weight = documents.count + parts.lazy.filter(\.evidence.isEmpty).map(\.weight).reduce(0, +)
        let evidence = parts.flatMap(\.evidence)
        result.evidence = evidence.count < SortKey.longList ? sortedUnique(evidence) : sortedUnique(evidence, keys: Evidence.sortKeys(evidence))
        result.dates = sortedUnique(parts.flatMap(\.dates))
        if result.kind == .statement, let latest = Relation.latestPolarity(result.evidence) {
            result.polarity = latest
        }
        return result
    }

    /// The order of `Graph.sortedRelations` and of every writer: by kind, then source, then
    /// target (ids in `codePointPrecedes` order). Two relations of one graph never tie.
    static func inGraphOrder(_ lhs: Relation, _ rhs: Relation) -> Bool {
        if lhs.kind != rhs.kind { return lhs.kind < rhs.kind }
        let bySource = codePointComparison(lhs.source, rhs.source)
        return bySource != 0 ? bySource < 0 : codePointPrecedes(lhs.target, rhs.target)
    }

    private static func latestPolarity(_ evidence: [Evidence]) -> Polarity? {
        let stated = evidence.filter { $0.polarity != nil }
        let latest = stated.compactMap(\.date).max()
        let thatDay = stated.filter { $0.date == latest }  // the undated ones when none is dated
        return thatDay.first { $0.polarity != .neutral }?.polarity ?? thatDay.first?.polarity
    }
}
