/// A word, number or punctuation mark of a sentence, with its folded key and place.
struct Token: Sendable, Hashable {
    enum Kind: Sendable { case word, number, punctuation }

    /// The folded form used for matching (see `TextFolding`).
    let key: String
    /// The text as printed.
    let text: String
    /// UTF-8 byte range in the article.
    let start: Int
    let end: Int
    let kind: Kind
    /// The first letter is a capital.
    let isCapitalized: Bool
    /// Two or more letters, all capitals: `US`, `WHO` (which must not match "us", "who").
    let isAcronym: Bool
    /// Written in Devanagari.
    let isDevanagari: Bool

    var isWord: Bool { kind == .word }
}

/// Splits text into tokens: runs of letters (with their combining marks), runs of digits,
/// and single punctuation marks. A letter run and a digit run are separate tokens (`जी20` is
/// `जी`, `20`), so that `G20`, `G-20` and `G 20` all become the same tokens once hyphens are
/// skipped by the matcher.
enum Tokenizer {
    static func tokens(in text: String, startingAt base: Int) -> [Token] {
        var tokens: [Token] = []
        let scalars = Array(text.unicodeScalars)
        var offsets: [Int] = []  // byte offset of each scalar, plus the end
        offsets.reserveCapacity(scalars.count + 1)
        var offset = base
        for scalar in scalars {
            offsets.append(offset)
            offset += UTF8.width(scalar)
        }
        offsets.append(offset)

        var index = 0
        while index < scalars.count {
            let scalar = scalars[index]
            let kind = characterClass(scalar)
            if kind == .space {
                index += 1
                continue
            }
            var end = index + 1
            if kind == .letter {
                while end < scalars.count, characterClass(scalars[end]).continuesWord { end += 1 }
            } else if kind == .digit {
                while end < scalars.count, characterClass(scalars[end]) == .digit { end += 1 }
            } else if kind == .mark {
                while end < scalars.count, characterClass(scalars[end]) == .mark { end += 1 }
            }
            let slice = scalars[index..<end]
            var printed = String.UnicodeScalarView()
            printed.append(contentsOf: slice)
            tokens.append(Token(
                key: TextFolding.fold(slice),
                text: String(printed),
                start: offsets[index],
                end: offsets[end],
                kind: kind == .digit ? .number : (kind == .punctuation ? .punctuation : .word),
                isCapitalized: scalar.properties.isUppercase,
                isAcronym: slice.count >= 2 && slice.allSatisfy { $0.properties.isUppercase },
                isDevanagari: (0x0900...0x097F).contains(scalar.value)))
            index = end
        }
        return tokens
    }

    private enum CharacterClass {
        case letter, mark, digit, space, punctuation

        var continuesWord: Bool { self == .letter || self == .mark }
    }

    private static func characterClass(_ scalar: Unicode.Scalar) -> CharacterClass {
        let value = scalar.value
        if value < 0x80 {
            switch value {
            case 0x30...0x39: return .digit
            case 0x41...0x5A, 0x61...0x7A: return .letter
            case 0x09, 0x0A, 0x0B, 0x0C, 0x0D, 0x20: return .space
            default: return .punctuation
            }
        }
        if (0x0966...0x096F).contains(value) { return .digit }
        if value == 0x0964 || value == 0x0965 || value == 0x0970 { return .punctuation }
        if value == 0x200C || value == 0x200D || value == 0x00AD { return .mark }
        let properties = scalar.properties
        if properties.isWhitespace { return .space }
        switch properties.generalCategory {
        case .nonspacingMark, .spacingMark, .enclosingMark: return .mark
        case .decimalNumber: return .digit
        case .uppercaseLetter, .lowercaseLetter, .titlecaseLetter, .modifierLetter, .otherLetter: return .letter
        default: return .punctuation
        }
    }
}
