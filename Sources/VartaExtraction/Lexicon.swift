import Foundation

/// What a lexicon phrase means.
enum LexiconEntry: Hashable, Sendable {
    case country(code: String)
    /// An adjective or demonym of a country: `Russian`, `रूसी`.
    case demonym(code: String)
    /// A capital, which stands for its country's government only in some contexts.
    case capital(code: String)
    case organization(slug: String)
    case office(key: String, plural: Bool)
    /// A rank or honorific (`Lt Gen`, `डॉ`), never part of a name.
    case title
    case cue(Cue)

    var isCue: Bool {
        if case .cue = self { true } else { false }
    }
}

/// Kinds of cue phrase the relation rules look for (Resources/cues.tsv).
enum Cue: String, Sendable, CaseIterable {
    case meeting, planned, speech, positive, negative, membership, chair, counterpart, pronoun
    /// Taking part in a gathering (`attending`, `भाग लिया`): every two participants met.
    case attendance
    /// Opening, chairing or hosting a gathering: the host met every participant.
    case host
    /// Arriving or visiting: the visitor is not from the country the article is written in.
    case visit
    /// Words around a news agency credited as the source (`news feed`, `inputs`, `खबर`).
    case credit
    /// A word that ends a Hindi or English name: postpositions, verbs, function words.
    case nameStop = "name-stop"

    /// The cue's place in `allCases`, for a table of cues kept as an array indexed by it (a
    /// dictionary keyed by cue would hash its raw string at every lookup).
    var ordinal: Int {
        switch self {
        case .meeting: 0
        case .planned: 1
        case .speech: 2
        case .positive: 3
        case .negative: 4
        case .membership: 5
        case .chair: 6
        case .counterpart: 7
        case .pronoun: 8
        case .attendance: 9
        case .host: 10
        case .visit: 11
        case .credit: 12
        case .nameStop: 13
        }
    }
}

/// The language data Varta's rules use: countries, organizations, offices, titles and cue
/// phrases in English and Hindi. Loaded once from the package's resource files, with
/// Foundation's CLDR country names added.
///
/// A class, so that the rules of every sentence share it by one reference: as a struct of
/// ten tables, each copy into a sentence's pattern context counted ten references, which
/// the two cores, reading the one lexicon, wrote in turn.
final class Lexicon: Sendable {
    struct Country: Sendable {
        let code: String
        let english: String
        let hindi: String?
    }

    struct Organization: Sendable {
        let slug: String
        let english: String
        let hindi: String?
        let kind: String
        /// The country a national body belongs to (ISO code).
        let country: String?
    }

    struct Office: Sendable {
        let key: String
        let english: String
        let hindi: String?
    }

    let countries: [String: Country]
    let organizations: [String: Organization]
    let offices: [String: Office]
    let phrases: PhraseTable<LexiconEntry>
    /// Every word of every office title (`defence`, `foreign`, `affairs`, ...), folded:
    /// such words are not names, even capitalised (`Major Defense Partnership`).
    let officeWords: WordSet
    /// Offices that are one job under two names: defence minister and defense secretary,
    /// foreign minister and external affairs minister. Office key → family.
    let officeFamilies: [String: String]
    /// Offices that a bare "minister" can refer to (any minister or secretary).
    let ministerialOffices: Set<String>

    /// The lexicon shipped with Varta, loaded on first use.
    static let standard: Result<Lexicon, LexiconError> = Result { () throws(LexiconError) in
        try Lexicon(folder: standardFolder(environment: ProcessInfo.processInfo.environment))
    }

    /// The package's resource folder, or the folder named by `VARTA_LEXICON_DIR`: builds
    /// outside SwiftPM (the fuzz targets, compiled with plain `swiftc`) have no resource
    /// bundle of their own and point there at `Sources/VartaExtraction/Resources`.
    static func standardFolder(environment: [String: String]) -> URL {
        if let folder = environment["VARTA_LEXICON_DIR"], !folder.isEmpty {
            return URL(fileURLWithPath: folder, isDirectory: true)
        }
        return Bundle.module.resourceURL ?? URL(fileURLWithPath: ".")
    }

