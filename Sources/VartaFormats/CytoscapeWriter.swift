import Foundation
import VartaCore

/// Writes a graph as Cytoscape.js JSON: `{"elements": {"nodes": [{"data": {...}}], "edges": [...]}}`,
/// ready for `cytoscape({elements: ...})` or Cytoscape desktop's "cyjs" import.
///
/// Node data holds `id`, `label`, `kind`, `mentions` and, when known, `label_hi`, `office` and
/// `affiliation`; edge data holds `id`, `source`, `target`, `kind`, `directed`, `weight`,
/// `dates` and, for statements, `polarity`. Keys are sorted and elements follow the graph
/// order, so the same graph always gives the same bytes.
///
/// ```swift
/// try CytoscapeWriter.write(graph).write(to: URL(fileURLWithPath: "graph.cyjs"))
/// ```
public enum CytoscapeWriter {
    /// The Cytoscape.js JSON text of `graph`, ending with a newline.
    public static func write(_ graph: Graph) -> Data {
        let encoder = JSONEncoder()
        encoder.outputFormatting = [.prettyPrinted, .sortedKeys, .withoutEscapingSlashes]
        var data = try! encoder.encode(CytoscapeDocument(graph))  // strings, numbers and arrays only
        data.append(UInt8(ascii: "\n"))
        return data
    }
}

private struct CytoscapeDocument: Encodable {
    struct Elements: Encodable {
        let nodes: [Element<NodeData>]
        let edges: [Element<EdgeData>]
    }

    struct Element<Content: Encodable>: Encodable {
        let data: Content
    }

    struct NodeData: Encodable {
        let id: String
        let label: String
        let kind: EntityKind
        let label_hi: String?
        let office: String?
        let affiliation: String?
        let mentions: [String]
    }

    struct EdgeData: Encodable {
        let id: String
        let source: String
        let target: String
        let kind: RelationKind
        let directed: Bool
        let polarity: Polarity?
        let weight: Int
        let dates: [Day]
    }

    let elements: Elements

    init(_ graph: Graph) {
        elements = Elements(
            nodes: graph.sortedEntities.map { entity in
                Element(data: NodeData(id: entity.id, label: entity.label, kind: entity.kind, label_hi: entity.hindiName,
                                       office: entity.office, affiliation: entity.affiliation, mentions: entity.surfaceForms))
            },
            edges: graph.sortedRelations.map { relation in
                Element(data: EdgeData(id: relation.id, source: relation.source, target: relation.target, kind: relation.kind,
                                       directed: relation.kind.isDirected, polarity: relation.polarity,
                                       weight: relation.weight, dates: relation.dates))
            })
    }
}
