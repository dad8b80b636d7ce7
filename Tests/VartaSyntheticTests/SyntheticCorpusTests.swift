import Foundation
import Testing
import VartaCore
import VartaExtraction
@testable import VartaSynthetic

@Suite("Synthetic corpus")
struct SyntheticCorpusTests {
    @Test("the same seed gives the same articles, byte for byte")
    func sameSeedSameBytes() throws {
        let first = try SyntheticCorpus(seed: 42).articles(totalBytes: 40_000).map(\.text)
        let second = try SyntheticCorpus(seed: 42).articles(totalBytes: 40_000).map(\.text)
        #expect(first == second)
    }

    @Test("different seeds give different articles")
    func differentSeedsDiffer() throws {
        let first = try SyntheticCorpus(seed: 1).articles(totalBytes: 20_000).map(\.text)
        let second = try SyntheticCorpus(seed: 2).articles(totalBytes: 20_000).map(\.text)
        #expect(first != second)
    }

    @Test("the requested size is reached, and passed by less than one article")
    func requestedSize() throws {
        let articles = Array(try SyntheticCorpus(seed: 3).articles(totalBytes: 300_000))
        let total = articles.reduce(0) { $0 + $1.byteCount }
        #expect(total >= 300_000)
        #expect(total < 300_000 + ArticleComposer.sizes.upperBound)
        #expect(articles.allSatisfy { (900...6_100).contains($0.byteCount) })
    }

    @Test("articles are English, Hindi and mixed, with the date the reader finds")
    func languagesAndDates() throws {
        let articles = Array(try SyntheticCorpus(seed: 4).articles(totalBytes: 200_000))
        #expect(Set(articles.map(\.language)) == Set(SyntheticArticle.Language.allCases))
        for article in articles {
            #expect(ArticleReader.publicationDate(in: article.text) == article.date, "\(article.id)")
            #expect(article.text.hasPrefix(article.title + "\n"))
            #expect((NewsCalendar.first...NewsCalendar.last).contains(article.date))
            let body = article.text.split(separator: "\n").dropFirst(2).joined()
            let devanagari = body.unicodeScalars.contains { (0x900...0x97F).contains($0.value) }
            #expect(devanagari == (article.language != .english), "\(article.id)")
        }
        #expect(Set(articles.map(\.date.year)).count >= 5)
    }

    @Test("a smaller corpus is a prefix of a larger one with the same seed")
    func prefix() throws {
        let corpus = try SyntheticCorpus(seed: 5)
        let small = corpus.articles(totalBytes: 10_000).map(\.id)
        let large = corpus.articles(totalBytes: 30_000).map(\.id)
        #expect(Array(large.prefix(small.count)) == small)
    }

    @Test("JSON Lines records read back through CorpusReader with id, title, date and text")
    func jsonLines() throws {
        let folder = FileManager.default.temporaryDirectory.appendingPathComponent("varta-synthetic-\(UUID().uuidString)")
        try FileManager.default.createDirectory(at: folder, withIntermediateDirectories: true)
        defer { try? FileManager.default.removeItem(at: folder) }
        let articles = Array(try SyntheticCorpus(seed: 6).articles(totalBytes: 15_000))
        let path = folder.appendingPathComponent("corpus.jsonl").path
        let summary = try CorpusWriter.writeJSONLines(articles, to: path)
        #expect(summary.articles == articles.count)
        let (documents, problems) = CorpusReader.documents(in: [path])
        #expect(problems.isEmpty)
        #expect(documents.map(\.id) == articles.map(\.id))
        for (document, article) in zip(documents, articles) {
            let read = try CorpusReader.article(of: document, dateOverride: nil, lossy: false).get()
            #expect(read.text == article.text)
            #expect(read.title == article.title)
            #expect(read.date == article.date)
        }
    }

    @Test("article files go into subfolders of at most 1,000")
    func folders() throws {
        let folder = FileManager.default.temporaryDirectory.appendingPathComponent("varta-synthetic-\(UUID().uuidString)")
        defer { try? FileManager.default.removeItem(at: folder) }
        let corpus = try SyntheticCorpus(seed: 7)
        let articles = (0..<1_005).lazy.map { corpus.article($0) }
        let summary = try CorpusWriter.writeFolder(articles, to: folder.path)
        #expect(summary.articles == 1_005)
        let shards = try FileManager.default.contentsOfDirectory(atPath: folder.path).sorted()
        #expect(shards == ["0000", "0001"])
        #expect(try FileManager.default.contentsOfDirectory(atPath: folder.appendingPathComponent("0000").path).count == 1_000)
        #expect(CorpusReader.documents(in: [folder.path]).documents.count == 1_005)
    }

    @Test("an unwritable output is a typed error that names the path")
    func unwritable() throws {
        let corpus = try SyntheticCorpus(seed: 8)
        #expect(throws: SyntheticError.self) {
            try CorpusWriter.writeJSONLines(corpus.articles(totalBytes: 100), to: "/nonexistent-folder/x.jsonl")
        }
    }
}
