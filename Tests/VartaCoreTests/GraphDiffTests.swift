import Testing
import VartaCore

@Suite("Graph diff")
struct GraphDiffTests {
    let early = Day(iso: "2021-09-20")!
    let late = Day(iso: "2024-03-18")!

    func people(_ ids: String...) -> [Entity] {
        ids.map { Entity(id: "person:\($0)", kind: .person, label: $0.uppercased()) }
    }

    var old: Graph {
        Graph(entities: people("rajnath", "austin", "jaishankar") + [Entity(id: "country:US", kind: .country, label: "United States")],
              relations: [
                Relation(kind: .meeting, source: "person:rajnath", target: "person:austin", dates: [early], weight: 1),
                Relation(kind: .meeting, source: "person:jaishankar", target: "person:austin", dates: [early], weight: 1),
                Relation(kind: .statement, source: "person:rajnath", target: "country:US", polarity: .neutral, dates: [early], weight: 1),
              ])
    }

    var new: Graph {
        Graph(entities: people("rajnath", "austin", "lavrov") + [Entity(id: "country:US", kind: .country, label: "United States")],
              relations: [
                Relation(kind: .meeting, source: "person:austin", target: "person:rajnath", dates: [early, late], weight: 3),
                Relation(kind: .meeting, source: "person:lavrov", target: "person:rajnath", dates: [late], weight: 1),
                Relation(kind: .statement, source: "person:rajnath", target: "country:US", polarity: .negative, dates: [early], weight: 1),
              ])
    }

    @Test func aGraphDiffedWithItselfIsEmpty() {
        let diff = GraphDiff(old: new, new: new)
        #expect(diff.isEmpty)
        #expect(diff.unchangedNodeCount == 4 && diff.unchangedEdgeCount == 3)
    }

    @Test func addedRemovedAndChangedAreFound() throws {
        let diff = GraphDiff(old: old, new: new)
        #expect(!diff.isEmpty)
        #expect(diff.addedNodes.map(\.id) == ["person:lavrov"])
        #expect(diff.removedNodes.map(\.id) == ["person:jaishankar"])
        #expect(diff.addedEdges.map(\.id) == ["meeting:person:lavrov--person:rajnath"])
        #expect(diff.removedEdges.map(\.id) == ["meeting:person:austin--person:jaishankar"])
        let meeting = try #require(diff.changedEdges.first { $0.new.kind == .meeting })
        #expect(meeting.weight == GraphDiff.ValueChange(old: 1, new: 3))
        #expect(meeting.datesAdded == [late])
        let statement = try #require(diff.changedEdges.first { $0.new.kind == .statement })
        #expect(statement.polarity == GraphDiff.ValueChange(old: .neutral, new: .negative))
    }

    @Test func swappingSidesSwapsAddedAndRemoved() {
        let forward = GraphDiff(old: old, new: new)
        let backward = GraphDiff(old: new, new: old)
        #expect(backward.addedNodes == forward.removedNodes)
        #expect(backward.removedNodes == forward.addedNodes)
        #expect(backward.addedEdges == forward.removedEdges)
        #expect(backward.removedEdges == forward.addedEdges)
        #expect(backward.changedEdges.map { $0.polarity?.new } == forward.changedEdges.map { $0.polarity?.old })
        #expect(backward == forward.swapped())
    }
}
