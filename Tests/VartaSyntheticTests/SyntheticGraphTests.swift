import Foundation
import Testing
import VartaCore
import VartaFormats
@testable import VartaSynthetic

@Suite("Synthetic graph")
struct SyntheticGraphTests {
    @Test("has the requested counts and is valid", arguments: [(10, 5), (100, 300), (2_000, 20_000)])
    func countsAndValidity(nodes: Int, edges: Int) throws {
        let graph = try SyntheticGraph.make(nodes: nodes, edges: edges, seed: 1).graph()
        #expect(graph.entities.count == nodes)
        #expect(graph.relations.count == edges)
        #expect(graph.problems().isEmpty)
        #expect(Set(graph.entities.values.map(\.kind)) == Set(EntityKind.allCases))
    }

    @Test("has every kind of edge, dates over several years, evidence and heavy-tailed degrees")
    func realistic() throws {
        let graph = try SyntheticGraph.make(nodes: 2_000, edges: 20_000, seed: 2).graph()
        #expect(Set(graph.relations.values.map(\.kind)) == Set(RelationKind.allCases))
        let years = Set(graph.relations.values.flatMap(\.dates).map(\.year))
        #expect(years.min()! >= 2015 && years.max()! <= 2026 && years.count >= 10)
        #expect(graph.relations.values.allSatisfy { !$0.evidence.isEmpty && $0.dates.count == $0.weight })
        var degree: [String: Int] = [:]
        for relation in graph.relations.values {
            degree[relation.source, default: 0] += 1
            degree[relation.target, default: 0] += 1
        }
        let sorted = degree.values.sorted()
        let median = sorted[sorted.count / 2]
        #expect(sorted.last! > 20 * median, "max \(sorted.last!), median \(median)")
    }

    @Test("the same seed gives the same JSON; another seed another graph")
    func deterministic() throws {
        let first = VartaJSON.write(try SyntheticGraph.make(nodes: 300, edges: 2_000, seed: 9).graph())
        let again = VartaJSON.write(try SyntheticGraph.make(nodes: 300, edges: 2_000, seed: 9).graph())
        let other = VartaJSON.write(try SyntheticGraph.make(nodes: 300, edges: 2_000, seed: 10).graph())
        #expect(first == again)
        #expect(first != other)
    }

    @Test("reads back from its JSON unchanged")
    func roundTrip() throws {
        let graph = try SyntheticGraph.make(nodes: 200, edges: 1_000, seed: 3).graph()
        #expect(try VartaJSON.read(VartaJSON.write(graph), source: "test") == graph)
    }

    @Test("a perturbed copy differs by about the requested share, in every way a diff shows")
    func perturbed() throws {
        let plan = try SyntheticGraph.make(nodes: 5_000, edges: 50_000, seed: 4)
        let before = plan.graph()
        let after = plan.perturbed(percent: 6, seed: 5).graph()
        #expect(after.problems().isEmpty)
        let diff = GraphDiff(old: before, new: after)
        let touched = diff.addedEdges.count + diff.removedEdges.count + diff.changedEdges.count
        #expect((2_400...4_500).contains(touched), "\(touched) edges differ")
        for count in [diff.addedEdges.count, diff.removedEdges.count, diff.changedEdges.count,
                      diff.addedNodes.count, diff.removedNodes.count, diff.changedNodes.count] {
            #expect(count > 0)
        }
        let same = plan.perturbed(percent: 6, seed: 5).graph()
        #expect(same == after)
    }

    @Test("impossible sizes are refused with a message saying what to ask for")
    func impossibleSizes() {
        #expect(throws: SyntheticError.self) { try SyntheticGraph.make(nodes: 5, edges: 1, seed: 1) }
        do {
            _ = try SyntheticGraph.make(nodes: 20, edges: 10_000, seed: 1)
            Issue.record("expected an error")
        } catch {
            #expect(error.description.contains("more nodes"))
        }
    }
}
