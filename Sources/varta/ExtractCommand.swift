import ArgumentParser
import Foundation
import VartaCore
import VartaExtraction
import VartaFormats
import VartaGraphviz

/// The formats `varta extract` writes: the graph itself, or a drawing of it.
enum ExtractFormat: String, CaseIterable, ExpressibleByArgument {
    case json, dot, graphml, gexf, csv, cytoscape, svg, png, pdf
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

            --format graphml, gexf, csv or cytoscape writes the graph for other tools, as
            `varta export` does (csv with -o naming a folder writes nodes.csv and edges.csv).

            Exit status: 0 when every input was read, 3 when some were skipped (each is named
            on stderr; the output is still written), 1 on failure.

            Examples:
              varta extract examples/sco-2023-04-28/hi-sco-2023-04-28.txt > sco.json
              varta extract news/ --since 2024-01-01 --until 2024-06-30 -o first-half.json
              varta extract corpus.jsonl --format svg -o talks.svg
              varta extract news/ --format gexf -o news.gexf     # open in Gephi, play the timeline
              cat article.txt | varta extract - --date 2024-03-18 --format dot
            """
    )

    @OptionGroup var corpus: CorpusOptions

    @Option(help: "Output format: json, dot, graphml, gexf, csv, cytoscape, svg, png or pdf.")
    var format: ExtractFormat = .json

    @Option(name: .shortAndLong, help: "Output file, or - for stdout (default: stdout).")
    var output: String?

    @Option(help: "Layout engine for image formats (chosen by graph size by default).")
    var engine: LayoutEngine?

    @Flag(help: "Print on stderr how each sentence was read: what it names, its subject, the relations it gives.")
    var explain = false

    @OptionGroup var diagram: DiagramOptions

    @OptionGroup var interchange: InterchangeOptions

    func run() throws {
        let filter = DateFilter(window: corpus.window, includeUndated: corpus.undated == .include)
        let (articles, problems) = try corpus.extractEach(filter: filter, explain: explain)
        let graph = CorpusMerge.merge(articles.map(\.graph))
        OnAllCores.release(consume articles)
        let target = OutputTarget(path: output)
        switch format {
        case .json, .dot, .graphml, .gexf, .csv, .cytoscape:
            try writeGraph(graph, as: GraphFileFormat(rawValue: format.rawValue)!, to: output,
                           diagram: diagram, interchange: interchange)
        case .svg, .png, .pdf:
            let chosen = engine ?? LayoutEngine.automatic(nodeCount: graph.entities.count, edgeCount: graph.relations.count)
            let options = diagram.dotOptions(drawnWith: chosen, nodeCount: graph.entities.count)
            try draw(dot: DOTWriter.string(graph, options: options), nodes: graph.entities.count,
                     edges: graph.relations.count, format: RenderFormat(rawValue: format.rawValue)!, engine: chosen, to: target)
        }
        if !problems.isEmpty { throw CorpusOptions.skippedExitCode }
    }
}
