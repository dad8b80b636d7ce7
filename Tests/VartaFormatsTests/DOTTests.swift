import Foundation
import Testing
import VartaSynthetic  // SplitMix64: seeded, so a failure can be replayed
import VartaCore
import VartaFormats
import VartaGraphviz


/// Labels made of the pieces that break naive DOT writers, plus random Unicode.
func hostileLabel(_ rng: inout SplitMix64) -> String {
    let pieces = ["\"", "\\", "\\\\", "\n", "<", ">", "{", "}", "[", "]", ";", ",", "=", "->", "--",
                  "node", "edge", "graph", "digraph", "strict", "subgraph", "\\N", "\\G", "\\n", "\\l",
                  "राजनाथ सिंह", "शोइगु", "क्षत्रिय", "\u{200D}", "\u{200C}", "日本", "😀", "é", "\t", "&amp;",
                  "<b>", "</script>", " ", "2024abc", "d:e", "#", "//", "/*", "%3", "\u{FFFD}", "\\\""]
    var label = ""
    for _ in 0..<Int.random(in: 1...8, using: &rng) {
        if Bool.random(using: &rng) {
            label += pieces.randomElement(using: &rng)!
        } else {
            let ranges: [ClosedRange<UInt32>] = [0x20...0x7E, 0xA0...0x2FF, 0x900...0x97F, 0x4E00...0x4FFF, 0x1F600...0x1F64F]
            let range = ranges.randomElement(using: &rng)!
            label.unicodeScalars.append(Unicode.Scalar(UInt32.random(in: range, using: &rng))!)
        }
    }
    return label
}

@Suite("DOT writer")
struct DOTTests {
    @Test func generatedLabelsSurviveGraphvizParsing() throws {
        var rng = SplitMix64(seed: 20230428)
        var entities: [Entity] = []
        for index in 0..<300 {
            // Ids may be any text but backslashes, control characters and a leading "%"
            // (see Graph.invalidIDReason); scalars, not Characters, since "\\" may combine.
            var id = String.UnicodeScalarView()
            for scalar in hostileLabel(&rng).unicodeScalars {
                id.append(scalar == "\\" || scalar.properties.generalCategory == .control ? "/" : scalar)
            }
            let nodeID = "#\(index)" + String(id)
            entities.append(Entity(id: nodeID, kind: EntityKind.allCases[index % 3], label: hostileLabel(&rng),
                                   names: Bool.random(using: &rng) ? ["hi": hostileLabel(&rng)] : [:]))
        }
        var relations: [Relation] = []
        for index in 0..<400 {
            let a = entities[index % entities.count].id
            let b = entities[(index * 7 + 3) % entities.count].id
            guard a != b else { continue }
            relations.append(Relation(kind: RelationKind.allCases[index % 4], source: a, target: b,
                                      evidence: [Evidence(document: "d", sentence: hostileLabel(&rng))]))
        }
        let graph = Graph(entities: entities, relations: relations)
        let parsed = try GraphvizRenderer.parse(dot: DOTWriter.string(graph))

        #expect(parsed.nodes.count == graph.entities.count)
        #expect(parsed.edges.count == graph.relations.count)
        for node in parsed.nodes {
            guard let entity = graph.entities[node.name] else {
                Issue.record("node \(node.name.debugDescription) came back with another name")
                continue
            }
            #expect(DOTEscaping.unescapedLabel(node.attributes["label"] ?? "") == DOTWriter.displayLabel(for: entity))
        }
        let written = Set(graph.relations.values.map { "\($0.source)\u{0}\($0.target)" })
        let read = Set(parsed.edges.map { "\($0.tail)\u{0}\($0.head)" })
        #expect(read == written)
    }

    @Test func controlCharactersBecomeReplacementCharacters() throws {
        let graph = Graph(entities: [Entity(id: "a", kind: .person, label: "bell\u{7}nul\u{0}esc\u{1B}del\u{7F}")])
        let parsed = try GraphvizRenderer.parse(dot: DOTWriter.string(graph))
        #expect(parsed.nodes.first?.attributes["label"] == "bell\u{FFFD}nul\u{FFFD}esc\u{FFFD}del\u{FFFD}")
    }

