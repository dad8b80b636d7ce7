import ArgumentParser
import Foundation
import VartaCore
import VartaExtraction
import VartaFormats
import VartaGraphviz

/// The formats `varta diff` writes.
enum DiffFormat: String, CaseIterable, ExpressibleByArgument {
    case text, json, dot, svg, png, pdf
}

struct DiffCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "diff",
        abstract: "Show what changed in the network between two graphs or two date windows of one corpus.",
        discussion: """
            Compare two varta-graph JSON files:
              varta diff march.json june.json

            or one corpus (files, folders, .jsonl) read in two date windows. A window is
            START..END with dates YYYY-MM-DD (either side may be left open), or a whole year
            or month (2024, 2024-03):
              varta diff news/ --from 2021 --to 2024
              varta diff corpus.jsonl --from 2024-01-01..2024-03-31 --to 2024-04-01..2024-06-30 --format svg -o q2.svg

            Nodes and edges that were added, removed or changed (weight, polarity, new dates)
            are listed as text (coloured on a terminal), as JSON, or drawn: the union of both
            graphs laid out once, added green, removed red and dashed, changed orange,
            unchanged grey.

            Exit status as diff(1): 0 no difference, 1 differences, 2 trouble.
            """
    )

    /// OLD.json NEW.json, or with --from/--to the corpus and how to read it.
    @OptionGroup var corpus: CorpusOptions

    @Option(help: "The earlier date window of the corpus, e.g. 2021 or 2021-01-01..2021-06-30.")
    var from: String?

    @Option(help: "The later date window of the corpus.")
    var to: String?

    @Option(help: "Output: text, json, dot, svg, png or pdf.")
    var format: DiffFormat = .text

    @Option(name: .shortAndLong, help: "Output file, or - for stdout (default: stdout).")
    var output: String?

    @Option(help: "Layout engine for drawings (chosen by graph size by default).")
    var engine: LayoutEngine?

    @Option(help: "Colour in text output: auto (on a terminal), always or never.")
    var color: ColorChoice = .auto



    enum ColorChoice: String, CaseIterable, ExpressibleByArgument { case auto, always, never }

    func validate() throws {
        switch (from, to) {
        case (nil, nil):
            guard corpus.inputs.count == 2 else {
                throw ValidationError("give two graph files (OLD.json NEW.json), or a corpus with --from and --to")
            }
        case let (from?, to?):
            for (name, window) in [("--from", from), ("--to", to)] where DateWindow(parsing: window) == nil {
                throw ValidationError("\(name) \(window) is not a window; write YYYY, YYYY-MM, or START..END with YYYY-MM-DD dates")
            }
        default:
            throw ValidationError("--from and --to go together: give both windows")
        }
    }

    func run() throws {
        let (old, new) = try sides()
        let diff = GraphDiff(old: old, new: new)
        let target = OutputTarget(path: output)
        let options = DOTOptions(graphName: "varta-diff", legend: true)
        switch format {
        case .text:
            let colored = color == .always || (color == .auto && target.isStandardOutput && isatty(STDOUT_FILENO) != 0)
            try target.write(Array(DiffTextWriter.write(diff, colored: colored).utf8), binary: false)
        case .json:
            try target.write(Array(DiffJSONWriter.write(diff)), binary: false)
        case .dot:
            try target.write(DiffDOTWriter.write(diff, options: options), binary: false)
        case .svg, .png, .pdf:
            let union = diff.union
            let chosen = engine ?? LayoutEngine.automatic(nodeCount: union.entities.count, edgeCount: union.relations.count)
            var drawing = options
            drawing.routesEdges = chosen.routesEdgesQuickly(nodeCount: union.entities.count)
            let dot = String(decoding: DiffDOTWriter.write(diff, options: drawing), as: UTF8.self)
            try draw(dot: dot, nodes: union.entities.count, edges: union.relations.count,
                     format: RenderFormat(rawValue: format.rawValue)!, engine: chosen, to: target)
        }
        if !diff.isEmpty { throw ExitCode(1) }
    }

    /// The two graphs: two files, or one corpus read once and split by the two windows.
    private func sides() throws -> (Graph, Graph) {
        guard let from, let to, let early = DateWindow(parsing: from), let late = DateWindow(parsing: to) else {
            let graphs = try readGraphs([corpus.inputs[0], corpus.inputs[1]])
            return (graphs[0], graphs[1])
        }
        let filter = DateFilter(windows: [early, late], includeUndated: corpus.undated == .include)
        let (graphs, _) = try corpus.extractEach(filter: filter)
        func side(_ window: DateWindow) -> Graph {
            CorpusMerge.merge(graphs.filter { $0.date.map(window.contains) ?? (corpus.undated == .include) }.map(\.graph))
        }
        return (side(early), side(late))
    }

    /// Exit status as diff(1): 1 only for "different" (thrown by `run`), 2 for any trouble.
    static func exitCode(for error: any Error) -> Int32 {
        if let code = error as? ExitCode, code.rawValue == 1 { return 1 }
        let code = Varta.exitCode(for: error)
        return code.isSuccess ? code.rawValue : 2
    }
}
