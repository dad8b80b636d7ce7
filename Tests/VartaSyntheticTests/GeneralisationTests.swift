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

    /// A scraper that glues many articles into one page must not make every host of a
    /// gathering meet every attendee on the page: that was quadratic, and a 2 MB page of
    /// generated articles took 115 s and 10 GB. Hosts now count within an article's reach.
    @Test("a page of many articles run together finds about as many meetings as the articles apart")
    func pageOfManyArticles() throws {
        let extractor = try Extractor()
        let parts = Array(try SyntheticCorpus(seed: 5).articles(totalBytes: 300_000))
        let apart = extractor.extract(parts.map { Article(id: $0.id, text: $0.text, title: $0.title, date: $0.date) })
        let page = extractor.extract(Article(id: "page", text: parts.map(\.text).joined(separator: "\n"), title: "page", date: nil))
        let meetingsApart = apart.relations.values.count { $0.kind == .meeting }
        let meetingsOnPage = page.relations.values.count { $0.kind == .meeting }
        #expect(parts.count > 50)
        #expect(meetingsOnPage > 0 && meetingsOnPage <= 2 * meetingsApart, "\(meetingsOnPage) on the page, \(meetingsApart) apart")
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
