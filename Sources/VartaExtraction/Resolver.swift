/// Decides which mentions in an article are the same entity.
///
/// People introduced by name (`रक्षा मंत्री राजनाथ सिंह`) become entities first; short forms
/// (`सिंह`, `Rajnath`, `शोइगु`) anywhere in the article join them by consonant skeleton,
/// across scripts. Officials named only by office (`रूसी रक्षा मंत्री`, `the Russian minister`)
/// join the named holder of that office and country, or become `<Office> of <Country>`.
/// `उन्होंने` / `he` stands for the previous sentence's subject.
struct Resolver {
    let lexicon: Lexicon

    /// The article's entities, its sentences with what they refer to, and the index of which
    /// sentences name each entity (final once resolved; the rules and the graph read it too).
    func resolve(_ sentences: [ReadSentence]) -> (entities: [ArticleEntity], sentences: [ReadSentence], references: ReferenceIndex) {
        var state = State(lexicon: lexicon, sentences: sentences)
        state.addNamedPeople()
        state.addShortForms()
        state.addCountriesAndOrganizations()
        state.addOfficials(counterparts: false)
        state.findSubjects()
        state.addOfficials(counterparts: true)
        state.findSubjects()
        let references = ReferenceIndex(state.sentences)
        state.assignDefaultCountries(references)
        return (state.entities, state.sentences, references)
    }
}

private struct State {
    let lexicon: Lexicon
    var sentences: [ReadSentence]
    var entities: [ArticleEntity] = []
    private var entityForCountry: [String: Int] = [:]
    private var entityForOrganization: [String: Int] = [:]
    /// People introduced by name, the only ones a bare office can refer to.
    private var namedPeople: [Int] = []
    /// Named people by the office key they answer to, filled as offices are asked for.
    private var holdersOfOffice: [String: [Int]] = [:]

    init(lexicon: Lexicon, sentences: [ReadSentence]) {
        self.lexicon = lexicon
        self.sentences = sentences
    }

    // MARK: People with names

    mutating func addNamedPeople() {
        for s in sentences.indices {
            for mention in sentences[s].mentions {
                guard case .person(let phrase) = mention.kind, phrase.isNamed else { continue }
                let index = personEntity(for: phrase)
                refer(s, index, mention.head)
            }
        }
    }

    /// The entity of a named person, merging with one whose name words include these
    /// (or are included in them): `Lloyd Austin` and `Austin`, `राजनाथ सिंह` and `Rajnath`.
    private mutating func personEntity(for phrase: PersonPhrase) -> Int {
        let skeletons = Set(phrase.name.map { NameKey.skeleton($0.text) }.filter { !$0.isEmpty })
        let index = entities.indices.first { index in
            let known = entities[index].nameSkeletons
            guard entities[index].isPerson, !known.isEmpty, !skeletons.isEmpty else { return false }
            return skeletons.isSubset(of: known) || known.isSubset(of: skeletons)
        }
        let target: Int
        if let index {
            target = index
        } else {
            entities.append(ArticleEntity(kind: .person))
            target = entities.count - 1
        }
        entities[target].addName(phrase.name, english: phrase.englishName)
        entities[target].office = entities[target].office ?? phrase.office
        entities[target].country = entities[target].country ?? phrase.countries.first
        entities[target].organization = entities[target].organization ?? phrase.organization
        return target
    }

