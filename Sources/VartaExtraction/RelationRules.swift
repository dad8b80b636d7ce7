import VartaCore

/// A relation one sentence supports, between article entities.
struct FoundRelation: Sendable {
    let kind: RelationKind
    let source: Int
    let target: Int
    var polarity: Polarity?
    /// Index of the supporting sentence.
    let sentence: Int
}

/// The rules that read relations out of resolved sentences.
///
/// - meeting: a meeting cue (`मुलाकात की`, `held talks with`, `called on`) joins the subject
///   with every other person in the sentence, one edge each; a planned meeting (`करेंगे`,
///   `will meet`) gives none.
/// - statement: a speech cue (`कहा`, `said`, `निशाना साधा`) links the subject to each other
///   entity named, with the polarity of the words around that entity.
/// - membership: `X का हिस्सा है`, `जिसमें A, B शामिल हैं`, `members`, and chairing an organization.
/// - affiliation: a person to the country or organization of their office.
struct RelationRules {
    let lexicon: Lexicon

    func relations(entities: [ArticleEntity], sentences: [ReadSentence]) -> [FoundRelation] {
        var found: [FoundRelation] = []
        for s in sentences.indices {
            let sentence = sentences[s]
            let cues = CueIndex(lexicon: lexicon, tokens: sentence.tokens)
            found += meetings(in: sentence, at: s, cues: cues, entities: entities)
            found += gatherings(in: sentences, at: s, cues: cues, entities: entities)
            found += statements(in: sentence, at: s, cues: cues, entities: entities)
            found += memberships(in: sentences, at: s, cues: cues, entities: entities)
        }
        found += affiliations(entities: entities, sentences: sentences)
        return found
    }

    // MARK: Meetings

    private func meetings(in sentence: ReadSentence, at s: Int, cues: CueIndex, entities: [ArticleEntity]) -> [FoundRelation] {
        guard let cue = cues.first(.meeting), !cues.contains(.planned, near: cue, before: 4, after: 6) else { return [] }
        let people = people(in: sentence, entities: entities)
        guard people.count >= 2 else { return [] }
        let anchor = sentence.subject.flatMap { people.contains($0) ? $0 : nil } ?? people[0]
        return people.filter { $0 != anchor }.map {
            FoundRelation(kind: .meeting, source: anchor, target: $0, sentence: s)
        }
    }

    /// `A, B and C are among those attending`: every two participants met, and so did the
    /// person who opens, chairs or hosts the gathering (named anywhere in the article).
    private func gatherings(in sentences: [ReadSentence], at s: Int, cues: CueIndex, entities: [ArticleEntity]) -> [FoundRelation] {
        guard let cue = cues.first(.attendance), cues.first(.meeting) == nil,
              !cues.contains(.planned, near: cue, before: 4, after: 6) else { return [] }
        var people = people(in: sentences[s], entities: entities)
        for (index, sentence) in sentences.enumerated() where index != s {
            let hostCues = CueIndex(lexicon: lexicon, tokens: sentence.tokens)
            if hostCues.first(.host) != nil, let host = sentence.subject, entities[host].isPerson, !people.contains(host) {
                people.insert(host, at: 0)
            }
        }
        guard people.count >= 2 else { return [] }
        var result: [FoundRelation] = []
        for (i, a) in people.enumerated() {
            for b in people[(i + 1)...] {
                result.append(FoundRelation(kind: .meeting, source: a, target: b, sentence: s))
            }
        }
        return result
    }

    /// The distinct people a sentence refers to, in order.
    private func people(in sentence: ReadSentence, entities: [ArticleEntity]) -> [Int] {
        var people: [Int] = []
        for reference in sentence.references.sorted(by: { $0.tokens.lowerBound < $1.tokens.lowerBound })
        where entities[reference.entity].isPerson && !people.contains(reference.entity) {
            people.append(reference.entity)
        }
        return people
    }

    // MARK: Statements

