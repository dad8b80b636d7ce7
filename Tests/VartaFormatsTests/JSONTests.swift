import Foundation
import Testing
import VartaCore
import VartaFormats

/// A graph with every field of every type filled, used by several suites.
func completeGraph() -> Graph {
    let span = TextSpan(document: "hi-sco-2023-04-28", start: 120, end: 150)
    let people = [
        Entity(id: "person:rajnath-singh", kind: .person, label: "Rajnath Singh",
               names: ["hi": "राजनाथ सिंह"],
               mentions: [Mention(text: "राजनाथ सिंह", span: span), Mention(text: "Rajnath")],
               office: "Defence Minister", affiliation: "country:IN"),
        Entity(id: "person:sergei-shoigu", kind: .person, label: "Sergei Shoigu",
               names: ["hi": "सर्गेई शोइगु"], mentions: [Mention(text: "शोइगु")],
               office: "Defence Minister", affiliation: "country:RU"),
    ]
    let places = [
        Entity(id: "country:IN", kind: .country, label: "India", names: ["hi": "भारत"], mentions: [Mention(text: "भारत")]),
        Entity(id: "country:RU", kind: .country, label: "Russia", names: ["hi": "रूस"], mentions: [Mention(text: "रूसी")]),
        Entity(id: "org:quad", kind: .organization, label: "Quad", names: ["hi": "क्वाड"], mentions: [Mention(text: "क्वाड")]),
    ]
    let day = Day(iso: "2023-04-28")!
    let evidence = Evidence(document: "hi-sco-2023-04-28", sentence: "रक्षा मंत्री राजनाथ सिंह ने ... मुलाकात की।",
                            start: 100, end: 400, date: day)
    let relations = [
        Relation(kind: .meeting, source: "person:sergei-shoigu", target: "person:rajnath-singh", evidence: [evidence]),
        Relation(kind: .statement, source: "person:sergei-shoigu", target: "org:quad", polarity: .negative,
                 dates: [day], weight: 1,
                 evidence: [Evidence(document: "hi-sco-2023-04-28", sentence: "शोइगु ने ... निशाना साधा है।",
                                     start: 900, end: 1000, date: day, polarity: .negative)]),
        Relation(kind: .membership, source: "country:IN", target: "org:quad", dates: [day], weight: 3),
        Relation(kind: .affiliation, source: "person:rajnath-singh", target: "country:IN"),
        Relation(kind: .affiliation, source: "person:sergei-shoigu", target: "country:RU"),
    ]
    return Graph(entities: people + places, relations: relations)
}

@Suite("varta-graph JSON")
struct JSONTests {
    @Test func roundTripKeepsEveryField() throws {
        let graph = completeGraph()
        let data = VartaJSON.write(graph)
        let back = try VartaJSON.read(data, source: "test.json")
        #expect(back == graph)
        #expect(VartaJSON.write(back) == data)
    }

    @Test func outputCarriesTheScorerContract() throws {
        let object = try JSONSerialization.jsonObject(with: VartaJSON.write(completeGraph())) as! [String: Any]
        #expect(object["format"] as? String == "varta-graph")
        #expect(object["version"] as? Int == 1)
        let nodes = object["nodes"] as! [[String: Any]]
        let rajnath = nodes.first { $0["id"] as? String == "person:rajnath-singh" }!
        #expect(rajnath["mentions"] as? [String] == ["Rajnath", "राजनाथ सिंह"])
        #expect(rajnath["kind"] as? String == "person")
        let edges = object["edges"] as! [[String: Any]]
        let statement = edges.first { $0["kind"] as? String == "statement" }!
        #expect(statement["polarity"] as? String == "negative")
        #expect(statement["dates"] as? [String] == ["2023-04-28"])
        #expect(statement["weight"] as? Int == 1)
        #expect((statement["evidence"] as? [Any])?.count == 1)
        #expect(edges.first { $0["kind"] as? String == "meeting" }?["polarity"] == nil)
    }

    @Test func outputIsIndependentOfInsertionOrder() {
        let graph = completeGraph()
        let reversed = Graph(entities: graph.sortedEntities.reversed(), relations: graph.sortedRelations.reversed())
        #expect(VartaJSON.write(reversed) == VartaJSON.write(graph))
    }

    @Test(arguments: [
        (#"{"format":"varta-graph","version":1,"nodes":[{"id":"a","kind":"planet","label":"A","mentions":[]}],"edges":[]}"#,
         "g.json: nodes[0].kind: is \"planet\", expected one of person, country, organization"),
        (#"{"format":"varta-graph","version":1,"nodes":[{"id":"a","kind":"person","mentions":[]}],"edges":[]}"#,
         "g.json: nodes[0].label: is missing"),
        (#"{"format":"varta-graph","version":1,"nodes":[],"edges":[{"kind":"meeting","source":"a","target":"b","weight":"2"}]}"#,
         "g.json: edges[0].weight: has the wrong type, expected a number"),
        (#"{"format":"varta-graph","version":1,"nodes":[],"edges":[{"kind":"meeting","source":"a","target":"b"}]}"#,
         #"refers to node "a", which is not in the graph"#),
        (#"{"format":"varta-graph","version":1,"nodes":[],"edges":[{"kind":"meeting","source":"a","target":"b","dates":["28 April"]}]}"#,
         "edges[0].dates[0]: is \"28 April\", expected a date as YYYY-MM-DD"),
        (#"{"format":"gexf","version":1,"nodes":[],"edges":[]}"#, "g.json: format: is \"gexf\""),
        (#"{"format":"varta-graph","version":7,"nodes":[],"edges":[]}"#, "g.json: version: is 7"),
        (#"{"format":"varta-graph","version":1,"nodes":[{"id":"a\\b","kind":"person","label":"A","mentions":[]}],"edges":[]}"#,
         "contains a backslash"),
        (#"{"format":"varta-graph", "#, "g.json: is not valid JSON"),
    ])
    func malformedInputNamesTheField(json: String, expected: String) {
        #expect {
            try VartaJSON.read(Data(json.utf8), source: "g.json")
        } throws: { error in
            "\(error)".contains(expected)
        }
    }
}
