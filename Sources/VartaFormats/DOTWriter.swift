import Foundation
import VartaCore

/// Choices for a DOT export.
public struct DOTOptions: Sendable, Equatable {
    /// The graph's name. Graphviz puts it in the SVG `<title>`; always named, never `%3`.
    public var graphName: String
    /// A caption shown above the diagram.
    public var title: String?
    /// Draws each country as a box around its own node and the people who hold its offices.
    /// Respected by the `dot` and `fdp` engines; the others ignore clusters.
    public var clusterByCountry: Bool
    /// Adds a legend explaining shapes and colours.
    public var legend: Bool
    /// Edges curve around nodes (`splines=true`); otherwise they are straight lines. Routing
    /// is cheap for `dot` but costs neato and sfdp seconds at 60 nodes and minutes beyond
    /// (see `LayoutEngine.routesEdgesQuickly`).
    public var routesEdges: Bool

    public init(
        graphName: String = "varta", title: String? = nil, clusterByCountry: Bool = false, legend: Bool = false,
        routesEdges: Bool = true
    ) {
        self.graphName = graphName
        self.title = title
        self.clusterByCountry = clusterByCountry
        self.legend = legend
        self.routesEdges = routesEdges
    }
}

/// Changes to the standard look of a drawing, element by element: attributes that replace
/// (or add to) the standard ones, and the legend to show.
struct DOTDecoration: Sendable {
    var node: @Sendable (Entity) -> [(String, String)] = { _ in [] }
    var edge: @Sendable (Relation) -> [(String, String)] = { _ in [] }
    var legendTable: String = DOTStyle.legendTable
}

/// Writes a graph as Graphviz DOT text: deterministic, fully quoted, styled by kind.
///
/// People are ellipses, countries rounded boxes, organizations hexagons. Meetings are
/// undirected lines; statements are arrows coloured by polarity; membership and
/// affiliation are quiet. Line width grows with the number of supporting documents and
/// each edge's tooltip holds its evidence.
public enum DOTWriter {
    /// The DOT text of `graph`, as UTF-8 bytes.
    public static func write(_ graph: Graph, options: DOTOptions = DOTOptions()) -> [UInt8] {
        write(graph, options: options, decoration: DOTDecoration())
    }

    /// The DOT text of `graph` with the standard look changed per element (see `DiffDOTWriter`).
    static func write(_ graph: Graph, options: DOTOptions, decoration: DOTDecoration) -> [UInt8] {
        var out = ByteWriter(capacity: 4_096 + graph.entities.count * 200)  // edges: reserved when written
        out.append("digraph ")
        DOTEscaping.appendQuoted(options.graphName, to: &out)
        out.append(" {\n")
        writeDefaults(options, to: &out)

        let clusters = options.clusterByCountry ? countryClusters(graph) : [:]
        let clustered = Set(clusters.values.joined())
        for entity in graph.sortedEntities where !clustered.contains(entity.id) {
            writeNode(entity, graph: graph, indent: "  ", decoration: decoration, to: &out)
        }
        for countryID in clusters.keys.sorted() {
            writeCluster(countryID: countryID, members: clusters[countryID]!, graph: graph, decoration: decoration, to: &out)
        }
        let labels = graph.entities.mapValues(\.label)
        let edges = ParallelPieces.bytes(of: graph.sortedRelations) { relations, _ in
            var bytes = ByteWriter(capacity: relations.count * 300)
            // Edges in graph order come source by source: its label is looked up once per run.
            var source: (id: String, label: String)?
            for relation in relations {
                if relation.source != source?.id { source = (relation.source, labels[relation.source] ?? relation.source) }
                let target = labels[relation.target] ?? relation.target
                writeEdge(relation, labels: (source!.label, target), decoration: decoration, to: &bytes)
            }
            return bytes.bytes()
        }
        ParallelPieces.append(edges, to: &out)
        if options.legend {
            writeLegend(decoration.legendTable, avoiding: graph, to: &out)
        }
        out.append("}\n")
        return out.bytes()
    }

    /// The DOT text of `graph` as a string.
    public static func string(_ graph: Graph, options: DOTOptions = DOTOptions()) -> String {
        String(decoding: write(graph, options: options), as: UTF8.self)
    }

    // MARK: - Parts

    private static func writeDefaults(_ options: DOTOptions, to out: inout ByteWriter) {
        var graphAttributes: [(String, String)] = [
            ("fontname", DOTStyle.fontName), ("bgcolor", "white"), ("pad", "0.3"),
            ("nodesep", "0.35"), ("ranksep", "0.7"), ("overlap", "false"), ("sep", "+8"),
            ("splines", options.routesEdges ? "true" : "line"), ("outputorder", "edgesfirst"), ("fontsize", "16"),
        ]
        if let title = options.title {
            graphAttributes += [("label", title), ("labelloc", "t")]
        }
        out.append("  graph")
        writeAttributes(graphAttributes, to: &out)
        out.append("  node")
        writeAttributes([("fontname", DOTStyle.fontName), ("fontsize", "11"), ("penwidth", "1.3"), ("margin", "0.12,0.05")], to: &out)
        out.append("  edge")
        writeAttributes([("fontname", DOTStyle.fontName), ("fontsize", "9"), ("arrowsize", "0.7")], to: &out)
    }

