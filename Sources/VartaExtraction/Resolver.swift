/// Decides which mentions in an article are the same entity.
///
/// People introduced by name (`रक्षा मंत्री राजनाथ सिंह`) become entities first; short forms
/// (`सिंह`, `Rajnath`, `शोइगु`) anywhere in the article join them by consonant skeleton,
/// across scripts. Officials named only by office (`रूसी रक्षा मंत्री`, `the Russian minister`)
/// join the named holder of that office and country, or become `<Office> of <Country>`.
/// `उन्होंने` / `he` stands for the previous sentence's subject.
struct Resolver {
    let lexicon: Lexicon

    func resolve(_ sentences: [ReadSentence]) -> (entities: [ArticleEntity], sentences: [ReadSentence]) {
        var state = State(lexicon: lexicon, sentences: sentences)
        state.addNamedPeople()
        state.addShortForms()
        state.addCountriesAndOrganizations()
        state.addOfficials(counterparts: false)
        state.findSubjects()
        state.addOfficials(counterparts: true)
        state.findSubjects()
        state.assignDefaultCountries()
        return (state.entities, state.sentences)
    }
}

private struct State {
    let lexicon: Lexicon
    var sentences: [ReadSentence]
    var entities: [ArticleEntity] = []
    private var entityForCountry: [String: Int] = [:]
    private var entityForOrganization: [String: Int] = [:]

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
        entities[target].names.append(phrase.name)
        if !phrase.englishName.isEmpty { entities[target].englishNames.append(phrase.englishName) }
        entities[target].office = entities[target].office ?? phrase.office
        entities[target].country = entities[target].country ?? phrase.countries.first
        entities[target].organization = entities[target].organization ?? phrase.organization
        return target
    }

    /// Single words elsewhere that match a known person's name words: `सिंह`, `Jaishankar`.
    mutating func addShortForms() {
        let people = entities.indices.filter { entities[$0].isPerson }
        let skeletons = people.map { entities[$0].nameSkeletons }
        for s in sentences.indices {
            let covered = Set(sentences[s].mentions.flatMap { Array($0.tokens) })
            var index = 0
            let tokens = sentences[s].tokens
            while index < tokens.count {
                defer { index += 1 }
                let token = tokens[index]
                guard !covered.contains(index), token.isWord, token.key.unicodeScalars.count >= 3,
                      token.isDevanagari || token.isCapitalized,
                      lexicon.match(tokens, at: index) == nil else { continue }
                // Same script: the same word. Across scripts: the same consonant skeleton, when
                // it is long enough not to match ordinary words (सैन्य and सिंह are both "sn").
                let skeleton = NameKey.skeleton(token.text)
                let matches = people.indices.filter { person in
                    entities[people[person]].hasNameWord(token.key)
                        || (skeleton.count >= 3 && skeletons[person].contains(skeleton))
                }
                guard matches.count == 1 else { continue }
                // Take following words of the same name too ("Rajnath Singh" without office).
                var end = index + 1
                while end < tokens.count, !covered.contains(end), tokens[end].isWord,
                      entities[people[matches[0]]].hasNameWord(tokens[end].key) { end += 1 }
                refer(s, people[matches[0]], index..<end)
                index = end - 1
            }
        }
    }

    // MARK: Countries and organizations

    mutating func addCountriesAndOrganizations() {
        for s in sentences.indices {
            for mention in sentences[s].mentions {
                switch mention.kind {
                case .country(let code):
                    var reference = Reference(entity: countryEntity(code), tokens: mention.head)
                    reference.isModifier = mention.isModifier
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

    private mutating func unnamedOfficial(office: String, country: String?, organization: String?) -> Int {
        var entity = ArticleEntity(kind: .person)
        entity.office = office
        entity.country = country
        entity.organization = organization
        entities.append(entity)
        return entities.count - 1
    }

    /// The person holding `office` most recently named before sentence `s` (or anywhere).
    private func holder(of office: String, before s: Int) -> Int? {
        let holders = entities.indices.filter { entities[$0].isPerson && sameOffice(entities[$0].office, office) && !entities[$0].names.isEmpty }
        if holders.count <= 1 { return holders.first }
        for earlier in stride(from: s, through: 0, by: -1) {
            if let reference = sentences[earlier].references.last(where: { holders.contains($0.entity) }) {
                return reference.entity
            }
        }
        return holders.first
    }

    /// Defence minister and defense secretary, foreign minister and external affairs
    /// minister: the same job under two names.
    func sameOffice(_ a: String?, _ b: String?) -> Bool {
        guard let a, let b else { return false }
        return family(a) == family(b)
    }

    private func family(_ key: String) -> String {
        let english = (lexicon.offices[key]?.english ?? key).lowercased()
        if english.contains("defen") && (english.contains("minister") || english.contains("secretary")) { return "defence" }
        if english.contains("foreign") || english.contains("external affairs") { return "foreign" }
        return key
    }

    // MARK: Subjects

    /// The subject of each sentence: in Hindi the mention before `ने`; otherwise the first
    /// person (or pronoun) that is not a modifier. A pronoun takes the previous subject.
    mutating func findSubjects() {
        var previous: Int?
        for s in sentences.indices {
            let tokens = sentences[s].tokens
            var subject: Int?
            if let ergative = tokens.firstIndex(where: { $0.key == "ने" }) {
                subject = sentences[s].references.last { $0.tokens.upperBound == ergative && !$0.isModifier }?.entity
                if subject == nil, let pronoun = sentences[s].mentions.first(where: { if case .pronoun = $0.kind { $0.tokens.upperBound <= ergative } else { false } }) {
                    _ = pronoun
                    subject = previous
                }
            }
            if subject == nil {
                let first = sentences[s].references.filter { !$0.isModifier }.min { $0.tokens.lowerBound < $1.tokens.lowerBound }
                let pronoun = sentences[s].mentions.first { if case .pronoun = $0.kind { true } else { false } }
                if let pronoun, first == nil || pronoun.tokens.lowerBound < first!.tokens.lowerBound {
                    subject = previous
                    if let previous { sentences[s].references.append(Reference(entity: previous, tokens: pronoun.tokens)) }
                } else if let first, entities[first.entity].isPerson {
                    subject = first.entity
                } else {
                    subject = sentences[s].references.first { entities[$0.entity].isPerson && !$0.isModifier }?.entity ?? first?.entity
                }
            }
            sentences[s].subject = subject
            if let subject, entities[subject].isPerson { previous = subject }
        }
    }

    // MARK: Countries of office

    /// People whose office names no country: Hindi press writes `रक्षा मंत्री राजनाथ सिंह`
    /// for India's minister; an English article's own country is the one it names most.
    mutating func assignDefaultCountries() {
        var counts: [String: Int] = [:]
        for entity in entities { if case .country(let code) = entity.kind { counts[code, default: 0] += entity.mentions.count } }
        let dominant = counts.max { ($0.value, $1.key) < ($1.value, $0.key) }?.key
        for index in entities.indices where entities[index].isPerson && entities[index].office != nil
            && entities[index].country == nil && entities[index].organization == nil {
            let hindi = entities[index].names.first?.first?.isDevanagari ?? true
            entities[index].country = hindi ? "IN" : (dominant ?? "IN")
        }
    }

    // MARK: -

    private mutating func refer(_ s: Int, _ entity: Int, _ tokens: Range<Int>) {
        sentences[s].references.append(Reference(entity: entity, tokens: tokens))
        entities[entity].mentions.append(sentences[s].byteRange(of: tokens))
    }
}