    /// Single words elsewhere that match a known person's name words: `सिंह`, `Jaishankar`.
    mutating func addShortForms() {
        // Word → people with that word in a name; skeleton → people, likewise. Keyed by bytes
        // (`UTF8Key`): these are asked about most words of the article. Each list is in
        // order and without repeats, as people are visited in order and a person's words are
        // a set: a list, not a `Set`, which would be a hash table for one or two people.
        var byWord: [UTF8Key: [Int]] = [:]
        var bySkeleton: [UTF8Key: [Int]] = [:]
        for person in entities.indices where entities[person].isPerson {
            for word in entities[person].nameWords { byWord[word, default: []].append(person) }
            for skeleton in entities[person].nameSkeletons { bySkeleton[UTF8Key(skeleton), default: []].append(person) }
        }
        guard !byWord.isEmpty || !bySkeleton.isEmpty else { return }  // no one named: no short forms
        for s in sentences.indices {
            let tokens = sentences[s].tokens
            // On the stack, for the length of the sentence: a heap array per sentence cost more.
            withUnsafeTemporaryAllocation(of: Bool.self, capacity: tokens.count) { covered in
                covered.initialize(repeating: false)
                for mention in sentences[s].mentions {
                    for index in mention.tokens where index < covered.count { covered[index] = true }
                }
                addShortForms(in: s, covered: covered, byWord: byWord, bySkeleton: bySkeleton)
            }
        }
    }

    /// The short forms in sentence `s`, outside the tokens `covered` by its mentions.
    private mutating func addShortForms(in s: Int, covered: UnsafeMutableBufferPointer<Bool>,
                                        byWord: [UTF8Key: [Int]], bySkeleton: [UTF8Key: [Int]]) {
        let tokens = sentences[s].tokens
        var index = 0
        while index < tokens.count {
            defer { index += 1 }
            // `tokens[index].field`, not a copy of the token: a copy is two reference
            // counts, and most words of the article come here (75 M instructions for
            // 1 MB of the corpus instead of 80 M).
            guard !covered[index], tokens[index].isWord, tokens[index].keyScalarCount >= 3,
                  tokens[index].isDevanagari || tokens[index].isCapitalized,
                  lexicon.match(tokens, at: index) == nil else { continue }
            // Same script: the same word. Across scripts: the same consonant skeleton, when
            // it is long enough not to match ordinary words (सैन्य and सिंह are both "sn").
            let skeleton = NameKey.skeleton(tokens[index].text)  // ASCII letters: its bytes are its characters
            guard let person = onlyPerson(byWord[UTF8Key(tokens[index].key)],
                                          skeleton.utf8.count >= 3 ? bySkeleton[UTF8Key(skeleton)] : nil) else { continue }
            // Take following words of the same name too ("Rajnath Singh" without office).
            var end = index + 1
            while end < tokens.count, !covered[end], tokens[end].isWord,
                  entities[person].nameWords.contains(UTF8Key(tokens[end].key)) { end += 1 }
            refer(s, person, index..<end)
            index = end - 1
        }
    }

    /// The one person in `a` ∪ `b` (each without repeats), or nil when the union holds none
    /// or several.
    private func onlyPerson(_ a: [Int]?, _ b: [Int]?) -> Int? {
        let a = a ?? [], b = b ?? []
        guard let person = a.first ?? b.first else { return nil }
        return a.count <= 1 && b.count <= 1 && (a.isEmpty || b.isEmpty || a == b) ? person : nil
    }

    // MARK: Countries and organizations

    mutating func addCountriesAndOrganizations() {
        for s in sentences.indices {
            for mention in sentences[s].mentions {
                switch mention.kind {
                case .country(let code):
                    var reference = Reference(entity: countryEntity(code), tokens: mention.head)
                    reference.isModifier = mention.isModifier
                    reference.isAdjective = mention.isAdjective
                    sentences[s].references.append(reference)
                    entities[reference.entity].mentions.append(sentences[s].byteRange(of: mention.head))
                case .organization(let slug):
                    var reference = Reference(entity: organizationEntity(slug), tokens: mention.head)
                    reference.isModifier = mention.isModifier
                    sentences[s].references.append(reference)
                    entities[reference.entity].mentions.append(sentences[s].byteRange(of: mention.head))
                default:
                    continue
                }
            }
        }
    }

    mutating func countryEntity(_ code: String) -> Int {
        if let index = entityForCountry[code] { return index }
        entities.append(ArticleEntity(kind: .country(code: code)))
        entityForCountry[code] = entities.count - 1
        return entities.count - 1
    }

