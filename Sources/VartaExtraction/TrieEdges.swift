import Foundation

/// The edges of `PhraseTable`'s trie, (node, word) → child, in one open-addressing table.
///
/// The lexicon is asked at nearly every token of an article. A `Dictionary` per node keyed
/// by the word costs a reference count for the key, a hash of its bytes and a generic
/// lookup each time; here a lookup mixes the token's hash (`Token.keyHash`, worked out
/// once) with the node, probes a flat array of plain integers, and compares bytes only
/// where the hashes already agree. Most words of a sentence begin no phrase: their lookup
/// reads only `tags`, one byte a slot, which stays in the processor's nearest cache (with
/// four bytes a slot, waiting for it was half the time of a lookup).
struct TrieEdges: Sendable {
    private struct Edge: Sendable {
        /// `mixed(keyHash, parent, isAcronym)`.
        var hash: UInt64 = 0
        var parent: Int32 = 0
        var child: Int32 = 0
        /// The word's folded bytes, at `keyStart..<keyStart + keyLength` of `keyBytes`.
        var keyStart: Int32 = 0
        var keyLength: Int32 = 0
        var isAcronym = false
    }

    private var slots = [Edge](repeating: Edge(), count: 64)
    /// For each slot, the top byte of its edge's hash with the lowest bit set; 0 when empty.
    private var tags = [UInt8](repeating: 0, count: 64)
    private var keyBytes: [UInt8] = []
    private(set) var count = 0

    /// The child of `parent` by the word `key` (with `keyHash`, its `UTF8Key.hash` with
    /// seed 0), printed in capitals or not; nil when there is none.
    func child(of parent: Int, key: String, keyHash: Int, isAcronym: Bool) -> Int? {
        let hash = TrieEdges.mixed(keyHash, parent, isAcronym)
        let tag = TrieEdges.tag(hash)
        let mask = slots.count - 1
        return tags.withUnsafeBufferPointer { tags in
            var index = Int(truncatingIfNeeded: hash) & mask
            while tags[index] != 0 {
                if tags[index] == tag {
                    let edge = slots[index]
                    if edge.hash == hash, edge.parent == parent, edge.isAcronym == isAcronym, hasKey(edge, key) {
                        return Int(edge.child)
                    }
                }
                index = (index + 1) & mask
            }
            return nil
        }
    }

    /// Adds the edge `parent` → `child` by the word `key`, which `parent` has no edge by yet.
    mutating func add(parent: Int, key: String, keyHash: Int, isAcronym: Bool, child: Int) {
        if (count + 1) * 2 > slots.count { grow() }
        let edge = Edge(hash: TrieEdges.mixed(keyHash, parent, isAcronym), parent: Int32(parent), child: Int32(child),
                        keyStart: Int32(keyBytes.count), keyLength: Int32(key.utf8.count), isAcronym: isAcronym)
        keyBytes += key.utf8
        insert(edge)
        count += 1
    }

    private func hasKey(_ edge: Edge, _ key: String) -> Bool {
        key.withUTF8Bytes { bytes in
            guard bytes.count == Int(edge.keyLength) else { return false }
            guard let word = bytes.baseAddress else { return true }  // both empty
            return keyBytes.withUnsafeBufferPointer { stored in
                memcmp(word, stored.baseAddress! + Int(edge.keyStart), bytes.count) == 0
            }
        }
    }

    private mutating func insert(_ edge: Edge) {
        let mask = slots.count - 1
        var index = Int(truncatingIfNeeded: edge.hash) & mask
        while tags[index] != 0 { index = (index + 1) & mask }
        slots[index] = edge
        tags[index] = TrieEdges.tag(edge.hash)
    }

    private mutating func grow() {
        let (oldSlots, oldTags) = (slots, tags)
        slots = [Edge](repeating: Edge(), count: oldSlots.count * 2)
        tags = [UInt8](repeating: 0, count: oldSlots.count * 2)
        for index in oldSlots.indices where oldTags[index] != 0 { insert(oldSlots[index]) }
    }

    private static func tag(_ hash: UInt64) -> UInt8 {
        UInt8(truncatingIfNeeded: hash >> 56) | 1
    }

    /// The key's hash mixed with its parent node and capitals flag; never 0.
    private static func mixed(_ keyHash: Int, _ parent: Int, _ isAcronym: Bool) -> UInt64 {
        var hash = UInt64(bitPattern: Int64(keyHash)) ^ (UInt64(parent) &* 0x9E37_79B9_7F4A_7C15)
        if isAcronym { hash ^= 0xD6E8_FEB8_6659_FD93 }
        hash = (hash ^ (hash >> 31)) &* 0xBF58_476D_1CE4_E5B9
        hash ^= hash >> 29
        return hash == 0 ? 1 : hash
    }
}
