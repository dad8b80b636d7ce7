/// Decides whether a full stop followed by a space ends a sentence or an abbreviation.
///
/// Looked at: the word just before the dot (after the last space, bracket, quote, hyphen or
/// slash) and, for some words, whether a digit follows.
enum Abbreviations {
    /// True when the dot at `dot` closes an abbreviation or initial, so no sentence ends there.
    /// `start` bounds the look back; `next` is the first byte after the spaces that follow.
    static func isAbbreviation(_ bytes: UnsafeBufferPointer<UInt8>, from start: Int, dot: Int, next: Int, end: Int) -> Bool {
        let wordStart = self.wordStart(bytes, from: start, before: dot)
        guard wordStart < dot else { return false }
        let digitFollows = next < end && isDigit(bytes, next, end)
        // Dotted forms: U.S. U.K. e.g. एच.ई. — every part one letter or a Devanagari initial.
        var hasDot = false
        for index in wordStart..<dot where bytes[index] == 0x2E { hasDot = true }
        if hasDot {
            if isClock(bytes, wordStart, dot) { return false }
            var partStart = wordStart
            for index in wordStart...dot where index == dot || bytes[index] == 0x2E {
                guard isInitial(bytes, partStart, index) else { return false }
                partStart = index + 1
            }
            return true
        }
        if bytes[wordStart] < 0x80 {
            if dot - wordStart == 1 { return bytes[wordStart] >= 0x41 && bytes[wordStart] <= 0x5A }  // S. Jaishankar
            if matchesAny(bytes, wordStart, dot, titles) { return true }
            return digitFollows && matchesAny(bytes, wordStart, dot, beforeNumbers)
        }
        guard let syllables = devanagariSyllables(bytes, wordStart, dot) else { return false }
        if syllables == 1 && !matchesAny(bytes, wordStart, dot, devanagariSentenceEnders) { return true }
        if matchesAny(bytes, wordStart, dot, devanagariAbbreviations) { return true }
        // `आई` is the letter I (`आई. के. गुजराल`) but also "came" (`… सत्ता में आई.`):
        // an initial only when another initial follows.
        if matchesAny(bytes, wordStart, dot, devanagariAmbiguousInitials) { return initialFollows(bytes, next, end) }
        return digitFollows && matchesAny(bytes, wordStart, dot, devanagariBeforeNumbers)
    }

    /// True when the word at `start` is an initial with its dot: `के.` in `आई. के. गुजराल`.
    private static func initialFollows(_ bytes: UnsafeBufferPointer<UInt8>, _ start: Int, _ end: Int) -> Bool {
        var index = start
        while index < end {
            let (value, length) = ReadingBytes.scalar(bytes, index)
            guard ReadingBytes.isDevanagariLetter(value) || ReadingBytes.isLatinLetter(value) else { break }
            index += length
        }
        return index < end && bytes[index] == 0x2E && isInitial(bytes, start, index)
    }

    /// The start of the word ending at `end`: after the last white space, opening bracket,
    /// quote, hyphen, dash or slash (`China-U.S.` gives `U.S.`).
    private static func wordStart(_ bytes: UnsafeBufferPointer<UInt8>, from start: Int, before end: Int) -> Int {
        var index = end
        while index > start {
            let previous = ReadingBytes.scalarStart(before: index, bytes, from: start)
            if ReadingBytes.spaceLength(bytes, previous, index) > 0 { break }
            let (value, _) = ReadingBytes.scalar(bytes, previous)
            switch value {
            case 0x28, 0x5B, 0x7B, 0x22, 0x27, 0x2D, 0x2F, 0x201C, 0x2018, 0x2013, 0x2014, 0xAB: return index
            default: index = previous
            }
        }
        return index
    }

    /// One letter (`U`, `e`) or a Devanagari initial or abbreviation (`एच`, `ई`, `डॉ`).
    private static func isInitial(_ bytes: UnsafeBufferPointer<UInt8>, _ start: Int, _ end: Int) -> Bool {
        guard start < end else { return false }
        if end - start == 1 { return ReadingBytes.isLatinLetter(UInt32(bytes[start])) }
        guard let syllables = devanagariSyllables(bytes, start, end) else { return false }
        return (syllables == 1 && !matchesAny(bytes, start, end, devanagariSentenceEnders))
            || matchesAny(bytes, start, end, devanagariAbbreviations)
    }

    /// `a.m` and `p.m`, which often end a sentence: "The talks began at 10 a.m. They ended …"
    private static func isClock(_ bytes: UnsafeBufferPointer<UInt8>, _ start: Int, _ end: Int) -> Bool {
        guard end - start == 3, bytes[start + 1] == 0x2E, bytes[start + 2] | 0x20 == 0x6D else { return false }
        let first = bytes[start] | 0x20
        return first == 0x61 || first == 0x70
    }

