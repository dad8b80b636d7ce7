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

struct ExtractCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "extract",
        abstract: "Read Hindi and English news articles and build the graph of who met, praised or attacked whom.",
        discussion: """
            Each INPUT is an article as UTF-8 text (title on the first line) or - for stdin.
            The graphs of all inputs are merged. The publication date is read from the page
            (`Created On : 28 April 2023`, `२८ अप्रैल २०२३`, ...); --date sets it instead.

            Examples:
              varta extract examples/sco-2023-04-28/article.txt > sco.json
              varta extract a.txt b.txt --format svg -o talks.svg
              cat article.txt | varta extract - --date 2024-03-18 --format dot
            """
    )

    @Argument(help: "Article files, or - for stdin.")
    var inputs: [String] = ["-"]

    @Option(help: "Output format: json, dot, svg, png or pdf.")
    var format: ExtractFormat = .json

    @Option(name: .shortAndLong, help: "Output file, or - for stdout (default: stdout).")
    var output: String?

    @Option(help: "Publication date (YYYY-MM-DD) for every input, instead of the date the page states.")
    var date: String?

    @Option(help: "Layout engine for image formats (chosen by graph size by default).")
    var engine: LayoutEngine?

    @Flag(help: "Print on stderr how each sentence was read: what it names, its subject, the relations it gives.")
    var explain = false

    @OptionGroup var diagram: DiagramOptions

    func validate() throws {
        if let date, Day(iso: date) == nil {
            throw ValidationError("--date \(date) is not a date; write it as YYYY-MM-DD")
        }
    }

    func run() throws {
        let extractor: Extractor
        do { extractor = try Extractor() } catch { throw CommandError(description: error.description) }
        var graphs: [Graph] = []
        for input in inputs {
            let bytes = try readInput(input)
            let id = input == "-" ? "stdin" : URL(fileURLWithPath: input).deletingPathExtension().lastPathComponent
            do {
                let article = try ArticleReader.read(Array(bytes), id: id, dateOverride: date.flatMap { Day(iso: $0) })
                graphs.append(extractor.extract(article))
                if explain { FileHandle.standardError.write(Data(extractor.explain(article).utf8)) }
            } catch {
                throw CommandError(description: "\(input): \(error.description)")
            }
        }
        let graph = CorpusMerge.merge(graphs)
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
    }
}
