import ArgumentParser
import Foundation
import VartaCore
import VartaExtraction

/// Whether articles that state no date are kept when a date window is set.
enum UndatedArticles: String, CaseIterable, ExpressibleByArgument {
    case include, exclude
}

/// Options that choose and read the articles of a corpus.
struct CorpusOptions: ParsableArguments {
    @Argument(help: "Article files, folders (every .txt below), JSON Lines files (.jsonl), or - for stdin.")
    var inputs: [String] = ["-"]

    @Option(help: "Publication date (YYYY-MM-DD) for every article, instead of the date the page states.")
    var date: String?

    @Option(help: "Keep articles published on or after this day (YYYY-MM-DD).")
    var since: String?

    @Option(help: "Keep articles published on or before this day (YYYY-MM-DD).")
    var until: String?

    @Option(help: "With --since/--until: include or exclude articles that state no date.")
    var undated: UndatedArticles = .exclude

    @Flag(help: "Replace bytes that are not UTF-8 with U+FFFD instead of skipping the article.")
    var lossy = false

    @Flag(help: "Show no progress line.")
    var quiet = false

    func validate() throws {
        for (name, value) in [("--date", date), ("--since", since), ("--until", until)] {
            if let value, Day(iso: value) == nil { throw ValidationError("\(name) \(value) is not a date; write it as YYYY-MM-DD") }
        }
    }

    var window: DateWindow? {
        since == nil && until == nil ? nil : DateWindow(since: since.flatMap { Day(iso: $0) }, until: until.flatMap { Day(iso: $0) })
    }

    /// Reads the corpus on all cores, reporting unreadable inputs on stderr: the graph of
    /// each article the filter keeps. Throws when no article could be read at all.
    func extractEach(filter: DateFilter, explain: Bool = false) throws -> (graphs: [ArticleGraph], problems: [CorpusProblem]) {
        let extractor: Extractor
        do { extractor = try Extractor() } catch { throw CommandError(description: error.description) }
        let (documents, listingProblems) = CorpusReader.documents(in: inputs)
        let override = date.flatMap { Day(iso: $0) }
        let progress = ProgressLine(total: documents.count, quiet: quiet)
        var report: (@Sendable (Int) -> Void)?
        if let progress { report = { done in progress.update(done) } }
        let result = extractor.extractEach(documents, filter: filter, dateOverride: override, lossy: lossy, progress: report)
        progress?.finish()
        let problems = listingProblems + result.problems
        for problem in problems { warn(problem.description) }
        if lossy {
            for note in documents.compactMap(CorpusReader.lossyNote) { warn(note.description) }
        }
        if explain {
            for document in documents {
                if case .success(let article) = CorpusReader.article(of: document, dateOverride: override, lossy: lossy) {
                    FileHandle.standardError.write(Data("== \(document.origin)\n\(extractor.explain(article))".utf8))
                }
            }
        }
        if result.graphs.isEmpty && result.outsideWindow == 0 {
            throw CommandError(description: "no article could be read from \(inputs.joined(separator: " "))")
        }
        return (result.graphs, problems)
    }

    /// Inputs were skipped: the output was written, but the exit status says so.
    static let skippedExitCode = ExitCode(3)
}