    private func statements(in sentence: ReadSentence, at s: Int, cues: CueIndex, entities: [ArticleEntity]) -> [FoundRelation] {
        guard cues.first(.speech) != nil, let speaker = sentence.subject else { return [] }
        let own = Set([entities[speaker].country.map { code in entities.firstIndex { $0.kind == .country(code: code) } } ?? nil,
                       entities[speaker].organization.map { slug in entities.firstIndex { $0.kind == .organization(slug: slug) } } ?? nil]
            .compactMap { $0 })
        var targets: [Reference] = []
        for reference in sentence.references.sorted(by: { $0.tokens.lowerBound < $1.tokens.lowerBound })
        where reference.entity != speaker && !own.contains(reference.entity) && !targets.contains(where: { $0.entity == reference.entity }) {
            targets.append(reference)
        }
        var result: [FoundRelation] = []
        var polarities: [Polarity?] = targets.indices.map { index in
            let end = index + 1 < targets.count ? targets[index + 1].tokens.lowerBound : sentence.tokens.count
            return cues.polarity(in: targets[index].tokens.upperBound..<end)
        }
        // "अमेरिका और क्वाड ... पर निशाना साधा": a coordinated target shares the next one's words.
        for index in polarities.indices.reversed() where polarities[index] == nil && index + 1 < polarities.count {
            let between = targets[index].tokens.upperBound..<targets[index + 1].tokens.lowerBound
            if sentence.tokens[between].allSatisfy({ [",", "और", "and", "तथा", "एवं", "व"].contains($0.key) }) {
                polarities[index] = polarities[index + 1]
            }
        }
        for (index, target) in targets.enumerated() {
            let start = index > 0 ? targets[index - 1].tokens.upperBound : 0
            let polarity = polarities[index] ?? cues.polarity(in: start..<target.tokens.lowerBound) ?? .neutral
            result.append(FoundRelation(kind: .statement, source: speaker, target: target.entity, polarity: polarity, sentence: s))
        }
        return result
    }

    // MARK: Membership

    private func memberships(in sentences: [ReadSentence], at s: Int, cues: CueIndex, entities: [ArticleEntity]) -> [FoundRelation] {
        let sentence = sentences[s]
        let organizations = sentence.references.filter { if case .organization = entities[$0.entity].kind { true } else { false } }
        let countries = sentence.references.filter { if case .country = entities[$0.entity].kind { true } else { false } }
        var result: [FoundRelation] = []
        if cues.first(.membership) != nil, let organization = organizations.first?.entity {
            for member in Set(countries.map(\.entity)).sorted() {
                result.append(FoundRelation(kind: .membership, source: member, target: organization, sentence: s))
            }
        }
        if cues.first(.chair) != nil {
            // "इसकी अध्यक्षता में भारत", "our G20 presidency": the chair is a member.
            let organization = organizations.first?.entity ?? lastOrganization(before: s, in: sentences, entities: entities)
            var chairs = countries.map(\.entity)
            if chairs.isEmpty, sentence.tokens.contains(where: { ["हमारी", "हमारे", "our"].contains($0.key) }),
               let speaker = sentence.subject, let code = entities[speaker].country {
                chairs = entities.indices.filter { entities[$0].kind == .country(code: code) }
            }
            if let organization {
                for chair in Set(chairs).sorted() {
                    result.append(FoundRelation(kind: .membership, source: chair, target: organization, sentence: s))
                }
            }
        }
        return result
    }

    private func lastOrganization(before s: Int, in sentences: [ReadSentence], entities: [ArticleEntity]) -> Int? {
        for earlier in stride(from: s - 1, through: max(0, s - 2), by: -1) {
            let found = sentences[earlier].references.last { if case .organization = entities[$0.entity].kind { true } else { false } }
            if let found { return found.entity }
        }
        return nil
    }

    // MARK: Affiliation

    private func affiliations(entities: [ArticleEntity], sentences: [ReadSentence]) -> [FoundRelation] {
        var result: [FoundRelation] = []
        for (index, entity) in entities.enumerated() where entity.isPerson {
            let target: Int?
            if let slug = entity.organization {
                target = entities.firstIndex { $0.kind == .organization(slug: slug) }
            } else if let code = entity.country {
                target = entities.firstIndex { $0.kind == .country(code: code) }
            } else {
                target = nil
            }
            guard let target, let s = sentences.firstIndex(where: { !$0.references(to: index).isEmpty }) else { continue }
            result.append(FoundRelation(kind: .affiliation, source: index, target: target, sentence: s))
        }
        return result
    }
}

/// Where each cue phrase stands in a sentence.
private struct CueIndex {
    private var positions: [Cue: [Int]] = [:]

    init(lexicon: Lexicon, tokens: [Token]) {
        var index = 0
        while index < tokens.count {
            if let (end, entries) = lexicon.match(tokens, at: index) {
                for case .cue(let cue) in entries { positions[cue, default: []].append(index) }
                index = end
            } else {
                index += 1
            }
        }
    }

    func first(_ cue: Cue) -> Int? { positions[cue]?.first }

    func contains(_ cue: Cue, near position: Int, before: Int, after: Int) -> Bool {
        positions[cue]?.contains { $0 >= position - before && $0 <= position + after } ?? false
    }

    /// The polarity that the cue words in `range` express, or nil when they express none.
    func polarity(in range: Range<Int>) -> Polarity? {
        let negative = positions[.negative]?.contains { range.contains($0) } ?? false
        let positive = positions[.positive]?.contains { range.contains($0) } ?? false
        if negative { return .negative }
        if positive { return .positive }
        return nil
    }
}
