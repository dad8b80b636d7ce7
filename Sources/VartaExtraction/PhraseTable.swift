/// Finds the longest lexicon phrase starting at a token, in a sequence of tokens.
///
/// Phrases are stored as the folded keys of their tokens, in a trie: matching a token costs
/// one lookup however many phrases begin with the same word ("Ministry of ...", "in ...").
/// Hyphens are skipped on both sides, so `जी-20`, `जी 20` and `जी20` are one phrase. An
/// acronym (`US`, `WHO`) matches only text in capitals, so that "us" and "who" stay
/// ordinary words.
struct PhraseTable<Value: Hashable & Sendable>: Sendable {
    private struct Node: Sendable {
        var hasChildren = false
        var values: [Value] = []
        /// When the phrase ending here was first added; of two matches of one length, the
        /// phrase added first wins.
        var order = Int.max
    }

    private var nodes = [Node()]  // nodes[0] is the root
    /// Each step of a phrase: a folded word, and whether it must be printed in capitals.
    private var edges = TrieEdges()
    private var phraseCount = 0

    /// Adds `value` under `phrase` (text in any script; tokenized and folded here).
    mutating func add(_ phrase: String, _ value: Value) {
        let tokens = Tokenizer.tokens(in: phrase, startingAt: 0).filter { !$0.isHyphen }
        guard !tokens.isEmpty else { return }
        var node = 0
        for token in tokens {
            if let child = edges.child(of: node, key: token.key, keyHash: token.keyHash, isAcronym: token.isAcronym) {
                node = child
            } else {
                nodes.append(Node())
                edges.add(parent: node, key: token.key, keyHash: token.keyHash, isAcronym: token.isAcronym, child: nodes.count - 1)
                nodes[node].hasChildren = true
                node = nodes.count - 1
            }
        }
        if nodes[node].values.isEmpty {
            nodes[node].order = phraseCount
            phraseCount += 1
        }
        if !nodes[node].values.contains(value) { nodes[node].values.append(value) }
    }

    /// The longest phrase that starts at `tokens[start]`: the index one past its last token
    /// and the values stored under it; nil when none starts there.
    func longestMatch(in tokens: [Token], at start: Int) -> (end: Int, values: [Value])? {
        guard start < tokens.count else { return nil }
        var best = Match(length: 0, order: Int.max, end: start, node: 0)
        walk(from: 0, at: start, length: 0, in: tokens, start: start, best: &best)
        return best.length > 0 ? (best.end, nodes[best.node].values) : nil
    }

    /// The longest phrase found so far; of two of one length, the one added first.
    private struct Match {
        var length: Int
        var order: Int
        var end: Int
        var node: Int
    }

    /// Follows the phrases from `node` on, the token at `position` next, into `best`. A token
    /// in capitals can follow both an acronym step and a plain one, so this walks a tree, not
    /// a path; both branches are rare and short, and only the second is a call of its own.
    /// It reads `nodes[node].field`, not a copy of the node: the walk runs at every token,
    /// and a copy of a node is two reference counts.
    private func walk(from node: Int, at position: Int, length: Int, in tokens: [Token], start: Int, best: inout Match) {
        var (node, position, length) = (node, position, length)
        while true {
            let order = nodes[node].order  // Int.max where no phrase ends
            if order != Int.max, length > best.length || (length == best.length && order < best.order) {
                best = Match(length: length, order: order, end: position, node: node)
            }
            while position < tokens.count, tokens[position].isHyphen, position > start { position += 1 }
            guard position < tokens.count, nodes[node].hasChildren else { return }
            let keyHash = tokens[position].keyHash
            let plain = edges.child(of: node, key: tokens[position].key, keyHash: keyHash, isAcronym: false)
            let acronym = tokens[position].isAcronym
                ? edges.child(of: node, key: tokens[position].key, keyHash: keyHash, isAcronym: true) : nil
            if let plain, let acronym {
                walk(from: plain, at: position + 1, length: length + 1, in: tokens, start: start, best: &best)
                node = acronym
            } else if let next = plain ?? acronym {
                node = next
            } else {
                return
            }
            position += 1
            length += 1
        }
    }

    /// True when `text` (one phrase) is stored with `value`.
    func contains(_ text: String, _ value: Value) -> Bool {
        let tokens = Tokenizer.tokens(in: text, startingAt: 0)
        guard let found = longestMatch(in: tokens, at: 0) else { return false }
        return found.end == tokens.count && found.values.contains(value)
    }
}
