import VartaCore

/// Writes a graph as two CSV tables for Gephi's spreadsheet import (and any spreadsheet).
///
/// `nodes.csv` has `Id,Label,Kind,Label_hi,Office,Affiliation,Mentions` (mentions joined with
/// " | "); `edges.csv` has `Source,Target,Type,Id,Label,Kind,Polarity,Weight,Dates,Timeset`,
/// where `Type` is `Directed` or `Undirected` (meetings), `Label` is the kind, `Dates` are joined
/// with ";" and `Timeset` gives them as Gephi intervals, `<[2021-03-20,2021-03-20];[...]>`.
/// Quoting follows RFC 4180: a field holding a comma, quote, CR or LF is quoted, quotes inside
/// doubled; lines end with CRLF. Rows follow the graph order, so output is deterministic.
///
/// ```swift
/// try Data(CSVWriter.nodes(graph)).write(to: folder.appendingPathComponent("nodes.csv"))
/// try Data(CSVWriter.edges(graph)).write(to: folder.appendingPathComponent("edges.csv"))
/// ```
public enum CSVWriter {
    /// The node table, as UTF-8 bytes.
    public static func nodes(_ graph: Graph) -> [UInt8] {
        var out: [UInt8] = []
        appendRow(["Id", "Label", "Kind", "Label_hi", "Office", "Affiliation", "Mentions"], to: &out)
        for entity in graph.sortedEntities {
            appendRow([entity.id, entity.label, entity.kind.rawValue, entity.hindiName ?? "", entity.office ?? "",
                       entity.affiliation ?? "", entity.surfaceForms.joined(separator: InterchangeAttributes.mentionSeparator)],
                      to: &out)
        }
        return out
    }

    /// The edge table, as UTF-8 bytes.
    public static func edges(_ graph: Graph) -> [UInt8] {
        var out: [UInt8] = []
        appendRow(["Source", "Target", "Type", "Id", "Label", "Kind", "Polarity", "Weight", "Dates", "Timeset"], to: &out)
        for relation in graph.sortedRelations {
            let dates = relation.dates.map(\.description)
            appendRow([relation.source, relation.target, relation.kind.isDirected ? "Directed" : "Undirected",
                       relation.id, relation.kind.rawValue, relation.kind.rawValue, relation.polarity?.rawValue ?? "",
                       String(relation.weight), dates.joined(separator: ";"), timeset(dates)],
                      to: &out)
        }
        return out
    }

    /// Gephi's interval list, one day-long interval per date; empty without dates.
    static func timeset(_ dates: [String]) -> String {
        dates.isEmpty ? "" : "<" + dates.map { "[\($0),\($0)]" }.joined(separator: ";") + ">"
    }

    private static func appendRow(_ fields: [String], to out: inout [UInt8]) {
        for (index, field) in fields.enumerated() {
            if index > 0 { out.append(UInt8(ascii: ",")) }
            appendField(field, to: &out)
        }
        out.append(contentsOf: "\r\n".utf8)
    }

    /// The field, quoted when it holds a comma, quote, CR or LF (RFC 4180).
    private static func appendField(_ field: String, to out: inout [UInt8]) {
        let needsQuotes = field.utf8.contains { $0 == UInt8(ascii: ",") || $0 == UInt8(ascii: "\"") || $0 == 0x0D || $0 == 0x0A }
        guard needsQuotes else {
            out.append(contentsOf: field.utf8)
            return
        }
        out.append(UInt8(ascii: "\""))
        for byte in field.utf8 {
            if byte == UInt8(ascii: "\"") { out.append(byte) }
            out.append(byte)
        }
        out.append(UInt8(ascii: "\""))
    }
}
