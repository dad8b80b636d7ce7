import Foundation
#if canImport(FoundationXML)
import FoundationXML
#endif
import Testing
import VartaCore
import VartaFormats
import VartaGraphviz

/// A small graph with Devanagari names, a statement and a membership.
let sampleDOT: String = {
    let graph = Graph(
        entities: [
            Entity(id: "person:rajnath-singh", kind: .person, label: "Rajnath Singh", names: ["hi": "राजनाथ सिंह"],
                   office: "Defence Minister", affiliation: "country:IN"),
            Entity(id: "person:sergei-shoigu", kind: .person, label: "Sergei Shoigu", names: ["hi": "सर्गेई शोइगु"]),
            Entity(id: "country:IN", kind: .country, label: "India", names: ["hi": "भारत"]),
            Entity(id: "org:quad", kind: .organization, label: "Quad", names: ["hi": "क्वाड"]),
        ],
        relations: [
            Relation(kind: .meeting, source: "person:rajnath-singh", target: "person:sergei-shoigu"),
            Relation(kind: .statement, source: "person:sergei-shoigu", target: "org:quad", polarity: .negative),
            Relation(kind: .membership, source: "country:IN", target: "org:quad"),
            Relation(kind: .affiliation, source: "person:rajnath-singh", target: "country:IN"),
        ])
    return DOTWriter.string(graph, options: DOTOptions(graphName: "sample", legend: true))
}()

/// Collects the text of an XML document, failing on any well-formedness error.
final class SVGText: NSObject, XMLParserDelegate {
    var text = ""
    var elements: [String] = []
    func parser(_ parser: XMLParser, foundCharacters string: String) { text += string }
    func parser(_ parser: XMLParser, didStartElement name: String, namespaceURI: String?,
                qualifiedName: String?, attributes: [String: String] = [:]) { elements.append(name) }

    static func parse(_ bytes: [UInt8]) -> SVGText? {
        let collector = SVGText()
        let parser = XMLParser(data: Data(bytes))
        parser.delegate = collector
        return parser.parse() ? collector : nil
    }
}

@Suite("Graphviz renderer")
struct RenderTests {
    static let cases: [(RenderFormat, LayoutEngine)] = RenderFormat.allCases.flatMap { format in
        LayoutEngine.allCases.map { (format, $0) }
    }

    @Test(arguments: cases)
    func everyFormatWithEveryEngine(format: RenderFormat, engine: LayoutEngine) throws {
        let rendering = try GraphvizRenderer.render(dot: sampleDOT, format: format, engine: engine)
        let bytes = rendering.bytes
        switch format {
        case .svg:
            let svg = try #require(SVGText.parse(bytes), "SVG is not well-formed XML")
            #expect(svg.elements.first == "svg")
            #expect(svg.text.contains("राजनाथ सिंह"))
            #expect(svg.text.contains("Legend"))
        case .png:
            #expect(bytes.starts(with: [0x89, 0x50, 0x4E, 0x47, 0x0D, 0x0A, 0x1A, 0x0A]))
            #expect(bytes.count > 2_000)
        case .pdf:
            #expect(bytes.starts(with: Array("%PDF-".utf8)))
        case .dot, .xdot:
            let laidOut = try GraphvizRenderer.parse(dot: String(decoding: bytes, as: UTF8.self))
            let rajnath = try #require(laidOut.nodes.first { $0.name == "person:rajnath-singh" })
            #expect(rajnath.attributes["pos"]?.isEmpty == false)
            #expect(rajnath.attributes["label"]?.contains("राजनाथ सिंह") == true)
            if format == .xdot { #expect(rajnath.attributes["_draw_"] != nil) }
        }
    }

    @Test func sameInputGivesIdenticalBytes() throws {
        for format in [RenderFormat.svg, .dot] {
            let first = try GraphvizRenderer.render(dot: sampleDOT, format: format, engine: .dot).bytes
            let second = try GraphvizRenderer.render(dot: sampleDOT, format: format, engine: .dot).bytes
            #expect(first == second)
        }
    }

    @Test func syntaxErrorsBecomeTypedErrorsWithTheLine() {
        #expect {
            try GraphvizRenderer.render(dot: "digraph g {\n a -> ;\n}", format: .svg, engine: .dot)
        } throws: { error in
            guard let error = error as? GraphvizError else { return false }
            return error.stage == .parse && error.message.contains("line 2")
                && error.description.hasPrefix("Graphviz could not read the DOT text")
        }
        // The next parse works: no error state leaks between calls.
        #expect(throws: Never.self) { try GraphvizRenderer.parse(dot: "digraph g { a -> b }") }
    }

