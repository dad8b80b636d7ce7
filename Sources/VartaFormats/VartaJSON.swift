import Foundation
import VartaCore

/// Reads and writes the "varta-graph" JSON format, version 1 (see docs/FORMAT.md).
///
/// Output is deterministic: nodes sorted by id, edges by kind, source and target,
/// object keys sorted, so the same graph always gives the same bytes.
public enum VartaJSON {
    public static let formatName = "varta-graph"
    public static let version = 1

    /// The graph as pretty-printed JSON text, ending with a newline.
    public static func write(_ graph: Graph) -> Data {
        Data(bytes(graph))
    }

    /// The same text as UTF-8 bytes, without copying it into `Data` (a 1M-edge graph is
    /// 700 MB of JSON).
    public static func bytes(_ graph: Graph) -> [UInt8] {
        var json = PrettyJSON()
        GraphDocument.write(graph, to: &json)
        return json.finishedWithNewline()
    }

    /// Parses varta-graph JSON. `source` names the input in error messages (a path or "stdin").
    public static func read(_ data: Data, source: String) throws(GraphFormatError) -> Graph {
        // The fast reader reads every valid document; JSONDecoder reads the rest again, to
        // say exactly what is wrong with them.
        let (format, version, graph): (String, Int, Graph)
        if let document = GraphJSONReader.read(data) {
            (format, version, graph) = (document.format, document.version, document.graph)
        } else {
            let document = try decodedWithFoundation(data, source: source)
            (format, version, graph) = (document.format, document.version, document.graph())
        }
        guard format == formatName else {
            throw GraphFormatError(
                source: source, path: "format",
                problem: "is \"\(format)\", expected \"\(formatName)\"; is this a varta graph?")
        }
        guard version == self.version else {
            throw GraphFormatError(
                source: source, path: "version",
                problem: "is \(version), but this Varta reads version \(self.version); upgrade Varta")
        }
        if let problem = graph.problems().first {
            throw GraphFormatError(source: source, path: "", problem: problem.description)
        }
        return graph
    }

    private static func decodedWithFoundation(_ data: Data, source: String) throws(GraphFormatError) -> GraphDocument {
        do {
            return try JSONDecoder().decode(GraphDocument.self, from: data)
        } catch let error as DecodingError {
            throw GraphFormatError(decoding: error, source: source, data: data)
        } catch {
            throw GraphFormatError(source: source, path: "", problem: "\(error)")
        }
    }
}

/// A varta-graph JSON input that cannot be read: which input, which field, what is wrong.
public struct GraphFormatError: Error, CustomStringConvertible, Equatable {
    public let source: String
    /// JSON path of the offending field, e.g. `nodes[3].kind`; empty for the whole document.
    public let path: String
    public let problem: String

    public init(source: String, path: String, problem: String) {
        self.source = source
        self.path = path
        self.problem = problem
    }

    public var description: String {
        let place = path.isEmpty ? source : "\(source): \(path)"
        return "\(place): \(problem)"
    }

    init(decoding error: DecodingError, source: String, data: Data) {
        func pathText(_ codingPath: [any CodingKey]) -> String {
            var text = ""
            for key in codingPath {
                if let index = key.intValue { text += "[\(index)]" } else {
                    text += text.isEmpty ? key.stringValue : ".\(key.stringValue)"
                }
            }
            return text
        }
        switch error {
        case let .keyNotFound(key, context):
            let parent = pathText(context.codingPath)
            self.init(source: source, path: parent.isEmpty ? key.stringValue : "\(parent).\(key.stringValue)",
                      problem: "is missing")
        case let .typeMismatch(type, context):
            self.init(source: source, path: pathText(context.codingPath),
                      problem: "has the wrong type, expected \(GraphFormatError.jsonName(type))")
        case let .valueNotFound(type, context):
            self.init(source: source, path: pathText(context.codingPath),
                      problem: "is null, expected \(GraphFormatError.jsonName(type))")
        case .dataCorrupted(let context) where context.codingPath.isEmpty:
            self.init(source: source, path: "", problem: "is not valid JSON: " + GraphFormatError.syntaxProblem(in: data))
        case let .dataCorrupted(context):
            self.init(source: source, path: pathText(context.codingPath), problem: context.debugDescription)
        @unknown default:
            self.init(source: source, path: "", problem: "\(error)")
        }
    }

    /// Where the JSON syntax breaks, as line and byte. JSONDecoder does not say;
    /// JSONSerialization does ("... around character 15.", a byte offset).
    private static func syntaxProblem(in data: Data) -> String {
        guard !data.isEmpty else { return "the input is empty" }
        var detail = "the syntax is broken"
        do {
            _ = try JSONSerialization.jsonObject(with: data, options: [.fragmentsAllowed])
        } catch {
            detail = (error as NSError).userInfo[NSDebugDescriptionErrorKey] as? String ?? detail
        }
        guard let range = detail.range(of: #"character \d+"#, options: .regularExpression),
              let offset = Int(detail[range].dropFirst("character ".count)) else { return detail }
        let before = data.prefix(offset)
        let line = before.count { $0 == UInt8(ascii: "\n") } + 1
        let reason = detail[..<range.lowerBound].replacingOccurrences(of: " around ", with: "")
        return "\(reason.lowercased()) at line \(line), byte \(offset)"
    }

    private static func jsonName(_ type: Any.Type) -> String {
        switch type {
        case is String.Type: "a string"
        case is Int.Type, is Double.Type: "a number"
        case is Bool.Type: "true or false"
        default: String(describing: type).hasPrefix("Array") ? "an array" : "an object"
        }
    }
}

// MARK: - The document as it is stored

struct GraphDocument: Codable {
    var format: String
    var version: Int
    var nodes: [NodeRecord]
    var edges: [EdgeRecord]

