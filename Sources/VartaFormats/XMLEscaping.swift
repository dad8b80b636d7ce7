import VartaCore

/// Escaping for XML 1.0 text, so that any string means itself in GraphML and GEXF.
///
/// `&`, `<`, `>`, `"` and `'` become entity references, which is safe in element text and in
/// attribute values of either quote. Tab, line feed and carriage return become character
/// references: a parser would otherwise turn them into spaces in attribute values and a
/// carriage return into a line feed in text. Characters XML 1.0 does not allow at all (C0
/// controls other than those three, U+FFFE and U+FFFF) cannot be written in any form, so
/// they become U+FFFD.
public enum XMLEscaping {
    /// Appends `text`, escaped, to `out`.
    public static func appendEscaped(_ text: String, to out: inout [UInt8]) {
        for scalar in text.unicodeScalars {
            switch scalar {
            case "&": out.append(contentsOf: "&amp;".utf8)
            case "<": out.append(contentsOf: "&lt;".utf8)
            case ">": out.append(contentsOf: "&gt;".utf8)
            case "\"": out.append(contentsOf: "&quot;".utf8)
            case "'": out.append(contentsOf: "&apos;".utf8)
            case "\t": out.append(contentsOf: "&#9;".utf8)
            case "\n": out.append(contentsOf: "&#10;".utf8)
            case "\r": out.append(contentsOf: "&#13;".utf8)
            case _ where !isAllowed(scalar): out.append(contentsOf: replacementCharacter)
            default: UTF8.encode(scalar) { out.append($0) }
            }
        }
    }

    /// `text`, escaped.
    public static func escaped(_ text: String) -> String {
        var out: [UInt8] = []
        appendEscaped(text, to: &out)
        return String(decoding: out, as: UTF8.self)
    }

    /// Whether XML 1.0 allows `scalar` in a document (its `Char` production). Swift strings
    /// hold no surrogates, so only the C0 controls and U+FFFE, U+FFFF are excluded.
    static func isAllowed(_ scalar: Unicode.Scalar) -> Bool {
        switch scalar.value {
        case 0x9, 0xA, 0xD: true
        case 0..<0x20, 0xFFFE, 0xFFFF: false
        default: true
        }
    }

    private static let replacementCharacter = Array("\u{FFFD}".utf8)
}

/// How GraphML and GEXF mark the direction of edges.
public enum EdgeDirections: Sendable, Equatable {
    /// Directed edges by default, meetings undirected edge by edge: the graph as it is,
    /// which Gephi, yEd and Cytoscape read.
    case mixed
    /// Every edge written as directed; meetings keep `directed = false` as data. For readers
    /// that refuse mixed graphs, such as networkx.
    case uniform
}

/// XML text built on UTF-8 bytes: elements with escaped attributes, indented by depth.
struct XMLText {
    private(set) var bytes: [UInt8] = Array("<?xml version=\"1.0\" encoding=\"UTF-8\"?>\n".utf8)

    /// `<name a="v" ...>` (or `<name .../>` when `empty`), on its own line.
    mutating func open(_ name: String, _ attributes: [(String, String)] = [], depth: Int, empty: Bool = false) {
        indent(depth)
        bytes.append(contentsOf: "<\(name)".utf8)
        appendAttributes(attributes)
        bytes.append(contentsOf: (empty ? "/>\n" : ">\n").utf8)
    }

    mutating func close(_ name: String, depth: Int) {
        indent(depth)
        bytes.append(contentsOf: "</\(name)>\n".utf8)
    }

    /// `<name a="v">text</name>` on one line.
    mutating func element(_ name: String, _ attributes: [(String, String)] = [], text: String, depth: Int) {
        indent(depth)
        bytes.append(contentsOf: "<\(name)".utf8)
        appendAttributes(attributes)
        bytes.append(UInt8(ascii: ">"))
        XMLEscaping.appendEscaped(text, to: &bytes)
        bytes.append(contentsOf: "</\(name)>\n".utf8)
    }

    private mutating func appendAttributes(_ attributes: [(String, String)]) {
        for (name, value) in attributes {
            bytes.append(contentsOf: " \(name)=\"".utf8)
            XMLEscaping.appendEscaped(value, to: &bytes)
            bytes.append(UInt8(ascii: "\""))
        }
    }

    private mutating func indent(_ depth: Int) {
        bytes.append(contentsOf: repeatElement(UInt8(ascii: " "), count: depth * 2))
    }
}

/// The typed attributes GraphML and GEXF declare for nodes and edges, and their values.
struct InterchangeAttributes {
    enum ValueType: String {
        case string, int, boolean
    }

    struct Attribute {
        let name: String
        let type: ValueType
    }

    static let node: [Attribute] = [
        Attribute(name: "kind", type: .string), Attribute(name: "label", type: .string),
        Attribute(name: "label_hi", type: .string), Attribute(name: "office", type: .string),
        Attribute(name: "affiliation", type: .string), Attribute(name: "mentions", type: .string),
    ]

    static let edge: [Attribute] = [
        Attribute(name: "kind", type: .string), Attribute(name: "polarity", type: .string),
        Attribute(name: "weight", type: .int), Attribute(name: "first_date", type: .string),
        Attribute(name: "last_date", type: .string), Attribute(name: "evidence_count", type: .int),
        Attribute(name: "directed", type: .boolean),
    ]

    /// Surface forms joined for a one-string column.
    static let mentionSeparator = " | "

    /// The values an entity has, by attribute name; absent fields are left out.
    static func values(of entity: Entity) -> [String: String] {
        var values = ["kind": entity.kind.rawValue, "label": entity.label,
                      "mentions": entity.surfaceForms.joined(separator: mentionSeparator)]
        values["label_hi"] = entity.hindiName
        values["office"] = entity.office
        values["affiliation"] = entity.affiliation
        return values
    }

    /// The values a relation has, by attribute name; absent fields are left out.
    static func values(of relation: Relation) -> [String: String] {
        var values = ["kind": relation.kind.rawValue, "weight": String(relation.weight),
                      "evidence_count": String(relation.evidence.count),
                      "directed": relation.kind.isDirected ? "true" : "false"]
        values["polarity"] = relation.polarity?.rawValue
        values["first_date"] = relation.dates.first?.description
        values["last_date"] = relation.dates.last?.description
        return values
    }
}
