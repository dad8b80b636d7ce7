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

    func relations(entities: [ArticleEntity], sentences: [ReadSentence], references: ReferenceIndex) -> [FoundRelation] {
        var found: [FoundRelation] = []
        let quoted = quotedSentences(sentences)
        let hosts = hostsOfGatherings(sentences, entities: entities)
        for s in sentences.indices {
            let sentence = sentences[s]
            let cues = sentence.cues
            if let attributing = quoted[s], let verb = sentences[attributing].cues.first(.speech),
               let speaker = speaker(of: sentences[attributing], verb: verb, entities: entities) {
                found += statements(from: speaker, about: sentence.references, in: sentence, at: s, entities: entities)
            }
            found += meetings(in: sentence, at: s, cues: cues, entities: entities)
            found += gatherings(in: sentence, at: s, hosts: hosts, entities: entities)
            found += statements(in: sentence, at: s, cues: cues, entities: entities)
            found += memberships(in: sentences, at: s, cues: cues, entities: entities)
        }
        found += affiliations(entities: entities, index: references)
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
    /// person who opens, chairs or hosts the gathering (named anywhere in an article of
    /// ordinary length: within `hostReach` sentences, so that a page of thousands of
    /// sentences does not join every host to every attendee).
    private func gatherings(in sentence: ReadSentence, at s: Int, hosts: [Host], entities: [ArticleEntity]) -> [FoundRelation] {
        let cues = sentence.cues
        guard let cue = cues.first(.attendance), cues.first(.meeting) == nil,
              !cues.contains(.planned, near: cue, before: 4, after: 6) else { return [] }
        let attendees = people(in: sentence, entities: entities)
        var nearbyHosts: [Int] = []
        for host in hosts where abs(host.sentence - s) <= RelationRules.hostReach && !nearbyHosts.contains(host.person) {
            nearbyHosts.append(host.person)
        }
        let participants = nearbyHosts.filter { !attendees.contains($0) } + attendees
        guard participants.count >= 2 else { return [] }
        var result: [FoundRelation] = []
        for (i, a) in participants.enumerated() {
            for b in participants[(i + 1)...] {
                result.append(FoundRelation(kind: .meeting, source: a, target: b, sentence: s))
            }
        }
        return result
    }

    /// A person who opens, chairs or hosts a gathering, and the sentence that says so.
    private struct Host {
        let person: Int
        let sentence: Int
    }

    /// How far (in sentences) a host's sentence may be from an attendance sentence: longer
    /// than any ordinary article.
    static let hostReach = 60

    /// People who open, chair or host a gathering somewhere in the article, in order.
    private func hostsOfGatherings(_ sentences: [ReadSentence], entities: [ArticleEntity]) -> [Host] {
        var hosts: [Host] = []
        for (index, sentence) in sentences.enumerated() where sentence.cues.first(.host) != nil {
            if let host = sentence.subject, entities[host].isPerson { hosts.append(Host(person: host, sentence: index)) }
        }
        return hosts
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
        guard let verb = cues.first(.speech), let speaker = speaker(of: sentence, verb: verb, entities: entities),
              !isReportingClause(sentence, verb: verb) else { return [] }
        let remark = sentence.references.filter { isInRemark($0, sentence: sentence, verb: verb, speaker: speaker) }
        return statements(from: speaker, about: remark, in: sentence, at: s, entities: entities)
    }

    /// A quotation that runs over several sentences and is attributed at its end
    /// (`''Welcomed US @SecDef Lloyd Austin at MEA. ... ,'' Jaishankar tweeted.`): each sentence
    /// of it is a remark of that speaker. Maps a quoted sentence to the attributing one.
    private func quotedSentences(_ sentences: [ReadSentence]) -> [Int: Int] {
        var attributed: [Int: Int] = [:]
        for s in sentences.indices where sentences[s].subject == nil && startsWithQuote(sentences[s]) {
            for later in (s + 1)..<min(s + 4, sentences.count) {
                guard let verb = sentences[later].cues.first(.speech) else { continue }
                if sentences[later].tokens[..<verb].contains(where: { RelationRules.quotes.contains($0.key) }) {
                    for quoted in s..<later { attributed[quoted] = later }
                }
                break
            }
        }
        return attributed
    }

    private static let quotes: WordSet = ["\"", "“", "”", "'", "‘", "’"]

    private func startsWithQuote(_ sentence: ReadSentence) -> Bool {
        sentence.tokens.first.map { RelationRules.quotes.contains($0.key) } ?? false
    }

    /// Statements from `speaker` to each entity of `candidates` (not the speaker's own side,
    /// not an adjective), with the polarity of the words around each.
    private func statements(from speaker: Int, about candidates: [Reference], in sentence: ReadSentence, at s: Int,
                            entities: [ArticleEntity]) -> [FoundRelation] {
        let own = ownSide(of: speaker, entities: entities)
        let cues = sentence.cues
        var targets: [Reference] = []
        for reference in candidates.sorted(by: { $0.tokens.lowerBound < $1.tokens.lowerBound })
        where reference.entity != speaker && !own.contains(reference.entity) && !reference.isAdjective
            && !targets.contains(where: { $0.entity == reference.entity }) {
            targets.append(reference)
        }
        var polarities: [Polarity?] = targets.indices.map { index in
            let end = index + 1 < targets.count ? targets[index + 1].tokens.lowerBound : sentence.tokens.count
            return cues.polarity(in: gap(targets[index].tokens.upperBound, end))
        }
        // "अमेरिका और क्वाड ... पर निशाना साधा": a coordinated target shares the next one's words.
        for index in polarities.indices.reversed() where polarities[index] == nil && index + 1 < polarities.count {
            let between = gap(targets[index].tokens.upperBound, targets[index + 1].tokens.lowerBound)
            if sentence.tokens[between].allSatisfy({ [",", "और", "and", "तथा", "एवं", "व"].contains($0.key) }) {
                polarities[index] = polarities[index + 1]
            }
        }
        var result: [FoundRelation] = []
        for (index, target) in targets.enumerated() {
            let start = index > 0 ? targets[index - 1].tokens.upperBound : 0
            var polarity = polarities[index] ?? cues.polarity(in: gap(start, target.tokens.lowerBound)) ?? .neutral
            if let verb = addressedBy(target, in: sentence) {
                // "X से कहा", "told X": said to X, neutral unless the verb itself thanks or blames.
                polarity = cues.polarity(in: verb..<(verb + 1)) ?? .neutral
            }
            result.append(FoundRelation(kind: .statement, source: speaker, target: target.entity, polarity: polarity, sentence: s))
        }
        return result
    }

    /// The tokens from `start` up to `end`; empty when two references overlap and `end` comes first.
    private func gap(_ start: Int, _ end: Int) -> Range<Int> {
        start..<max(start, end)
    }

    /// Whether an entity is part of what was said: after the speaker in Hindi (`X ने Y पर
    /// निशाना साधा`, `X ने कहा कि Y`), after the verb in English (`X said Y`), or quoted before
    /// it (`"... Y ...," X said`) — not in an opening phrase (`Ahead of a summit hosted by Y, X said`).
    private func isInRemark(_ reference: Reference, sentence: ReadSentence, verb: Int, speaker: Int) -> Bool {
        let speakerEnd = sentence.references.filter { $0.entity == speaker }.map(\.tokens.upperBound).min() ?? 0
        if sentence.tokens[verb].isDevanagari { return reference.tokens.lowerBound >= speakerEnd }
        if reference.tokens.lowerBound > verb { return true }
        return sentence.tokens[reference.tokens.upperBound..<max(reference.tokens.upperBound, speakerEnd)].contains {
            RelationRules.quotes.contains($0.key)
        }
    }

    /// Who speaks: in English a person right before the speech verb (`Putin said`), else the subject.
    private func speaker(of sentence: ReadSentence, verb: Int, entities: [ArticleEntity]) -> Int? {
        guard !sentence.tokens[verb].isDevanagari else { return sentence.subject }
        let close = sentence.references.filter { reference in
            entities[reference.entity].isPerson && reference.tokens.upperBound <= verb && reference.tokens.upperBound >= verb - 3
        }
        return close.max { $0.tokens.upperBound < $1.tokens.upperBound }?.entity ?? sentence.subject
    }

    /// "X held talks with Y, the ministry said": an English report of a meeting, attributed
    /// after a comma; the sentence states no opinion of its own.
    private func isReportingClause(_ sentence: ReadSentence, verb: Int) -> Bool {
        guard verb > 0, !sentence.tokens[verb].isDevanagari, RelationRules.reportingVerbs.contains(sentence.tokens[verb].key),
              let meeting = sentence.cues.first(.meeting), meeting < verb else { return false }
        return sentence.tokens[max(0, verb - 4)..<verb].contains { $0.key == "," }
    }

    /// Verbs that attribute a report ("..., the ministry said"), unlike verbs that judge
    /// ("..., and criticised Pakistan").
    private static let reportingVerbs: WordSet = ["said", "says", "stated", "added", "reported", "noted", "told", "informed"]

    /// The token of the speech verb when `target` is the one spoken to: `X से कहा`, `told X`.
    private func addressedBy(_ target: Reference, in sentence: ReadSentence) -> Int? {
        let after = target.tokens.upperBound
        if after + 1 < sentence.tokens.count, sentence.tokens[after].key == "से",
           sentence.cues.all(.speech).contains(after + 1) {
            return after + 1
        }
        let before = target.tokens.lowerBound - 1
        if before >= 0, ["told", "tells", "informed", "thanked", "congratulated", "urged", "assured"].contains(sentence.tokens[before].key) {
            return before
        }
        return nil
    }

    /// The speaker's own country and organization, which a statement is not about.
    private func ownSide(of speaker: Int, entities: [ArticleEntity]) -> Set<Int> {
        var codes = [entities[speaker].country]
        if case .organization(let slug) = entities[speaker].kind { codes.append(lexicon.organizations[slug]?.country) }
        var own = Set(codes.compactMap { $0 }.compactMap { code in entities.firstIndex { $0.kind == .country(code: code) } })
        if let slug = entities[speaker].organization, let index = entities.firstIndex(where: { $0.kind == .organization(slug: slug) }) {
            own.insert(index)
        }
        return own
    }

    // MARK: Membership

    private func memberships(in sentences: [ReadSentence], at s: Int, cues: CueIndex, entities: [ArticleEntity]) -> [FoundRelation] {
        guard cues.first(.membership) != nil || cues.first(.chair) != nil else { return [] }  // most sentences
        let sentence = sentences[s]
        let organizations = sentence.references.filter { if case .organization = entities[$0.entity].kind { true } else { false } }
        let countries = sentence.references.filter { if case .country = entities[$0.entity].kind { true } else { false } }
        var result: [FoundRelation] = []
        if cues.first(.membership) != nil, let organization = organizations.first {
            // Members stand in the clause of a membership word or of the organization.
            let anchors = cues.all(.membership) + [organization.tokens.lowerBound]
            let clauses = anchors.map { clause(around: $0, in: sentence) }
            let members = countries.filter { country in clauses.contains { $0.contains(country.tokens.lowerBound) } }
            for member in Set(members.map(\.entity)).sorted() {
                result.append(FoundRelation(kind: .membership, source: member, target: organization.entity, sentence: s))
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

    private static let clauseEnds: WordSet = ["है", "हैं", "था", "थे", "थी", "थीं", "is", "was", "are", "were", "has", "have", "had", ";", ".", "।"]

    /// The tokens around `position` up to the nearest clause ends (auxiliary verbs, `;`).
    private func clause(around position: Int, in sentence: ReadSentence) -> Range<Int> {
        let tokens = sentence.tokens
        var start = position
        // "India is a member of", "BRICS was joined by": the auxiliary right before the
        // membership word joins it to its subject instead of ending the clause.
        while start > 0, !RelationRules.clauseEnds.contains(tokens[start - 1].key)
                || (position - (start - 1) <= 3 && !tokens[start - 1].isDevanagari && tokens[start - 1].isWord) {
            start -= 1
        }
        var end = position + 1
        while end < tokens.count, !RelationRules.clauseEnds.contains(tokens[end].key) { end += 1 }
        return start..<end
    }

    private func lastOrganization(before s: Int, in sentences: [ReadSentence], entities: [ArticleEntity]) -> Int? {
        for earlier in stride(from: s - 1, through: max(0, s - 2), by: -1) {
            let found = sentences[earlier].references.last { if case .organization = entities[$0.entity].kind { true } else { false } }
            if let found { return found.entity }
        }
        return nil
    }

    // MARK: Affiliation

    private func affiliations(entities: [ArticleEntity], index: ReferenceIndex) -> [FoundRelation] {
        var result: [FoundRelation] = []
        for (person, entity) in entities.enumerated() where entity.isPerson {
            // The body whose office it is, and the country of a national body or of the office.
            let organization = entity.organization.flatMap { slug in entities.firstIndex { $0.kind == .organization(slug: slug) } }
            let code = entity.country ?? entity.organization.flatMap { lexicon.organizations[$0]?.country }
            let country = code.flatMap { code in entities.firstIndex { $0.kind == .country(code: code) } }
            guard let s = index.firstSentence(naming: person) else { continue }
            for target in [organization, country].compactMap({ $0 }) {
                result.append(FoundRelation(kind: .affiliation, source: person, target: target, sentence: s))
            }
        }
        return result
    }
}

