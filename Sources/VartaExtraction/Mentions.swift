/// Something a sentence names: a country, an organization, a person (by name or by office),
/// or a pronoun standing for a person. Token indices refer to the sentence's tokens.
struct SentenceMention: Sendable {
    enum Kind: Sendable {
        case country(code: String)
        case organization(slug: String)
        case person(PersonPhrase)
        /// `उन्होंने`, `he`: the subject of an earlier sentence.
        case pronoun
    }

    let kind: Kind
    /// Token range of the whole mention in the sentence.
    let tokens: Range<Int>
    /// Token range of the words that name it, e.g. the name without office and rank.
    let head: Range<Int>
    /// A country mentioned only as an adjective (`Russian`, `रूसी`) inside another phrase.
    var isModifier = false
    /// A demonym describing a thing (`Indian Ocean`, `रूसी सेना`), not a person's country:
    /// it names the country but says nothing to or about it.
    var isAdjective = false
}

/// A person as one phrase describes them: `रूसी रक्षा मंत्री सर्गेई शोइगु`,
/// `External Affairs Minister of India Dr. S. Jaishankar`, `कजाकिस्तान के रक्षा मंत्रियों`.
struct PersonPhrase: Sendable, Hashable {
    /// The name's tokens as printed, or empty for an official named only by office.
    var name: [Token]
    var office: String?
    /// The office was plural (`रक्षा मंत्रियों`): one unnamed official per affiliated country.
    var plural = false
    /// Countries of the office (several for `A, B और C के रक्षा मंत्रियों`).
    var countries: [String] = []
    /// The organization of the office (`एससीओ महासचिव`).
    var organization: String?
    /// `his counterpart`, `अपने समकक्ष`: the office is the subject's own.
    var isCounterpart = false
    /// An English form given in brackets after a Hindi name.
    var englishName: [Token] = []

    var isNamed: Bool { !name.isEmpty }
}
