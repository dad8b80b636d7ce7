import Foundation
import VartaCore
import VartaExtraction
import VartaFormats
import VartaGraphviz
import VartaSynthetic
#if canImport(Glibc)
import Glibc
#endif

/// The benchmarks themselves, each run by `varta-bench run NAME ARGS...` in a child
/// process of the driver, so that each one's peak memory is its own. Inputs are read
/// before the clock starts; the child prints one `Measurement` as JSON.
enum BenchmarkChild {
    static func run(_ arguments: [String]) throws -> Measurement {
        guard let name = arguments.first else { throw BenchError.usage("run: name a benchmark") }
        let rest = Array(arguments.dropFirst())
        func argument(_ index: Int) throws -> String {
            guard index < rest.count else { throw BenchError.usage("run \(name): missing argument \(index + 1)") }
            return rest[index]
        }
        func number(_ index: Int) throws -> Int {
            guard let value = Int(try argument(index)) else { throw BenchError.usage("run \(name): argument \(index + 1) is not a number") }
            return value
        }
        switch name {
        case "lexicon":
            let seconds = try bestTime(of: 1) { _ = try Extractor() }
            return Measurement(seconds: seconds, repetitions: 1)
        case "extraction":
            return try extraction(corpus: argument(0), megabytes: Double(argument(1)) ?? 1, cores: number(2))
        case "extraction-stage":
            guard let stage = ExtractionStage(rawValue: try argument(3)) else {
                throw BenchError.usage("run extraction-stage: no stage called \(try argument(3))")
            }
            return try extraction(corpus: argument(0), megabytes: Double(argument(1)) ?? 1, cores: number(2), through: stage)
        case "dot-write":
            let graph = try readGraph(argument(0))
            var size = 0
            let seconds = try bestTime(of: number(1)) { size = DOTWriter.write(graph).count }
            return Measurement(seconds: seconds, repetitions: try number(1), bytes: size, items: graph.relations.count, itemName: "edges")
        case "json-write":
            let graph = try readGraph(argument(0))
            var size = 0
            let seconds = try bestTime(of: number(1)) { size = VartaJSON.write(graph).count }
            return Measurement(seconds: seconds, repetitions: try number(1), bytes: size, items: graph.relations.count, itemName: "edges")
        case "json-read":
            let data = try Data(contentsOf: URL(fileURLWithPath: argument(0)))
            var edges = 0
            let seconds = try bestTime(of: number(1)) { edges = try VartaJSON.read(data, source: argument(0)).relations.count }
            return Measurement(seconds: seconds, repetitions: try number(1), bytes: data.count, items: edges, itemName: "edges")
        case "graph-memory":
            return try graphMemory(nodes: number(0), edges: number(1))
        case "render":
            return try render(nodes: number(0), engine: argument(1))
        case "diff":
            let old = try readGraph(argument(0)), new = try readGraph(argument(1))
            var changes = 0
            let seconds = try bestTime(of: number(2)) {
                let diff = GraphDiff(old: old, new: new)
                changes = diff.addedEdges.count + diff.removedEdges.count + diff.changedEdges.count
            }
            return Measurement(seconds: seconds, repetitions: try number(2), items: old.relations.count + new.relations.count,
                               itemName: "edges", note: "\(changes) edges differ")
        default:
            throw BenchError.usage("run: no benchmark called \(name)")
        }
    }