    @Test func lineBreaksOfEveryKindBecomeOneBreak() {
        #expect(DOTEscaping.quoted("a\r\nb\rc\nd") == #""a\nb\nc\nd""#)
        #expect(DOTEscaping.quoted(#"ends with \"#) == #""ends with \\""#)
    }

    /// Escaping looks at eight bytes at a time; every byte that needs escaping must be found
    /// wherever it falls in that stride, and bytes that only look alike must be left alone.
    @Test func escapingFindsEverySpecialByteAtEveryPosition() {
        let specials = ["\"", "\\", "\n", "\r", "\r\n", "\t", "\u{0}", "\u{7}", "\u{1F}", "\u{7F}", "\u{85}", "\u{9F}",
                        "\u{A0}", "\u{BF}", "é", "क़", " ", "~"]
        for special in specials {
            for position in 0..<40 {
                let text = String(repeating: "a", count: position) + special + String(repeating: "b", count: 40 - position)
                #expect(DOTEscaping.quoted(text) == escapedScalarByScalar(text), "\(special.unicodeScalars.map(\.value)) at \(position)")
            }
        }
    }

    /// An edge's tooltip is escaped piece by piece straight into the output; it must come out
    /// as the whole text escaped at once, also where a piece ends in a carriage return and the
    /// next starts with a line feed.
    @Test func edgeTooltipIsEscapedAsOneString() throws {
        let a = Entity(id: "person:a", kind: .person, label: "Ends in return\r")
        let b = Entity(id: "person:b", kind: .person, label: "Quote \" and \\")
        let relation = Relation(kind: .statement, source: a.id, target: b.id, polarity: .negative, dates: [Day(year: 2024, month: 4, day: 26)!],
                                evidence: [Evidence(document: "d", sentence: "First, ending in return.\r", start: 0, end: 10),
                                           Evidence(document: "d", sentence: "Second\u{7}.", start: 20, end: 30)])
        let dot = DOTWriter.string(Graph(entities: [a, b], relations: [relation]))
        let whole = "Ends in return\r → Quote \" and \\: statement (negative), 2024-04-26"
            + "\n• First, ending in return.\r\n• Second\u{7}."
        #expect(dot.contains("tooltip=\(DOTEscaping.quoted(whole))];"))
        #expect(dot.contains(#"tooltip="Ends in return\n → Quote \" and \\: statement (negative), 2024-04-26\n• First, ending in return.\n• Second\#u{FFFD}."];"#))
    }

    @Test func stylesFollowKinds() throws {
        let parsed = try GraphvizRenderer.parse(dot: DOTWriter.string(completeGraph()))
        let shapes = Dictionary(uniqueKeysWithValues: parsed.nodes.map { ($0.name, $0.attributes["shape"]) })
        #expect(shapes["person:rajnath-singh"] == "ellipse")
        #expect(shapes["country:IN"] == "box")
        #expect(shapes["org:quad"] == "hexagon")
        let meeting = try #require(parsed.edges.first { $0.attributes["id"]?.hasPrefix("meeting:") == true })
        #expect(meeting.attributes["dir"] == "none")
        let statement = try #require(parsed.edges.first { $0.attributes["id"]?.hasPrefix("statement:") == true })
        #expect(statement.attributes["color"] == "#D55E00")
        #expect(statement.attributes["tooltip"]?.contains("निशाना साधा") == true)
        let rajnath = try #require(parsed.nodes.first { $0.name == "person:rajnath-singh" })
        #expect(rajnath.attributes["label"] == #"Rajnath Singh\nराजनाथ सिंह"#)
    }

