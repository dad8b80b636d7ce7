import Foundation
import Testing
import VartaCore
@testable import VartaFormats

/// The fast reader must read every valid document as `JSONDecoder` does, and leave
/// everything else to it (nil), so that errors keep naming the field at fault.
@Suite("JSON read by hand")
struct GraphJSONReaderTests {
    static func decodedByFoundation(_ text: String) throws -> Graph {
        try JSONDecoder().decode(GraphDocument.self, from: Data(text.utf8)).graph()
    }

    static func readFast(_ text: String) -> Graph? {
        GraphJSONReader.read(Data(text.utf8))?.graph
    }

    @Test func readsWhatItWritesAsJSONDecoderDoes() throws {
        let text = String(decoding: VartaJSON.write(completeGraph()), as: UTF8.self)
        #expect(Self.readFast(text) == completeGraph())
        #expect(Self.readFast(text) == (try Self.decodedByFoundation(text)))
    }

    @Test func readsEscapesUnknownKeysNullsAndCompactLayout() throws {
        let text = #"""
        {"version":1,"extra":{"a":[1,-2,true,false,null,"x"]},"format":"varta-graph",
         "nodes":[{"id":"person:a","kind":"person","label":"A \"quoted\" \\ \/ \u0905\u093e \ud83d\ude00 tab\there",
                   "mentions":[],"names":null,"office":null,"occurrences":null,"affiliation":"country:IN"},
                  {"id":"country:IN","kind":"country","label":"India","mentions":["भारत"],"names":{"hi":"भारत"},
                   "occurrences":[{"text":"भारत","document":"d","start":0,"end":12}]}],
         "edges":[{"kind":"meeting","source":"person:a","target":"country:IN","dates":["2024-02-29"],"weight":2,
                   "evidence":[{"document":"d","sentence":"s","start":null,"date":"2024-02-29","polarity":null}],
                   "directed":false,"id":"ignored"}]}
        """#
        let fast = try #require(Self.readFast(text))
        #expect(fast == (try Self.decodedByFoundation(text)))
        #expect(fast.entities["person:a"]?.label == "A \"quoted\" \\ / \u{0905}\u{093E} 😀 tab\there")
    }

    @Test(arguments: [
        #"{"format":"varta-graph","version":1.0,"nodes":[],"edges":[]}"#,  // a number that is not a plain integer
        #"{"format":"varta-graph","version":1,"nodes":[],"edges":[],}"#,  // a trailing comma
        #"{"format":"varta-graph","version":1,"nodes":[]}"#,  // a missing member
        #"{"format":"varta-graph","format":"x","version":1,"nodes":[],"edges":[]}"#,  // a repeated key
        #"{"format":"varta-graph","version":1,"nodes":[{"id":"a","kind":"planet","label":"A","mentions":[]}],"edges":[]}"#,
        #"{"format":"varta-graph","version":1,"nodes":[],"edges":[{"kind":"meeting","source":"a","target":"b","dates":["2024-02-30"]}]}"#,
        #"{"format":"varta-graph","version":1,"nodes":[],"edges":[]} trailing"#,
        #"{"format":"\ud83d","version":1,"nodes":[],"edges":[]}"#,  // a lone surrogate
        "{\"format\":\"a\u{01}b\",\"version\":1,\"nodes\":[],\"edges\":[]}",  // a raw control character
    ])
    func leavesAnythingUnusualToJSONDecoder(_ text: String) {
        #expect(GraphJSONReader.read(Data(text.utf8)) == nil)
    }

    @Test func leavesInvalidUTF8ToJSONDecoder() {
        var bytes = Array(#"{"format":"varta-graph","version":1,"nodes":[],"edges":[],"x":"#.utf8)
        bytes += [0x22, 0xC3, 0x28, 0x22, 0x7D]  // "\xC3(" then }
        #expect(GraphJSONReader.read(Data(bytes)) == nil)
    }
}
