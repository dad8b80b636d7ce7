// libFuzzer target: bytes split at NUL into labels, which become the labels and ids of a
// graph's entities. Graphviz must parse the DOT export, and every label must come back as
// `DOTWriter.displayLabel(for:)` shows it (control characters as U+FFFD).
// Build with Fuzz/build.sh dot.
import Foundation
import VartaCore
import VartaFormats
import VartaGraphviz

@_cdecl("LLVMFuzzerTestOneInput")
public func fuzz(_ data: UnsafePointer<UInt8>, _ size: Int) -> CInt {
    let text = String(decoding: UnsafeBufferPointer(start: data, count: size), as: UTF8.self)
    let labels = text.split(separator: "\0", omittingEmptySubsequences: false).prefix(64).map(String.init)
    let graph = fuzzGraph(labels)
    let dot = DOTWriter.string(graph)
    let parsed: ParsedDOT
    do {
        parsed = try GraphvizRenderer.parse(dot: dot)
    } catch {
        fatalError("Graphviz rejects Varta's DOT: \(error)\n\(dot)")
    }
    let nodes = Dictionary(parsed.nodes.map { ($0.name, $0) }, uniquingKeysWith: { first, _ in first })
    precondition(nodes.count == graph.entities.count, "\(graph.entities.count) entities but \(nodes.count) nodes:\n\(dot)")
    for entity in graph.entities.values {
        guard let node = nodes[entity.id] else { fatalError("node \(entity.id.debugDescription) is missing:\n\(dot)") }
        let shown = DOTEscaping.unescapedLabel(node.attributes["label"] ?? "")
        let expected = shownByGraphviz(DOTWriter.displayLabel(for: entity))
        precondition(shown == expected, "label \(expected.debugDescription) came back as \(shown.debugDescription):\n\(dot)")
    }
    precondition(parsed.edges.count == graph.relations.count, "\(graph.relations.count) relations but \(parsed.edges.count) edges:\n\(dot)")
    return 0
}

/// One entity per label (kinds in turn, every third with the next label as its Hindi
/// name), ids made usable, and a meeting between neighbours with the label as evidence.
private func fuzzGraph(_ labels: [String]) -> Graph {
    var graph = Graph()
    var previous: String?
    for (index, label) in labels.enumerated() {
        var id = usableID(label)
        while graph.entities[id] != nil { id += "#\(index)" }
        var names: [String: String] = [:]
        if index % 3 == 2, index + 1 < labels.count { names["hi"] = labels[index + 1] }
        let kind = EntityKind.allCases[index % EntityKind.allCases.count]
        graph.insert(Entity(id: id, kind: kind, label: label, names: names))
        if let previous {
            graph.insert(Relation(kind: .meeting, source: previous, target: id,
                                  evidence: [Evidence(document: label, sentence: label)]))
        }
        previous = id
    }
    precondition(graph.problems().isEmpty, "fuzz graph is invalid: \(graph.problems())")
    return graph
}

/// `text` as an entity id: unchanged when `Graph.invalidIDReason` accepts it, otherwise
/// with backslashes and control characters replaced and a leading `%` or emptiness fixed.
private func usableID(_ text: String) -> String {
    guard Graph.invalidIDReason(text) != nil else { return text }
    var scalars = String.UnicodeScalarView()
    for scalar in text.unicodeScalars {
        if scalar == "\\" { scalars.append("/") } else if scalar.properties.generalCategory == .control { scalars.append("?") } else { scalars.append(scalar) }
    }
    let id = String(scalars)
    return id.isEmpty || id.unicodeScalars.first == "%" ? "id:" + id : id
}

/// What Graphviz should show for `label`, per DOTEscaping's contract: line breaks (CR, LF,
/// CRLF) are line breaks, a tab stays, any other control character is U+FFFD.
private func shownByGraphviz(_ label: String) -> String {
    var result = String.UnicodeScalarView()
    var previous: Unicode.Scalar = "\0"
    for scalar in label.unicodeScalars {
        switch scalar {
        case "\n" where previous == "\r": break
        case "\n", "\r": result.append("\n")
        case "\t": result.append(scalar)
        case _ where scalar.value < 0x20 || (0x7F...0x9F).contains(scalar.value): result.append("\u{FFFD}")
        default: result.append(scalar)
        }
        previous = scalar
    }
    return String(result)
}
