/// Sorting many graph elements into the order every writer uses: entities by id,
/// relations by kind, source and target.
///
/// With a million elements scattered over the heap, every string comparison is a cache
/// miss or two, and a sort makes twenty comparisons per element. So each element's kind and
/// the first bytes of its ids are copied once into a small key, and the keys decide almost
/// every comparison by integer compares. A key decides only when its answer is exactly
/// `String`'s: both elements' ids are ASCII (where `String` compares bytes; other text is
/// compared after normalization) and differ within the bytes kept. Otherwise the elements
/// themselves are compared.
enum GraphOrder {
    /// The positions `0..<count` in sorted order. `parts(i)` gives element `i`'s rank (its kind's
    /// place) and its one or two ids; `precedes(i, j)` is the exact order, used when keys tie.
    static func permutation(
        count: Int, parts: (Int) -> (rank: UInt8, first: String, second: String),
        precedes: (Int, Int) -> Bool
    ) -> [Int] {
        var keys: [Key] = []
        keys.reserveCapacity(count)
        for position in 0..<count {
            let (rank, first, second) = parts(position)
            keys.append(Key(rank: rank, first: Prefix(first), second: Prefix(second), position: position))
        }
        keys.sort { lhs, rhs in Key.precedes(lhs, rhs) ?? precedes(lhs.position, rhs.position) }
        return keys.map(\.position)
    }

    /// Relations by kind, source and target (`Relation.inGraphOrder`).
    static func sorted(_ relations: some Collection<Relation>) -> [Relation] {
        let indices = Array(relations.indices)
        return order(of: indices, in: relations).map { relations[indices[$0]] }
    }

    /// Entities by id.
    static func sorted(_ entities: some Collection<Entity>) -> [Entity] {
        let indices = Array(entities.indices)
        return order(of: indices, in: entities).map { entities[indices[$0]] }
    }

    /// The positions of `indices` ordered by the relations they point to in `relations`.
    static func order<Relations: Collection<Relation>>(of indices: [Relations.Index], in relations: Relations) -> [Int] {
        permutation(
            count: indices.count,
            parts: { (relations[indices[$0]].kind.graphRank, relations[indices[$0]].source, relations[indices[$0]].target) },
            precedes: { Relation.inGraphOrder(relations[indices[$0]], relations[indices[$1]]) })
    }

    /// The positions of `indices` ordered by the ids of the entities they point to in `entities`.
    static func order<Entities: Collection<Entity>>(of indices: [Entities.Index], in entities: Entities) -> [Int] {
        permutation(count: indices.count, parts: { (0, entities[indices[$0]].id, "") },
                    precedes: { entities[indices[$0]].id < entities[indices[$1]].id })
    }

    /// Up to the first 24 bytes of an ASCII string, big-endian, padded with zeros.
    struct Prefix {
        var words: (UInt64, UInt64, UInt64) = (0, 0, 0)
        /// Number of bytes when the words hold the whole string.
        var length: Int?
        /// Only ASCII strings are ordered by their bytes as `String` orders them.
        var isASCII = false

        init(_ text: String) {
            var text = text
            text.withUTF8 { bytes in
                guard !bytes.contains(where: { $0 >= 0x80 }) else { return }
                func word(_ number: Int) -> UInt64 {
                    var value: UInt64 = 0
                    for offset in number * 8..<number * 8 + 8 {
                        value = value << 8 | UInt64(offset < bytes.count ? bytes[offset] : 0)
                    }
                    return value
                }
                words = (word(0), word(1), word(2))
                length = bytes.count <= 24 ? bytes.count : nil
                isASCII = true
            }
        }
    }

    enum Comparison { case less, equal, greater, unknown }

    struct Key {
        var rank: UInt8
        var first: Prefix
        var second: Prefix
        var position: Int

        /// The exact order of the two elements when the keys tell it, nil when only the
        /// elements themselves can.
        static func precedes(_ lhs: Key, _ rhs: Key) -> Bool? {
            if lhs.rank != rhs.rank { return lhs.rank < rhs.rank }
            switch compare(lhs.first, rhs.first) {
            case .less: return true
            case .greater: return false
            case .unknown: return nil
            case .equal:
                switch compare(lhs.second, rhs.second) {
                case .less: return true
                case .greater, .equal: return false
                case .unknown: return nil
                }
            }
        }

        static func compare(_ lhs: Prefix, _ rhs: Prefix) -> Comparison {
            guard lhs.isASCII, rhs.isASCII else { return .unknown }
            let (l, r) = (lhs.words, rhs.words)
            if l != r { return (l.0, l.1, l.2) < (r.0, r.1, r.2) ? .less : .greater }
            // Same first bytes: when both strings are whole, the shorter is a prefix of the other.
            guard let leftLength = lhs.length, let rightLength = rhs.length else { return .unknown }
            return leftLength < rightLength ? .less : leftLength > rightLength ? .greater : .equal
        }
    }
}

extension RelationKind {
    /// The kind's place in graph order (`allCases` order), as a small integer.
    var graphRank: UInt8 {
        switch self {
        case .meeting: 0
        case .statement: 1
        case .membership: 2
        case .affiliation: 3
        }
    }
}
