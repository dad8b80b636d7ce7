/// What an entity is: the three kinds of actor Varta draws.
public enum EntityKind: String, Codable, Sendable, CaseIterable, Comparable {
    case person
    case country
    case organization

    public init(from decoder: any Decoder) throws { self = try Self.decodeChoice(from: decoder) }

    public static func < (lhs: EntityKind, rhs: EntityKind) -> Bool {
        allCases.firstIndex(of: lhs)! < allCases.firstIndex(of: rhs)!
    }
}

/// Where a piece of text stands: a document and a UTF-8 byte range in it.
public struct TextSpan: Hashable, Comparable, Sendable, Codable {
    /// The document's id (for an article, its file name without extension).
    public var document: String
    /// First byte, counted in UTF-8 from the start of the document.
    public var start: Int
    /// One past the last byte.
    public var end: Int

    public init(document: String, start: Int, end: Int) {
        self.document = document
        self.start = start
        self.end = end
    }

    public static func < (lhs: TextSpan, rhs: TextSpan) -> Bool {
        (lhs.document, lhs.start, lhs.end) < (rhs.document, rhs.start, rhs.end)
    }
}

/// One surface form of an entity as printed, e.g. `शोइगु`, and where it was seen when known.
public struct Mention: Hashable, Comparable, Sendable {
    public var text: String
    public var span: TextSpan?

    public init(text: String, span: TextSpan? = nil) {
        self.text = text
        self.span = span
    }

    /// By text in code point order (`codePointPrecedes`), then by where it was seen.
    public static func < (lhs: Mention, rhs: Mention) -> Bool {
        let byText = codePointComparison(lhs.text, rhs.text)
        if byText != 0 { return byText < 0 }
        switch (lhs.span, rhs.span) {
        case (nil, nil): return false
        case (nil, _): return true
        case (_, nil): return false
        case let (l?, r?): return l < r
        }
    }
}

extension Mention {
    /// Keys that order mentions as `<` does wherever they differ: the text's rank among the
    /// texts (code point order), then the document's among the documents (a bare form, with
    /// no span, first), then the byte range.
    static func sortKeys(_ mentions: [Mention]) -> [SortKey] {
        let texts = ranks(of: mentions.map(\.text), by: codePointPrecedes)
        let documents = ranks(of: mentions.map { $0.span?.document ?? "" }, by: <)
        return mentions.indices.map { index in
            guard let span = mentions[index].span else { return SortKey(first: texts[index], second: -1, third: -1, fourth: -1) }
            return SortKey(first: texts[index], second: documents[index], third: span.start, fourth: span.end)
        }
    }
}

/// A person, country or organization, identified by a stable readable id
/// such as `person:rajnath-singh`, `country:RU` or `org:sco`.
public struct Entity: Hashable, Sendable, Identifiable {
    public var id: String
    public var kind: EntityKind
    /// The English name shown first in diagrams.
    public var label: String
    /// The name in other languages or scripts, keyed by language code (`"hi"` for Hindi).
    public var names: [String: String]
    /// Surface forms seen, sorted; a form seen at a known place is not repeated without one.
    public private(set) var mentions: [Mention]
    /// The office held, in English (`"Defence Minister"`); people only.
    public var office: String?
    /// The id of the country or organization whose office the person holds.
    public var affiliation: String?

    public init(
        id: String, kind: EntityKind, label: String, names: [String: String] = [:],
        mentions: [Mention] = [], office: String? = nil, affiliation: String? = nil
    ) {
        self.id = id
        self.kind = kind
        self.label = label
        self.names = names
        self.mentions = Entity.canonical(mentions)
        self.office = office
        self.affiliation = affiliation
    }

    /// The Hindi (Devanagari) name, when known.
    public var hindiName: String? { names["hi"] }

    /// Every distinct surface form, sorted.
    public var surfaceForms: [String] {
        var forms: [String] = []
        for mention in mentions where forms.last != mention.text { forms.append(mention.text) }
        return forms
    }

    /// Adds mentions, keeping the list sorted and free of repeats.
    public mutating func addMentions(_ more: [Mention]) {
        mentions = Entity.canonical(mentions + more)
    }

    /// Combines what `other` knows about the same entity: mentions and names are united,
    /// and fields this entity lacks are taken from `other`. This entity's label and kind win.
    public mutating func absorb(_ other: Entity) {
        self = Entity.combined([self, other])
    }

    /// One entity from several descriptions of the same one, as if each were absorbed in
    /// turn into the first; mentions are sorted once, so combining n parts costs n log n.
    public static func combined(_ parts: [Entity]) -> Entity {
        precondition(!parts.isEmpty, "combining no entities")
        var result = parts[0]
        for part in parts.dropFirst() {
            result.names.merge(part.names) { mine, _ in mine }
            result.office = result.office ?? part.office
            result.affiliation = result.affiliation ?? part.affiliation
        }
        if parts.count > 1 { result.mentions = canonical(parts.flatMap(\.mentions)) }
        return result
    }

    /// Sorted, unique, and without a bare form where the same text has a located one.
    private static func canonical(_ mentions: [Mention]) -> [Mention] {
        // Sorted, a bare form comes just before the located forms of the same text.
        let sorted = mentions.count < SortKey.longList ? sortedUnique(mentions) : sortedUnique(mentions, keys: Mention.sortKeys(mentions))
        guard sorted.indices.contains(where: { sorted[$0].span == nil }) else { return sorted }  // no bare form to drop
        var kept: [Mention] = []
        kept.reserveCapacity(sorted.count)
        for (index, mention) in sorted.enumerated() {
            let hasLocatedTwin = mention.span == nil && index + 1 < sorted.count && sorted[index + 1].text == mention.text
            if !hasLocatedTwin { kept.append(mention) }
        }
        return kept
    }
}
