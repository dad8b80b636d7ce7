// Renders one graph many times in one process, for a leak checker (`make leaks`):
//
//     varta-leakcheck GRAPH.json [COUNT] [--child]
//
// Each render is the whole of `varta render --cluster`: DOT text, then parse, layout and
// SVG through libgvc. Whatever valgrind or LeakSanitizer counts as definitely lost grows
// with COUNT only if some render leaks. With `--child` each render runs in a
// `varta-render-worker` child process instead (`ChildProcessRenderer`). Either way the
// resident memory before and after is printed, to show whether the process stays flat.
import Foundation
import VartaCore
import VartaFormats
import VartaGraphviz

var arguments = Array(CommandLine.arguments.dropFirst())
let inChild = arguments.contains("--child")
arguments.removeAll { $0 == "--child" }
guard (1...2).contains(arguments.count), let count = Int(arguments.count == 2 ? arguments[1] : "1000"), count > 0 else {
    FileHandle.standardError.write(Data("usage: varta-leakcheck GRAPH.json [COUNT] [--child]\n".utf8))
    exit(2)
}

/// Resident memory of this process in bytes, from /proc/self/statm (0 where there is none).
func residentBytes() -> Int {
    guard let statm = try? String(contentsOfFile: "/proc/self/statm", encoding: .utf8) else { return 0 }
    let fields = statm.split(separator: " ")
    return fields.count > 1 ? (Int(fields[1]) ?? 0) * Int(sysconf(Int32(_SC_PAGESIZE))) : 0
}

do {
    let graph = try VartaJSON.read(Data(contentsOf: URL(fileURLWithPath: arguments[0])), source: arguments[0])
    let dot = DOTWriter.string(graph, options: DOTOptions(clusterByCountry: true))
    let engine = LayoutEngine.automatic(nodeCount: graph.entities.count, edgeCount: graph.relations.count)
    let childRenderer = ChildProcessRenderer()
    func renderOnce() throws -> Int {
        inChild
            ? try childRenderer.render(dot: dot, format: .svg, engine: engine).bytes.count
            : try GraphvizRenderer.render(dot: dot, format: .svg, engine: engine).bytes.count
    }
    // The first render loads plugins and fonts; memory is measured from after it.
    var bytes = try renderOnce()
    let residentBefore = residentBytes()
    let start = Date()
    for _ in 1..<count {
        bytes += try renderOnce()
    }
    let seconds = Date().timeIntervalSince(start)
    let residentAfter = residentBytes()
    print("rendered \(arguments[0]) \(count) times with \(engine) \(inChild ? "in child processes" : "in this process"): \(bytes) bytes of SVG")
    print(String(format: "%.1f ms per render; resident memory after the first render %.1f MB, after the last %.1f MB",
                 seconds * 1000 / Double(max(count - 1, 1)), Double(residentBefore) / 1e6, Double(residentAfter) / 1e6))
} catch {
    FileHandle.standardError.write(Data("varta-leakcheck: \(error)\n".utf8))
    exit(1)
}