    init(_ graph: Graph) {
        format = VartaJSON.formatName
        version = VartaJSON.version
        nodes = graph.sortedEntities.map(NodeRecord.init)
        edges = graph.sortedRelations.map(EdgeRecord.init)
    }

    func graph() -> Graph {
        Graph(entities: nodes.map { $0.entity() }, relations: edges.map { $0.relation() })
    }

    /// Writes the document of `graph` as `JSONEncoder` would encode `GraphDocument(graph)`,
    /// keys in sorted order. The records are made and written in pieces on all cores.
    static func write(_ graph: Graph, to json: inout PrettyJSON) {
        json.openObject()
        json.key("edges")
        json.openArray()
        json.appendElements(graph.sortedRelations) { relation, json in EdgeRecord(relation).write(to: &json) }
        json.closeArray()
        json.member("format", VartaJSON.formatName)
        json.key("nodes")
        json.openArray()
        json.appendElements(graph.sortedEntities) { entity, json in NodeRecord(entity).write(to: &json) }
        json.closeArray()
        json.member("version", VartaJSON.version)
        json.closeObject()
    }
}

/// A node as varta-graph JSON stores it (also used by the diff format).
struct NodeRecord: Codable {
    var id: String
    var kind: EntityKind
    var label: String
    var names: [String: String]?
    /// Every surface form, the contract the scorer reads.
    var mentions: [String]
    /// Surface forms with the place they were seen.
    var occurrences: [Occurrence]?
    var office: String?
    var affiliation: String?

    init(_ entity: Entity) {
        id = entity.id
        kind = entity.kind
        label = entity.label
        names = entity.names.isEmpty ? nil : entity.names
        mentions = entity.surfaceForms
        let located = entity.mentions.compactMap { mention in
            mention.span.map { Occurrence(text: mention.text, span: $0) }
        }
        occurrences = located.isEmpty ? nil : located
        office = entity.office
        affiliation = entity.affiliation
    }

    func write(to json: inout PrettyJSON) {
        json.openObject()
        json.member("affiliation", affiliation)
        json.member("id", id)
        json.member("kind", kind.rawValue)
        json.member("label", label)
        json.member("mentions", strings: mentions)
        if let names {
            json.key("names")
            json.openObject()
            for language in names.keys.sorted() { json.member(language, names[language]) }
            json.closeObject()
        }
        if let occurrences {
            json.key("occurrences")
            json.openArray()
            for occurrence in occurrences {
                json.openObject()
                json.member("document", occurrence.document)
                json.member("end", occurrence.end)
                json.member("start", occurrence.start)
                json.member("text", occurrence.text)
                json.closeObject()
            }
            json.closeArray()
        }
        json.member("office", office)
        json.closeObject()
    }

    func entity() -> Entity {
        let located = (occurrences ?? []).map { Mention(text: $0.text, span: $0.span) }
        return Entity(
            id: id, kind: kind, label: label, names: names ?? [:],
            mentions: mentions.map { Mention(text: $0) } + located,
            office: office, affiliation: affiliation)
    }
}

struct Occurrence: Codable {
    var text: String
    var document: String
    var start: Int
    var end: Int

    init(text: String, span: TextSpan) {
        self.text = text
        document = span.document
        start = span.start
        end = span.end
    }

    var span: TextSpan { TextSpan(document: document, start: start, end: end) }
}

/// An edge as varta-graph JSON stores it (also used by the diff format).
struct EdgeRecord: Codable {
    /// Written for readers; on reading it is derived again from kind and endpoints.
    var id: String?
    var kind: RelationKind
    var source: String
    var target: String
    var directed: Bool?
    var polarity: Polarity?
    var dates: [Day]?
    var weight: Int?
    var evidence: [EvidenceRecord]?

    init(_ relation: Relation) {
        id = relation.id
        kind = relation.kind
        source = relation.source
        target = relation.target
        directed = relation.kind.isDirected
        polarity = relation.polarity
        dates = relation.dates
        weight = relation.weight
        evidence = relation.evidence.map(EvidenceRecord.init)
    }

    func write(to json: inout PrettyJSON) {
        json.openObject()
        if let dates { json.member("dates", strings: dates.map(\.description)) }
        if let directed {
            json.key("directed")
            json.bool(directed)
        }
        if let evidence {
            json.key("evidence")
            json.openArray()
            for item in evidence { item.write(to: &json) }
            json.closeArray()
        }
        json.member("id", id)
        json.member("kind", kind.rawValue)
        json.member("polarity", polarity?.rawValue)
        json.member("source", source)
        json.member("target", target)
        json.member("weight", weight)
        json.closeObject()
    }

    func relation() -> Relation {
        Relation(
            kind: kind, source: source, target: target, polarity: polarity,
            dates: dates ?? [], weight: weight, evidence: (evidence ?? []).map { $0.evidence() })
    }
}

struct EvidenceRecord: Codable {
    var document: String
    var sentence: String
    var start: Int?
    var end: Int?
    var date: Day?
    var polarity: Polarity?

    init(_ evidence: Evidence) {
        document = evidence.document
        sentence = evidence.sentence
        start = evidence.start
        end = evidence.end
        date = evidence.date
        polarity = evidence.polarity
    }

    func write(to json: inout PrettyJSON) {
        json.openObject()
        json.member("date", date?.description)
        json.member("document", document)
        json.member("end", end)
        json.member("polarity", polarity?.rawValue)
        json.member("sentence", sentence)
        json.member("start", start)
        json.closeObject()
    }

    func evidence() -> Evidence {
        Evidence(document: document, sentence: sentence, start: start, end: end, date: date, polarity: polarity)
    }
}