    mutating func organizationEntity(_ slug: String) -> Int {
        if let index = entityForOrganization[slug] { return index }
        entities.append(ArticleEntity(kind: .organization(slug: slug)))
        entityForOrganization[slug] = entities.count - 1
        return entities.count - 1
    }

    // MARK: Officials named by office

    /// `कजाकिस्तान के रक्षा मंत्रियों` (one official per country), `the Russian minister`,
    /// `अपने समकक्षों` (the subject's own office in other countries).
    mutating func addOfficials(counterparts: Bool) {
        if counterparts { assignCounterpartOffices() }
        namedPeople = entities.indices.filter { entities[$0].isPerson && !entities[$0].names.isEmpty }
        holdersOfOffice = [:]
        for s in sentences.indices {
            for mention in sentences[s].mentions {
                guard case .person(let phrase) = mention.kind, !phrase.isNamed, phrase.isCounterpart == counterparts else { continue }
                var office = phrase.office
                if phrase.isCounterpart {
                    guard let subject = sentences[s].subject, entities[subject].isPerson else { continue }
                    office = office ?? entities[subject].office
                }
                guard let office else { continue }
                if phrase.countries.isEmpty && phrase.organization == nil {
                    if let holder = holder(of: office, before: s) { refer(s, holder, mention.head) }
                    continue
                }
                for code in phrase.countries.isEmpty ? [nil] : phrase.countries.map(Optional.some) {
                    let holder = entities.indices.first { index in
                        entities[index].isPerson && sameOffice(entities[index].office, office)
                            && entities[index].country == code
                            && (phrase.organization == nil || entities[index].organization == phrase.organization)
                    }
                    let index = holder ?? unnamedOfficial(office: office, country: code, organization: phrase.organization)
                    refer(s, index, mention.head)
                }
            }
        }
    }

    /// "his US counterpart Lloyd Austin" holds the subject's office.
    private mutating func assignCounterpartOffices() {
        for s in sentences.indices {
            for mention in sentences[s].mentions {
                guard case .person(let phrase) = mention.kind, phrase.isNamed, phrase.isCounterpart,
                      let subject = sentences[s].subject,
                      let reference = sentences[s].references.first(where: { $0.tokens == mention.head }),
                      entities[reference.entity].office == nil else { continue }
                entities[reference.entity].office = entities[subject].office
            }
        }
    }

    private mutating func unnamedOfficial(office: String, country: String?, organization: String?) -> Int {
        var entity = ArticleEntity(kind: .person)
        entity.office = office
        entity.country = country
        entity.organization = organization
        entities.append(entity)
        return entities.count - 1
    }

    /// The person holding `office` most recently named before sentence `s` (or anywhere).
    private mutating func holder(of office: String, before s: Int) -> Int? {
        if holdersOfOffice[office] == nil { holdersOfOffice[office] = namedPeople.filter { sameOffice(entities[$0].office, office) } }
        let holders = holdersOfOffice[office]!
        if holders.count <= 1 { return holders.first }
        // Look back a few sentences only: a bare office refers to someone named nearby.
        let candidates = Set(holders)
        for earlier in stride(from: s, through: max(0, s - 5), by: -1) {
            let named = sentences[earlier].references.suffix(200).filter { candidates.contains($0.entity) }
            if let latest = named.max(by: { $0.tokens.lowerBound < $1.tokens.lowerBound }) { return latest.entity }
        }
        return holders.first
    }

    /// Defence minister and defense secretary, foreign minister and external affairs
    /// minister: the same job under two names.
    func sameOffice(_ a: String?, _ b: String?) -> Bool {
        guard let a, let b else { return false }
        // "the Russian minister" is whichever minister of Russia the article introduced.
        if family(a) == "minister" || family(b) == "minister" {
            return lexicon.ministerialOffices.contains(family(a) == "minister" ? b : a)
        }
        return family(a) == family(b)
    }

    private func family(_ key: String) -> String {
        lexicon.officeFamilies[key] ?? key
    }

    // MARK: Subjects

