/// A set of folded words asked about at every token (`clauseEnds.contains(token.key)`),
/// kept by their bytes as `UTF8Key` explains.
struct WordSet: Sendable, ExpressibleByArrayLiteral {
    private var keys: Set<UTF8Key> = []

    init(_ words: some Sequence<String>) {
        keys = Set(words.map(UTF8Key.init))
    }

    init(arrayLiteral words: String...) {
        self.init(words)
    }

    func contains(_ word: String) -> Bool {
        keys.contains(UTF8Key(word))
    }

    mutating func formUnion(_ words: some Sequence<String>) {
        keys.formUnion(words.map(UTF8Key.init))
    }
}
