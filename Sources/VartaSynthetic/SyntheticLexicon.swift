import Foundation
import VartaExtraction

/// The part of Varta's lexicon that synthetic articles and graphs are made of: countries
/// (names, demonyms, capitals in both scripts), offices people hold and international
/// organizations. Read from the same TSV files the extractor loads.
public struct SyntheticLexicon: Sendable {
    public struct Country: Sendable, Hashable {
        public let code: String
        public let english: String
        public let hindi: String
        /// `Indian`; nil when the lexicon has none (then `India's` is written).
        public let demonym: String?
        /// `भारतीय`; nil when the lexicon has none (then `भारत के` is written).
        public let hindiDemonym: String?
        public let capital: String
        public let hindiCapital: String
    }

    public struct Office: Sendable, Hashable {
        public let key: String
        public let english: String
        public let hindi: String
    }

    public struct Organization: Sendable, Hashable {
        public let slug: String
        public let english: String
        /// The short form used after the first mention (`SCO`), or the full name.
        public let short: String
        public let hindi: String
    }

    public let countries: [Country]
    public let offices: [Office]
    public let organizations: [Organization]

    /// Offices a government member holds; articles and graphs give people these.
    static let governmentOffices: Set<String> = [
        "prime-minister", "president", "vice-president", "deputy-prime-minister", "foreign-minister",
        "defence-minister", "home-minister", "finance-minister", "commerce-minister", "energy-minister",
        "health-minister", "education-minister", "agriculture-minister", "law-minister", "nsa",
    ]

    /// The lexicon the extractor uses.
    public static func standard() throws(SyntheticError) -> SyntheticLexicon {
        try SyntheticLexicon(folder: LexiconFiles.folder)
    }

    /// The lexicon files in `folder`.
    public init(folder: URL) throws(SyntheticError) {
        countries = try Self.rows(folder, "countries", columns: 8).compactMap { row in
            guard let hindi = Self.first(row[3]), let capital = Self.first(row[6]),
                  let hindiCapital = Self.first(row[7]) else { return nil }
            return Country(code: row[0], english: row[1], hindi: hindi, demonym: Self.first(row[4]),
                           hindiDemonym: Self.first(row[5]), capital: capital, hindiCapital: hindiCapital)
        }
        offices = try Self.rows(folder, "offices", columns: 4).compactMap { row in
            guard Self.governmentOffices.contains(row[0]), let hindi = Self.first(row[3]) else { return nil }
            return Office(key: row[0], english: row[1], hindi: hindi)
        }
        organizations = try Self.rows(folder, "organizations", columns: 6).compactMap { row in
            guard row[4] == "international", let hindi = Self.first(row[3]) else { return nil }
            let acronym = row[2].split(separator: "|").first { $0.count >= 2 && $0.allSatisfy { $0.isUppercase || $0.isNumber } }
            return Organization(slug: row[0], english: row[1], short: acronym.map { String($0) } ?? row[1], hindi: hindi)
        }
        for (name, list) in [("countries.tsv", countries.count), ("offices.tsv", offices.count), ("organizations.tsv", organizations.count)]
        where list == 0 {
            throw .lexicon(file: name, problem: "no usable rows")
        }
    }

    private static func first(_ field: String) -> String? {
        field.split(separator: "|").first.map { String($0).trimmingCharacters(in: .whitespaces) }.flatMap { $0.isEmpty ? nil : $0 }
    }

    /// The data rows of `name.tsv` (comments and blank lines skipped), each with `columns` fields.
    private static func rows(_ folder: URL, _ name: String, columns: Int) throws(SyntheticError) -> [[String]] {
        let file = folder.appendingPathComponent("\(name).tsv")
        guard let data = FileManager.default.contents(atPath: file.path) else {
            throw .lexicon(file: file.path, problem: "cannot be read")
        }
        var rows: [[String]] = []
        for (number, line) in String(decoding: data, as: UTF8.self).split(separator: "\n", omittingEmptySubsequences: false).enumerated() {
            if line.isEmpty || line.hasPrefix("#") { continue }
            var fields = line.split(separator: "\t", omittingEmptySubsequences: false).map(String.init)
            guard fields.count <= columns else {
                throw .lexicon(file: file.path, problem: "line \(number + 1) has \(fields.count) fields, expected \(columns)")
            }
            fields += Array(repeating: "", count: columns - fields.count)
            rows.append(fields)
        }
        return rows
    }
}
