/// Finds the longest lexicon phrase starting at a token, in a sequence of tokens.
///
/// Phrases are stored as the folded keys of their tokens. Hyphens are skipped on both
/// sides, so `जी-20`, `जी 20` and `जी20` are one phrase. An acronym (`US`, `WHO`) matches
/// only text in capitals, so that "us" and "who" stay ordinary words.
struct PhraseTable<Value: Hashable & Sendable>: Sendable {
    private struct Phrase: Sendable {
        let keys: [UTF8Key]
        let acronyms: [Bool]
        var values: [Value]
    }

    private var byFirstKey: [UTF8Key: [Phrase]] = [:]

    /// Adds `value` under `phrase` (text in any script; tokenized and folded here).
    mutating func add(_ phrase: String, _ value: Value) {
        let tokens = Tokenizer.tokens(in: phrase, startingAt: 0).filter { !$0.isHyphen }
        guard let first = tokens.first.map({ UTF8Key($0.key) }) else { return }
        let keys = tokens.map { UTF8Key($0.key) }
        let acronyms = tokens.map(\.isAcronym)
        var candidates = byFirstKey[first, default: []]
        if let index = candidates.firstIndex(where: { $0.keys == keys && $0.acronyms == acronyms }) {
            if !candidates[index].values.contains(value) { candidates[index].values.append(value) }
        } else {
            candidates.append(Phrase(keys: keys, acronyms: acronyms, values: [value]))
            candidates.sort { $0.keys.count > $1.keys.count }
        }
        byFirstKey[first] = candidates
    }

    /// The longest phrase that starts at `tokens[start]`: the index one past its last token
    /// and the values stored under it; nil when none starts there.
    func longestMatch(in tokens: [Token], at start: Int) -> (end: Int, values: [Value])? {
        guard start < tokens.count, let candidates = byFirstKey[UTF8Key(tokens[start].key)] else { return nil }
        for candidate in candidates {
            if let end = match(candidate, in: tokens, at: start) {
                return (end, candidate.values)
            }
        }
        return nil
    }

    /// True when `text` (one phrase) is stored with `value`.
    func contains(_ text: String, _ value: Value) -> Bool {
        let tokens = Tokenizer.tokens(in: text, startingAt: 0)
        guard let found = longestMatch(in: tokens, at: 0) else { return false }
        return found.end == tokens.count && found.values.contains(value)
    }

    private func match(_ phrase: Phrase, in tokens: [Token], at start: Int) -> Int? {
        var position = start
        for (key, isAcronym) in zip(phrase.keys, phrase.acronyms) {
            while position < tokens.count, tokens[position].isHyphen, position > start { position += 1 }
            guard position < tokens.count, UTF8Key(tokens[position].key) == key,
                  !isAcronym || tokens[position].isAcronym else { return nil }
            position += 1
        }
        return position
    }
}
