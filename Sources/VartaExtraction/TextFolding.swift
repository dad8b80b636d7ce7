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
        fold(Array(text.unicodeScalars)[...])
    }

    /// The folded form of a run of scalars.
    static func fold(_ scalars: ArraySlice<Unicode.Scalar>) -> String {
        var out = String.UnicodeScalarView()
        var index = scalars.startIndex
        while index < scalars.endIndex {
            let scalar = scalars[index]
            let value = scalar.value
            index += 1
            // न् + consonant → ं + consonant
            if isNasalConsonant(value), index + 1 < scalars.endIndex,
               scalars[index].value == 0x094D, isConsonant(scalars[index + 1].value) {
                out.append("\u{0902}")
                index += 1
                continue
            }
            switch value {
            case 0x0958...0x095F: out.append(Unicode.Scalar(nuktaBases[Int(value - 0x0958)])!)
            case 0x093C, 0x200B, 0x200C, 0x200D, 0x00AD, 0xFEFF: break  // nukta, zero-width, soft hyphen, BOM
            case 0x0901: out.append("\u{0902}")  // chandrabindu → anusvara
            case 0x0949: out.append("\u{094B}")  // candra O sign → O sign
            case 0x0945: out.append("\u{0947}")  // candra E sign → E sign
            case 0x0911: out.append("\u{0913}")  // candra O → O
            case 0x090D: out.append("\u{090F}")  // candra E → E
            case 0x0966...0x096F: out.append(Unicode.Scalar(value - 0x0966 + 0x30)!)  // Devanagari digits
            case 0x41...0x5A: out.append(Unicode.Scalar(value + 0x20)!)  // ASCII upper → lower
            case 0x2019, 0x2018, 0x02BC, 0x0060, 0x00B4: out.append("'")
            case 0x2010...0x2015, 0x2212: out.append("-")
            case 0..<0x80, 0x0900...0x097F: out.append(scalar)
            default:
                // Other letters: lower case, Latin accents off (é → e).
                for part in String(scalar).lowercased().decomposedStringWithCanonicalMapping.unicodeScalars
                where !(0x0300...0x036F).contains(part.value) {
                    out.append(part)
                }
            }
        }
        return String(out)
    }

    /// क़ ख़ ग़ ज़ ड़ ढ़ फ़ य़ (U+0958–U+095F) without their nukta.
    private static let nuktaBases: [UInt32] = [0x0915, 0x0916, 0x0917, 0x091C, 0x0921, 0x0922, 0x092B, 0x092F]

    /// ङ ञ ण न म
    private static func isNasalConsonant(_ value: UInt32) -> Bool {
        value == 0x0919 || value == 0x091E || value == 0x0923 || value == 0x0928 || value == 0x092E
    }

    static func isConsonant(_ value: UInt32) -> Bool {
        (0x0915...0x0939).contains(value) || (0x0958...0x095F).contains(value)
    }
}

