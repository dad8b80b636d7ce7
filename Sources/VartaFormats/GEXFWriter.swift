import VartaCore

/// Writes a graph as GEXF 1.3 for Gephi, with the dates of each edge as its spells, so
/// Gephi's timeline shows meetings and statements appearing over time.
///
/// The graph is dynamic with `timeformat="date"`. Each edge has one spell per date
/// (`<spell start="2023-04-28" end="2023-04-28"/>`); each node with dated edges has one
/// spell from its first to its last edge date; undated elements are always present.
/// Attributes are declared with types as in GraphML, except those GEXF has a place for:
/// a node's `label` and an edge's `weight` (and `label`, the kind) are attributes of the
/// element itself. Meetings are `type="undirected"` (see `EdgeDirections`).
///
/// ```swift
/// let bytes = GEXFWriter.write(graph)
/// ```
public enum GEXFWriter {
    /// The GEXF text of `graph`, as UTF-8 bytes.
    public static func write(_ graph: Graph, directions: EdgeDirections = .mixed) -> [UInt8] {
        var xml = XMLText()
        xml.open("gexf", [("xmlns", "http://gexf.net/1.3"),
                          ("xmlns:xsi", "http://www.w3.org/2001/XMLSchema-instance"),
                          ("xsi:schemaLocation", "http://gexf.net/1.3 http://gexf.net/1.3/gexf.xsd"),
                          ("version", "1.3")], depth: 0)
        xml.open("meta", depth: 1)
        xml.element("creator", text: "Varta", depth: 2)
        xml.close("meta", depth: 1)
        xml.open("graph", [("defaultedgetype", directions == .mixed ? "mixed" : "directed"),
                           ("mode", "dynamic"), ("timeformat", "date")], depth: 1)
        declare(nodeAttributes, class: "node", to: &xml)
        declare(edgeAttributes, class: "edge", to: &xml)

        let nodeSpans = dateSpans(graph)
        xml.open("nodes", depth: 2)
        for entity in graph.sortedEntities {
            xml.open("node", [("id", entity.id), ("label", entity.label)], depth: 3)
            appendValues(InterchangeAttributes.values(of: entity), of: nodeAttributes, to: &xml)
            if let span = nodeSpans[entity.id] { appendSpells([(span.first, span.last)], to: &xml) }
            xml.close("node", depth: 3)
        }
        xml.close("nodes", depth: 2)

        xml.open("edges", depth: 2)
        for relation in graph.sortedRelations {
            let type = directions == .mixed && !relation.kind.isDirected ? "undirected" : "directed"
            xml.open("edge", [("id", relation.id), ("source", relation.source), ("target", relation.target),
                              ("type", type), ("label", relation.kind.rawValue),
                              ("weight", String(relation.weight))], depth: 3)
            appendValues(InterchangeAttributes.values(of: relation), of: edgeAttributes, to: &xml)
            if !relation.dates.isEmpty { appendSpells(relation.dates.map { ($0, $0) }, to: &xml) }
            xml.close("edge", depth: 3)
        }
        xml.close("edges", depth: 2)
        xml.close("graph", depth: 1)
        xml.close("gexf", depth: 0)
        return xml.bytes
    }

    /// Node attributes but the label, which is the node's own.
    static let nodeAttributes = InterchangeAttributes.node.filter { $0.name != "label" }
    /// Edge attributes but the weight, which is the edge's own.
    static let edgeAttributes = InterchangeAttributes.edge.filter { $0.name != "weight" }

    /// The first and last date of the edges at each entity that has dated edges.
    static func dateSpans(_ graph: Graph) -> [String: (first: Day, last: Day)] {
        var spans: [String: (first: Day, last: Day)] = [:]
        for relation in graph.relations.values {
            guard let first = relation.dates.first, let last = relation.dates.last else { continue }
            for end in [relation.source, relation.target] {
                let known = spans[end] ?? (first, last)
                spans[end] = (min(known.first, first), max(known.last, last))
            }
        }
        return spans
    }

    private static func declare(_ attributes: [InterchangeAttributes.Attribute], class name: String, to xml: inout XMLText) {
        xml.open("attributes", [("class", name), ("mode", "static")], depth: 2)
        for attribute in attributes {
            let type = attribute.type == .int ? "integer" : attribute.type.rawValue
            xml.open("attribute", [("id", attribute.name), ("title", attribute.name), ("type", type)],
                     depth: 3, empty: true)
        }
        xml.close("attributes", depth: 2)
    }

    private static func appendValues(
        _ values: [String: String], of attributes: [InterchangeAttributes.Attribute], to xml: inout XMLText
    ) {
        let present = attributes.compactMap { attribute in values[attribute.name].map { (attribute.name, $0) } }
        guard !present.isEmpty else { return }
        xml.open("attvalues", depth: 4)
        for (name, value) in present {
            xml.open("attvalue", [("for", name), ("value", value)], depth: 5, empty: true)
        }
        xml.close("attvalues", depth: 4)
    }

    private static func appendSpells(_ spells: [(Day, Day)], to xml: inout XMLText) {
        xml.open("spells", depth: 4)
        for (start, end) in spells {
            xml.open("spell", [("start", start.description), ("end", end.description)], depth: 5, empty: true)
        }
        xml.close("spells", depth: 4)
    }
}
