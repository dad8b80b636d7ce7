import VartaCore

/// Writes one synthetic article: picks its language, date, cast and length, then fills
/// headline, date line and paragraphs from the `Phrasebook`.
struct ArticleComposer: Sendable {
    let world: NewsWorld

    /// Articles are between these sizes in UTF-8 bytes, like the real ones (1–6 KB).
    static let sizes = 1_000...6_000

    func article(number: Int, using random: inout SplitMix64) -> SyntheticArticle {
        let roll = random.unit()
        let language: SyntheticArticle.Language = roll < 0.4 ? .english : roll < 0.8 ? .hindi : .mixed
        let date = NewsCalendar.randomDay(using: &random)
        var story = Story(world: world, date: date, body: language == .english ? .english : .hindi, using: &random)
        let headline = story.headline(in: language == .hindi ? .hindi : .english, using: &random)
        let dateLine = language == .english || (language == .mixed && random.chance(0.5))
            ? DateLine.english(date, using: &random) : DateLine.hindi(date, using: &random)
        var text = "\(headline)\n\(dateLine)\n"
        let target = random.int(in: Self.sizes)
        text += story.body(targetBytes: target - text.utf8.count, using: &random)
        let id = "\(language.rawValue)-syn-\(String(repeating: "0", count: max(0, 7 - String(number).count)))\(number)"
        return SyntheticArticle(id: id, language: language, title: headline, date: date, text: text)
    }
}

/// What one article is about and how far its telling has got: who is in it, who has been
/// introduced by full name and office, the host city, the organization.
private struct Story {
    let world: NewsWorld
    let date: Day
    let phrases: Phrasebook
    let isHindi: Bool
    /// The people of the article; the first two are the main pair.
    let cast: [NewsWorld.Official]
    let countries: [SyntheticLexicon.Country]
    let organization: SyntheticLexicon.Organization
    let host: SyntheticLexicon.Country
    private var introduced: Set<Int> = []
    private var organizationNamed = false
    /// Templates already used in this article; each is avoided a few times before it repeats.
    private var usedTemplates: Set<String> = []

    init(world: NewsWorld, date: Day, body: Phrasebook, using random: inout SplitMix64) {
        self.world = world
        self.date = date
        phrases = body
        isHindi = body.isHindi
        let first = random.pick(world.officials)
        // Usually a counterpart: the same office in another country.
        let others = world.officials.filter { $0.country != first.country }
        let counterparts = others.filter { $0.office == first.office }
        let second = random.chance(0.6) && !counterparts.isEmpty ? random.pick(counterparts) : random.pick(others)
        var cast = [first, second]
        for _ in 0..<random.below(4) {
            let extra = random.pick(world.officials)
            if !cast.contains(where: { $0.name == extra.name }) { cast.append(extra) }
        }
        self.cast = cast
        var countries: [SyntheticLexicon.Country] = []
        for country in cast.map(\.country) + [random.pick(world.countries)] where !countries.contains(country) {
            countries.append(country)
        }
        self.countries = countries
        organization = random.pick(world.organizations)
        host = random.chance(0.5) ? first.country : second.country
    }

    mutating func headline(in language: Phrasebook, using random: inout SplitMix64) -> String {
        let template = random.pick(language.headlines)
        return fill(template, people: (0, 1), hindi: language.isHindi, short: true, using: &random)
    }

    /// Paragraphs of two to four sentences until about `targetBytes` are written.
    mutating func body(targetBytes: Int, using random: inout SplitMix64) -> String {
        var text = ""
        var written = 0
        var paragraph = lead(using: &random)
        var sentencesInParagraph = 1
        var paragraphLength = random.int(in: 2...4)
        while true {
            let sentence = next(using: &random)
            if written + paragraph.utf8.count + sentence.utf8.count + 3 > targetBytes { break }
            if sentencesInParagraph == paragraphLength {
                text += paragraph + "\n\n"
                written += paragraph.utf8.count + 2
                paragraph = sentence
                sentencesInParagraph = 1
                paragraphLength = random.int(in: 2...4)
            } else {
                paragraph += " " + sentence
                sentencesInParagraph += 1
            }
        }
        return text + paragraph + "\n"
    }

