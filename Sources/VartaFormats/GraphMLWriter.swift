import VartaCore

/// Writes a graph as GraphML for yEd, Gephi, Cytoscape, networkx and igraph.
///
/// Every attribute is declared with its type by a `<key>`: nodes have `kind`, `label`,
/// `label_hi` (the Hindi name), `office`, `affiliation` and `mentions` (joined with " | ");
/// edges have `kind`, `polarity`, `weight` (int), `first_date` and `last_date` (YYYY-MM-DD),
/// `evidence_count` (int) and `directed` (boolean). Edges are directed by default and meetings
/// say `directed="false"` (see `EdgeDirections`). Node ids are entity ids, edge ids relation ids;
/// absent fields are left out; the order is the graph order, so output is deterministic.
///
/// ```swift
/// let bytes = GraphMLWriter.write(graph)
/// ```
public enum GraphMLWriter {
    /// The GraphML text of `graph`, as UTF-8 bytes.
    public static func write(_ graph: Graph, directions: EdgeDirections = .mixed) -> [UInt8] {
        var xml = XMLText()
        xml.open("graphml", [
            ("xmlns", "http://graphml.graphdrawing.org/xmlns"),
            ("xmlns:xsi", "http://www.w3.org/2001/XMLSchema-instance"),
            ("xsi:schemaLocation",
             "http://graphml.graphdrawing.org/xmlns http://graphml.graphdrawing.org/xmlns/1.0/graphml.xsd"),
        ], depth: 0)
        for (domain, attributes) in [("node", InterchangeAttributes.node), ("edge", InterchangeAttributes.edge)] {
            for attribute in attributes {
                xml.open("key", [("id", keyID(domain, attribute.name)), ("for", domain),
                                 ("attr.name", attribute.name), ("attr.type", attribute.type.rawValue)],
                         depth: 1, empty: true)
            }
        }
        xml.open("graph", [("id", "varta"), ("edgedefault", "directed")], depth: 1)
        for entity in graph.sortedEntities {
            xml.open("node", [("id", entity.id)], depth: 2)
            appendData(InterchangeAttributes.values(of: entity), of: InterchangeAttributes.node, domain: "node", to: &xml)
            xml.close("node", depth: 2)
        }
        for relation in graph.sortedRelations {
            var attributes = [("id", relation.id), ("source", relation.source), ("target", relation.target)]
            if directions == .mixed && !relation.kind.isDirected { attributes.append(("directed", "false")) }
            xml.open("edge", attributes, depth: 2)
            appendData(InterchangeAttributes.values(of: relation), of: InterchangeAttributes.edge, domain: "edge", to: &xml)
            xml.close("edge", depth: 2)
        }
        xml.close("graph", depth: 1)
        xml.close("graphml", depth: 0)
        return xml.bytes
    }

    /// `node_kind`, `edge_weight`, ...: readable, and distinct between nodes and edges.
    static func keyID(_ domain: String, _ name: String) -> String { "\(domain)_\(name)" }

    private static func appendData(
        _ values: [String: String], of attributes: [InterchangeAttributes.Attribute], domain: String, to xml: inout XMLText
    ) {
        for attribute in attributes {
            guard let value = values[attribute.name] else { continue }
            xml.element("data", [("key", keyID(domain, attribute.name))], text: value, depth: 3)
        }
    }
}
