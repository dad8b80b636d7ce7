import Foundation
import VartaCore

/// Reads articles and returns the relationship graph inside them.
///
/// The pipeline: sentences (`SentenceSegmenter`) → tokens (`Tokenizer`) → mentions
/// (`MentionFinder`, using the `Lexicon`) → entities (`Resolver`) → relations
/// (`RelationRules`) → `Graph`, with stable ids so graphs of many articles merge.
public struct Extractor: Sendable {
    let lexicon: Lexicon

    /// An extractor with Varta's own lexicon.
    public init() throws(LexiconError) {
        lexicon = try Lexicon.standard.get()
    }

    /// The graph of one article.
    public func extract(_ article: Article) -> Graph {
        let reading = read(article)
        return GraphBuilder(lexicon: lexicon, article: article, reading: reading)
            .graph(relations: reading.relations)
    }

    /// How the extractor read an article, sentence by sentence: what each sentence names
    /// (with the entity it was resolved to), its subject, and the relations it supports.
    /// For checking why an edge is, or is not, in the graph.
    public func explain(_ article: Article) -> String {
        let reading = read(article)
        let builder = GraphBuilder(lexicon: lexicon, article: article, reading: reading)
        var text = ""
        for (index, sentence) in reading.sentences.enumerated() {
            text += "[\(index)] line \(sentence.sentence.line): \(sentence.sentence.text)\n"
            for reference in sentence.references.sorted(by: { $0.tokens.lowerBound < $1.tokens.lowerBound }) {
                let words = sentence.tokens[reference.tokens].map(\.text).joined(separator: " ")
                let role = reference.isAdjective ? " (adjective)" : reference.isModifier ? " (modifier)" : ""
                text += "    \(words) → \(builder.label(of: reading.entities[reference.entity]))\(role)\n"
            }
            if let subject = sentence.subject { text += "    subject: \(builder.label(of: reading.entities[subject]))\n" }
            for relation in reading.relations where relation.sentence == index {
                let polarity = relation.polarity.map { " (\($0.rawValue))" } ?? ""
                text += "    \(relation.kind.rawValue): \(builder.label(of: reading.entities[relation.source])) → "
                    + "\(builder.label(of: reading.entities[relation.target]))\(polarity)\n"
            }
        }
        return text
    }

    func read(_ article: Article) -> ArticleReading {
        let bytes = Array(article.text.utf8)
        let (entities, sentences, references) = Resolver(lexicon: lexicon).resolve(readSentences(of: article, bytes: bytes))
        let relations = RelationRules(lexicon: lexicon).relations(entities: entities, sentences: sentences, references: references)
        return ArticleReading(bytes: bytes, entities: entities, sentences: sentences, references: references, relations: relations)
    }

    /// The part of reading that looks at one sentence at a time: sentences, their tokens,
    /// lexicon phrases and cues, and mentions. `bytes` are the article's UTF-8 bytes.
    func readSentences(of article: Article, bytes: [UInt8]) -> [ReadSentence] {
        let finder = MentionFinder(lexicon: lexicon)
        return SentenceSegmenter.sentences(in: article.text).flatMap { sentence in
            Extractor.pieces(of: sentence, tokens: Tokenizer.tokens(in: sentence.text, startingAt: sentence.start), in: bytes)
        }.map { sentence, tokens in
            let spans = finder.lexiconSpans(tokens)  // one lexicon pass serves cues and mentions
            return ReadSentence(sentence: sentence, tokens: tokens, cues: CueIndex(spans: spans),
                                mentions: finder.mentions(in: tokens, spans: spans))
        }
    }

    /// No sentence a reader would recognise is longer than this many tokens; longer runs
    /// (a page without punctuation) are read in pieces, which keeps every rule linear.
    static let longestSentence = 300

    /// The sentence, or pieces of it of at most `longestSentence` tokens each.
    private static func pieces(of sentence: Sentence, tokens: [Token], in bytes: [UInt8]) -> [(Sentence, [Token])] {
        guard tokens.count > longestSentence else { return [(sentence, tokens)] }
        return stride(from: 0, to: tokens.count, by: longestSentence).map { first in
            let piece = Array(tokens[first..<min(first + longestSentence, tokens.count)])
            let start = piece.first!.start, end = piece.last!.end
            let text = String(decoding: bytes[start..<end], as: UTF8.self)
            return (Sentence(text: text, start: start, end: end, script: sentence.script, line: sentence.line), piece)
        }
    }

    /// The merged graph of several articles (see `CorpusMerge`).
    public func extract(_ articles: [Article]) -> Graph {
        CorpusMerge.merge(articles.map(extract))
    }
}

/// What the extractor read in one article, before it becomes a graph.
struct ArticleReading {
    /// The article's UTF-8 bytes, which token and mention ranges index.
    let bytes: [UInt8]
    let entities: [ArticleEntity]
    let sentences: [ReadSentence]
    /// Which sentences name each entity.
    let references: ReferenceIndex
    let relations: [FoundRelation]
}

