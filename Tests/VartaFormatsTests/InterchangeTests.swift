import Foundation
#if canImport(FoundationXML)
import FoundationXML
#endif
import Testing
import VartaCore
import VartaFormats

/// Runs python3 with a script and arguments, when python3 is installed.
enum Python {
    struct Run {
        let status: Int32
        let stdout: Data
        let stderr: String
    }

    static func run(_ script: String, _ arguments: [String] = []) throws -> Run {
        let process = Process()
        process.executableURL = URL(fileURLWithPath: "/usr/bin/env")
        process.arguments = ["python3", "-c", script] + arguments
        let out = Pipe(), err = Pipe()
        process.standardOutput = out
        process.standardError = err
        try process.run()
        let stdout = out.fileHandleForReading.readDataToEndOfFile()
        let stderr = String(decoding: err.fileHandleForReading.readDataToEndOfFile(), as: UTF8.self)
        process.waitUntilExit()
        return Run(status: process.terminationStatus, stdout: stdout, stderr: stderr)
    }

    /// Whether python3 can import `module`.
    static func has(_ module: String) -> Bool {
        (try? run("import \(module)"))?.status == 0
    }

    static let hasNetworkX = has("networkx")
    static let hasJSONSchema = has("jsonschema")
}

/// The example graph in examples/sco-2023-04-28, read as VartaJSON reads it.
func exampleGraph() throws -> Graph {
    let data = try Data(contentsOf: repositoryURL.appendingPathComponent("examples/sco-2023-04-28/graph.json"))
    return try VartaJSON.read(data, source: "graph.json")
}