    /// The first sentence, after a dateline: the main pair meeting, or a gathering, or a statement.
    private mutating func lead(using random: inout SplitMix64) -> String {
        let month = phrases.months[date.month - 1]
        let city = isHindi ? host.hindiCapital : host.capital.uppercased()
        let dateline = TemplateText.fill(phrases.dateline) { name in
            name == "CITY" ? city : name == "month" ? month : String(date.day)
        }
        let roll = random.unit()
        let purpose: Phrasebook.Purpose = roll < 0.6 ? .meeting : roll < 0.8 ? .gathering : .statement
        return dateline + fill(random.pick(phrases.templates(purpose)), people: (0, 1), hindi: isHindi, short: false, using: &random)
    }

    private mutating func next(using random: inout SplitMix64) -> String {
        let roll = random.unit()
        let purpose: Phrasebook.Purpose = switch roll {
        case ..<0.30: .meeting
        case ..<0.55: .statement
        case ..<0.65: .membership
        case ..<0.72: .gathering
        case ..<0.77: .visit
        default: .background
        }
        let a = random.chance(0.6) ? random.below(2) : random.below(cast.count)
        var b = random.below(cast.count - 1)
        if b >= a { b += 1 }
        var template = random.pick(phrases.templates(purpose))
        for _ in 0..<3 where usedTemplates.contains(template) {
            template = random.pick(phrases.templates(purpose))
        }
        usedTemplates.insert(template)
        return fill(template, people: (a, b), hindi: isHindi, short: false, using: &random)
    }

    /// The template with its placeholders replaced. `short`: people by family name only (headlines).
    private mutating func fill(_ template: String, people: (Int, Int), hindi: Bool, short: Bool,
                               using random: inout SplitMix64) -> String {
        TemplateText.fill(template) { name in value(of: name, people: people, hindi: hindi, short: short, using: &random) }
    }

    private mutating func value(of placeholder: Substring, people: (Int, Int), hindi: Bool, short: Bool,
                                using random: inout SplitMix64) -> String {
        let topics = hindi ? Phrasebook.hindi.topics : Phrasebook.english.topics
        switch placeholder {
        case "A": return mention(people.0, hindi: hindi, short: short, using: &random)
        case "B": return mention(people.1, hindi: hindi, short: short, using: &random)
        case "C", "D":
            let country = placeholder == "C" ? countries[random.below(countries.count)] : random.pick(world.countries)
            return hindi ? country.hindi : country.english
        case "O":
            defer { organizationNamed = true }
            if hindi { return organization.hindi }
            return organizationNamed || short ? organization.short : organization.english
        case "city": return hindi ? host.hindiCapital : host.capital
        case "topic", "topic2": return random.pick(topics)
        case "weekday": return (hindi ? NewsCalendar.hindiWeekdays : NewsCalendar.englishWeekdays)[NewsCalendar.weekday(date)]
        case "year": return String(random.int(in: 1996...date.year))
        default: return String(placeholder)
        }
    }

    /// A person the first time with country, office and full name (`Indian Defence Minister
    /// Ravesh Kolinu`, `भारत के रक्षा मंत्री रवेश कोलिनु`), after that mostly by family name.
    private mutating func mention(_ index: Int, hindi: Bool, short: Bool, using random: inout SplitMix64) -> String {
        let person = cast[index]
        let (full, family) = hindi ? (person.name.hindiFull, person.name.hindiFamily) : (person.name.full, person.name.family)
        if short { return family }
        guard introduced.insert(index).inserted else { return random.chance(0.2) ? full : family }
        let office = hindi ? person.office.hindi : person.office.english
        if hindi {
            if let demonym = person.country.hindiDemonym, random.chance(0.5) { return "\(demonym) \(office) \(full)" }
            return "\(person.country.hindi) के \(office) \(full)"
        }
        if let demonym = person.country.demonym, random.chance(0.7) { return "\(demonym) \(office) \(full)" }
        return "\(person.country.english)'s \(office) \(full)"
    }
}
