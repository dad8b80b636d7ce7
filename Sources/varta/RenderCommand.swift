import ArgumentParser
import Foundation
import VartaCore
import VartaFormats
import VartaGraphviz

extension LayoutEngine: ExpressibleByArgument {}
extension RenderFormat: ExpressibleByArgument {}

/// Options shared by every command that draws a graph.
struct DiagramOptions: ParsableArguments {
    @Flag(name: .customLong("cluster"), help: "Draw each country as a box around the people holding its offices (dot, fdp).")
    var clusterByCountry = false

    @Flag(inversion: .prefixedNo, help: "Add a legend explaining shapes and colours.")
    var legend = true

    @Option(help: "A caption shown above the diagram.")
    var title: String?

    func dotOptions() -> DOTOptions {
        DOTOptions(title: title, clusterByCountry: clusterByCountry, legend: legend)
    }

    /// The options for drawing with `engine`: edges are routed around nodes only where
    /// that is quick (`LayoutEngine.routesEdgesQuickly`).
    func dotOptions(drawnWith engine: LayoutEngine, nodeCount: Int) -> DOTOptions {
        var options = dotOptions()
        options.routesEdges = engine.routesEdgesQuickly(nodeCount: nodeCount)
        return options
    }
}

struct RenderCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "render",
        abstract: "Draw a graph as SVG, PNG or PDF (or DOT with positions) through Graphviz, in-process.",
        discussion: """
            GRAPH is a varta-graph JSON file, or a DOT file of your own; `-` reads stdin.
            The format follows the output's extension unless --format is given (SVG by default).
            The layout engine is chosen by graph size unless --engine is given:
            dot up to 60 nodes, neato up to 500, sfdp beyond.

            Examples:
              varta render examples/sco-2023-04-28/graph.json -o sco.svg
              varta render graph.json -o graph.pdf --engine neato --cluster
              cat graph.json | varta render - --format png -o graph.png
            """
    )

    @Argument(help: "A varta-graph JSON or DOT file, or - for stdin.")
    var graph: String

    @Option(name: .shortAndLong, help: "Output file, or - for stdout (default: stdout).")
    var output: String?

    @Option(help: "Output format: \(RenderFormat.allCases.map(\.rawValue).joined(separator: ", ")).")
    var format: RenderFormat?

    @Option(help: "Layout engine: \(LayoutEngine.allCases.map(\.rawValue).joined(separator: ", ")).")
    var engine: LayoutEngine?

    @OptionGroup var diagram: DiagramOptions

    func run() throws {
        let target = OutputTarget(path: output)
        let chosenFormat = format ?? output.flatMap { RenderFormat(fileName: $0) } ?? .svg
        let input = try readInput(graph)
        let dot: String
        let size: (nodes: Int, edges: Int)
        if looksLikeDOT(input) {
            dot = String(decoding: input, as: UTF8.self)
            let parsed = try GraphvizRenderer.parse(dot: dot)
            size = (parsed.nodes.count, parsed.edges.count)
        } else {
            let model = try decodeGraph(input, from: graph)
            size = (model.entities.count, model.relations.count)
            let chosen = engine ?? LayoutEngine.automatic(nodeCount: size.nodes, edgeCount: size.edges)
            dot = DOTWriter.string(model, options: diagram.dotOptions(drawnWith: chosen, nodeCount: size.nodes))
        }
        try draw(dot: dot, nodes: size.nodes, edges: size.edges, format: chosenFormat, engine: engine, to: target)
    }
}
