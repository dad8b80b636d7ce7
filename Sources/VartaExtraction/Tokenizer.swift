import VartaCore

/// A word, number or punctuation mark of a sentence, with its folded key and place.
struct Token: Sendable, Hashable {
    enum Kind: Sendable { case word, number, punctuation }

    /// The folded form used for matching (see `TextFolding`).
    let key: String
    /// The number of Unicode scalars in `key`, which rules ask about often.
    let keyScalarCount: Int
    /// `UTF8Key.hash` of `key`'s bytes (seed 0), worked out once: the lexicon is looked up
    /// by it at nearly every token.
    let keyHash: Int
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

    /// A hyphen or dash (all fold to "-"), which phrase matching skips.
    var isHyphen: Bool { key.utf8.count == 1 && key.utf8.first == UInt8(ascii: "-") }
}

/// Splits text into tokens: runs of letters (with their combining marks), runs of digits,
/// and single punctuation marks. A letter run and a digit run are separate tokens (`जी20` is
/// `जी`, `20`), so that `G20`, `G-20` and `G 20` all become the same tokens once hyphens are
/// skipped by the matcher.
///
/// This is the hottest loop of extraction: it walks the UTF-8 bytes once, decodes each
/// scalar itself, reads what it needs to know about an ASCII or Devanagari scalar from one
/// table (`ScalarInfo`), and shares one string between a token's text and its key when the
/// word needs no folding (`TextFolding.Change`), which most words do not.
enum Tokenizer {
    static func tokens(in text: String, startingAt base: Int) -> [Token] {
        var text = text
        return text.withUTF8 { tokens(in: $0, startingAt: base) }
    }

    /// Tokens of valid UTF-8 `bytes`, whose first byte is at offset `base` of the article.
    static func tokens(in bytes: UnsafeBufferPointer<UInt8>, startingAt base: Int) -> [Token] {
        ScalarInfo.table.withUnsafeBufferPointer { table in
            tokens(in: bytes, startingAt: base, table: table)
        }
    }

    private static func tokens(in bytes: UnsafeBufferPointer<UInt8>, startingAt base: Int,
                               table: UnsafeBufferPointer<ScalarInfo>) -> [Token] {
        var tokens: [Token] = []
        tokens.reserveCapacity(bytes.count / 4 + 1)
        var scalars: [Unicode.Scalar] = []  // a token's scalars, for the few that need folding
        var folded: [UInt8] = []  // their key's bytes, reused
        var position = 0
        while position < bytes.count {
            let (first, width) = UTF8Decoding.scalar(in: bytes, at: position)
            let firstInfo = ScalarInfo.of(first, in: table)
            let kind = firstInfo.characterClass
            if kind == .space {
                position += width
                continue
            }
            // One pass finds the token's end and what it takes to fold it: nothing (most
            // words), lower-casing ASCII capitals, or the general folding of its scalars.
            var end = position + width
            var scalarCount = 1
            var allUppercase = firstInfo.isUppercase
            var folding = firstInfo.folding(of: first, at: position, in: bytes)
            if kind != .punctuation {
                while end < bytes.count {
                    let (next, nextWidth) = UTF8Decoding.scalar(in: bytes, at: end)
                    let nextInfo = ScalarInfo.of(next, in: table)
                    let continues = kind == .letter ? nextInfo.characterClass.continuesWord : nextInfo.characterClass == kind
                    guard continues else { break }
                    scalarCount += 1
                    allUppercase = allUppercase && nextInfo.isUppercase
                    folding = max(folding, nextInfo.folding(of: next, at: end, in: bytes))
                    end += nextWidth
                }
            }
            let printedBytes = UnsafeBufferPointer(rebasing: bytes[position..<end])
            let printed = String(decoding: printedBytes, as: UTF8.self)
            let key: String
            let keyScalarCount: Int
            switch folding {
            case .none:
                key = printed
                keyScalarCount = scalarCount
            case .asciiCapitals:
                key = String(unsafeUninitializedCapacity: printedBytes.count) { buffer in
                    for (index, byte) in printedBytes.enumerated() {
                        buffer[index] = (0x41...0x5A).contains(byte) ? byte | 0x20 : byte
                    }
                    return printedBytes.count
                }
                keyScalarCount = scalarCount
            case .general:
                scalars.removeAll(keepingCapacity: true)
                var index = position
                while index < end {
                    let (scalar, scalarWidth) = UTF8Decoding.scalar(in: bytes, at: index)
                    scalars.append(scalar)
                    index += scalarWidth
                }
                folded.removeAll(keepingCapacity: true)
                TextFolding.fold(scalars[...], into: &folded)
                key = String(decoding: folded, as: UTF8.self)
                keyScalarCount = folded.count { $0 & 0xC0 != 0x80 }  // bytes that start a scalar
            }
            let keyHash = folding == .none ? UTF8Key.hash(printedBytes, seed: 0) : key.withUTF8Bytes { UTF8Key.hash($0, seed: 0) }
            tokens.append(Token(
                key: key,
                keyScalarCount: keyScalarCount,
                keyHash: keyHash,
                text: printed,
                start: base + position,
                end: base + end,
                kind: kind == .digit ? .number : (kind == .punctuation ? .punctuation : .word),
                isCapitalized: firstInfo.isUppercase,
                isAcronym: scalarCount >= 2 && allUppercase,
                isDevanagari: (0x0900...0x097F).contains(first.value)))
            position = end
        }
        return tokens
    }
}

