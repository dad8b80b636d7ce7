import Foundation

/// Latin forms of names, for labels, ids and matching across scripts.
///
/// `राजनाथ सिंह` and `Rajnath Singh` must be one person. A Devanagari name is read the
/// way Hindi speakers say it: the inherent vowel is dropped at the end of a word and between
/// a vowel and a consonant that carries a vowel (राजनाथ = rāj-nāth, not rā-ja-nā-tha), then
/// ICU transliterates it and diacritics are simplified. Matching uses a consonant skeleton,
/// which survives the vowels that two spellings disagree on.
enum NameKey {
    /// A readable Latin spelling: `राजनाथ सिंह` → `Rajnath Singh`, `S. Jaishankar` unchanged.
    static func latin(_ name: String) -> String {
        let words = name.split(whereSeparator: { $0 == " " }).map { word -> String in
            let isDevanagari = word.unicodeScalars.contains { (0x0900...0x097F).contains($0.value) }
            return isDevanagari ? romanize(String(word)) : String(word)
        }
        return words.joined(separator: " ")
    }

    /// Lower-case ASCII words joined by hyphens: `Rajnath Singh` → `rajnath-singh`.
    static func slug(_ latin: String) -> String {
        // Folded text is UTF-8 whose every byte of a non-ASCII scalar is 0x80 or more: only
        // ASCII letters and digits are kept, and every other run of bytes is one hyphen.
        var slug: [UInt8] = []
        for byte in TextFolding.fold(latin).utf8 {
            if (UInt8(ascii: "a")...UInt8(ascii: "z")).contains(byte) || (UInt8(ascii: "0")...UInt8(ascii: "9")).contains(byte) {
                slug.append(byte)
            } else if let last = slug.last, last != UInt8(ascii: "-") {
                slug.append(UInt8(ascii: "-"))
            }
        }
        if slug.last == UInt8(ascii: "-") { slug.removeLast() }
        return slug.isEmpty ? "unnamed" : String(decoding: slug, as: UTF8.self)
    }

    /// The consonant skeleton of one word, for matching spellings across scripts:
    /// `Shoigu` and `शोइगु` both give `sg`; `Rajnath` and `राजनाथ` give `rjnt`.
    static func skeleton(_ word: String) -> String {
        skeletons.value(for: word, computeSkeleton)
    }

    private static let skeletons = StringMemo()
    private static let romanized = StringMemo()

    private static func computeSkeleton(_ word: String) -> String {
        let isDevanagari = word.unicodeScalars.contains { (0x0900...0x097F).contains($0.value) }
        let latin = TextFolding.fold(isDevanagari ? romanize(word) : word)
        let letters = Array(latin.unicodeScalars.filter { ("a"..."z").contains($0) })
        var result = String.UnicodeScalarView()
        var index = 0
        while index < letters.count {
            var letter = letters[index]
            index += 1
            switch letter {
            case "a", "e", "i", "o", "u", "y", "h": continue
            case "w": letter = "v"
            case "q": letter = "k"
            case "z": letter = "j"
            case "x": result.append("k"); letter = "s"
            case "m" where index < letters.count && !"aeiouyh".unicodeScalars.contains(letters[index]): letter = "n"
            case "n" where index < letters.count && letters[index] == "g": index += 1  // "ng" → "n"
            case "c" where index < letters.count && letters[index] == "k": continue
            default: break
            }
            if result.last != letter { result.append(letter) }
        }
        return String(result)
    }

    // MARK: - Devanagari

    /// Letters of the Latin alphabet as Hindi writes initials: एस. जयशंकर is S. Jaishankar.
    private static let initials: [String: String] = [
        "ए": "A", "बी": "B", "सी": "C", "डी": "D", "ई": "E", "एफ": "F", "जी": "G", "एच": "H", "आई": "I",
        "जे": "J", "के": "K", "एल": "L", "एम": "M", "एन": "N", "ओ": "O", "पी": "P", "क्यू": "Q", "आर": "R",
        "एस": "S", "टी": "T", "यू": "U", "वी": "V", "डब्ल्यू": "W", "एक्स": "X", "वाई": "Y", "जेड": "Z",
    ]

    private static func romanize(_ word: String) -> String {
        romanized.value(for: word, computeRomanized)
    }

