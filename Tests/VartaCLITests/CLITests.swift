import Foundation
#if canImport(FoundationXML)
import FoundationXML
#endif
import Testing

/// Runs the built `varta` executable, as a user would.
struct VartaRun {
    let status: Int32
    let stdout: Data
    let stderr: String

    static let repository = URL(fileURLWithPath: #filePath)
        .deletingLastPathComponent().deletingLastPathComponent().deletingLastPathComponent()
    static let example = repository.appendingPathComponent("examples/sco-2023-04-28").path

    /// The `varta` built beside this test bundle.
    static var executable: URL {
        let folder = Bundle.main.bundleURL.hasDirectoryPath && Bundle.main.bundleURL.pathExtension != "xctest"
            ? Bundle.main.bundleURL : Bundle.main.bundleURL.deletingLastPathComponent()
        return folder.appendingPathComponent("varta")
    }

    init(_ arguments: [String], stdin: Data? = nil) throws {
        let process = Process()
        process.executableURL = VartaRun.executable
        process.arguments = arguments
        process.currentDirectoryURL = VartaRun.repository
        let out = Pipe(), err = Pipe(), input = Pipe()
        process.standardOutput = out
        process.standardError = err
        process.standardInput = input
        try process.run()
        if let stdin { input.fileHandleForWriting.write(stdin) }
        try input.fileHandleForWriting.close()
        stdout = out.fileHandleForReading.readDataToEndOfFile()
        stderr = String(decoding: err.fileHandleForReading.readDataToEndOfFile(), as: UTF8.self)
        process.waitUntilExit()
        status = process.terminationStatus
    }
}

/// Runs `body` with a new empty folder, removed afterwards.
func withTemporaryFolder(_ body: (URL) throws -> Void) throws {
    let url = FileManager.default.temporaryDirectory.appendingPathComponent("varta-cli-\(UUID().uuidString)")
    try FileManager.default.createDirectory(at: url, withIntermediateDirectories: true)
    defer { try? FileManager.default.removeItem(at: url) }
    try body(url)
}

@Suite("varta command line")
struct CLITests {
    /// Routing edges around nodes costs neato and sfdp seconds at 60 nodes and minutes
    /// beyond; with them a large graph gets straight edges, with dot routed ones.
    @Test func edgesAreRoutedOnlyWhereThatIsQuick() throws {
        try withTemporaryFolder { folder in
            let graph = folder.appendingPathComponent("g.json").path
            let made = try VartaRun(["generate", "graph", "--nodes", "80", "--edges", "160", "--output", graph])
            #expect(made.status == 0, "\(made.stderr)")
            for (engine, splines) in [("sfdp", "splines=line"), ("neato", "splines=line"), ("dot", "splines=true")] {
                let drawn = try VartaRun(["render", graph, "--format", "dot", "--engine", engine])
                #expect(drawn.status == 0, "\(drawn.stderr)")
                #expect(String(decoding: drawn.stdout, as: UTF8.self).contains(splines), "\(engine)")
            }
        }
    }

    @Test func rendersTheExampleAsSVGWithDevanagari() throws {
        try withTemporaryFolder { folder in
            let output = folder.appendingPathComponent("out.svg").path
            let run = try VartaRun(["render", "\(VartaRun.example)/graph.json", "-o", output])
            #expect(run.status == 0, "\(run.stderr)")
            #expect(run.stderr.isEmpty)
            let svg = try Data(contentsOf: URL(fileURLWithPath: output))
            #expect(XMLParser(data: svg).parse(), "SVG is not well-formed")
            let text = String(decoding: svg, as: UTF8.self)
            #expect(text.contains("राजनाथ सिंह"))
            #expect(text.contains("<title>varta</title>"))
        }
    }

    @Test func formatFollowsTheExtensionAndStdinWorks() throws {
        try withTemporaryFolder { folder in
            let graph = try Data(contentsOf: URL(fileURLWithPath: "\(VartaRun.example)/graph.json"))
            for (name, magic) in [("g.png", [UInt8]([0x89, 0x50, 0x4E, 0x47])), ("g.pdf", Array("%PDF".utf8))] {
                let output = folder.appendingPathComponent(name).path
                let run = try VartaRun(["render", "-", "-o", output, "--engine", "neato"], stdin: graph)
                #expect(run.status == 0, "\(run.stderr)")
                #expect(try Data(contentsOf: URL(fileURLWithPath: output)).starts(with: magic))
            }
        }
    }

    @Test func committedExampleGraphIsWhatExtractGives() throws {
        let run = try VartaRun(["extract", "\(VartaRun.example)/hi-sco-2023-04-28.txt"])
        #expect(run.status == 0, "\(run.stderr)")
        let committed = try Data(contentsOf: URL(fileURLWithPath: "\(VartaRun.example)/graph.json"))
        #expect(run.stdout == committed, "run `make examples` to refresh examples/")
    }

    @Test func committedExampleOutputsAreUpToDate() throws {
        let dot = try VartaRun(["export", "\(VartaRun.example)/graph.json", "--format", "dot", "--cluster"])
        #expect(dot.status == 0)
        let committed = try Data(contentsOf: URL(fileURLWithPath: "\(VartaRun.example)/graph.dot"))
        #expect(dot.stdout == committed, "run `make examples` to refresh examples/")
        let json = try VartaRun(["export", "\(VartaRun.example)/graph.json", "--format", "json"])
        let again = try VartaRun(["export", "-", "--format", "json"], stdin: json.stdout)
        #expect(json.stdout == again.stdout)
    }