    private static func isDigit(_ bytes: UnsafeBufferPointer<UInt8>, _ index: Int, _ end: Int) -> Bool {
        let byte = bytes[index]
        if byte >= 0x30 && byte <= 0x39 { return true }
        return byte == 0xE0 && index + 2 < end && bytes[index + 1] == 0xA5 && bytes[index + 2] >= 0xA6 && bytes[index + 2] <= 0xAF
    }

    /// The number of syllables (aksharas: a vowel, or consonants joined by virama, with their
    /// signs) when `bytes[start..<end]` is all Devanagari letters, else nil.
    static func devanagariSyllables(_ bytes: UnsafeBufferPointer<UInt8>, _ start: Int, _ end: Int) -> Int? {
        var count = 0
        var afterVirama = false
        var index = start
        while index < end {
            let (value, length) = ReadingBytes.scalar(bytes, index)
            index += length
            switch value {
            case 0x0904...0x0914, 0x0960...0x0961, 0x0972...0x0977:
                count += 1
                afterVirama = false
            case 0x0915...0x0939, 0x0958...0x095F, 0x0978...0x097F:
                if !afterVirama { count += 1 }
                afterVirama = false
            case 0x094D: afterVirama = true
            case 0x093C, 0x200C, 0x200D: break
            case 0x0900...0x0903, 0x093A...0x094F, 0x0951...0x0957, 0x0962...0x0963: afterVirama = false
            default: return nil
            }
        }
        return count
    }

    /// True when `bytes[start..<end]` is one of `words`, or one of them in capitals (`DR`).
    private static func matchesAny(_ bytes: UnsafeBufferPointer<UInt8>, _ start: Int, _ end: Int, _ words: [[UInt8]]) -> Bool {
        for word in words where word.count == end - start {
            var same = true, upperSame = true
            for offset in 0..<word.count {
                let byte = bytes[start + offset], expected = word[offset]
                if byte != expected { same = false }
                let upper = expected >= 0x61 && expected <= 0x7A ? expected - 0x20 : expected
                if byte != upper { upperSame = false }
                if !same && !upperSame { break }
            }
            if same || upperSame { return true }
        }
        return false
    }

    private static func table(_ words: [String]) -> [[UInt8]] { words.map { Array($0.utf8) } }

    /// Titles and other abbreviations that never end a sentence.
    private static let titles = table([
        "Dr", "Mr", "Ms", "Mrs", "Mx", "Messrs", "Lt", "Gen", "Col", "Adm", "Prof", "St", "Jr", "Sr", "vs",
        "Capt", "Maj", "Brig", "Sgt", "Cpl", "Pvt", "Gov", "Sen", "Rep", "Hon", "Rev", "Fr", "Mt", "Ft",
        "Cmdr", "Cdr", "Supt", "Insp", "Dy", "Smt", "Sh", "Mssrs", "Amb",
    ])

    /// Abbreviations that do not end a sentence when a number follows: `No. 10`, `Rs. 500`, `Sept. 5`.
    private static let beforeNumbers = table([
        "No", "Nos", "Rs", "Vol", "Art", "Sec", "Fig", "Ch", "Ref", "pp", "p", "para", "Para",
        "Jan", "Feb", "Mar", "Apr", "Jun", "Jul", "Aug", "Sep", "Sept", "Oct", "Nov", "Dec",
    ])

    /// Devanagari abbreviations and English letter names (`डॉ.`, `प्रो.`, `ले.`, `एस.`, `एच.`).
    private static let devanagariAbbreviations = table([
        "डॉ", "डा", "प्रो", "ले", "मे", "कै", "स्व", "सं", "पृ", "क्र", "मो", "ब्रि", "जन", "मि", "कु", "सु",
        "एफ", "एच", "एल", "एम", "एन", "आर", "एस", "डब्ल्यू", "डब्लू", "एक्स", "वाई", "जेड",
        "\u{091C}\u{093C}\u{0947}\u{0921}", "\u{095B}\u{0947}\u{0921}", "क्यू",
    ])

    /// Letter names that are also Hindi words ending sentences.
    private static let devanagariAmbiguousInitials = table(["आई"])

    /// Devanagari abbreviations that do not end a sentence when a number follows: `रु. 500`.
    private static let devanagariBeforeNumbers = table(["रु", "क्र", "सं", "नं"])

    /// One-syllable Hindi words that end sentences written with a full stop (`… की है.`),
    /// which are therefore not initials.
    private static let devanagariSentenceEnders = table([
        "है", "हैं", "था", "थी", "थे", "थीं", "की", "कीं", "दी", "दीं", "ली", "लीं", "हो", "हों", "हूं", "हूँ",
        "दें", "दे", "लें", "लो", "दो", "जा", "ही", "भी", "तो", "ना", "न", "में", "से", "को", "का", "ने", "कि",
        "या", "व", "हां", "हाँ", "जो", "वो", "ये", "वे", "गा", "गी", "गे", "मैं", "क्यों", "यूं", "यूँ", "सो",
    ])
}