    private static func writeNode(_ entity: Entity, graph: Graph, indent: String, decoration: DOTDecoration, to out: inout ByteWriter) {
        let look = DOTStyle.look(for: entity.kind)
        out.append(indent)
        DOTEscaping.appendQuoted(entity.id, to: &out)
        var attributes = AttributeList(changes: decoration.node(entity), to: &out)
        attributes.add("id", entity.id, to: &out)
        attributes.add("label", displayLabel(for: entity), to: &out)
        attributes.add("shape", look.shape, to: &out)
        attributes.add("style", look.style, to: &out)
        attributes.add("fillcolor", look.fill, to: &out)
        attributes.add("color", look.border, to: &out)
        attributes.add("tooltip", tooltip(for: entity, in: graph), to: &out)
        attributes.finish(to: &out)
    }

    private static func writeCluster(countryID: String, members: [String], graph: Graph, decoration: DOTDecoration,
                                     to out: inout ByteWriter) {
        let look = DOTStyle.look(for: .country)
        out.append("  subgraph ")
        DOTEscaping.appendQuoted("cluster_" + countryID, to: &out)
        out.append(" {\n    graph")
        writeAttributes([("label", ""), ("style", "rounded,dashed"), ("color", look.border), ("penwidth", "0.8")], to: &out)
        for id in members {
            writeNode(graph.entities[id]!, graph: graph, indent: "    ", decoration: decoration, to: &out)
        }
        out.append("  }\n")
    }

    /// `labels`: the English labels of the source and the target, for the tooltip.
    ///
    /// Large graphs are mostly edges, so an edge is written straight into `out`, its tooltip
    /// included, without building its attributes first.
    private static func writeEdge(_ relation: Relation, labels: (source: String, target: String), decoration: DOTDecoration,
                                  to out: inout ByteWriter) {
        let look = DOTStyle.look(for: relation.kind, polarity: relation.polarity)
        out.append("  ")
        DOTEscaping.appendQuoted(relation.source, to: &out)
        out.append(" -> ")
        DOTEscaping.appendQuoted(relation.target, to: &out)
        var attributes = AttributeList(changes: decoration.edge(relation), to: &out)
        attributes.add("id", relation.id, to: &out)
        attributes.add("color", look.color, to: &out)
        attributes.add("style", look.style, to: &out)
        attributes.add("penwidth", DOTStyle.penWidthText(weight: relation.weight, scale: look.penScale), to: &out)
        if relation.kind.isDirected {
            attributes.add("arrowhead", look.arrowhead, to: &out)
        } else {
            attributes.add("dir", "none", to: &out)
        }
        attributes.add("tooltip", to: &out) { escaper, out in
            writeTooltip(for: relation, labels: labels, escaper: &escaper, to: &out)
        }
        attributes.finish(to: &out)
    }

    private static func writeLegend(_ table: String, avoiding graph: Graph, to out: inout ByteWriter) {
        var name = "varta:legend"
        while graph.entities[name] != nil { name += "_" }
        out.append("  ")
        DOTEscaping.appendQuoted(name, to: &out)
        out.append(" [shape=\"plain\", fontsize=\"10\", tooltip=\"Legend\", label=<")
        out.append(table)
        out.append(">];\n")
    }

    private static func writeAttributes(_ attributes: [(String, String)], to out: inout ByteWriter) {
        var list = AttributeList(to: &out)
        for (name, value) in attributes { list.add(name, value, to: &out) }
        list.finish(to: &out)
    }

    // MARK: - Content

    /// The English name, broken into two lines when long, then the Hindi name when known.
    public static func displayLabel(for entity: Entity) -> String {
        var label = wrapped(entity.label)
        if let hindi = entity.hindiName, hindi != entity.label { label += "\n" + hindi }
        return label
    }

    /// Breaks a long name at the space closest to its middle, so wide nodes do not crowd
    /// the drawing ("Shanghai Cooperation" over "Organisation").
    static func wrapped(_ name: String, longerThan limit: Int = 24) -> String {
        let scalars = Array(name.unicodeScalars)
        guard scalars.count > limit, !name.contains("\n") else { return name }
        let middle = scalars.count / 2
        let spaces = scalars.indices.filter { scalars[$0] == " " }
        guard let split = spaces.min(by: { abs($0 - middle) < abs($1 - middle) }) else { return name }
        var result = String.UnicodeScalarView(scalars[..<split])
        result.append("\n")
        result.append(contentsOf: scalars[(split + 1)...])
        return String(result)
    }

