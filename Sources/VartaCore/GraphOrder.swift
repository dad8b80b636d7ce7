/// Sorting many graph elements into the order every writer uses: entities by id,
/// relations by kind, source and target, ids in code point order (`codePointPrecedes`).
///
/// With a million elements scattered over the heap, every string comparison is a cache
/// miss or two, and a sort makes twenty comparisons per element. So each element's kind and
/// the first bytes of its ids are copied once into a small key, and the keys decide almost
/// every comparison by integer compares; only ids that share their first 24 bytes are
/// compared in full.
///
/// Large lists are sorted on all cores: keys are made in pieces, the halves sorted at the
/// same time and merged. No two elements of one graph tie (ids are dictionary keys, and a
/// relation's id is made of its kind, source and target), so the result is the same as
/// one sort's.
enum GraphOrder {
    /// Relations in graph order.
    static func sorted(_ relations: [String: Relation]) -> [Relation] {
        let indices = Array(relations.indices)
        let order = order(of: indices, in: relations)
        return OnAllCores.map(count: order.count) { relations.values[indices[order[$0]]] }
    }

    /// Entities by id.
    static func sorted(_ entities: [String: Entity]) -> [Entity] {
        let indices = Array(entities.indices)
        let order = order(of: indices, in: entities)
        return OnAllCores.map(count: order.count) { entities.values[indices[order[$0]]] }
    }

    /// The positions of `indices` ordered by the relations they point to in `relations`.
    static func order(of indices: [Dictionary<String, Relation>.Index], in relations: [String: Relation]) -> [Int] {
        // Made on all cores: reading a relation out of a large graph waits on memory.
        let keys = OnAllCores.map(count: indices.count) { position in
            let relation = relations.values[indices[position]]  // one copy, not one per field
            return Key(rank: relation.kind.graphRank, first: Prefix(relation.source), second: Prefix(relation.target), position: position)
        }
        return sortedPositions(keys) { Relation.inGraphOrder(relations.values[indices[$0]], relations.values[indices[$1]]) }
    }

    /// The positions of `indices` ordered by the ids of the entities they point to in `entities`.
    static func order(of indices: [Dictionary<String, Entity>.Index], in entities: [String: Entity]) -> [Int] {
        let keys = OnAllCores.map(count: indices.count) { position in
            Key(rank: 0, first: Prefix(entities.keys[indices[position]]), second: Prefix(""), position: position)
        }
        return sortedPositions(keys) { codePointPrecedes(entities.keys[indices[$0]], entities.keys[indices[$1]]) }
    }

    // MARK: - Sorting keys

    /// The keys' positions in sorted order. `precedes(i, j)` is the exact order of the
    /// elements at positions `i` and `j`, asked when their keys do not tell.
    private static func sortedPositions(_ keys: [Key], precedes: @escaping @Sendable (Int, Int) -> Bool) -> [Int] {
        parallelSorted(keys) { Key.precedes($0, $1) ?? precedes($0.position, $1.position) }.map(\.position)
    }

    /// `items` sorted; large lists as two halves sorted at the same time, then merged. For a
    /// strict total order (no two items tie) the result is exactly `items.sorted(by:)`'s.
    static func parallelSorted<Item: Sendable>(_ items: [Item], by ordered: @escaping @Sendable (Item, Item) -> Bool) -> [Item] {
        guard items.count >= OnAllCores.threshold else { return items.sorted(by: ordered) }
        let middle = items.count / 2
        let halves = [Array(items[..<middle]), Array(items[middle...])]
        let sorted = OnAllCores.map(count: 2, threshold: 2) { halves[$0].sorted(by: ordered) }
        let (left, right) = (sorted[0], sorted[1])
        var result: [Item] = []
        result.reserveCapacity(items.count)
        var (l, r) = (0, 0)
        while l < left.count, r < right.count {
            if ordered(right[r], left[l]) {
                result.append(right[r])
                r += 1
            } else {
                result.append(left[l])
                l += 1
            }
        }
        result += left[l...]
        result += right[r...]
        return result
    }

    // MARK: - Keys

    /// The first 24 bytes of an id, big-endian, padded with zeros.
    struct Prefix {
        var words: (UInt64, UInt64, UInt64) = (0, 0, 0)
        /// Number of bytes when the words hold the whole id.
        var length: Int?

        init(_ text: String) {
            text.withUTF8Bytes { bytes in
                func word(_ number: Int) -> UInt64 {
                    var value: UInt64 = 0
                    for offset in number * 8..<number * 8 + 8 {
                        value = value << 8 | UInt64(offset < bytes.count ? bytes[offset] : 0)
                    }
                    return value
                }
                words = (word(0), word(1), word(2))
                length = bytes.count <= 24 ? bytes.count : nil
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
            let (l, r) = (lhs.words, rhs.words)
            if l != r { return (l.0, l.1, l.2) < (r.0, r.1, r.2) ? .less : .greater }
            // Same first bytes: when both ids are whole, the shorter is a prefix of the other
            // (an id may hold NUL, so equal words with different lengths are not equal ids).
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
