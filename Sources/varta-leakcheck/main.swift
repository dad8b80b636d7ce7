// Renders one graph many times in one process, for a leak checker (`make leaks`):
//
//     varta-leakcheck GRAPH.json [COUNT]
//
// Each render is the whole of `varta render --cluster`: DOT text, then parse, layout and
// SVG through libgvc. Whatever valgrind or LeakSanitizer counts as definitely lost grows
// with COUNT only if some render leaks.
import Foundation
import VartaCore
import VartaFormats
import VartaGraphviz

let arguments = CommandLine.arguments
guard arguments.count >= 2, arguments.count <= 3, let count = Int(arguments.count == 3 ? arguments[2] : "1000"), count > 0 else {
    FileHandle.standardError.write(Data("usage: varta-leakcheck GRAPH.json [COUNT]\n".utf8))
    exit(2)
}
do {
    let graph = try VartaJSON.read(Data(contentsOf: URL(fileURLWithPath: arguments[1])), source: arguments[1])
    let dot = DOTWriter.string(graph, options: DOTOptions(clusterByCountry: true))
    let engine = LayoutEngine.automatic(nodeCount: graph.entities.count, edgeCount: graph.relations.count)
    var bytes = 0
    for _ in 0..<count {
        bytes += try GraphvizRenderer.render(dot: dot, format: .svg, engine: engine).bytes.count
    }
    print("rendered \(arguments[1]) \(count) times with \(engine): \(bytes) bytes of SVG")
} catch {
    FileHandle.standardError.write(Data("varta-leakcheck: \(error)\n".utf8))
    exit(1)
}