    /// The subject of each sentence, the one who says or meets:
    /// - Hindi: the mention right before `ने`; without `ने`, a person before the verb who is
    ///   not followed by a postposition; otherwise the previous sentence's subject (Hindi
    ///   drops a subject that stays the same).
    /// - English: the person nearest before the first verb cue, else the nearest actor.
    /// - `उन्होंने`, `he`, `she` before the verb: the previous sentence's subject.
    mutating func findSubjects() {
        var previous: Int?
        for s in sentences.indices {
            let subject = subject(of: s, previous: previous)
            sentences[s].subject = subject
            if let subject, entities[subject].isPerson { previous = subject }
        }
    }

    private static let postpositions: WordSet = ["से", "को", "के", "की", "का", "में", "पर", "द्वारा"]
    private static let ergative = UTF8Key("ने")
    private static let verbCues: [Cue] = [.speech, .meeting, .attendance, .host]

    /// What finding a sentence's subject reads of its tokens, cues and mentions, which the
    /// resolver does not change: worked out once, though subjects are found twice.
    private struct SubjectClues {
        /// The first verb cue (says, meets, attends, hosts); the token count when there is none.
        let verb: Int
        /// A subject pronoun before the verb: `उन्होंने`, `he`.
        let pronoun: Range<Int>?
        let isHindi: Bool
        /// The first `ने`.
        let ergative: Int?
    }

    private lazy var subjectClues: [SubjectClues] = sentences.indices.map { s in
        // `sentences[s].field`, read in place: a copy of a sentence is a reference count per field.
        let verb = sentences[s].cues.first(of: State.verbCues) ?? sentences[s].tokens.count
        let pronoun = sentences[s].mentions.first { mention in
            if case .pronoun = mention.kind { mention.tokens.upperBound <= verb } else { false }
        }
        let isHindi = isHindi(sentences[s])
        let ergative = isHindi ? sentences[s].tokens.firstIndex { UTF8Key($0.key) == State.ergative } : nil
        return SubjectClues(verb: verb, pronoun: pronoun?.tokens, isHindi: isHindi, ergative: ergative)
    }

    private mutating func subject(of s: Int, previous: Int?) -> Int? {
        let clues = subjectClues[s]
        let tokens = sentences[s].tokens
        let verb = clues.verb
        let actors = Actors(references: sentences[s].references)
        let isBeforeVerb = { (reference: Reference) in reference.tokens.upperBound <= verb }
        if let pronoun = clues.pronoun,
           actors.first(where: { isBeforeVerb($0) && $0.tokens.lowerBound <= pronoun.lowerBound }) == nil {
            if let previous, !sentences[s].references.contains(where: { $0.tokens == pronoun }) {
                sentences[s].references.append(Reference(entity: previous, tokens: pronoun))
            }
            return previous
        }
        if clues.isHindi {
            if let ergative = clues.ergative {
                return actors.last { $0.tokens.upperBound == ergative }?.entity
            }
            let nominative = actors.first { reference in
                isBeforeVerb(reference) && entities[reference.entity].isPerson
                    && !State.postpositions.contains(reference.tokens.upperBound < tokens.count ? tokens[reference.tokens.upperBound].key : "")
            }
            if let nominative { return nominative.entity }
            return verb < tokens.count ? previous : actors.first(where: isBeforeVerb)?.entity
        }
        if let person = actors.last(where: { isBeforeVerb($0) && entities[$0.entity].isPerson }) { return person.entity }
        if let actor = actors.last(where: isBeforeVerb) { return actor.entity }
        return verb < tokens.count ? nil : actors.first { entities[$0.entity].isPerson }?.entity
    }

    /// A sentence's actors, its references that are not modifiers, in the order of the text
    /// (of two at one place, the one referred to first), as `first` and `last` find them: by
    /// one scan each, not by sorting a filtered copy, which cost two lists per sentence.
    private struct Actors {
        let references: [Reference]

        /// The first actor, in that order, that `matches`.
        func first(where matches: (Reference) -> Bool) -> Reference? {
            pick(matches) { $0 < $1 }
        }