    /// People grouped with the country whose office they hold: country id → member ids.
    private static func countryClusters(_ graph: Graph) -> [String: [String]] {
        var clusters: [String: [String]] = [:]
        for entity in graph.sortedEntities where entity.kind == .person {
            guard let country = entity.affiliation, graph.entities[country]?.kind == .country else { continue }
            clusters[country, default: [country]].append(entity.id)
        }
        return clusters
    }

    private static func tooltip(for entity: Entity, in graph: Graph) -> String {
        var lines = [entity.label]
        if let hindi = entity.hindiName, hindi != entity.label { lines.append(hindi) }
        if let office = entity.office {
            let of = entity.affiliation.flatMap { graph.entities[$0]?.label }.map { " of \($0)" } ?? ""
            lines.append(office + of)
        }
        let forms = entity.surfaceForms.filter { $0 != entity.label && $0 != entity.hindiName }
        if !forms.isEmpty { lines.append("also: " + forms.joined(separator: ", ")) }
        return lines.joined(separator: "\n")
    }

    /// The relation in words, its dates, and up to three supporting sentences, escaped
    /// straight into `out` piece by piece: this runs once per edge of large graphs.
    private static func writeTooltip(for relation: Relation, labels: (source: String, target: String),
                                     escaper: inout DOTEscaping.Escaper, to out: inout ByteWriter) {
        escaper.append(labels.source, to: &out)
        escaper.append(relation.kind.isDirected ? " → " : " — ", to: &out)
        escaper.append(labels.target, to: &out)
        escaper.append(": ", to: &out)
        escaper.append(relation.kind.rawValue, to: &out)
        if let polarity = relation.polarity {
            escaper.append(" (", to: &out)
            escaper.append(polarity.rawValue, to: &out)
            escaper.append(")", to: &out)
        }
        for day in relation.dates {
            escaper.append(", ", to: &out)
            escaper.append(day.description, to: &out)
        }
        let shown = relation.evidence.prefix(3)
        for evidence in shown {
            escaper.append("\n• ", to: &out)
            escaper.append(evidence.sentence, to: &out)
        }
        if relation.evidence.count > shown.count {
            escaper.append("\n(+\(relation.evidence.count - shown.count) more)", to: &out)
        }
    }
}

/// Writes an attribute list, ` [name="value", ...];\n`, straight into the output.
///
/// The standard attributes are added one by one. A decoration's change (see `DOTDecoration`)
/// is written in place of the standard attribute of the same name, and its other attributes
/// after the standard ones, in its order; when it names one attribute twice, the last value wins.
private struct AttributeList {
    private let changes: [(name: String, value: String)]
    private var changeWritten: [Bool]
    private var isEmpty = true

    init(changes: [(String, String)] = [], to out: inout ByteWriter) {
        self.changes = changes.map { (name: $0.0, value: $0.1) }
        changeWritten = Array(repeating: false, count: changes.count)
        out.append(" [")
    }

    /// Adds `name="value"`, or the decoration's value for `name`.
    mutating func add(_ name: String, _ value: String, to out: inout ByteWriter) {
        add(name, to: &out) { escaper, out in escaper.append(value, to: &out) }
    }

    /// Adds `name="…"` with the value `write` escapes into the output, or the decoration's
    /// value for `name`.
    mutating func add(_ name: String, to out: inout ByteWriter,
                      value write: (inout DOTEscaping.Escaper, inout ByteWriter) -> Void) {
        if let replacement = takeChange(named: name) {
            writeQuoted(name, replacement, to: &out)
            return
        }
        writeName(name, to: &out)
        out.append(UInt8(ascii: "\""))
        var escaper = DOTEscaping.Escaper()
        write(&escaper, &out)
        out.append(UInt8(ascii: "\""))
    }

    /// Adds the decoration's attributes that replaced none, and closes the list.
    mutating func finish(to out: inout ByteWriter) {
        for index in changes.indices where !changeWritten[index] {
            let name = changes[index].name
            writeQuoted(name, takeChange(named: name)!, to: &out)
        }
        out.append("];\n")
    }

    /// The last value the decoration gives `name`, marking every change of that name written.
    private mutating func takeChange(named name: String) -> String? {
        guard !changes.isEmpty else { return nil }  // the standard look: most lists
        var value: String?
        for index in changes.indices where changes[index].name == name {
            value = changes[index].value
            changeWritten[index] = true
        }
        return value
    }

    private mutating func writeQuoted(_ name: String, _ value: String, to out: inout ByteWriter) {
        writeName(name, to: &out)
        DOTEscaping.appendQuoted(value, to: &out)
    }

    private mutating func writeName(_ name: String, to out: inout ByteWriter) {
        if !isEmpty { out.append(", ") }
        isEmpty = false
        out.append(name)
        out.append("=")
    }
}