/// Turns article entities and relations into graph nodes and edges with stable ids.
private struct GraphBuilder {
    let lexicon: Lexicon
    let article: Article
    let entities: [ArticleEntity]
    let sentences: [ReadSentence]
    let references: ReferenceIndex
    /// The article's UTF-8 bytes, which mention ranges index.
    let bytes: [UInt8]

    init(lexicon: Lexicon, article: Article, reading: ArticleReading) {
        self.lexicon = lexicon
        self.article = article
        entities = reading.entities
        sentences = reading.sentences
        references = reading.references
        bytes = reading.bytes
    }

    func graph(relations: [FoundRelation]) -> Graph {
        // Each entity's label and node id; nil for one left out (`isCreditOnly`).
        var labels = [String?](repeating: nil, count: entities.count)
        var ids = [String?](repeating: nil, count: entities.count)
        for index in entities.indices where !isCreditOnly(index) {
            let label = label(of: entities[index])
            labels[index] = label
            ids[index] = id(of: entities[index], label: label)
        }
        let kept = entities.indices.filter { ids[$0] != nil }
        // Entities that get the same id (two spellings of one name) become one node, numbered
        // by its first entity; their mentions are gathered first and sorted once.
        var nodeNumbers = [Int](repeating: -1, count: entities.count)
        var nodeOfID: [String: Int] = [:]
        for index in kept {
            if let node = nodeOfID[ids[index]!] {
                nodeNumbers[index] = node
            } else {
                nodeNumbers[index] = index
                nodeOfID[ids[index]!] = index
            }
        }
        var placesOfNode = [[Range<Int>]](repeating: [], count: entities.count)
        for index in kept { placesOfNode[nodeNumbers[index]] += entities[index].mentions }
        var nodes: [Entity] = []
        for index in kept where nodeNumbers[index] == index {
            let entity = entities[index]
            let affiliation = affiliationIndex(of: entity).flatMap { ids[$0] }
            nodes.append(Entity(
                id: ids[index]!, kind: kind(of: entity), label: labels[index]!, names: names(of: entity),
                mentions: mentions(at: placesOfNode[index]), office: entity.office.flatMap { lexicon.offices[$0]?.english },
                affiliation: affiliation))
        }
        // All the sentences of one relation go in at once: absorbing them one by one would
        // re-sort its evidence every time. A relation is its kind and its two nodes, in
        // either order for an undirected kind.
        struct Link: Hashable {
            let kind: RelationKind
            let first: Int
            let second: Int
        }
        var evidence: [Link: (kind: RelationKind, source: String, target: String, sentences: [Evidence])] = [:]
        var order: [Link] = []
        for found in relations {
            guard let source = ids[found.source], let target = ids[found.target], source != target else { continue }
            let (a, b) = (nodeNumbers[found.source], nodeNumbers[found.target])
            let link = Link(kind: found.kind, first: found.kind.isDirected ? a : min(a, b), second: found.kind.isDirected ? b : max(a, b))
            let sentence = sentences[found.sentence].sentence
            let item = Evidence(document: article.id, sentence: sentence.text, start: sentence.start, end: sentence.end,
                                date: article.date, polarity: found.polarity)
            if evidence[link] == nil { order.append(link); evidence[link] = (found.kind, source, target, []) }
            evidence[link]!.sentences.append(item)
        }
        let edges = order.map { link in
            let (kind, source, target, items) = evidence[link]!
            return Relation(kind: kind, source: source, target: target, dates: article.date.map { [$0] } ?? [], weight: 1,
                            evidence: items)
        }
        return Graph(entities: nodes, relations: edges)  // sized once, not grown insert by insert
    }

    /// The mentions at these places of the article, in the order `Entity` keeps them: by
    /// text in code point order (the order of UTF-8 bytes), then by place; each place once,
    /// and one string for each text. `Entity` then finds them sorted, and sorting byte
    /// ranges here costs less than sorting mentions there, which compares strings.
    private func mentions(at places: [Range<Int>]) -> [Mention] {
        bytes.withUnsafeBufferPointer { bytes in
            /// Negative, zero or positive as the text at `a` comes before, is the same as, or
            /// comes after the text at `b`.
            func compareText(_ a: Range<Int>, _ b: Range<Int>) -> Int {
                let common = min(a.count, b.count)
                let order = common == 0 ? 0 : Int(memcmp(bytes.baseAddress! + a.lowerBound, bytes.baseAddress! + b.lowerBound, common))
                return order != 0 ? order : a.count - b.count
            }
            let sorted = places.count < 2 ? places : places.sorted { a, b in
                let byText = compareText(a, b)
                return byText != 0 ? byText < 0 : (a.lowerBound, a.upperBound) < (b.lowerBound, b.upperBound)
            }
            var mentions: [Mention] = []
            mentions.reserveCapacity(sorted.count)
            var previous: Range<Int>?
            for place in sorted where place != previous {
                let sameText = previous.map { compareText($0, place) == 0 } ?? false
                let text = sameText ? mentions[mentions.count - 1].text
                    : String(decoding: UnsafeBufferPointer(rebasing: bytes[place]), as: UTF8.self)
                let span = TextSpan(document: article.id, start: place.lowerBound, end: place.upperBound)
                mentions.append(Mention(text: text, span: span))
                previous = place
            }
            return mentions
        }
    }

