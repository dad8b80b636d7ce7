import Foundation
import VartaExtraction
import VartaSynthetic

/// Prepares the inputs (kept in the scratch folder for the next run with the same
/// parameters), runs each benchmark in a child process, and prints a Markdown table.
struct BenchDriver {
    let options: BenchOptions
    /// This program, run again as `varta-bench run ...` for each benchmark.
    let program = URL(fileURLWithPath: "/proc/self/exe").resolvingSymlinksInPath().path
    var varta: String { (program as NSString).deletingLastPathComponent + "/varta" }

    private struct Row {
        var benchmark: String
        var input: String
        var time: String
        var throughput: String
        var peak: String
    }

    func run() throws {
        print("## Varta benchmarks\n")
        print("Machine: \(Machine.description). Times are wall-clock; \"best of N\" where a run is cheap enough to repeat.")
        print("Peak memory is the resident high-water mark of the benchmark's own child process (`wait4` ru_maxrss).\n")
        try FileManager.default.createDirectory(atPath: options.scratch, withIntermediateDirectories: true)
        var rows: [Row] = []
        func add(_ row: Row) {
            rows.append(row)
            FileHandle.standardError.write(Data("  \(row.benchmark): \(row.time), \(row.throughput), peak \(row.peak)\n".utf8))
        }

        let corpus = try prepareCorpus(add)
        let (old, new) = try prepareGraphs(add)
        let graphSize = "\(options.nodes.formatted()) nodes, \(options.edges.formatted()) edges"

        add(try measure("lexicon load (Extractor.init)", input: "Resources/*.tsv", ["lexicon"], repetitions: options.repetitions))
        for cores in [1, 2] {
            add(try measure("extraction, \(cores) core\(cores == 1 ? "" : "s")", input: "first \(options.extractMegabytes.formatted()) MB of corpus",
                            ["extraction", corpus, String(options.extractMegabytes), String(cores)]))
        }
        // Where the time of extraction goes: each stage also does the work of those before it.
        for stage in ExtractionStage.allCases {
            add(try measure("extraction as far as \(stage.rawValue), 1 core", input: "first \(options.extractMegabytes.formatted()) MB of corpus",
                            ["extraction-stage", corpus, String(options.extractMegabytes), "1", stage.rawValue]))
        }
        add(try measure("build a graph in memory", input: graphSize,
                        ["graph-memory", String(options.nodes), String(options.edges)]))
        // Best of N within one child (the graph is read once): single runs here vary by a third.
        add(try measure("DOT write", input: graphSize, ["dot-write", old, String(options.repetitions)], outputRate: true))
        add(try measure("JSON write", input: graphSize, ["json-write", old, String(options.repetitions)], outputRate: true))
        add(try measure("JSON read", input: graphSize, ["json-read", old, "1"]))
        for nodes in [100, 1_000] {
            for engine in ["dot", "sfdp"] {
                add(try measure("SVG render, \(engine)", input: "\(nodes.formatted()) nodes, \((nodes * 2).formatted()) edges",
                                ["render", String(nodes), engine], timeout: options.renderTimeout))
            }
        }
        add(try measure("diff in memory (GraphDiff)", input: "2 × \(graphSize)", ["diff", old, new, String(options.repetitions)]))
        add(try endToEndDiff(old, new, input: "2 × \(graphSize)"))

        print("| benchmark | input | time | throughput | peak memory |")
        print("|---|---|---|---|---|")
        for row in rows {
            print("| \(row.benchmark) | \(row.input) | \(row.time) | \(row.throughput) | \(row.peak) |")
        }
    }

    // MARK: - Inputs

    /// The JSON Lines corpus, generated in this process unless a file with the same size and seed exists.
    private func prepareCorpus(_ add: (Row) -> Void) throws -> String {
        let path = "\(options.scratch)/corpus-\(options.corpusMegabytes.formatted())MB-seed1.jsonl"
        guard !FileManager.default.fileExists(atPath: path) else { return path }
        FileHandle.standardError.write(Data("generating \(path)\n".utf8))
        let start = DispatchTime.now()
        let articles = try SyntheticCorpus(seed: 1).articles(totalBytes: Int(options.corpusMegabytes * 1_000_000))
        let summary = try CorpusWriter.writeJSONLines(articles, to: path + ".partial")
        try FileManager.default.moveItem(atPath: path + ".partial", toPath: path)
        let seconds = elapsed(since: start)
        add(Row(benchmark: "generate corpus (JSON Lines)", input: "\(summary.articles.formatted()) articles",
                time: format(seconds: seconds), throughput: rate(bytes: summary.textBytes, seconds: seconds), peak: "–"))
        return path
    }