    /// Extracts the first `megabytes` of a JSON Lines corpus on `cores` cores (1: the
    /// process is pinned to one CPU, so `concurrentPerform` gets no parallelism); with a
    /// `stage`, only as far as that stage, and nothing is merged.
    private static func extraction(corpus: String, megabytes: Double, cores: Int, through stage: ExtractionStage? = nil) throws -> Measurement {
        if cores == 1 { try pinToOneCPU() }
        let (all, problems) = CorpusReader.documents(in: [corpus])
        guard problems.isEmpty else { throw BenchError.input("\(corpus): \(problems[0])") }
        var documents: [CorpusDocument] = []
        var bytes = 0
        for document in all where Double(bytes) < megabytes * 1_000_000 {
            guard case .success(let article) = CorpusReader.article(of: document, dateOverride: nil, lossy: false) else { continue }
            documents.append(document)
            bytes += article.text.utf8.count
        }
        let extractor = try Extractor()
        if let stage {
            var found = 0
            let seconds = bestTime(of: 1) { found = extractor.read(documents, through: stage) }
            let what = switch stage {
            case .sentences: "sentences"
            case .tokens: "tokens"
            case .lexicon: "lexicon phrases"
            case .mentions: "mentions"
            case .relations: "relations found in sentences"
            case .articleGraphs: "edges in the articles' graphs"
            }
            return Measurement(seconds: seconds, repetitions: 1, bytes: bytes, items: documents.count, itemName: "articles",
                               note: "\(found) \(what)")
        }
        var relations = 0
        let seconds = bestTime(of: 1) { relations = extractor.extract(documents).graph.relations.count }
        return Measurement(seconds: seconds, repetitions: 1, bytes: bytes, items: documents.count, itemName: "articles",
                           note: "\(relations) edges found")
    }

    /// The resident memory a graph of this size takes once built (the growth of this
    /// process's resident set while making it), and the time to build it.
    private static func graphMemory(nodes: Int, edges: Int) throws -> Measurement {
        let plan = try SyntheticGraph.make(nodes: nodes, edges: edges, seed: 1)
        let before = residentBytes()
        var graph = Graph()
        let seconds = bestTime(of: 1) { graph = plan.graph() }
        let grown = residentBytes() - before
        return Measurement(seconds: seconds, repetitions: 1, items: graph.relations.count, itemName: "edges",
                           note: String(format: "the graph holds %.0f MB resident", Double(grown) / 1e6))
    }

    /// Resident memory of this process now, from /proc/self/statm.
    private static func residentBytes() -> Int {
        guard let statm = try? String(contentsOfFile: "/proc/self/statm", encoding: .utf8) else { return 0 }
        let fields = statm.split(separator: " ")
        return fields.count > 1 ? (Int(fields[1]) ?? 0) * Int(sysconf(Int32(_SC_PAGESIZE))) : 0
    }

    private static func render(nodes: Int, engine: String) throws -> Measurement {
        guard let layout = LayoutEngine(rawValue: engine) else { throw BenchError.usage("render: no engine \(engine)") }
        let graph = try SyntheticGraph.make(nodes: nodes, edges: nodes * 2, seed: 1).graph()
        // As `varta render` draws it: edges routed around nodes only where that is quick.
        let options = DOTOptions(routesEdges: layout.routesEdgesQuickly(nodeCount: nodes))
        let dot = String(decoding: DOTWriter.write(graph, options: options), as: UTF8.self)
        var size = 0
        let seconds = try bestTime(of: nodes <= 100 ? 3 : 1) {
            size = try GraphvizRenderer.render(dot: dot, format: .svg, engine: layout).bytes.count
        }
        return Measurement(seconds: seconds, repetitions: nodes <= 100 ? 3 : 1, note: "SVG \(size / 1000) KB")
    }

    private static func readGraph(_ path: String) throws -> Graph {
        try VartaJSON.read(Data(contentsOf: URL(fileURLWithPath: path)), source: path)
    }

    /// Restricts this process to the first CPU. Glibc declares `sched_setaffinity` only
    /// under `_GNU_SOURCE`, which Swift's Glibc module does not set, so it is looked up.
    private static func pinToOneCPU() throws {
        typealias SetAffinity = @convention(c) (pid_t, Int, UnsafeRawPointer) -> Int32
        guard let symbol = dlsym(nil, "sched_setaffinity") else { throw BenchError.input("sched_setaffinity is not available") }
        var mask = [UInt64](repeating: 0, count: 16)  // a 1024-CPU cpu_set_t
        mask[0] = 1  // CPU 0
        let status = mask.withUnsafeBytes { unsafeBitCast(symbol, to: SetAffinity.self)(0, $0.count, $0.baseAddress!) }
        guard status == 0 else {
            throw BenchError.input("sched_setaffinity failed: \(String(cString: strerror(errno)))")
        }
    }
}
