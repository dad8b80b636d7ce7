/// An entity as one article knows it, before it becomes a graph node.
struct ArticleEntity: Sendable {
    enum Kind: Sendable, Equatable {
        case person
        case country(code: String)
        case organization(slug: String)
    }

    var kind: Kind
    /// People: every name phrase seen, longest first decides the label.
    private(set) var names: [[Token]] = []
    /// People: a Latin form given in brackets after a Hindi name.
    private(set) var englishNames: [[Token]] = []
    /// The (folded) words of all the person's names, by their bytes (`UTF8Key`): they are
    /// asked about most words of the article.
    private(set) var nameWords: Set<UTF8Key> = []
    /// Consonant skeletons of all name words, for recognising short forms across scripts.
    private(set) var nameSkeletons: Set<String> = []
    var office: String?
    var country: String?
    var organization: String?
    /// Every place the article names the entity: UTF-8 byte ranges in the article.
    var mentions: [Range<Int>] = []

    var isPerson: Bool { kind == .person }

    /// Records a name phrase (and its bracketed English form) of this person.
    mutating func addName(_ name: [Token], english: [Token] = []) {
        names.append(name)
        if !english.isEmpty { englishNames.append(english) }
        for word in name + english {
            nameWords.insert(UTF8Key(word.key))
            let skeleton = NameKey.skeleton(word.text)
            if skeleton.count >= 2 { nameSkeletons.insert(skeleton) }
        }
    }
}

/// A reference from a sentence to an article entity.
struct Reference: Sendable {
    let entity: Int
    let tokens: Range<Int>
    /// A country named only as an adjective or inside a person's description.
    var isModifier = false
    /// See `SentenceMention.isAdjective`.
    var isAdjective = false
}

/// A sentence with its tokens, what it names and who its subject is.
struct ReadSentence: Sendable {
    let sentence: Sentence
    let tokens: [Token]
    let cues: CueIndex
    var mentions: [SentenceMention]
    var references: [Reference] = []
    /// The entity that acts in the sentence (says, meets), when one can be told.
    var subject: Int?

    func references(to entity: Int) -> [Reference] { references.filter { $0.entity == entity } }

    /// Article byte range covered by a token range.
    func byteRange(of range: Range<Int>) -> Range<Int> {
        tokens[range.lowerBound].start..<tokens[range.upperBound - 1].end
    }
}

/// Which sentences name each entity, in order; built once so rules need not scan the
/// whole article for every entity.
struct ReferenceIndex: Sendable {
    /// For each entity (an index into the article's entities), its sentences.
    private var sentencesOf: [[Int]] = []

    init(_ sentences: [ReadSentence]) {
        // Read in place, sentence by sentence: each index goes in once per entity, in order.
        for index in sentences.indices {
            for reference in sentences[index].references {
                let entity = reference.entity
                if entity >= sentencesOf.count { sentencesOf += Array(repeating: [], count: entity + 1 - sentencesOf.count) }
                if sentencesOf[entity].last != index { sentencesOf[entity].append(index) }
            }
        }
    }

    /// Indices of the sentences that refer to `entity`, in order.
    func sentences(naming entity: Int) -> [Int] { entity < sentencesOf.count ? sentencesOf[entity] : [] }

    /// The first sentence that refers to `entity`.
    func firstSentence(naming entity: Int) -> Int? { sentences(naming: entity).first }
}
