import Foundation
#if canImport(FoundationXML)
import FoundationXML
#endif
import Testing
import VartaCore
import VartaFormats
import VartaGraphviz

@Suite("Diff writers")
struct DiffWriterTests {
    let early = Day(iso: "2021-09-20")!
    let late = Day(iso: "2024-03-18")!

    func diff() -> GraphDiff {
        let entities = [
            Entity(id: "person:rajnath-singh", kind: .person, label: "Rajnath Singh", names: ["hi": "राजनाथ सिंह"]),
            Entity(id: "person:lloyd-austin", kind: .person, label: "Lloyd Austin"),
            Entity(id: "country:US", kind: .country, label: "United States"),
        ]
        let old = Graph(entities: entities + [Entity(id: "person:s-jaishankar", kind: .person, label: "S Jaishankar")], relations: [
            Relation(kind: .meeting, source: "person:rajnath-singh", target: "person:lloyd-austin", dates: [early], weight: 1),
            Relation(kind: .meeting, source: "person:s-jaishankar", target: "person:lloyd-austin", dates: [early], weight: 1),
            Relation(kind: .statement, source: "person:rajnath-singh", target: "country:US", polarity: .neutral, dates: [early], weight: 1),
        ])
        let new = Graph(entities: entities + [Entity(id: "person:sergey-lavrov", kind: .person, label: "Sergey Lavrov")], relations: [
            Relation(kind: .meeting, source: "person:rajnath-singh", target: "person:lloyd-austin", dates: [early, late], weight: 2),
            Relation(kind: .meeting, source: "person:sergey-lavrov", target: "person:rajnath-singh", dates: [late], weight: 1),
            Relation(kind: .statement, source: "person:rajnath-singh", target: "country:US", polarity: .negative, dates: [early], weight: 1),
        ])
        return GraphDiff(old: old, new: new)
    }

    @Test func textNamesEveryChangeAndColoursOnlyWhenAsked() {
        let text = DiffTextWriter.write(diff())
        #expect(text.contains("+ meeting      Rajnath Singh — Sergey Lavrov  (2024-03-18)"))
        #expect(text.contains("- meeting      Lloyd Austin — S Jaishankar  (2021-09-20)"))
        #expect(text.contains("~ meeting      Lloyd Austin — Rajnath Singh  weight 1 → 2, new dates 2024-03-18"))
        #expect(text.contains("~ statement    Rajnath Singh → United States [negative]  polarity neutral → negative"))
        #expect(!text.contains("\u{1B}["))
        #expect(DiffTextWriter.write(diff(), colored: true).contains("\u{1B}[32m+ person"))
        let same = GraphDiff(old: diff().new, new: diff().new)
        #expect(DiffTextWriter.write(same).hasPrefix("No difference"))
    }

    @Test func jsonHasTheDocumentedShapeAndStableBytes() throws {
        let data = DiffJSONWriter.write(diff())
        #expect(data == DiffJSONWriter.write(diff()))
        let object = try #require(try JSONSerialization.jsonObject(with: data) as? [String: Any])
        #expect(object["format"] as? String == "varta-diff")
        #expect(object["version"] as? Int == 1)
        let edges = try #require(object["edges"] as? [String: Any])
        let changed = try #require(edges["changed"] as? [[String: Any]])
        let statement = try #require(changed.first { $0["kind"] as? String == "statement" })
        #expect((statement["polarity"] as? [String: String]) == ["old": "neutral", "new": "negative"])
        let meeting = try #require(changed.first { $0["kind"] as? String == "meeting" })
        #expect(meeting["datesAdded"] as? [String] == ["2024-03-18"])
        #expect((edges["added"] as? [[String: Any]])?.first?["id"] as? String == "meeting:person:rajnath-singh--person:sergey-lavrov")
        #expect((object["nodes"] as? [String: Any])?["removed"] is [[String: Any]])
    }

    @Test func drawingColoursEachElementByStatus() throws {
        let dot = String(decoding: DiffDOTWriter.write(diff()), as: UTF8.self)
        let parsed = try GraphvizRenderer.parse(dot: dot)
        func edge(_ prefix: String) -> [String: String]? { parsed.edges.first { $0.attributes["id"]?.hasPrefix(prefix) == true }?.attributes }
        #expect(edge("meeting:person:rajnath-singh--person:sergey-lavrov")?["color"] == "#009E73")
        #expect(edge("meeting:person:lloyd-austin--person:s-jaishankar")?["color"] == "#D55E00")
        #expect(edge("meeting:person:lloyd-austin--person:s-jaishankar")?["style"] == "dashed")
        #expect(edge("meeting:person:lloyd-austin--person:rajnath-singh")?["color"] == "#E69F00")
        #expect(edge("meeting:person:lloyd-austin--person:rajnath-singh")?["tooltip"]?.contains("weight 1 → 2") == true)
        let jaishankar = try #require(parsed.nodes.first { $0.name == "person:s-jaishankar" })
        #expect(jaishankar.attributes["color"] == "#D55E00")
        #expect(parsed.nodes.first { $0.name == "country:US" }?.attributes["color"] == "#9A9A9A")
        let svg = try GraphvizRenderer.render(dot: dot, format: .svg, engine: .dot).bytes
        #expect(XMLParser(data: Data(svg)).parse())
        #expect(String(decoding: svg, as: UTF8.self).contains("Changes"))
    }
}