    /// Loads the lexicon files from `folder`.
    init(folder: URL) throws(LexiconError) {
        var contents = Contents()
        for row in try LexiconFile(folder: folder, name: "countries", columns: 8).rows {
            contents.addCountry(row)
        }
        for row in try LexiconFile(folder: folder, name: "organizations", columns: 6).rows {
            contents.addOrganization(row)
        }
        for row in try LexiconFile(folder: folder, name: "offices", columns: 4).rows {
            contents.addOffice(row)
        }
        for row in try LexiconFile(folder: folder, name: "titles", columns: 2).rows {
            contents.phrases.add(row[0], .title)
        }
        let cueFile = try LexiconFile(folder: folder, name: "cues", columns: 2)
        for (row, line) in zip(cueFile.rows, cueFile.lines) {
            guard let cue = Cue(rawValue: row[0]) else {
                throw LexiconError(file: "cues.tsv", line: line, problem: "unknown cue kind \"\(row[0])\"")
            }
            contents.phrases.add(row[1], .cue(cue))
        }
        countries = contents.countries
        organizations = contents.organizations
        offices = contents.offices
        phrases = contents.phrases
        officeWords = contents.officeWords
        officeFamilies = contents.officeFamilies
        ministerialOffices = contents.ministerialOffices
    }

    /// The entries of the longest phrase at `tokens[index]`.
    func match(_ tokens: [Token], at index: Int) -> (end: Int, entries: [LexiconEntry])? {
        phrases.longestMatch(in: tokens, at: index).map { ($0.end, $0.values) }
    }

    /// True when the single token is the given cue.
    func isCue(_ token: Token, _ cue: Cue) -> Bool {
        phrases.longestMatch(in: [token], at: 0)?.values.contains(.cue(cue)) ?? false
    }

    /// The plural of an office title: `रक्षा मंत्री` → `रक्षा मंत्रियों`, `Foreign Minister` →
    /// `Foreign Ministers`, `Minister of Defence` → `Ministers of Defence`.
    static func plural(of title: String) -> String? {
        var words = title.split(separator: " ").map(String.init)
        guard !words.isEmpty else { return nil }
        if words.last!.unicodeScalars.contains(where: { (0x0900...0x097F).contains($0.value) }) {
            var last = words.removeLast().unicodeScalars
            switch last.last {
            case "ी": last.removeLast(); last.append(contentsOf: "ियों".unicodeScalars)
            case "ा", "े": last.removeLast(); last.append(contentsOf: "ों".unicodeScalars)
            default: last.append(contentsOf: "ों".unicodeScalars)
            }
            words.append(String(last))
            return words.joined(separator: " ")
        }
        let head = words.firstIndex(of: "of").map { $0 - 1 } ?? words.count - 1
        guard head >= 0 else { return nil }
        let word = words[head]
        if word.hasSuffix("y"), let before = word.dropLast().last, !"aeiou".contains(before) {
            words[head] = word.dropLast() + "ies"
        } else if word.hasSuffix("s") || word.hasSuffix("sh") || word.hasSuffix("ch") || word.hasSuffix("x") {
            words[head] = word + "es"
        } else {
            words[head] = word + "s"
        }
        return words.joined(separator: " ")
    }

    /// The tables as the files are read, row by row.
    private struct Contents {
        var countries: [String: Country] = [:]
        var organizations: [String: Organization] = [:]
        var offices: [String: Office] = [:]
        var phrases = PhraseTable<LexiconEntry>()
        var officeWords: WordSet = []
        var officeFamilies: [String: String] = [:]
        var ministerialOffices: Set<String> = []

        private static let englishNames = Locale(identifier: "en")
        private static let hindiNames = Locale(identifier: "hi")