    private static func computeRomanized(_ word: String) -> String {
        if let letter = initials[TextFolding.fold(word)] { return letter }
        let spoken = deletingSchwas(word)
        guard var latin = spoken.applyingTransform(.toLatin, reverse: false) else { return word }
        // Final anusvara + h is "ngh" (सिंह → Singh); then ICU's diacritics to plain letters.
        if word.unicodeScalars.suffix(2).elementsEqual(["\u{0902}", "ह"]), latin.hasSuffix("nh") {
            latin = String(latin.dropLast(2)) + "ngh"
        }
        var plain = ""
        for scalar in latin.unicodeScalars {
            switch scalar {
            case "ś", "ṣ", "Ś", "Ṣ": plain += "sh"
            case "c": plain += "ch"
            case "ṁ", "ṅ", "ñ", "ṇ": plain += "n"
            case "'", "’", "ʼ": continue
            default: plain.unicodeScalars.append(scalar)
            }
        }
        let stripped = plain.decomposedStringWithCanonicalMapping.unicodeScalars.filter { !(0x0300...0x036F).contains($0.value) }
        let result = String(String.UnicodeScalarView(stripped))
        return result.prefix(1).uppercased() + result.dropFirst()
    }

    /// Adds a virama where Hindi drops the inherent vowel: at the end of a word (unless after
    /// a conjunct, नरेन्द्र) and in V C(a) C V (राजनाथ → राज्नाथ्).
    static func deletingSchwas(_ word: String) -> String {
        struct Syllable {
            var scalars: [Unicode.Scalar]
            var isConsonant: Bool
            var hasSchwa: Bool  // a consonant with no vowel sign, virama or anusvara
            var isConjunct: Bool
        }
        var syllables: [Syllable] = []
        for scalar in word.unicodeScalars {
            let value = scalar.value
            if value == 0x093C, !syllables.isEmpty {  // nukta stays with its consonant
                syllables[syllables.count - 1].scalars.append(scalar)
                continue
            }
            if value == 0x200C || value == 0x200D { continue }
            if TextFolding.isConsonant(value) {
                if var last = syllables.last, last.isConsonant, last.scalars.last?.value == 0x094D {
                    last.scalars.append(scalar)
                    last.isConjunct = true
                    syllables[syllables.count - 1] = last
                } else {
                    syllables.append(Syllable(scalars: [scalar], isConsonant: true, hasSchwa: true, isConjunct: false))
                }
            } else if (0x093E...0x094D).contains(value) || (0x0901...0x0903).contains(value) || value == 0x0962 || value == 0x0963 {
                if !syllables.isEmpty {
                    syllables[syllables.count - 1].scalars.append(scalar)
                    syllables[syllables.count - 1].hasSchwa = false
                } else {
                    syllables.append(Syllable(scalars: [scalar], isConsonant: false, hasSchwa: false, isConjunct: false))
                }
            } else {
                syllables.append(Syllable(scalars: [scalar], isConsonant: false, hasSchwa: false, isConjunct: false))
            }
        }
        // A consonant followed by anusvara keeps its vowel: that vowel is nasalised, not silent.
        func keepsVowel(_ syllable: Syllable) -> Bool {
            if !syllable.isConsonant { return true }
            if syllable.hasSchwa { return true }
            guard let last = syllable.scalars.last?.value else { return false }
            return last != 0x094D
        }
        var deleted = Array(repeating: false, count: syllables.count)
        // नरेन्द्र keeps its final vowel (a conjunct ending in र, य or व); फोंटेल्स does not.
        let keepsFinalVowel = syllables.last.map { $0.isConjunct && [0x0930, 0x092F, 0x0935].contains($0.scalars.last?.value ?? 0) } ?? false
        if syllables.count > 1, let last = syllables.last, last.isConsonant, last.hasSchwa, !keepsFinalVowel {
            deleted[syllables.count - 1] = true
        }
        if syllables.count > 2 {
            for index in stride(from: syllables.count - 2, through: 1, by: -1) {
                let syllable = syllables[index]
                guard syllable.isConsonant, syllable.hasSchwa, !deleted[index + 1] else { continue }
                let previous = syllables[index - 1]
                let next = syllables[index + 1]
                guard !deleted[index - 1], keepsVowel(previous), next.isConsonant, keepsVowel(next) else { continue }
                deleted[index] = true
            }
        }
        var out = String.UnicodeScalarView()
        for (index, syllable) in syllables.enumerated() {
            out.append(contentsOf: syllable.scalars)
            if deleted[index] { out.append("\u{094D}") }
        }
        return String(out)
    }
}