    /// A news agency named only as the page's source — on a line of its own (`आईएएनएस`) or
    /// with credit words (`IANS news feed`, `With inputs from PTI`) — is not an actor.
    private func isCreditOnly(_ index: Int) -> Bool {
        guard case .organization(let slug) = entities[index].kind, lexicon.organizations[slug]?.kind == "agency" else { return false }
        return references.sentences(naming: index).allSatisfy { s in
            sentences[s].tokens.count(where: \.isWord) <= 4 || sentences[s].cues.first(.credit) != nil
        }
    }

    private func kind(of entity: ArticleEntity) -> EntityKind {
        switch entity.kind {
        case .person: .person
        case .country: .country
        case .organization: .organization
        }
    }

    private func id(of entity: ArticleEntity, label: String) -> String {
        switch entity.kind {
        case .person: "person:" + NameKey.slug(label)
        case .country(let code): "country:" + code
        case .organization(let slug): "org:" + slug
        }
    }

    func label(of entity: ArticleEntity) -> String {
        switch entity.kind {
        case .country(let code):
            return lexicon.countries[code]?.english ?? code
        case .organization(let slug):
            return lexicon.organizations[slug]?.english ?? slug
        case .person:
            if let english = longest(entity.englishNames) { return english }
            let latinNames = entity.names.filter { !($0.first?.isDevanagari ?? true) }
            if let latin = longest(latinNames) { return latin }
            if let hindi = longest(entity.names) { return latinLabel(hindi, seenSpellings: latinSpellings(of: entity)) }
            let office = entity.office.flatMap { lexicon.offices[$0]?.english } ?? "Official"
            if let slug = entity.organization, let organization = lexicon.organizations[slug] {
                return "\(office) of \(organization.english)"
            }
            if let code = entity.country, let country = lexicon.countries[code] {
                return "\(office) of \(country.english)"
            }
            return office
        }
    }

    /// A Devanagari name in Latin letters, using a spelling the article itself prints for a
    /// word where it has one (`Rajnath` in an English headline beside `राजनाथ सिंह`).
    private func latinLabel(_ hindi: String, seenSpellings: [String: String]) -> String {
        hindi.split(separator: " ").map { word in
            seenSpellings[NameKey.skeleton(String(word))] ?? NameKey.latin(String(word))
        }.joined(separator: " ")
    }

    /// Latin-script words the article uses for this entity, by consonant skeleton.
    private func latinSpellings(of entity: ArticleEntity) -> [String: String] {
        var spellings: [String: String] = [:]
        for range in entity.mentions {
            // Only words of ASCII letters count, so a mention without one (most Hindi) has none.
            guard bytes[range].contains(where: { (UInt8(ascii: "a")...UInt8(ascii: "z")).contains($0 | 0x20) }) else { continue }
            let text = String(decoding: bytes[range], as: UTF8.self)
            for word in text.split(separator: " ") where word.unicodeScalars.allSatisfy({ $0.properties.isAlphabetic && $0.isASCII }) {
                let skeleton = NameKey.skeleton(String(word))
                if spellings[skeleton] == nil { spellings[skeleton] = String(word) }
            }
        }
        return spellings
    }

    private func names(of entity: ArticleEntity) -> [String: String] {
        switch entity.kind {
        case .country(let code): return lexicon.countries[code]?.hindi.map { ["hi": $0] } ?? [:]
        case .organization(let slug): return lexicon.organizations[slug]?.hindi.map { ["hi": $0] } ?? [:]
        case .person:
            if let hindi = longest(entity.names.filter { $0.first?.isDevanagari ?? false }) { return ["hi": hindi] }
            // An official known only by office: "कजाकिस्तान के रक्षा मंत्री".
            guard entity.names.isEmpty, let office = entity.office.flatMap({ lexicon.offices[$0]?.hindi }) else { return [:] }
            let body = entity.organization.flatMap { lexicon.organizations[$0]?.hindi } ?? entity.country.flatMap { lexicon.countries[$0]?.hindi }
            return body.map { ["hi": "\($0) के \(office)"] } ?? [:]
        }
    }

    private func affiliationIndex(of entity: ArticleEntity) -> Int? {
        guard entity.isPerson else { return nil }
        if let slug = entity.organization, let index = entities.firstIndex(where: { $0.kind == .organization(slug: slug) }) {
            return index
        }
        if let code = entity.country { return entities.firstIndex { $0.kind == .country(code: code) } }
        return nil
    }

    /// The longest name phrase, as printed (words joined by single spaces).
    private func longest(_ names: [[Token]]) -> String? {
        if names.count == 1 { return names[0].map(\.text).joined(separator: " ") }
        // Each name's length in characters counted once (counting Hindi characters is slow).
        return names.map { name in
            let text = name.map(\.text).joined(separator: " ")
            return (length: text.count, text: text)
        }.max { ($0.length, $1.text) < ($1.length, $0.text) }?.text
    }
}
