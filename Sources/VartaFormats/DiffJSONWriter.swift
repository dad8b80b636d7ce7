import Foundation
import VartaCore

/// A diff as JSON for programs: the "varta-diff" format, version 1 (docs/FORMAT.md).
/// Keys are sorted and lists keep the diff's order, so the same diff gives the same bytes.
public enum DiffJSONWriter {
    public static func write(_ diff: GraphDiff) -> Data {
        let encoder = JSONEncoder()
        encoder.outputFormatting = [.prettyPrinted, .sortedKeys, .withoutEscapingSlashes]
        var data = try! encoder.encode(DiffDocument(diff))  // strings, numbers and arrays only
        data.append(UInt8(ascii: "\n"))
        return data
    }
}

private struct DiffDocument: Encodable {
    struct Size: Encodable {
        let nodes: Int
        let edges: Int
    }

    struct Change<Value: Encodable>: Encodable {
        let old: Value?
        let new: Value?
    }

    struct NodeChangeRecord: Encodable {
        let id: String
        let fields: [String: Change<String>]
    }

    struct EdgeChangeRecord: Encodable {
        let id: String
        let kind: RelationKind
        let source: String
        let target: String
        let weight: Change<Int>?
        let polarity: Change<Polarity>?
        let datesAdded: [Day]
        let datesRemoved: [Day]
    }

    struct Section<Record: Encodable, ChangeRecord: Encodable>: Encodable {
        let added: [Record]
        let removed: [Record]
        let changed: [ChangeRecord]
        let unchanged: Int
    }

    let format = "varta-diff"
    let version = 1
    let old: Size
    let new: Size
    let nodes: Section<NodeRecord, NodeChangeRecord>
    let edges: Section<EdgeRecord, EdgeChangeRecord>

    init(_ diff: GraphDiff) {
        old = Size(nodes: diff.old.entities.count, edges: diff.old.relations.count)
        new = Size(nodes: diff.new.entities.count, edges: diff.new.relations.count)
        nodes = Section(
            added: diff.addedNodes.map(NodeRecord.init), removed: diff.removedNodes.map(NodeRecord.init),
            changed: diff.changedNodes.map { change in
                NodeChangeRecord(id: change.id, fields: Dictionary(uniqueKeysWithValues: change.fields.map { field in
                    (field.rawValue, Change(old: field.value(in: change.old), new: field.value(in: change.new)))
                }))
            },
            unchanged: diff.unchangedNodeCount)
        edges = Section(
            added: diff.addedEdges.map(EdgeRecord.init), removed: diff.removedEdges.map(EdgeRecord.init),
            changed: diff.changedEdges.map { change in
                EdgeChangeRecord(
                    id: change.id, kind: change.new.kind, source: change.new.source, target: change.new.target,
                    weight: change.weight.map { Change(old: $0.old, new: $0.new) },
                    polarity: change.polarity.map { Change(old: $0.old, new: $0.new) },
                    datesAdded: change.datesAdded, datesRemoved: change.datesRemoved)
            },
            unchanged: diff.unchangedEdgeCount)
    }
}