        /// code, english, english aliases, hindi, english demonyms, hindi demonyms, capitals (en, hi)
        mutating func addCountry(_ row: [String]) {
            let code = row[0]
            let hindi = values(row[3])
            countries[code] = Country(code: code, english: row[1], hindi: hindi.first)
            var names = [row[1]] + values(row[2]) + hindi
            // CLDR's names, except forms news does not use ("China mainland", "कांगो - किंशासा").
            for locale in [Contents.englishNames, Contents.hindiNames] {
                if let name = locale.localizedString(forRegionCode: code),
                   !name.contains("mainland"), !name.contains("मुख्यभूमि"), !name.contains(" - "), !name.contains("(") {
                    names.append(name)
                }
            }
            for name in names { phrases.add(name, .country(code: code)) }
            for demonym in values(row[4]) + values(row[5]) { phrases.add(demonym, .demonym(code: code)) }
            for capital in values(row[6]) + values(row[7]) { phrases.add(capital, .capital(code: code)) }
        }

        /// slug, english, english aliases, hindi, kind, country
        mutating func addOrganization(_ row: [String]) {
            let slug = row[0]
            let hindi = values(row[3])
            organizations[slug] = Organization(
                slug: slug, english: row[1], hindi: hindi.first, kind: row[4], country: row[5].isEmpty ? nil : row[5])
            for name in [row[1]] + values(row[2]) + hindi { phrases.add(name, .organization(slug: slug)) }
        }

        /// key, english, english variants, hindi variants
        mutating func addOffice(_ row: [String]) {
            let key = row[0]
            let hindi = values(row[3])
            offices[key] = Office(key: key, english: row[1], hindi: hindi.first)
            let english = row[1].lowercased()
            if english == "minister" {
                officeFamilies[key] = "minister"
            } else if english.contains("defen") && (english.contains("minister") || english.contains("secretary")) {
                officeFamilies[key] = "defence"
            } else if english.contains("foreign") || english.contains("external affairs") {
                officeFamilies[key] = "foreign"
            }
            if english.contains("minister") || english.contains("secretary") { ministerialOffices.insert(key) }
            for name in [row[1]] + values(row[2]) + hindi {
                officeWords.formUnion(Tokenizer.tokens(in: name, startingAt: 0).filter(\.isWord).map(\.key))
                phrases.add(name, .office(key: key, plural: false))
                if let plural = Lexicon.plural(of: name) { phrases.add(plural, .office(key: key, plural: true)) }
            }
        }

        private func values(_ field: String) -> [String] {
            // Bytes, not Characters: splitting Devanagari by grapheme made loading 4 times slower.
            let isSpace = { (byte: UInt8) in byte == 0x20 || byte == 0x09 }
            return field.utf8.split(separator: UInt8(ascii: "|")).compactMap { part in
                guard let first = part.firstIndex(where: { !isSpace($0) }), let last = part.lastIndex(where: { !isSpace($0) }) else {
                    return nil
                }
                return String(Substring(part[first...last]))
            }
        }
    }
}

/// A lexicon file that cannot be used: which file, which line, what is wrong.
public struct LexiconError: Error, CustomStringConvertible, Sendable {
    public let file: String
    public let line: Int
    public let problem: String

    public var description: String {
        "lexicon \(file)\(line > 0 ? ":\(line)" : ""): \(problem); the installation is damaged, rebuild Varta"
    }
}

/// The rows of one tab-separated lexicon file: `#` starts a comment line, `|` separates values.
private struct LexiconFile {
    var rows: [[String]] = []
    var lines: [Int] = []

    init(folder: URL, name: String, columns: Int) throws(LexiconError) {
        let url = folder.appendingPathComponent("\(name).tsv")
        guard let data = FileManager.default.contents(atPath: url.path) else {
            throw LexiconError(file: "\(name).tsv", line: 0, problem: "is missing from \(folder.path)")
        }
        let bytes = [UInt8](data)
        for (index, line) in bytes.split(separator: 0x0A, omittingEmptySubsequences: false).enumerated() {
            let text = line.last == 0x0D ? line.dropLast() : line
            if text.isEmpty || text.first == UInt8(ascii: "#") { continue }
            let fields = text.split(separator: 0x09, omittingEmptySubsequences: false).map { String(decoding: $0, as: UTF8.self) }
            guard fields.count == columns else {
                throw LexiconError(file: "\(name).tsv", line: index + 1,
                                   problem: "has \(fields.count) fields, expected \(columns)")
            }
            rows.append(fields)
            lines.append(index + 1)
        }
    }
}
