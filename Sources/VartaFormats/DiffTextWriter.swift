import VartaCore

/// A diff as text for people: counts, then one line per added (`+`), removed (`-`) and
/// changed (`~`) node and edge, edges named by their entities' labels.
///
/// ```
/// + meeting    Rajnath Singh — Lloyd Austin  (2024-03-18)
/// ~ statement  Sergei Shoigu → United States  polarity neutral → negative
/// ```
public enum DiffTextWriter {
    /// The summary; `colored` adds ANSI colours (green added, red removed, yellow changed).
    public static func write(_ diff: GraphDiff, colored: Bool = false) -> String {
        guard !diff.isEmpty else { return "No difference: both graphs have the same nodes and edges.\n" }
        var out = ""
        out += "Nodes: \(diff.addedNodes.count) added, \(diff.removedNodes.count) removed, "
            + "\(diff.changedNodes.count) changed, \(diff.unchangedNodeCount) unchanged\n"
        out += "Edges: \(diff.addedEdges.count) added, \(diff.removedEdges.count) removed, "
            + "\(diff.changedEdges.count) changed, \(diff.unchangedEdgeCount) unchanged\n"
        let paint = Paint(enabled: colored)
        for entity in diff.addedNodes { out += paint(.added, "+ \(describe(entity))") }
        for entity in diff.removedNodes { out += paint(.removed, "- \(describe(entity))") }
        for change in diff.changedNodes {
            let fields = change.fields.map { field in
                "\(field.rawValue) \(field.value(in: change.old) ?? "none") → \(field.value(in: change.new) ?? "none")"
            }
            out += paint(.changed, "~ \(describe(change.new))  \(fields.joined(separator: ", "))")
        }
        for relation in diff.addedEdges { out += paint(.added, "+ \(describe(relation, in: diff))") }
        for relation in diff.removedEdges { out += paint(.removed, "- \(describe(relation, in: diff))") }
        for change in diff.changedEdges {
            var parts: [String] = []
            if let weight = change.weight { parts.append("weight \(weight.old) → \(weight.new)") }
            if let polarity = change.polarity { parts.append("polarity \(polarity.old.rawValue) → \(polarity.new.rawValue)") }
            if !change.datesAdded.isEmpty { parts.append("new dates " + change.datesAdded.map(\.description).joined(separator: ", ")) }
            if !change.datesRemoved.isEmpty { parts.append("dates gone " + change.datesRemoved.map(\.description).joined(separator: ", ")) }
            out += paint(.changed, "~ \(describe(change.new, in: diff, dates: false))  \(parts.joined(separator: ", "))")
        }
        return out
    }

    private static func describe(_ entity: Entity) -> String {
        "\(entity.kind.rawValue.padding(12)) \(entity.label)"
    }

    /// `meeting    Rajnath Singh — Lloyd Austin  (2024-03-18)`; a statement's polarity in brackets.
    private static func describe(_ relation: Relation, in diff: GraphDiff, dates: Bool = true) -> String {
        let link = relation.kind.isDirected ? "→" : "—"
        var text = "\(relation.kind.rawValue.padding(12)) \(diff.label(of: relation.source)) \(link) \(diff.label(of: relation.target))"
        if let polarity = relation.polarity { text += " [\(polarity.rawValue)]" }
        if dates, !relation.dates.isEmpty { text += "  (" + relation.dates.map(\.description).joined(separator: ", ") + ")" }
        return text
    }

    /// ANSI colours for terminals, or nothing.
    private struct Paint {
        let enabled: Bool

        func callAsFunction(_ status: GraphDiff.Status, _ line: String) -> String {
            guard enabled else { return line + "\n" }
            let code = switch status {
            case .added: "32"
            case .removed: "31"
            case .changed: "33"
            case .unchanged: "90"
            }
            return "\u{1B}[\(code)m\(line)\u{1B}[0m\n"
        }
    }
}

private extension String {
    /// The text followed by spaces up to `width` characters.
    func padding(_ width: Int) -> String {
        count >= width ? self : self + String(repeating: " ", count: width - count)
    }
}