    @Test func rendersUserDOT() throws {
        let run = try VartaRun(["render", "-", "--format", "svg"], stdin: Data("digraph \"mine\" { a -> b }".utf8))
        #expect(run.status == 0)
        #expect(String(decoding: run.stdout, as: UTF8.self).contains("<title>mine</title>"))
    }

    @Test(arguments: [
        (["render", "examples/sco-2023-04-28/graph.json", "--format", "jpeg"], "jpeg"),
        (["render", "examples/sco-2023-04-28/graph.json", "--engine", "spring"], "spring"),
        (["render", "no/such/graph.json"], "no/such/graph.json: no such file"),
        (["render", "examples"], "examples: is a folder"),
        (["render", "examples/sco-2023-04-28/graph.json", "-o", "/no/such/folder/out.svg"],
         "/no/such/folder/out.svg: the folder /no/such/folder does not exist"),
        (["export", "-", "--format", "dot"], "stdin: nodes[0].kind"),
        (["render", "-", "--format", "svg"], "stdin: nodes[0].kind"),
    ])
    func badInputGivesAOneLineMessage(arguments: [String], expected: String) throws {
        let badGraph = #"{"format":"varta-graph","version":1,"nodes":[{"id":"a","kind":"planet","label":"A","mentions":[]}],"edges":[]}"#
        let run = try VartaRun(arguments, stdin: Data(badGraph.utf8))
        #expect(run.status != 0)
        #expect(run.stderr.contains(expected), "\(run.stderr)")
        #expect(!run.stderr.contains("Stack dump") && !run.stderr.contains("Fatal error"))
        #expect(run.stdout.isEmpty)
    }

    @Test func skippedCorpusLinesAreNamedAndTheExitStatusSaysSo() throws {
        let corpus = """
            {"id":"one","text":"Talks\\n\\nDefence Minister Rajnath Singh held talks with US Defence Secretary Lloyd Austin.","date":"2024-03-18"}
            {"id":"two","text":
            """
        let run = try VartaRun(["extract", "-", "--quiet"], stdin: Data(corpus.utf8))
        #expect(run.status == 3, "\(run.stderr)")
        #expect(run.stderr.contains("stdin:2: skipped"))
        let graph = try JSONSerialization.jsonObject(with: run.stdout) as? [String: Any]
        #expect((graph?["edges"] as? [Any])?.isEmpty == false)
    }

    @Test(.enabled(if: FileManager.default.fileExists(atPath: DevSetScoreTests.shared.path)))
    func devSeriesDiffedByYearShowsWhoStoppedAndStartedMeeting() throws {
        let dev = DevSetScoreTests.shared.appendingPathComponent("dev").path
        let run = try VartaRun(["diff", dev, "--from", "2021", "--to", "2024", "--format", "json", "--quiet"])
        #expect(run.status == 1, "\(run.stderr)")
        let object = try #require(try JSONSerialization.jsonObject(with: run.stdout) as? [String: Any])
        let edges = try #require(object["edges"] as? [String: Any])
        func ids(_ key: String) -> [String] { ((edges[key] as? [[String: Any]]) ?? []).compactMap { $0["id"] as? String } }
        // 2021: Austin in Delhi meets Jaishankar, Modi, Doval; 2024: the BRICS and SCO meetings.
        #expect(ids("removed").contains("meeting:person:lloyd-austin--person:s-jaishankar"))
        #expect(ids("removed").contains("meeting:person:ajit-doval--person:lloyd-austin"))
        #expect(ids("added").contains("meeting:person:sergey-lavrov--person:wang-yi"))
        // Rajnath Singh and Lloyd Austin met in both years: the same edge, with new dates.
        let changed = (edges["changed"] as? [[String: Any]]) ?? []
        let rajnathAustin = try #require(changed.first { $0["id"] as? String == "meeting:person:lloyd-austin--person:rajnath-singh" })
        #expect((rajnathAustin["datesAdded"] as? [String])?.contains("2024-03-18") == true)
        #expect(!ids("added").contains("meeting:person:lloyd-austin--person:rajnath-singh"))
    }

    @Test func diffExitStatusIsThatOfDiff() throws {
        let graph = "\(VartaRun.example)/graph.json"
        #expect(try VartaRun(["diff", graph, graph]).status == 0)
        #expect(try VartaRun(["diff", graph, graph]).stdout == Data("No difference: both graphs have the same nodes and edges.\n".utf8))
        #expect(try VartaRun(["diff", graph, "no/such.json"]).status == 2)
        #expect(try VartaRun(["diff", graph]).status == 2)
        #expect(try VartaRun(["diff", graph, graph, "--from", "2024"]).status == 2)
    }

    @Test func malformedDOTIsReportedWithItsLine() throws {
        let run = try VartaRun(["render", "-", "--format", "svg"], stdin: Data("digraph g {\n a -> ;\n}".utf8))
        #expect(run.status != 0)
        #expect(run.stderr.contains("line 2"), "\(run.stderr)")
        #expect(run.stderr.split(separator: "\n").count <= 2)
    }

    @Test func anExistingOutputIsReplacedWhole() throws {
        try withTemporaryFolder { folder in
            let output = folder.appendingPathComponent("g.svg")
            try Data(repeating: 0x41, count: 10_000_000).write(to: output)
            let run = try VartaRun(["render", "\(VartaRun.example)/graph.json", "-o", output.path])
            #expect(run.status == 0)
            let svg = try Data(contentsOf: output)
            #expect(svg.count < 10_000_000 && XMLParser(data: svg).parse())
            #expect(try FileManager.default.contentsOfDirectory(atPath: folder.path) == ["g.svg"])
        }
    }
}
