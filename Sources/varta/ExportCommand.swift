import ArgumentParser
import VartaCore
import VartaFormats

/// The formats `varta export` writes.
enum ExportFormat: String, CaseIterable, ExpressibleByArgument {
    case dot, json, graphml, gexf, csv, cytoscape
}

struct ExportCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "export",
        abstract: "Write a graph as DOT, GraphML, GEXF, CSV or Cytoscape.js JSON for other tools, or as normalised varta-graph JSON.",
        discussion: """
            DOT output is deterministic, fully quoted and styled: people are ellipses,
            countries boxes, organizations hexagons; statements are arrows coloured by polarity.
            graphml (yEd, Gephi, networkx, igraph) and gexf (Gephi, with each edge's dates as
            spells for the timeline) carry typed attributes; meetings are undirected edges
            (--directed-only writes every edge as directed, for networkx). csv writes Gephi's
            spreadsheet tables: with -o naming a folder (existing, or ending in /) nodes.csv and
            edges.csv go into it, otherwise the edge table is written. cytoscape writes
            Cytoscape.js JSON ({"elements": {"nodes": [...], "edges": [...]}}).

            Examples:
              varta export examples/sco-2023-04-28/graph.json --format dot -o sco.dot
              varta export graph.json --format json      # sorted, normalised JSON to stdout
              varta export graph.json --format gexf -o graph.gexf
              varta export graph.json --format csv -o tables/   # tables/nodes.csv, tables/edges.csv
            """
    )

    @Argument(help: "A varta-graph JSON file, or - for stdin.")
    var graph: String

    @Option(help: "Output format: dot, json, graphml, gexf, csv or cytoscape.")
    var format: ExportFormat

    @Option(name: .shortAndLong, help: "Output file, or - for stdout (default: stdout).")
    var output: String?

    @OptionGroup var diagram: DiagramOptions

    @OptionGroup var interchange: InterchangeOptions

    func run() throws {
        let model = try readGraph(graph)
        try writeGraph(model, as: GraphFileFormat(rawValue: format.rawValue)!, to: output,
                       diagram: diagram, interchange: interchange)
    }
}
