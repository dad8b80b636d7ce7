import Foundation

/// Folding makes spellings that readers treat as the same compare equal.
///
/// Hindi news spells one name several ways: with or without nukta (`कज़ाख़स्तान`/`कजाखस्तान`),
/// chandrabindu or anusvara, a nasal consonant with virama or an anusvara (`सम्बन्ध`/`संबंध`),
/// candra O or O (`ऑस्ट्रेलिया`/`ओस्ट्रेलिया`), with invisible joiners. English varies in case and
/// accents (`António`/`Antonio`). Folding maps each family to one key.
import Foundation

enum TextFolding {
    /// The folded form of `text`.
    static func fold(_ text: some StringProtocol) -> String {
        var out: [UInt8] = []
        fold(Array(text.unicodeScalars)[...], into: &out)
        return String(decoding: out, as: UTF8.self)
    }

    /// What folding a piece of text takes, from least to most.
    enum Change: Comparable {
        /// None: the text is its own folded form. Most words of an article are like this
        /// (lower-case ASCII, Devanagari without the marks and letters that fold), and
        /// asking costs less than folding them.
        case none
        /// Only ASCII capitals change, each to its small letter.
        case asciiCapitals
        /// Anything else: `fold`.
        case general
    }

    /// What folding `text` takes: the most that any of its scalars takes.
    static func change(of text: String) -> Change {
        var text = text
        return text.withUTF8 { bytes in
            var index = 0
            var change = Change.none
            while index < bytes.count {
                let (scalar, width) = UTF8Decoding.scalar(in: bytes, at: index)
                change = max(change, self.change(for: scalar, at: index, in: bytes))
                index += width
            }
            return change
        }
    }

    /// What folding takes for `scalar`, which starts at byte `index` of valid UTF-8 `bytes`.
    /// The one rule that looks ahead is न् + consonant (see `fold`), which reads the bytes
    /// after the scalar.
    static func change(for scalar: Unicode.Scalar, at index: Int, in bytes: UnsafeBufferPointer<UInt8>) -> Change {
        let value = scalar.value
        if value < 0x80 {
            if (0x41...0x5A).contains(value) { return .asciiCapitals }
            return value == 0x60 ? .general : .none  // backtick
        }
        guard (0x0900...0x097F).contains(value) else { return .general }
        if foldingDevanagari[Int(value - 0x0900)] { return .general }
        // A nasal consonant, a virama (E0 A5 8D) and a consonant, three bytes each.
        guard isNasalConsonant(value), index + 9 <= bytes.count,
              bytes[index + 3] == 0xE0, bytes[index + 4] == 0xA5, bytes[index + 5] == 0x8D else { return .none }
        return isConsonant(UTF8Decoding.scalar(in: bytes, at: index + 6).0.value) ? .general : .none
    }

    /// The Devanagari scalars (U+0900 to U+097F) that `fold` changes or drops.
    private static let foldingDevanagari: [Bool] = (0x0900...0x097F).map { (value: UInt32) in
        (0x0958...0x095F).contains(value) || (0x0966...0x096F).contains(value)
            || [0x093C, 0x0901, 0x0949, 0x0945, 0x0911, 0x090D].contains(value)
    }

    /// Appends the UTF-8 bytes of the folded form of a run of scalars to `out`.
    static func fold(_ scalars: ArraySlice<Unicode.Scalar>, into out: inout [UInt8]) {
        var index = scalars.startIndex
        while index < scalars.endIndex {
            let scalar = scalars[index]
            let value = scalar.value
            index += 1
            // न् + consonant → ं + consonant
            if isNasalConsonant(value), index + 1 < scalars.endIndex,
               scalars[index].value == 0x094D, isConsonant(scalars[index + 1].value) {
                appendUTF8(0x0902, to: &out)
                index += 1
                continue
            }
            switch value {
            case 0x41...0x5A: out.append(UInt8(value + 0x20))  // ASCII upper → lower
            case 0x0958...0x095F: appendUTF8(nuktaBases[Int(value - 0x0958)], to: &out)
            case 0x093C, 0x200B, 0x200C, 0x200D, 0x00AD, 0xFEFF: break  // nukta, zero-width, soft hyphen, BOM
            case 0x0901: appendUTF8(0x0902, to: &out)  // chandrabindu → anusvara
            case 0x0949: appendUTF8(0x094B, to: &out)  // candra O sign → O sign
            case 0x0945: appendUTF8(0x0947, to: &out)  // candra E sign → E sign
            case 0x0911: appendUTF8(0x0913, to: &out)  // candra O → O
            case 0x090D: appendUTF8(0x090F, to: &out)  // candra E → E
            case 0x0966...0x096F: out.append(UInt8(value - 0x0966 + 0x30))  // Devanagari digits
            case 0x2019, 0x2018, 0x02BC, 0x0060, 0x00B4: out.append(UInt8(ascii: "'"))
            case 0x2010...0x2015, 0x2212: out.append(UInt8(ascii: "-"))
            case 0..<0x80, 0x0900...0x097F: appendUTF8(value, to: &out)
            default:
                // Other letters: lower case, Latin accents off (é → e).
                for part in String(scalar).lowercased().decomposedStringWithCanonicalMapping.unicodeScalars
                where !(0x0300...0x036F).contains(part.value) {
                    appendUTF8(part.value, to: &out)
                }
            }
        }
    }

    /// Appends the UTF-8 encoding of a scalar value.
    @inline(__always)
    private static func appendUTF8(_ value: UInt32, to out: inout [UInt8]) {
        switch value {
        case 0..<0x80:
            out.append(UInt8(value))
        case 0x80..<0x800:
            out.append(UInt8(0xC0 | value >> 6))
            out.append(UInt8(0x80 | value & 0x3F))
        case 0x800..<0x10000:
            out.append(UInt8(0xE0 | value >> 12))
            out.append(UInt8(0x80 | value >> 6 & 0x3F))
            out.append(UInt8(0x80 | value & 0x3F))
        default:
            out.append(UInt8(0xF0 | value >> 18))
            out.append(UInt8(0x80 | value >> 12 & 0x3F))
            out.append(UInt8(0x80 | value >> 6 & 0x3F))
            out.append(UInt8(0x80 | value & 0x3F))
        }
    }

    /// क़ ख़ ग़ ज़ ड़ ढ़ फ़ य़ (U+0958–U+095F) without their nukta.
    private static let nuktaBases: [UInt32] = [0x0915, 0x0916, 0x0917, 0x091C, 0x0921, 0x0922, 0x092B, 0x092F]

    /// ङ ञ ण न म
    static func isNasalConsonant(_ value: UInt32) -> Bool {
        value == 0x0919 || value == 0x091E || value == 0x0923 || value == 0x0928 || value == 0x092E
    }

    static func isConsonant(_ value: UInt32) -> Bool {
        (0x0915...0x0939).contains(value) || (0x0958...0x095F).contains(value)
    }
}

