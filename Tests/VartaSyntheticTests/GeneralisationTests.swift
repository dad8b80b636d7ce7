import Testing
import VartaCore
import VartaExtraction
import VartaSynthetic

/// The extractor on articles it has never seen: made-up names, templates of their own.
/// Counts are asserted loosely — these are not gold annotations — but a reader that finds
/// no people or meetings in them has stopped generalising.
@Suite("Extraction on synthetic articles")
struct GeneralisationTests {
    static func articles() throws -> [SyntheticArticle] {
        Array(try SyntheticCorpus(seed: 11).articles(totalBytes: 60_000))
    }

    @Test("finds people, meetings and statements in English, Hindi and mixed articles",
          arguments: SyntheticArticle.Language.allCases)
    func findsPeopleAndMeetings(language: SyntheticArticle.Language) throws {
        let extractor = try Extractor()
        let chosen = try Self.articles().filter { $0.language == language }.prefix(3)
        #expect(chosen.count >= 2)
        for synthetic in chosen {
            let article = Article(id: synthetic.id, text: synthetic.text, title: synthetic.title, date: synthetic.date)
            let graph = extractor.extract(article)
            let people = graph.entities.values.filter { $0.kind == .person }
            let meetings = graph.relations.values.filter { $0.kind == .meeting }
            let statements = graph.relations.values.filter { $0.kind == .statement }
            #expect(people.count >= 2, "\(synthetic.id): \(people.map(\.label))")
            #expect(meetings.count >= 1, "\(synthetic.id)")
            #expect(statements.count + meetings.count >= 2, "\(synthetic.id)")
            #expect(graph.problems().isEmpty)
        }
    }

    @Test("people named in Devanagari keep that spelling as their Hindi name")
    func transliteration() throws {
        let extractor = try Extractor()
        let hindi = try Self.articles().filter { $0.language == .hindi }.prefix(3)
        var matched = 0, total = 0
        for synthetic in hindi {
            let graph = extractor.extract(Article(id: synthetic.id, text: synthetic.text, title: synthetic.title, date: synthetic.date))
            for person in graph.entities.values where person.kind == .person {
                total += 1
                if synthetic.text.contains(person.hindiName ?? "\u{0}") { matched += 1 }
            }
        }
        #expect(total > 0 && matched * 2 >= total)
    }
}
