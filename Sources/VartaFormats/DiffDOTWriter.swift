import VartaCore

/// Draws a diff: the union of both graphs laid out once — so nothing jumps between the two
/// dates — with each node and edge coloured by what happened to it (added green, removed
/// red and dashed, changed orange, unchanged grey). Shapes and arrows stay as in `DOTWriter`;
/// tooltips say what changed.
public enum DiffDOTWriter {
    public static func write(_ diff: GraphDiff, options: DOTOptions = DOTOptions(graphName: "varta-diff", legend: true)) -> [UInt8] {
        let changedNodes = Dictionary(uniqueKeysWithValues: diff.changedNodes.map { ($0.id, $0) })
        let changedEdges = Dictionary(uniqueKeysWithValues: diff.changedEdges.map { ($0.id, $0) })
        @Sendable func status(node id: String) -> GraphDiff.Status { diff.status(ofNode: id) ?? .unchanged }
        @Sendable func status(edge id: String) -> GraphDiff.Status { diff.status(ofEdge: id) ?? .unchanged }

        var decoration = DOTDecoration()
        decoration.legendTable = DOTStyle.statusLegendTable
        decoration.node = { entity in
            let status = status(node: entity.id)
            let look = DOTStyle.look(for: status)
            var style = DOTStyle.look(for: entity.kind).style
            if look.dashed { style += ",dashed" }
            var attributes = [("fillcolor", look.fill), ("color", look.line), ("style", style), ("class", status.rawValue)]
            if status == .unchanged { attributes.append(("fontcolor", "#555555")) }
            if let change = changedNodes[entity.id] {
                let fields = change.fields.map { "\($0.rawValue): \($0.value(in: change.old) ?? "none") → \($0.value(in: change.new) ?? "none")" }
                attributes.append(("tooltip", "\(entity.label) (changed)\n" + fields.joined(separator: "\n")))
            } else if status != .unchanged {
                attributes.append(("tooltip", "\(entity.label) (\(status.rawValue))"))
            }
            return attributes
        }
        decoration.edge = { relation in
            let status = status(edge: relation.id)
            let look = DOTStyle.look(for: status)
            var attributes = [("color", look.line), ("class", status.rawValue)]
            if look.dashed { attributes.append(("style", "dashed")) }
            if let change = changedEdges[relation.id] {
                attributes.append(("tooltip", describe(change, in: diff)))
            }
            return attributes
        }
        return DOTWriter.write(diff.union, options: options, decoration: decoration)
    }

    /// `Sergei Shoigu → United States: statement, polarity neutral → negative, new dates 2024-04-26`.
    private static func describe(_ change: GraphDiff.EdgeChange, in diff: GraphDiff) -> String {
        let relation = change.new
        var parts = ["\(diff.label(of: relation.source)) \(relation.kind.isDirected ? "→" : "—") \(diff.label(of: relation.target)): \(relation.kind.rawValue)"]
        if let weight = change.weight { parts.append("weight \(weight.old) → \(weight.new)") }
        if let polarity = change.polarity { parts.append("polarity \(polarity.old.rawValue) → \(polarity.new.rawValue)") }
        if !change.datesAdded.isEmpty { parts.append("new dates " + change.datesAdded.map(\.description).joined(separator: ", ")) }
        return parts.joined(separator: ", ")
    }
}