    @Test func eachParseStartsFresh() throws {
        // Graphviz reads only the first graph; the lexer must not carry the rest into the next parse.
        let first = try GraphvizRenderer.parse(dot: "digraph one { a -> b }\ndigraph two { c -> d }\n")
        #expect(first.name == "one")
        let next = try GraphvizRenderer.parse(dot: "digraph three { e -> f }")
        #expect(next.name == "three" && next.nodes.map(\.name) == ["e", "f"])
        // Laid-out DOT uses line continuations, which once left the line count off by one.
        for engine in LayoutEngine.allCases {
            let laidOut = try GraphvizRenderer.render(dot: sampleDOT, format: .xdot, engine: engine)
            _ = try GraphvizRenderer.parse(dot: String(decoding: laidOut.bytes, as: UTF8.self))
            #expect {
                try GraphvizRenderer.parse(dot: "digraph g {\n a -> ;\n}")
            } throws: { error in
                (error as? GraphvizError)?.message == "syntax error in line 2 near ';'"
            }
        }
    }

    @Test func warningsAreCapturedNotPrinted() throws {
        let rendering = try GraphvizRenderer.render(
            dot: #"digraph g { a [shape="no-such-shape"]; }"#, format: .svg, engine: .dot)
        #expect(rendering.warnings.contains { $0.contains("no-such-shape") })
    }

    @Test func concurrentRendersAllSucceed() async throws {
        let sizes = try await withThrowingTaskGroup(of: Int.self) { group in
            for _ in 0..<8 {
                group.addTask {
                    let svg = try GraphvizRenderer.render(dot: sampleDOT, format: .svg, engine: .neato).bytes
                    #expect(SVGText.parse(svg)?.text.contains("सर्गेई शोइगु") == true)
                    return svg.count
                }
            }
            return try await group.reduce(into: [Int]()) { $0.append($1) }
        }
        #expect(sizes.count == 8)
        #expect(Set(sizes).count == 1)
    }

    @Test func engineIsChosenBySize() {
        #expect(LayoutEngine.automatic(nodeCount: 25, edgeCount: 40) == .dot)
        #expect(LayoutEngine.automatic(nodeCount: 300, edgeCount: 600) == .neato)
        #expect(LayoutEngine.automatic(nodeCount: 10_000, edgeCount: 20_000) == .sfdp)
        #expect(RenderFormat(fileName: "out/sco.SVG") == .svg)
        #expect(RenderFormat(fileName: "graph.gv") == .dot)
        #expect(RenderFormat(fileName: "graph.jpeg") == nil)
        #expect(RenderFormat(fileName: "folder.d/graph") == nil)
    }
}

@Suite("Hindi text")
struct HindiFontTests {
    @Test func aFontForHindiIsInstalled() throws {
        let process = Process()
        process.executableURL = URL(fileURLWithPath: "/usr/bin/fc-list")
        process.arguments = [":lang=hi", "family"]
        let pipe = Pipe()
        process.standardOutput = pipe
        try process.run()
        process.waitUntilExit()
        let families = String(decoding: pipe.fileHandleForReading.readDataToEndOfFile(), as: UTF8.self)
        #expect(!families.isEmpty, "no font covers Hindi: install fonts-noto-core (make deps)")
    }

    /// Without a Devanagari font every glyph is measured as a box and the node grows
    /// (measured here: 2.47 in against 1.40 in for the Latin name; with Noto, 0.92 against 1.29).
    @Test func devanagariLabelsAreMeasuredAsRealGlyphs() throws {
        let dot = #"digraph g { node [fontname="Noto Sans,Noto Sans Devanagari", fontsize="14"]; "a" [label="राजनाथ सिंह", shape="box", margin="0"]; "b" [label="Rajnath Singh", shape="box", margin="0"]; }"#
        let laidOut = try GraphvizRenderer.parse(dot: String(
            decoding: GraphvizRenderer.render(dot: dot, format: .dot, engine: .dot).bytes, as: UTF8.self))
        func width(_ name: String) -> Double {
            Double(laidOut.nodes.first { $0.name == name }?.attributes["width"] ?? "") ?? .infinity
        }
        #expect(width("a") < 1.2 * width("b"), "Hindi label \(width("a")) in wide against Latin \(width("b")) in: Devanagari glyphs are missing")
    }
}

/// Clusters are laid out and written in the order the DOT text gives them, not in the
/// order of wherever the allocator put their names (cgraph's default ids are addresses).
@Suite("order of clusters")
struct ClusterOrderTests {
    @Test func clustersComeOutInTheOrderOfTheText() throws {
        // Names of many lengths, so that they come from different parts of the heap, in an
        // order that is neither alphabetical nor by length.
        var state: UInt64 = 7
        let names = (0..<60).map { index -> String in
            state = state &* 6_364_136_223_846_793_005 &+ 1_442_695_040_888_963_407
            return "cluster_\(String(repeating: "x", count: Int(state >> 59) * 7))\(59 - index)"
        }
        let body = names.enumerated().map { index, name in "subgraph \"\(name)\" { n\(index) }" }.joined(separator: "\n")
        let svg = try GraphvizRenderer.render(dot: "digraph g {\n\(body)\n}", format: .svg, engine: .dot)
        let text = String(decoding: svg.bytes, as: UTF8.self)
        let titles = text.split(separator: "<title>").dropFirst().compactMap { piece in
            piece.split(separator: "<", maxSplits: 1).first.map(String.init)
        }.filter { $0.hasPrefix("cluster_") }
        #expect(titles == names)
        // The same text rendered again gives the same bytes.
        #expect(try GraphvizRenderer.render(dot: "digraph g {\n\(body)\n}", format: .svg, engine: .dot).bytes == svg.bytes)
    }
}