let repositoryURL = URL(fileURLWithPath: #filePath)
    .deletingLastPathComponent().deletingLastPathComponent().deletingLastPathComponent()

/// Writes `bytes` to a new temporary file, runs `body` with its path, removes it.
func withTemporaryFile<T>(_ bytes: some Sequence<UInt8>, suffix: String, _ body: (String) throws -> T) throws -> T {
    let url = FileManager.default.temporaryDirectory.appendingPathComponent("varta-\(UUID().uuidString)\(suffix)")
    try Data(bytes).write(to: url)
    defer { try? FileManager.default.removeItem(at: url) }
    return try body(url.path)
}

/// Every element of an XML document, in order, with its attributes, text and ancestors.
final class XMLElements: NSObject, XMLParserDelegate {
    struct Element {
        let name: String
        let attributes: [String: String]
        var text: String
        let ancestors: [[String: String]]
    }

    private(set) var elements: [Element] = []
    private var open: [Int] = []
    private(set) var error: String?

    /// Parses `bytes`; nil when they are not well-formed XML (the reason is in `error`).
    static func parse(_ bytes: [UInt8]) -> XMLElements? {
        let collector = XMLElements()
        let parser = XMLParser(data: Data(bytes))
        parser.delegate = collector
        guard parser.parse() else {
            collector.error = parser.parserError.map { "\($0)" } ?? "unknown"
            return nil
        }
        return collector
    }

    func named(_ name: String) -> [Element] { elements.filter { $0.name == name } }

    func parser(_ parser: XMLParser, didStartElement elementName: String, namespaceURI: String?,
                qualifiedName: String?, attributes: [String: String] = [:]) {
        elements.append(Element(name: elementName, attributes: attributes, text: "",
                                ancestors: open.map { elements[$0].attributes }))
        open.append(elements.count - 1)
    }

    func parser(_ parser: XMLParser, didEndElement elementName: String, namespaceURI: String?, qualifiedName: String?) {
        open.removeLast()
    }

    func parser(_ parser: XMLParser, foundCharacters string: String) {
        if let current = open.last { elements[current].text += string }
    }
}

/// Labels that break naive XML and CSV writers.
let adversarialLabels = [
    "A < B & C > D", "\"quoted\" and 'single'", "]]> end of CDATA", "&amp; already escaped",
    "bell\u{07}null\u{00}escape\u{1B}", "tab\there", "line\nbreak", "crlf\r\nline", "lone\rreturn",
    "राजनाथ सिंह", "क्षत्रिय\u{200D}", "non\u{FFFE}char\u{FFFF}", "comma, \"quote\", and\nnewline", "  spaced  ", "",
]

/// A graph whose nodes carry `adversarialLabels` as labels, Hindi names and offices.
func adversarialGraph() -> Graph {
    let entities = adversarialLabels.enumerated().map { index, label in
        Entity(id: "person:\(index)<&\"'>", kind: .person, label: label, names: ["hi": label],
               mentions: [Mention(text: label)], office: label)
    }
    let relations = (1..<entities.count).map { index in
        Relation(kind: index.isMultiple(of: 2) ? .meeting : .statement, source: entities[0].id,
                 target: entities[index].id, dates: [Day(year: 2024, month: 3, day: index)!])
    }
    return Graph(entities: entities, relations: relations)
}

/// What an XML reader gives back for `text`: characters XML cannot hold become U+FFFD.
func xmlReadable(_ text: String) -> String {
    var result = String.UnicodeScalarView()
    for scalar in text.unicodeScalars {
        let allowed = scalar.value >= 0x20 || [0x9, 0xA, 0xD].contains(scalar.value)
        result.append(allowed && scalar.value != 0xFFFE && scalar.value != 0xFFFF ? scalar : "\u{FFFD}")
    }
    return String(result)
}

/// Records of an RFC 4180 CSV text: quoted fields may hold commas, doubled quotes and line breaks.
func parseCSV(_ text: String) -> [[String]] {
    var rows: [[String]] = [], row: [String] = [], field = "", quoted = false
    var scalars = Array(text.unicodeScalars)[...]
    while let scalar = scalars.popFirst() {
        if quoted {
            if scalar == "\"" {
                if scalars.first == "\"" { field.unicodeScalars.append(scalars.removeFirst()) } else { quoted = false }
            } else {
                field.unicodeScalars.append(scalar)
            }
            continue
        }
        switch scalar {
        case "\"": quoted = true
        case ",": row.append(field); field = ""
        case "\r" where scalars.first == "\n":
            scalars.removeFirst()
            row.append(field); rows.append(row); row = []; field = ""
        default: field.unicodeScalars.append(scalar)
        }
    }
    if !field.isEmpty || !row.isEmpty { row.append(field); rows.append(row) }
    return rows
}

@Suite("Interchange formats")
struct InterchangeTests {
    // MARK: networkx reads GraphML and GEXF

    static let networkxScript = """
        import json, sys
        import networkx as nx
        kind, path = sys.argv[1], sys.argv[2]
        g = nx.read_graphml(path) if kind == "graphml" else nx.read_gexf(path)
        nodes = {n: {k: v for k, v in d.items() if k != "spells"} for n, d in g.nodes(data=True)}
        edges = []
        for u, v, d in g.edges(data=True):
            d = dict(d)
            d["source"], d["target"] = u, v
            d["spells"] = [list(s) for s in d.get("spells", [])]
            edges.append(d)
        spells = {n: [list(s) for s in d.get("spells", [])] for n, d in g.nodes(data=True)}
        print(json.dumps({"directed": g.is_directed(), "nodes": nodes, "edges": edges, "nodeSpells": spells}))
        """

    struct NetworkXGraph: Decodable {
        struct Edge: Decodable {
            let source: String
            let target: String
            let kind: String
            let polarity: String?
            let weight: Double
            let directed: Bool
            let first_date: String?
            let last_date: String?
            let evidence_count: Int
            let spells: [[String]]
        }

        let directed: Bool
        let nodes: [String: [String: String]]
        let edges: [Edge]
        let nodeSpells: [String: [[String]]]
    }

    func readWithNetworkX(_ format: String, _ bytes: [UInt8]) throws -> NetworkXGraph {
        let run = try withTemporaryFile(bytes, suffix: ".\(format)") { path in
            try Python.run(Self.networkxScript, [format, path])
        }
        try #require(run.status == 0, "networkx could not read the \(format): \(run.stderr)")
        return try JSONDecoder().decode(NetworkXGraph.self, from: run.stdout)
    }

    /// networkx agrees with the graph on every node's label, kind and Hindi name and every
    /// edge's kind, polarity, weight, dates and direction.
    func expectSameGraph(_ read: NetworkXGraph, as graph: Graph, labelKey: String) {
        #expect(read.directed)
        #expect(read.nodes.count == graph.entities.count)
        #expect(read.edges.count == graph.relations.count)
        for entity in graph.sortedEntities {
            let node = read.nodes[entity.id]
            #expect(node?[labelKey] == entity.label, "\(entity.id)")
            #expect(node?["kind"] == entity.kind.rawValue, "\(entity.id)")
            #expect(node?["label_hi"] == entity.hindiName, "\(entity.id)")
            #expect(node?["office"] == entity.office, "\(entity.id)")
        }
        let edges = Dictionary(read.edges.map { ("\($0.kind):\($0.source)>\($0.target)", $0) }) { first, _ in first }
        for relation in graph.sortedRelations {
            let edge = edges["\(relation.kind.rawValue):\(relation.source)>\(relation.target)"]
            #expect(edge != nil, "\(relation.id) is missing")
            #expect(edge?.polarity == relation.polarity?.rawValue, "\(relation.id)")
            #expect(edge?.weight == Double(relation.weight), "\(relation.id)")
            #expect(edge?.directed == relation.kind.isDirected, "\(relation.id)")
            #expect(edge?.first_date == relation.dates.first?.description, "\(relation.id)")
            #expect(edge?.last_date == relation.dates.last?.description, "\(relation.id)")
            #expect(edge?.evidence_count == relation.evidence.count, "\(relation.id)")
        }
    }

    @Test(.enabled(if: Python.hasNetworkX, "python3 with networkx is not installed"))
    func networkxReadsTheGraphML() throws {
        let graph = try exampleGraph()
        #expect(graph.relations.values.contains { $0.kind == .statement })
        let read = try readWithNetworkX("graphml", GraphMLWriter.write(graph, directions: .uniform))
        expectSameGraph(read, as: graph, labelKey: "label")
    }

    @Test(.enabled(if: Python.hasNetworkX, "python3 with networkx is not installed"))
    func networkxReadsTheGEXFWithSpells() throws {
        let graph = try exampleGraph()
        let read = try readWithNetworkX("gexf", GEXFWriter.write(graph, directions: .uniform))
        expectSameGraph(read, as: graph, labelKey: "label")
        for relation in graph.sortedRelations {
            let edge = read.edges.first { $0.source == relation.source && $0.target == relation.target && $0.kind == relation.kind.rawValue }
            #expect(edge?.spells == relation.dates.map { [$0.description, $0.description] }, "\(relation.id)")
        }
        var spanned = 0
        for entity in graph.sortedEntities {
            let dates = graph.relations.values.filter { $0.source == entity.id || $0.target == entity.id }.flatMap(\.dates)
            let expected = dates.min().map { [[$0.description, dates.max()!.description]] } ?? []
            #expect(read.nodeSpells[entity.id] == expected, "\(entity.id)")
            spanned += expected.count
        }
        #expect(spanned > 0)
    }

    // MARK: XML is well-formed whatever the labels

    @Test func graphMLKeepsAdversarialLabels() throws {
        let graph = adversarialGraph()
        let bytes = GraphMLWriter.write(graph)
        let parsed = XMLElements.parse(bytes)
        let xml = try #require(parsed, "GraphML is not well-formed")
        var labels: [String: String] = [:], hindi: [String: String] = [:]
        for data in xml.named("data") {
            guard let node = data.ancestors.last?["id"] else { continue }
            if data.attributes["key"] == "node_label" { labels[node] = data.text }
            if data.attributes["key"] == "node_label_hi" { hindi[node] = data.text }
        }
        #expect(xml.named("node").map { $0.attributes["id"] } == graph.sortedEntities.map(\.id))
        for entity in graph.sortedEntities {
            #expect(labels[entity.id] == xmlReadable(entity.label), "\(entity.id)")
            #expect(hindi[entity.id] == xmlReadable(entity.label), "\(entity.id)")
        }
        let keys = Set(xml.named("key").compactMap { $0.attributes["id"] })
        #expect(Set(xml.named("data").compactMap { $0.attributes["key"] }).isSubset(of: keys))
        let edges = xml.named("edge")
        #expect(edges.count == graph.relations.count)
        for edge in edges {
            let isMeeting = edge.attributes["id"]?.hasPrefix("meeting:") == true
            #expect(edge.attributes["directed"] == (isMeeting ? "false" : nil), "\(edge.attributes)")
        }
        #expect(xml.named("graph").first?.attributes["edgedefault"] == "directed")
    }

    @Test func gexfKeepsAdversarialLabels() throws {
        let graph = adversarialGraph()
        let parsed = XMLElements.parse(GEXFWriter.write(graph))
        let xml = try #require(parsed, "GEXF is not well-formed")
        let nodes = xml.named("node")
        #expect(nodes.map { $0.attributes["id"] } == graph.sortedEntities.map(\.id))
        for (node, entity) in zip(nodes, graph.sortedEntities) {
            #expect(node.attributes["label"] == xmlReadable(entity.label), "\(entity.id)")
        }
        let offices = xml.named("attvalue").filter { $0.attributes["for"] == "office" }
        #expect(offices.map { $0.attributes["value"] } == graph.sortedEntities.map { xmlReadable($0.label) })
        let root = try #require(xml.named("gexf").first)
        #expect(root.attributes["version"] == "1.3")
        #expect(root.attributes["xmlns"] == "http://gexf.net/1.3")
        let graphElement = try #require(xml.named("graph").first)
        #expect(graphElement.attributes["mode"] == "dynamic")
        #expect(graphElement.attributes["timeformat"] == "date")
        for (edge, relation) in zip(xml.named("edge"), graph.sortedRelations) {
            #expect(edge.attributes["type"] == (relation.kind == .meeting ? "undirected" : "directed"))
            #expect(edge.attributes["weight"] == String(relation.weight))
        }
        #expect(xml.named("spell").count == graph.relations.values.map(\.dates.count).reduce(0, +) + graph.entities.count)
    }

    @Test func xmlEscapingReplacesWhatXMLCannotHold() {
        #expect(XMLEscaping.escaped("a<b>&\"'") == "a&lt;b&gt;&amp;&quot;&apos;")
        #expect(XMLEscaping.escaped("\t\n\r") == "&#9;&#10;&#13;")
        #expect(XMLEscaping.escaped("x\u{0}\u{1F}\u{FFFE}\u{FFFF}y") == "x\u{FFFD}\u{FFFD}\u{FFFD}\u{FFFD}y")
        #expect(XMLEscaping.escaped("राजनाथ 😀\u{85}") == "राजनाथ 😀\u{85}")
    }

    // MARK: CSV

    @Test func csvRoundTripsAdversarialLabels() throws {
        let graph = adversarialGraph()
        let nodeBytes = CSVWriter.nodes(graph)
        let rows = parseCSV(String(decoding: nodeBytes, as: UTF8.self))
        #expect(rows.first == ["Id", "Label", "Kind", "Label_hi", "Office", "Affiliation", "Mentions"])
        #expect(rows.count == graph.entities.count + 1)
        for (row, entity) in zip(rows.dropFirst(), graph.sortedEntities) {
            #expect(row == [entity.id, entity.label, "person", entity.label, entity.label, "", entity.label], "\(entity.id)")
        }
        #expect(nodeBytes.suffix(2) == [0x0D, 0x0A])
        let text = String(decoding: nodeBytes, as: UTF8.self)
        #expect(text.contains("\"comma, \"\"quote\"\", and\nnewline\""))
    }

    @Test func csvEdgesCarryGephiColumns() throws {
        let graph = completeGraph().merging(Graph(entities: [], relations: [
            Relation(kind: .meeting, source: "person:rajnath-singh", target: "person:sergei-shoigu",
                     dates: [Day(iso: "2021-03-20")!, Day(iso: "2024-03-18")!], weight: 1),
        ]))
        let rows = parseCSV(String(decoding: CSVWriter.edges(graph), as: UTF8.self))
        #expect(rows.first == ["Source", "Target", "Type", "Id", "Label", "Kind", "Polarity", "Weight", "Dates", "Timeset"])
        #expect(rows.count == graph.relations.count + 1)
        let meeting = try #require(rows.first { $0[5] == "meeting" })
        #expect(meeting == ["person:rajnath-singh", "person:sergei-shoigu", "Undirected",
                            "meeting:person:rajnath-singh--person:sergei-shoigu", "meeting", "meeting", "", "2",
                            "2021-03-20;2023-04-28;2024-03-18",
                            "<[2021-03-20,2021-03-20];[2023-04-28,2023-04-28];[2024-03-18,2024-03-18]>"])
        let statement = try #require(rows.first { $0[5] == "statement" })
        #expect(statement[2] == "Directed")
        #expect(statement[6] == "negative")
        let affiliation = try #require(rows.first { $0[5] == "affiliation" })
        #expect(affiliation[8] == "" && affiliation[9] == "")
    }

    // MARK: Cytoscape.js

    @Test func cytoscapeHasElementsWithData() throws {
        let graph = completeGraph()
        let object = try JSONSerialization.jsonObject(with: CytoscapeWriter.write(graph)) as? [String: Any]
        let elements = try #require(object?["elements"] as? [String: Any])
        let nodes = try #require(elements["nodes"] as? [[String: [String: Any]]])
        let edges = try #require(elements["edges"] as? [[String: [String: Any]]])
        #expect(nodes.map { $0["data"]?["id"] as? String } == graph.sortedEntities.map(\.id))
        let rajnath = try #require(nodes.first { $0["data"]?["id"] as? String == "person:rajnath-singh" }?["data"])
        #expect(rajnath["label"] as? String == "Rajnath Singh")
        #expect(rajnath["kind"] as? String == "person")
        #expect(rajnath["label_hi"] as? String == "राजनाथ सिंह")
        #expect(rajnath["affiliation"] as? String == "country:IN")
        #expect(edges.map { $0["data"]?["id"] as? String } == graph.sortedRelations.map(\.id))
        let statement = try #require(edges.first { $0["data"]?["kind"] as? String == "statement" }?["data"])
        #expect(statement["source"] as? String == "person:sergei-shoigu")
        #expect(statement["target"] as? String == "org:quad")
        #expect(statement["polarity"] as? String == "negative")
        #expect(statement["weight"] as? Int == 1)
        #expect(statement["dates"] as? [String] == ["2023-04-28"])
        #expect(CytoscapeWriter.write(graph) == CytoscapeWriter.write(Graph(entities: graph.sortedEntities.reversed(),
                                                                            relations: graph.sortedRelations.reversed())))
    }

    // MARK: JSON Schema

    static let schemaScript = """
        import json, sys
        import jsonschema
        schema = json.load(open(sys.argv[1]))
        jsonschema.Draft202012Validator.check_schema(schema)
        validator = jsonschema.Draft202012Validator(schema)
        for path in sys.argv[2:]:
            for error in validator.iter_errors(json.load(open(path))):
                print(path, "/".join(map(str, error.absolute_path)), error.message)
        """

    /// The schema's complaints about each document, one line each; empty when all are valid.
    func schemaProblems(_ documents: [Data]) throws -> [String] {
        let schema = repositoryURL.appendingPathComponent("docs/varta-graph.schema.json").path
        var paths: [String] = []
        defer { for path in paths { try? FileManager.default.removeItem(atPath: path) } }
        for document in documents {
            let url = FileManager.default.temporaryDirectory.appendingPathComponent("varta-\(UUID().uuidString).json")
            try document.write(to: url)
            paths.append(url.path)
        }
        let run = try Python.run(Self.schemaScript, [schema] + paths)
        try #require(run.status == 0, "the schema check failed: \(run.stderr)")
        return String(decoding: run.stdout, as: UTF8.self).split(separator: "\n").map(String.init)
    }

    @Test(.enabled(if: Python.hasJSONSchema, "python3 with jsonschema is not installed"))
    func schemaAcceptsWhatVartaWrites() throws {
        let example = try Data(contentsOf: repositoryURL.appendingPathComponent("examples/sco-2023-04-28/graph.json"))
        #expect(try schemaProblems([example, VartaJSON.write(completeGraph()), VartaJSON.write(try exampleGraph())]) == [])
    }

    @Test(.enabled(if: Python.hasJSONSchema, "python3 with jsonschema is not installed"))
    func schemaRefusesWhatVartaRefuses() throws {
        let broken = [
            #"{"format":"varta-graph","version":1,"nodes":[{"id":"a","kind":"planet","label":"A","mentions":[]}],"edges":[]}"#,
            #"{"format":"varta-graph","version":1,"nodes":[{"id":"a","kind":"person","mentions":[]}],"edges":[]}"#,
            #"{"format":"varta-graph","version":1,"nodes":[{"id":"%a","kind":"person","label":"A","mentions":[]}],"edges":[]}"#,
            #"{"format":"varta-graph","version":1,"nodes":[{"id":"a\\b","kind":"person","label":"A","mentions":[]}],"edges":[]}"#,
            #"{"format":"varta-graph","version":1,"nodes":[],"edges":[{"kind":"meeting","source":"a","target":"b","weight":"2"}]}"#,
            #"{"format":"varta-graph","version":1,"nodes":[],"edges":[{"kind":"meeting","source":"a","target":"b","dates":["28 April"]}]}"#,
            #"{"format":"varta-graph","version":1,"nodes":[],"edges":[{"kind":"statement","source":"a","target":"b","polarity":"hostile"}]}"#,
            #"{"format":"varta-graph","version":1,"nodes":[],"edges":[{"kind":"meeting","source":"a","target":"b","weight":0}]}"#,
            #"{"format":"gexf","version":1,"nodes":[],"edges":[]}"#,
            #"{"format":"varta-graph","version":7,"nodes":[],"edges":[]}"#,
        ]
        let problems = try schemaProblems(broken.map { Data($0.utf8) })
        let refusedFiles = Set(problems.map { $0.prefix { $0 != " " } })
        #expect(refusedFiles.count == broken.count, "\(problems)")
    }
}
