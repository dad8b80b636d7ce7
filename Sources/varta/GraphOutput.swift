import ArgumentParser
import Foundation
import VartaCore
import VartaFormats

/// The graph file formats `export` and `extract` both write.
enum GraphFileFormat: String {
    case json, dot, graphml, gexf, csv, cytoscape
}

/// Options for the interchange formats (GraphML, GEXF).
struct InterchangeOptions: ParsableArguments {
    @Flag(help: "For graphml and gexf: write every edge as directed (meetings keep directed=false as data), for readers that refuse mixed graphs such as networkx.")
    var directedOnly = false

    var directions: EdgeDirections { directedOnly ? .uniform : .mixed }
}

/// Writes `graph` in `format` to `output` (a file, `-` or nil for stdout). For csv, an output
/// that names a folder (an existing one, or a path ending in `/`) gets nodes.csv and edges.csv;
/// any other output gets the edge list.
func writeGraph(_ graph: Graph, as format: GraphFileFormat, to output: String?,
                diagram: DiagramOptions, interchange: InterchangeOptions) throws {
    let target = OutputTarget(path: output)
    switch format {
    case .json: try target.write(VartaJSON.bytes(graph), binary: false)
    case .dot: try target.write(DOTWriter.write(graph, options: diagram.dotOptions()), binary: false)
    case .graphml: try target.write(GraphMLWriter.write(graph, directions: interchange.directions), binary: false)
    case .gexf: try target.write(GEXFWriter.write(graph, directions: interchange.directions), binary: false)
    case .cytoscape: try target.write(Array(CytoscapeWriter.write(graph)), binary: false)
    case .csv:
        guard let folder = output, namesFolder(folder) else {
            try target.write(CSVWriter.edges(graph), binary: false)
            return
        }
        do {
            try FileManager.default.createDirectory(atPath: folder, withIntermediateDirectories: true)
        } catch {
            throw CommandError(description: "\(folder): the folder cannot be created (\(error.localizedDescription))")
        }
        let url = URL(fileURLWithPath: folder, isDirectory: true)
        try OutputTarget(path: url.appendingPathComponent("nodes.csv").path).write(CSVWriter.nodes(graph), binary: false)
        try OutputTarget(path: url.appendingPathComponent("edges.csv").path).write(CSVWriter.edges(graph), binary: false)
    }
}

/// True for a path ending in `/` or naming an existing folder.
private func namesFolder(_ path: String) -> Bool {
    guard path != "-" else { return false }
    var isDirectory: ObjCBool = false
    return path.hasSuffix("/") || (FileManager.default.fileExists(atPath: path, isDirectory: &isDirectory) && isDirectory.boolValue)
}
