import ArgumentParser
import Foundation
import VartaFormats
import VartaSynthetic

/// `varta generate`: synthetic inputs for benchmarks (`make bench`) and experiments.
struct GenerateCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "generate",
        abstract: "Make synthetic news articles or graphs, for benchmarks.",
        discussion: """
            The same seed gives byte-identical output.

            Examples:
              varta generate corpus --megabytes 50 --output corpus/
              varta generate corpus --megabytes 5 --jsonl --output corpus.jsonl
              varta generate graph --nodes 100000 --edges 1000000 --output a.json --perturb 5 --second b.json
            """,
        shouldDisplay: false,
        subcommands: [Corpus.self, GraphFile.self]
    )

    struct Corpus: ParsableCommand {
        static let configuration = CommandConfiguration(
            commandName: "corpus",
            abstract: "Write news articles in Hindi, English and both (English headline, Hindi body).",
            discussion: """
                Articles of 1–6 KB about made-up officials of real countries meeting, holding talks,
                praising and criticising each other, dated 2015–2026. One .txt file per article in
                subfolders of at most 1,000 files (0000/, 0001/, ...), or with --jsonl one JSON Lines
                file ({"date", "id", "text", "title"} per line) as `varta extract` reads them.
                """)

        @Option(help: "Megabytes (10^6 bytes) of article text to write; the last article may go over.")
        var megabytes: Double

        @Option(name: .shortAndLong, help: "The folder to write into (created if missing), or with --jsonl the .jsonl file.")
        var output: String

        @Option(help: "Seed of the random choices.")
        var seed: UInt64 = 1

        @Flag(help: "Write one JSON Lines file instead of a folder of .txt files.")
        var jsonl = false

        func validate() throws {
            guard megabytes > 0 else { throw ValidationError("--megabytes must be positive") }
        }

        func run() throws {
            let corpus = try generated { () throws(SyntheticError) in try SyntheticCorpus(seed: seed) }
            let articles = corpus.articles(totalBytes: Int(megabytes * 1_000_000))
            let summary = try generated { () throws(SyntheticError) in
                jsonl ? try CorpusWriter.writeJSONLines(articles, to: output) : try CorpusWriter.writeFolder(articles, to: output)
            }
            FileHandle.standardError.write(Data("\(output): \(summary.articles) articles, \(summary.textBytes) bytes\n".utf8))
        }
    }

    struct GraphFile: ParsableCommand {
        static let configuration = CommandConfiguration(
            commandName: "graph",
            abstract: "Write a large varta-graph JSON file, and optionally a perturbed second one for diffs.",
            discussion: """
                Made-up officials of real countries and real organizations joined by meetings,
                statements, membership and affiliation, with heavy-tailed degrees, dates over
                2015–2026 and evidence sentences. With --perturb P and --second, the second graph
                differs by about P% of the edges and people (a third removed, changed, added).
                """)

        @Option(help: "Number of nodes (at least 10).")
        var nodes: Int

        @Option(help: "Number of edges.")
        var edges: Int

        @Option(name: .shortAndLong, help: "The graph file to write.")
        var output: String

        @Option(help: "Seed of the random choices.")
        var seed: UInt64 = 1

        @Option(help: "Percent of edges and people that differ in the second graph.")
        var perturb: Double?

        @Option(help: "Where to write the perturbed graph (with --perturb).")
        var second: String?

        func validate() throws {
            if (perturb == nil) != (second == nil) {
                throw ValidationError("--perturb and --second go together: give both")
            }
            if let perturb, !(0...100).contains(perturb) { throw ValidationError("--perturb must be between 0 and 100") }
        }

        func run() throws {
            let plan = try generated { () throws(SyntheticError) in try SyntheticGraph.make(nodes: nodes, edges: edges, seed: seed) }
            try write(plan, to: output)
            if let perturb, let second {
                try write(plan.perturbed(percent: perturb, seed: seed &+ 1), to: second)
            }
        }

        /// Materialises one graph at a time, so only one is in memory.
        private func write(_ plan: SyntheticGraph, to path: String) throws {
            let data = VartaJSON.write(plan.graph())
            do {
                try data.write(to: URL(fileURLWithPath: path), options: .atomic)
            } catch {
                throw CommandError(description: "\(path): cannot be written (\(error.localizedDescription)); check that the folder exists and is writable")
            }
            FileHandle.standardError.write(Data("\(path): \(plan.nodeCount) nodes, \(plan.edgeCount) edges, \(data.count) bytes\n".utf8))
        }
    }
}

/// Runs a generator step, turning its typed error into a one-line command error.
private func generated<T>(_ step: () throws(SyntheticError) -> T) throws -> T {
    do { return try step() } catch { throw CommandError(description: error.description) }
}
