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
        var best: (length: Int, order: Int, end: Int, node: Int)?
        // A token in capitals can follow both an acronym step and a plain one, so this walks
        // a tree, not a path; both branches are rare and short.
        // `nodes[node].field`, not a copy of the node: the walk runs at every token, and a copy
        // of a node is two reference counts.
        func walk(_ node: Int, _ position: Int, _ length: Int) {
            let order = nodes[node].order
            if !nodes[node].values.isEmpty, best.map({ length > $0.length || (length == $0.length && order < $0.order) }) ?? true {
                best = (length, order, position, node)
            }
            var position = position
            while position < tokens.count, tokens[position].isHyphen, position > start { position += 1 }
            guard position < tokens.count, nodes[node].hasChildren else { return }
            let keyHash = tokens[position].keyHash
            if let child = edges.child(of: node, key: tokens[position].key, keyHash: keyHash, isAcronym: false) {
                walk(child, position + 1, length + 1)
            }
            if tokens[position].isAcronym, let child = edges.child(of: node, key: tokens[position].key, keyHash: keyHash, isAcronym: true) {
                walk(child, position + 1, length + 1)
            }
        }
        walk(0, start, 0)
        guard let best, best.length > 0 else { return nil }
        return (best.end, nodes[best.node].values)
    }

    /// True when `text` (one phrase) is stored with `value`.
    func contains(_ text: String, _ value: Value) -> Bool {
        let tokens = Tokenizer.tokens(in: text, startingAt: 0)
        guard let found = longestMatch(in: tokens, at: 0) else { return false }
        return found.end == tokens.count && found.values.contains(value)
    }
}
