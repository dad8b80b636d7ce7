import Foundation
import Testing
import VartaCore
@testable import VartaFormats
import VartaSynthetic

/// `VartaJSON.write` lays JSON out itself for speed; it must stay byte for byte what
/// Foundation's `JSONEncoder` writes for the same document, which is what readers saw before.
@Suite("JSON written by hand")
struct PrettyJSONTests {
    static func encodedByFoundation(_ graph: Graph) throws -> Data {
        let encoder = JSONEncoder()
        encoder.outputFormatting = [.prettyPrinted, .sortedKeys, .withoutEscapingSlashes]
        return try encoder.encode(GraphDocument(graph)) + Data("\n".utf8)
    }

    @Test func matchesJSONEncoderOnACompleteGraph() throws {
        #expect(VartaJSON.write(completeGraph()) == (try Self.encodedByFoundation(completeGraph())))
    }

    /// Past `ParallelPieces.pieceSize` nodes and edges, both lists are written in pieces on
    /// all cores; joined, they must still be what `JSONEncoder` writes.
    @Test func matchesJSONEncoderOnAGraphWrittenInPieces() throws {
        let graph = try SyntheticGraph.make(nodes: 6_000, edges: 12_000, seed: 4).graph()
        #expect(graph.entities.count > ParallelPieces.pieceSize && graph.relations.count > 2 * ParallelPieces.pieceSize)
        #expect(VartaJSON.write(graph) == (try Self.encodedByFoundation(graph)))
    }

    @Test func matchesJSONEncoderOnHostileTextAndEmptyParts() throws {
        var hostile = ""
        for value in 0..<0x80 { hostile.unicodeScalars.append(Unicode.Scalar(value)!) }
        hostile += "\u{2028}\u{2029}\u{FEFF}é राजनाथ \"quoted\" back\\slash /slash"
        let graph = Graph(
            entities: [
                Entity(id: "person:x", kind: .person, label: hostile, names: ["hi": hostile, "en": "x", "B": "y"],
                       mentions: [Mention(text: hostile, span: TextSpan(document: hostile, start: 0, end: 1))]),
                Entity(id: "country:IN", kind: .country, label: "India"),
            ],
            relations: [
                Relation(kind: .statement, source: "person:x", target: "country:IN", polarity: .positive,
                         evidence: [Evidence(document: "d", sentence: hostile, date: Day(iso: "2024-01-02"))]),
                Relation(kind: .meeting, source: "person:x", target: "country:IN", weight: 0),
            ])
        #expect(VartaJSON.write(graph) == (try Self.encodedByFoundation(graph)))
        #expect(VartaJSON.write(Graph()) == (try Self.encodedByFoundation(Graph())))
    }
}