    @Test func longNamesAreWrappedNearTheMiddle() {
        let sco = Entity(id: "org:sco", kind: .organization, label: "Shanghai Cooperation Organisation",
                         names: ["hi": "शंघाई सहयोग संगठन"])
        #expect(DOTWriter.displayLabel(for: sco) == "Shanghai Cooperation\nOrganisation\nशंघाई सहयोग संगठन")
        let short = Entity(id: "person:zhang-ming", kind: .person, label: "Zhang Ming")
        #expect(DOTWriter.displayLabel(for: short) == "Zhang Ming")
    }

    @Test func heavierEdgesAreDrawnThicker() throws {
        var graph = completeGraph()
        for document in ["b", "c", "d"] {
            graph.insert(Relation(kind: .meeting, source: "person:rajnath-singh", target: "person:sergei-shoigu",
                                  evidence: [Evidence(document: document, sentence: "met")]))
        }
        let parsed = try GraphvizRenderer.parse(dot: DOTWriter.string(graph))
        func width(_ prefix: String) -> Double {
            Double(parsed.edges.first { $0.attributes["id"]!.hasPrefix(prefix) }!.attributes["penwidth"]!)!
        }
        #expect(width("meeting:") > width("statement:"))
    }

    @Test func clustersHoldCountriesWithTheirPeopleAndLegendIsOptional() throws {
        let options = DOTOptions(clusterByCountry: true, legend: true)
        let text = DOTWriter.string(completeGraph(), options: options)
        #expect(text.contains(#"subgraph "cluster_country:IN" {"#))
        #expect(text.contains(#""varta:legend""#))
        let parsed = try GraphvizRenderer.parse(dot: text)
        #expect(parsed.nodes.count == completeGraph().entities.count + 1)
        #expect(!DOTWriter.string(completeGraph()).contains("varta:legend"))
    }

    @Test func outputIsDeterministic() {
        let graph = completeGraph()
        let shuffled = Graph(entities: graph.sortedEntities.reversed(), relations: graph.sortedRelations.reversed())
        #expect(DOTWriter.write(graph) == DOTWriter.write(shuffled))
    }
}

/// Large graphs have their edges written in pieces on all cores and joined: the result must
/// be every edge once, in graph order, each line as it is when that edge is written alone.
@Suite("DOT writer, large graphs")
struct LargeDOTTests {
    @Test func edgesWrittenInPiecesComeOutInOrderEachAsWrittenAlone() throws {
        let graph = try SyntheticGraph.make(nodes: 3_000, edges: 10_000, seed: 6).graph()
        let relations = graph.sortedRelations
        #expect(relations.count > 2 * 4_096)
        let edgeLines = DOTWriter.string(graph).split(separator: "\n").filter { $0.contains("\" -> \"") }
        #expect(edgeLines.count == relations.count)
        #expect(edgeLines.map { $0.split(separator: " [")[0] }
            == relations.map { "  \(DOTEscaping.quoted($0.source)) -> \(DOTEscaping.quoted($0.target))"[...] })
        for index in [0, 4_095, 4_096, 8_191, 8_192, relations.count - 1] {
            let relation = relations[index]
            let alone = Graph(entities: [graph.entities[relation.source]!, graph.entities[relation.target]!], relations: [relation])
            let line = DOTWriter.string(alone).split(separator: "\n").first { $0.contains("\" -> \"") }
            #expect(edgeLines[index] == line)
        }
    }
}

/// DOT quoting as `DOTEscaping` documents it, one scalar at a time.
private func escapedScalarByScalar(_ text: String) -> String {
    var out = "\""
    var previous: Unicode.Scalar?
    for scalar in text.unicodeScalars {
        switch scalar {
        case "\"": out += "\\\""
        case "\\": out += "\\\\"
        case "\n" where previous == "\r": break
        case "\n", "\r": out += "\\n"
        case "\t": out += "\t"
        default:
            let isControl = scalar.value < 0x20 || (0x7F...0x9F).contains(scalar.value)
            out.unicodeScalars.append(isControl ? "\u{FFFD}" : scalar)
        }
        previous = scalar
    }
    return out + "\""
}