        /// The last actor, in that order, that `matches`.
        func last(where matches: (Reference) -> Bool) -> Reference? {
            pick(matches) { $0 > $1 }
        }

        /// The matching actor whose (place, index) `isBetter` than every other's.
        private func pick(_ matches: (Reference) -> Bool, _ isBetter: ((Int, Int), (Int, Int)) -> Bool) -> Reference? {
            var best: Int?
            for index in references.indices where !references[index].isModifier && matches(references[index]) {
                if let best, !isBetter((references[index].tokens.lowerBound, index), (references[best].tokens.lowerBound, best)) {
                    continue
                }
                best = index
            }
            return best.map { references[$0] }
        }
    }

    // MARK: Countries of office

    /// People whose office names no country. Hindi press writes `रक्षा मंत्री राजनाथ सिंह` for
    /// India's minister. An English article is written from the country of its dateline
    /// (`MOSCOW:`, `ADDIS ABABA –`) or, without one, from the country it names far more
    /// than any other; a visitor (`arrived`, `visit`) or an international office
    /// (Secretary-General) is not from there. Otherwise the country stays unknown.
    mutating func assignDefaultCountries(_ index: ReferenceIndex) {
        let home = datelineCountry() ?? dominantCountry()
        for person in entities.indices where entities[person].isPerson && entities[person].office != nil
            && entities[person].country == nil && entities[person].organization == nil {
            let named = index.sentences(naming: person).map { sentences[$0] }
            if entities[person].names.first?.first?.isDevanagari ?? named.first.map(isHindi) ?? false {
                entities[person].country = "IN"
            } else if let home, !isInternational(entities[person].office!), !(named.first?.cues.first(.visit) != nil),
                      !meetsSomeoneFrom(home, person, in: named) {
                entities[person].country = home
            }
        }
    }

    private func isInternational(_ office: String) -> Bool {
        ["secretary-general", "deputy-secretary-general", "under-secretary-general", "chairperson", "vice-chairperson",
         "high-representative", "permanent-representative", "deputy-permanent-representative", "head"].contains(office)
    }

    /// Meeting a person of `code` (in a sentence with a meeting word) says one is from elsewhere:
    /// "Foreign Minister X met Indonesian Foreign Minister Y".
    private func meetsSomeoneFrom(_ code: String, _ person: Int, in named: [ReadSentence]) -> Bool {
        named.contains { sentence in
            sentence.cues.first(.meeting) != nil
                && sentence.references.contains { $0.entity != person && entities[$0.entity].isPerson && entities[$0.entity].country == code }
        }
    }

    /// The country named at least twice as often as any other, if there is one.
    private func dominantCountry() -> String? {
        var counts: [String: Int] = [:]
        for entity in entities { if case .country(let code) = entity.kind { counts[code] = entity.mentions.count } }
        let ranked = counts.sorted { ($0.value, $1.key) > ($1.value, $0.key) }
        guard let top = ranked.first, ranked.count == 1 || top.value >= 2 * ranked[1].value else { return nil }
        return top.key
    }

    /// The country of a capital that opens one of the first lines: `MOSCOW: ...`.
    private func datelineCountry() -> String? {
        for sentence in sentences.prefix(12) {
            guard let (end, entries) = lexicon.match(sentence.tokens, at: 0), end < sentence.tokens.count,
                  [":", ",", "–", "-", "—", "("].contains(sentence.tokens[end].key) else { continue }
            for case .capital(let code) in entries { return code }
        }
        return nil
    }

    private func isHindi(_ sentence: ReadSentence) -> Bool {
        sentence.tokens.count(where: \.isDevanagari) * 2 > sentence.tokens.count(where: \.isWord)
    }

    // MARK: -

    private mutating func refer(_ s: Int, _ entity: Int, _ tokens: Range<Int>) {
        sentences[s].references.append(Reference(entity: entity, tokens: tokens))
        entities[entity].mentions.append(sentences[s].byteRange(of: tokens))
    }
}
