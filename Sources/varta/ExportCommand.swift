import ArgumentParser
import VartaCore
import VartaFormats

/// The formats `varta export` writes.
enum ExportFormat: String, CaseIterable, ExpressibleByArgument {
    case dot
    case json
}

struct ExportCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "export",
        abstract: "Write a graph as DOT for other tools, or as normalised varta-graph JSON.",
        discussion: """
            DOT output is deterministic, fully quoted and styled: people are ellipses,
            countries boxes, organizations hexagons; statements are arrows coloured by polarity.

            Examples:
              varta export examples/sco-2023-04-28/graph.json --format dot -o sco.dot
              varta export graph.json --format json      # sorted, normalised JSON to stdout
            """
    )

    @Argument(help: "A varta-graph JSON file, or - for stdin.")
    var graph: String

    @Option(help: "Output format: dot or json.")
    var format: ExportFormat

    @Option(name: .shortAndLong, help: "Output file, or - for stdout (default: stdout).")
    var output: String?

    @OptionGroup var diagram: DiagramOptions

    func run() throws {
        let model = try readGraph(graph)
        let bytes: [UInt8] = switch format {
        case .dot: DOTWriter.write(model, options: diagram.dotOptions())
        case .json: Array(VartaJSON.write(model))
        }
        try OutputTarget(path: output).write(bytes, binary: false)
    }
}