    /// Two graphs, the second perturbed, written by `varta generate graph` unless they exist.
    private func prepareGraphs(_ add: (Row) -> Void) throws -> (String, String) {
        let stem = "\(options.scratch)/graph-\(options.nodes)n-\(options.edges)e-\(options.perturbPercent.formatted())p"
        let (old, new) = ("\(stem)-a.json", "\(stem)-b.json")
        if FileManager.default.fileExists(atPath: old) && FileManager.default.fileExists(atPath: new) { return (old, new) }
        FileHandle.standardError.write(Data("generating \(old) and \(new) (a few minutes for a million edges)\n".utf8))
        let run = try ChildRun.run(varta, ["generate", "graph", "--nodes", String(options.nodes), "--edges", String(options.edges),
                                           "--output", old, "--perturb", String(options.perturbPercent), "--second", new])
        guard run.status == 0 else { throw BenchError.childFailed(benchmark: "varta generate graph", status: describe(run)) }
        add(Row(benchmark: "generate 2 graphs (varta generate graph --perturb)", input: "\(options.nodes.formatted()) nodes, \(options.edges.formatted()) edges",
                time: format(seconds: run.seconds), throughput: "–", peak: format(bytes: run.peakBytes)))
        return (old, new)
    }

    // MARK: - Running

    /// Runs `varta-bench run ARGS` (`repetitions` times in fresh processes when asked: for
    /// what can only be timed once per process) and turns its measurement into a row.
    private func measure(_ name: String, input: String, _ arguments: [String], repetitions: Int = 1,
                         timeout: Double? = nil, outputRate: Bool = false) throws -> Row {
        var best: Measurement?
        var peak = 0
        for _ in 0..<repetitions {
            let run = try ChildRun.run(program, ["run"] + arguments, timeout: timeout)
            if run.timedOut, let timeout {
                return Row(benchmark: name, input: input, time: "> \(Int(timeout)) s (stopped)", throughput: "–", peak: format(bytes: run.peakBytes))
            }
            guard run.status == 0, let measurement = try? JSONDecoder().decode(Measurement.self, from: Data(run.output.utf8)) else {
                throw BenchError.childFailed(benchmark: arguments.joined(separator: " "), status: describe(run))
            }
            if best == nil || measurement.seconds < best!.seconds { best = measurement }
            peak = max(peak, run.peakBytes)
        }
        let measurement = best!
        let times = measurement.repetitions * repetitions
        var throughput: [String] = []
        if let bytes = measurement.bytes { throughput.append(rate(bytes: bytes, seconds: measurement.seconds) + (outputRate ? " of output" : "")) }
        if let items = measurement.items, let itemName = measurement.itemName {
            throughput.append("\(Int(Double(items) / measurement.seconds).formatted()) \(itemName)/s")
        }
        let note = measurement.note.map { " (\($0))" } ?? ""
        return Row(benchmark: name, input: input + note, time: format(seconds: measurement.seconds) + (times > 1 ? " (best of \(times))" : ""),
                   throughput: throughput.isEmpty ? "–" : throughput.joined(separator: ", "), peak: format(bytes: peak))
    }

    /// `varta diff A B --format json` as a user runs it: reading both files, diffing, writing.
    private func endToEndDiff(_ old: String, _ new: String, input: String) throws -> Row {
        let output = "\(options.scratch)/diff.json"
        let run = try ChildRun.run(varta, ["diff", old, new, "--format", "json", "-o", output])
        // Exit status 1 means "the graphs differ", as diff(1).
        guard run.status == 1 || run.status == 0 else { throw BenchError.childFailed(benchmark: "varta diff", status: describe(run)) }
        let size = (try? FileManager.default.attributesOfItem(atPath: output)[.size] as? Int) ?? 0
        return Row(benchmark: "diff end to end (varta diff --format json)", input: input + " (diff JSON \(format(bytes: size)))",
                   time: format(seconds: run.seconds), throughput: "–", peak: format(bytes: run.peakBytes))
    }

    // MARK: - Formatting

    private func describe(_ run: ChildRun) -> String {
        run.status.map { "exit status \($0)" } ?? "killed by a signal"
    }

    private func elapsed(since start: DispatchTime) -> Double {
        Double(DispatchTime.now().uptimeNanoseconds - start.uptimeNanoseconds) / 1e9
    }

    private func format(seconds: Double) -> String {
        seconds < 1 ? String(format: "%.1f ms", seconds * 1000) : String(format: "%.2f s", seconds)
    }

    private func format(bytes: Int) -> String {
        bytes >= 1_000_000_000 ? String(format: "%.2f GB", Double(bytes) / 1e9) : String(format: "%.0f MB", Double(bytes) / 1e6)
    }

    private func rate(bytes: Int, seconds: Double) -> String {
        String(format: "%.2f MB/s", Double(bytes) / 1e6 / seconds)
    }
}
