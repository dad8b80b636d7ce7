/// A made-up person's name in Latin letters and in Devanagari, built from syllables that
/// are spelled alike in both scripts (`Ravesh Kolinu`, `रवेश कोलिनु`), so that the
/// extractor can tell that both spellings name one person.
public struct PersonName: Hashable, Sendable {
    public let given: String
    public let family: String
    public let hindiGiven: String
    public let hindiFamily: String

    public var full: String { "\(given) \(family)" }
    public var hindiFull: String { "\(hindiGiven) \(hindiFamily)" }

    /// A new name: a given name of two syllables and a family name of two or three, the
    /// last sometimes closed by a consonant.
    public static func random(using random: inout SplitMix64) -> PersonName {
        let given = word(syllables: 2 + (random.chance(0.2) ? 1 : 0), using: &random)
        let family = word(syllables: 2 + (random.chance(0.4) ? 1 : 0), using: &random)
        return PersonName(given: given.latin, family: family.latin, hindiGiven: given.hindi, hindiFamily: family.hindi)
    }

    private typealias Spelling = (latin: String, hindi: String)

    private static let consonants: [Spelling] = [
        ("k", "क"), ("g", "ग"), ("ch", "च"), ("j", "ज"), ("t", "त"), ("d", "द"), ("n", "न"),
        ("p", "प"), ("b", "ब"), ("m", "म"), ("y", "य"), ("r", "र"), ("l", "ल"), ("v", "व"),
        ("s", "स"), ("sh", "श"), ("h", "ह"), ("dh", "ध"), ("bh", "भ"),
    ]
    /// Latin vowel, the Devanagari sign after a consonant, the letter standing alone.
    private static let vowels: [(latin: String, sign: String, letter: String)] = [
        ("a", "", "अ"), ("a", "ा", "आ"), ("i", "ि", "इ"), ("u", "ु", "उ"), ("e", "े", "ए"), ("o", "ो", "ओ"),
    ]
    private static let codas: [Spelling] = [("n", "न"), ("r", "र"), ("sh", "श"), ("v", "व")]

    private static func word(syllables: Int, using random: inout SplitMix64) -> Spelling {
        var latin = "", hindi = ""
        for index in 0..<syllables {
            let vowel = random.pick(vowels)
            if index == 0 && random.chance(0.15) {
                latin += vowel.latin
                hindi += vowel.letter
                continue
            }
            let consonant = random.pick(consonants)
            latin += consonant.latin + vowel.latin
            // A final short "a" is written long, as names are (`Rama` → `रामा`, not `राम`).
            let isLast = index == syllables - 1
            hindi += consonant.hindi + (isLast && vowel.sign.isEmpty ? "ा" : vowel.sign)
        }
        if random.chance(0.5) {
            let coda = random.pick(codas)
            latin += coda.latin
            hindi = String(hindi.dropLast(hindi.hasSuffix("ा") ? 1 : 0)) + coda.hindi
        }
        return (latin.prefix(1).uppercased() + latin.dropFirst(), hindi)
    }
}
