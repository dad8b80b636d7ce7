import Foundation
import Testing
import VartaCore
import VartaFormats
@testable import VartaExtraction

/// The dev articles, found beside the repository (../shared/eval/dev), or nil.
let devFolder: String? = {
    let repository = URL(fileURLWithPath: #filePath).deletingLastPathComponent().deletingLastPathComponent().deletingLastPathComponent()
    let folder = repository.deletingLastPathComponent().appendingPathComponent("shared/eval/dev").path
    return FileManager.default.fileExists(atPath: folder) ? folder : nil
}()

@Suite("Corpora")
struct CorpusTests {
    let extractor = try! Extractor()

    @Test(.enabled(if: devFolder != nil))
    func parallelAndSequentialGiveIdenticalJSON() throws {
        let (documents, problems) = CorpusReader.documents(in: [devFolder!])
        #expect(problems.isEmpty)
        #expect(documents.count >= 19)
        let parallel = extractor.extract(documents)
        let articles = try documents.map { try CorpusReader.article(of: $0, dateOverride: nil, lossy: false).get() }
        let sequential = CorpusMerge.merge(articles.map(extractor.extract))
        #expect(parallel.articlesRead == documents.count)
        #expect(VartaJSON.write(parallel.graph) == VartaJSON.write(sequential))
        #expect(VartaJSON.write(extractor.extract(documents).graph) == VartaJSON.write(parallel.graph))
    }

    /// The benchmark's stages run the extractor's own steps: the last one finds the edges that
    /// extraction puts in each article's graph, and each stage finds what its step makes.
    @Test(.enabled(if: devFolder != nil))
    func extractionStagesCountWhatExtractionFinds() throws {
        let (documents, _) = CorpusReader.documents(in: [devFolder!])
        let articles = try documents.map { try CorpusReader.article(of: $0, dateOverride: nil, lossy: false).get() }
        var found: [ExtractionStage: Int] = [:]
        for stage in ExtractionStage.allCases { found[stage] = extractor.read(documents, through: stage) }
        #expect(found[.sentences] == articles.reduce(0) { $0 + SentenceSegmenter.sentences(in: $1.text).count })
        #expect(found[.articleGraphs] == articles.reduce(0) { $0 + extractor.extract($1).relations.count })
        // Several sentences can support one edge; a sentence has several tokens, phrases and mentions.
        #expect(found[.relations]! >= found[.articleGraphs]!)
        #expect(found[.tokens]! > found[.lexicon]!)
        #expect(found[.lexicon]! > found[.sentences]!)
        #expect(found[.mentions]! > found[.articleGraphs]!)
    }

    @Test func jsonLinesWithBadLinesReportsThemAndReadsTheRest() throws {
        let folder = FileManager.default.temporaryDirectory.appendingPathComponent("varta-corpus-\(UUID().uuidString)")
        try FileManager.default.createDirectory(at: folder, withIntermediateDirectories: true)
        defer { try? FileManager.default.removeItem(at: folder) }
        let corpus = folder.appendingPathComponent("news.jsonl")
        let lines = [
            #"{"id":"one","text":"Talks\n\nDefence Minister Rajnath Singh held talks with US Defence Secretary Lloyd Austin.","date":"2024-03-18"}"#,
            #"{"id":"two", "text": "broken"#,
            "",
            #"{"id":"three","title":"No text"}"#,
            #"{"id":"four","text":"बैठक\n\nरूसी रक्षा मंत्री सर्गेई शोइगु ने चीनी रक्षा मंत्री डोंग जुन से मुलाकात की।","date":"2024-04-26"}"#,
        ]
        try lines.joined(separator: "\n").write(to: corpus, atomically: true, encoding: .utf8)
        let (documents, problems) = CorpusReader.documents(in: [corpus.path])
        #expect(documents.map(\.id) == ["one", "four"])
        #expect(problems.map(\.origin) == ["\(corpus.path):2", "\(corpus.path):4"])
        #expect(problems[1].message.contains("\"text\" is missing"))
        let result = extractor.extract(documents)
        #expect(result.graph.relations.values.filter { $0.kind == .meeting }.count == 2)
        #expect(result.graph.relations.values.allSatisfy { !$0.dates.isEmpty })
    }

    /// Long files are decoded in pieces on all cores: documents and problems still come in
    /// the file's order, each named by its own line.
    @Test func longJSONLinesKeepTheirOrder() throws {
        let folder = FileManager.default.temporaryDirectory.appendingPathComponent("varta-corpus-\(UUID().uuidString)")
        try FileManager.default.createDirectory(at: folder, withIntermediateDirectories: true)
        defer { try? FileManager.default.removeItem(at: folder) }
        let corpus = folder.appendingPathComponent("long.jsonl")
        let broken = Set([3, 300, 301, 777, 1_000])
        let lines = (1...1_200).map { number in
            broken.contains(number) ? "{broken" : #"{"id":"n\#(number)","text":"Talks on day \#(number)."}"#
        }
        try lines.joined(separator: "\n").write(to: corpus, atomically: true, encoding: .utf8)
        let (documents, problems) = CorpusReader.documents(in: [corpus.path])
        #expect(documents.map(\.id) == (1...1_200).filter { !broken.contains($0) }.map { "n\($0)" })
        #expect(problems.map(\.origin) == broken.sorted().map { "\(corpus.path):\($0)" })
    }

    @Test func windowsKeepArticlesByDate() throws {
        let documents = [("a", "2021-09-20"), ("b", "2024-03-18"), ("c", nil)].map { id, date in
            CorpusDocument(id: id, origin: id, content: .record(
                text: "Talks\n\nDefence Minister Rajnath Singh held talks with US Defence Secretary Lloyd Austin.",
                title: nil, date: date.flatMap { Day(iso: $0) }))
        }
        let year2024 = DateWindow(parsing: "2024")
        let only2024 = extractor.extract(documents, filter: DateFilter(window: year2024))
        #expect(only2024.articlesRead == 1 && only2024.outsideWindow == 2)
        let withUndated = extractor.extract(documents, filter: DateFilter(window: year2024, includeUndated: true))
        #expect(withUndated.articlesRead == 2)
        let meeting = try #require(extractor.extract(documents).graph.relations.values.first { $0.kind == .meeting })
        #expect(meeting.weight == 3)
        #expect(meeting.dates.map(\.description) == ["2021-09-20", "2024-03-18"])
    }
}
