import ArgumentParser
import Foundation
import VartaCore
import VartaExtraction
import VartaFormats
import VartaGraphviz

/// The formats `varta extract` writes: the graph itself, or a drawing of it.
enum ExtractFormat: String, CaseIterable, ExpressibleByArgument {
    case json, dot, svg, png, pdf
}

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

struct ExtractCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "extract",
        abstract: "Read Hindi and English news articles and build the graph of who met, praised or attacked whom.",
        discussion: """
            Each INPUT is an article (UTF-8 text, title on the first line), a folder (every .txt
            below it), a JSON Lines corpus (.jsonl: one {"id", "text", "date"?, "title"?, "url"?}
            per line) or - for stdin. The graphs of all articles are merged; all cores are used
            and the result is the same as reading them one by one. The publication date is read
            from the page (`Created On : 28 April 2023`, `२८ अप्रैल २०२३`, ...); --date sets it.

            Exit status: 0 when every input was read, 3 when some were skipped (each is named
            on stderr; the output is still written), 1 on failure.

            Examples:
              varta extract examples/sco-2023-04-28/hi-sco-2023-04-28.txt > sco.json
              varta extract news/ --since 2024-01-01 --until 2024-06-30 -o first-half.json
              varta extract corpus.jsonl --format svg -o talks.svg
              cat article.txt | varta extract - --date 2024-03-18 --format dot
            """
    )

    @OptionGroup var corpus: CorpusOptions

    @Option(help: "Output format: json, dot, svg, png or pdf.")
    var format: ExtractFormat = .json

    @Option(name: .shortAndLong, help: "Output file, or - for stdout (default: stdout).")
    var output: String?

    @Option(help: "Layout engine for image formats (chosen by graph size by default).")
    var engine: LayoutEngine?

    @Flag(help: "Print on stderr how each sentence was read: what it names, its subject, the relations it gives.")
    var explain = false

    @OptionGroup var diagram: DiagramOptions

    func run() throws {
        let filter = DateFilter(window: corpus.window, includeUndated: corpus.undated == .include)
        let (graphs, problems) = try corpus.extractEach(filter: filter, explain: explain)
        let graph = CorpusMerge.merge(graphs.map(\.graph))
        let target = OutputTarget(path: output)
        switch format {
        case .json:
            try target.write(Array(VartaJSON.write(graph)), binary: false)
        case .dot:
            try target.write(DOTWriter.write(graph, options: diagram.dotOptions()), binary: false)
        case .svg, .png, .pdf:
            let renderFormat = RenderFormat(rawValue: format.rawValue)!
            let chosen = engine ?? LayoutEngine.automatic(nodeCount: graph.entities.count, edgeCount: graph.relations.count)
            let rendering = try GraphvizRenderer.render(dot: DOTWriter.string(graph, options: diagram.dotOptions()),
                                                        format: renderFormat, engine: chosen)
            for message in rendering.warnings { warn("Graphviz: \(message)") }
            try target.write(rendering.bytes, binary: renderFormat.isBinary)
        }
        if !problems.isEmpty { throw CorpusOptions.skippedExitCode }
    }
}