/// What the tokenizer asks about one scalar: its class, whether it is a capital, and what
/// folding it takes. Worked out from Unicode properties; for ASCII and Devanagari, which
/// are nearly all of the text, read from a table made once.
private struct ScalarInfo {
    enum CharacterClass {
        case letter, mark, digit, space, punctuation

        var continuesWord: Bool { self == .letter || self == .mark }
    }

    let characterClass: CharacterClass
    let isUppercase: Bool
    /// What folding the scalar takes by itself.
    let folding: TextFolding.Change
    /// ङ ञ ण न म, whose folding depends on the scalars after it (see `TextFolding.fold`).
    let foldsWithNext: Bool

    /// ASCII (U+0000 to U+007F), then Devanagari (U+0900 to U+097F).
    static let table: [ScalarInfo] = (Array(0x00...0x7F) + Array(0x0900...0x097F)).map {
        ScalarInfo(Unicode.Scalar(UInt32($0))!)
    }

    /// What the tokenizer asks about `scalar`: from `table` (see `table`) when it is ASCII or
    /// Devanagari, else worked out from its Unicode properties.
    @inline(__always)
    static func of(_ scalar: Unicode.Scalar, in table: UnsafeBufferPointer<ScalarInfo>) -> ScalarInfo {
        let value = scalar.value
        if value < 0x80 { return table[Int(value)] }
        if value &- 0x0900 < 0x80 { return table[Int(value - 0x0900) + 0x80] }
        return ScalarInfo(scalar)
    }

    /// What folding takes for this scalar, which starts at byte `index` of valid UTF-8 `bytes`.
    @inline(__always)
    func folding(of scalar: Unicode.Scalar, at index: Int, in bytes: UnsafeBufferPointer<UInt8>) -> TextFolding.Change {
        foldsWithNext ? TextFolding.change(for: scalar, at: index, in: bytes) : folding
    }

    private init(_ scalar: Unicode.Scalar) {
        characterClass = ScalarInfo.characterClass(scalar)
        isUppercase = ScalarInfo.isUppercase(scalar)
        // Asked with no bytes after it: the one rule that looks ahead is `foldsWithNext`.
        folding = TextFolding.change(for: scalar, at: 0, in: UnsafeBufferPointer(start: nil, count: 0))
        foldsWithNext = TextFolding.isNasalConsonant(scalar.value)
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

    private static func isUppercase(_ scalar: Unicode.Scalar) -> Bool {
        let value = scalar.value
        if value < 0x80 { return (0x41...0x5A).contains(value) }
        if (0x0900...0x097F).contains(value) { return false }
        return scalar.properties.isUppercase
    }
}

/// Decoding of UTF-8 that is known to be valid (it comes from a Swift `String`).
enum UTF8Decoding {
    /// The scalar starting at `index`, and its width in bytes.
    @inline(__always)
    static func scalar(in bytes: UnsafeBufferPointer<UInt8>, at index: Int) -> (Unicode.Scalar, Int) {
        let lead = UInt32(bytes[index])
        if lead < 0x80 { return (Unicode.Scalar(UInt8(lead)), 1) }
        let value: UInt32
        let width: Int
        if lead < 0xE0 {
            value = (lead & 0x1F) << 6 | UInt32(bytes[index + 1] & 0x3F)
            width = 2
        } else if lead < 0xF0 {
            value = (lead & 0x0F) << 12 | UInt32(bytes[index + 1] & 0x3F) << 6 | UInt32(bytes[index + 2] & 0x3F)
            width = 3
        } else {
            value = (lead & 0x07) << 18 | UInt32(bytes[index + 1] & 0x3F) << 12
                | UInt32(bytes[index + 2] & 0x3F) << 6 | UInt32(bytes[index + 3] & 0x3F)
            width = 4
        }
        return (Unicode.Scalar(value) ?? "\u{FFFD}", width)
    }
}
