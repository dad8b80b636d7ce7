import Foundation
import VartaCore

/// Reads varta-graph JSON straight from its bytes into the document's records.
///
/// `JSONDecoder` first builds a tree of every value in the file and then decodes the tree:
/// for a million edges (700 MB) that took 40 s and 2.5 GB. This reader makes one pass over
/// the bytes and builds only the records. It reads what `GraphDocument`'s `Codable`
/// conformance reads (unknown keys skipped, `null` for a missing optional), and gives up at
/// anything else — bad syntax, a wrong type, a number that is not a plain integer, invalid
/// UTF-8 — so that `VartaJSON.read` can decode the input again with `JSONDecoder`, whose
/// errors name the field at fault. Valid documents therefore read the same either way.
enum GraphJSONReader {
    /// A document read: its header, and the graph its nodes and edges make.
    struct Document {
        let format: String
        let version: Int
        /// The same graph as `GraphDocument.graph()` makes of the records.
        let graph: Graph
    }

    /// The document in `data`, or nil when it is not plainly a valid varta-graph document.
    /// Nodes and edges go into the graph as they are read, so no list of records is held.
    static func read(_ data: Data) -> Document? {
        data.withUnsafeBytes { raw in
            var cursor = JSONCursor(bytes: raw.bindMemory(to: UInt8.self))
            return try? cursor.readWholeDocument()
        }
    }
}

/// Something the fast reader does not handle; the caller falls back to `JSONDecoder`.
private struct Unexpected: Error {}

private struct JSONCursor {
    let bytes: UnsafeBufferPointer<UInt8>
    var position = 0

    // MARK: The varta-graph document

    mutating func readWholeDocument() throws(Unexpected) -> GraphJSONReader.Document {
        let document = try readDocument()
        skipWhitespace()
        guard position == bytes.count else { throw Unexpected() }
        return document
    }

    private mutating func readDocument() throws(Unexpected) -> GraphJSONReader.Document {
        var format: String?, version: Int?, sawNodes = false, sawEdges = false
        // Entities and relations are kept apart, so reading edges before nodes (as Varta
        // writes them) builds the same graph as `GraphDocument.graph()`.
        var graph = Graph()
        try readObject { key, cursor throws(Unexpected) in
            switch key {
            case "format": format = try cursor.once(format) { cursor throws(Unexpected) in try cursor.readString() }
            case "version": version = try cursor.once(version) { cursor throws(Unexpected) in try cursor.readInt() }
            case "nodes":
                guard !sawNodes else { throw Unexpected() }
                sawNodes = true
                try cursor.readEach { cursor throws(Unexpected) in graph.insert(try cursor.readNode().entity()) }
            case "edges":
                guard !sawEdges else { throw Unexpected() }
                sawEdges = true
                try cursor.readEach { cursor throws(Unexpected) in graph.insert(try cursor.readEdge().relation()) }
            default: try cursor.skipValue()
            }
        }
        guard let format, let version, sawNodes, sawEdges else { throw Unexpected() }
        return GraphJSONReader.Document(format: format, version: version, graph: graph)
    }

    private mutating func readNode() throws(Unexpected) -> NodeRecord {
        var id: String?, kind: EntityKind?, label: String?, names: [String: String]?, mentions: [String]?
        var occurrences: [Occurrence]?, office: String?, affiliation: String?
        try readObject { key, cursor throws(Unexpected) in
            switch key {
            case "id": id = try cursor.once(id) { cursor throws(Unexpected) in try cursor.readString() }
            case "kind": kind = try cursor.once(kind) { cursor throws(Unexpected) in try cursor.readChoice(EntityKind.self) }
            case "label": label = try cursor.once(label) { cursor throws(Unexpected) in try cursor.readString() }
            case "names": names = try cursor.onceOrNull(names) { cursor throws(Unexpected) in try cursor.readStringDictionary() }
            case "mentions": mentions = try cursor.once(mentions) { cursor throws(Unexpected) in try cursor.readArray { cursor throws(Unexpected) in try cursor.readString() } }
            case "occurrences": occurrences = try cursor.onceOrNull(occurrences) { cursor throws(Unexpected) in try cursor.readArray { cursor throws(Unexpected) in try cursor.readOccurrence() } }
            case "office": office = try cursor.onceOrNull(office) { cursor throws(Unexpected) in try cursor.readString() }
            case "affiliation": affiliation = try cursor.onceOrNull(affiliation) { cursor throws(Unexpected) in try cursor.readString() }
            default: try cursor.skipValue()
            }
        }
        guard let id, let kind, let label, let mentions else { throw Unexpected() }
        return NodeRecord(id: id, kind: kind, label: label, names: names, mentions: mentions,
                          occurrences: occurrences, office: office, affiliation: affiliation)
    }

    private mutating func readOccurrence() throws(Unexpected) -> Occurrence {
        var text: String?, document: String?, start: Int?, end: Int?
        try readObject { key, cursor throws(Unexpected) in
            switch key {
            case "text": text = try cursor.once(text) { cursor throws(Unexpected) in try cursor.readString() }
            case "document": document = try cursor.once(document) { cursor throws(Unexpected) in try cursor.readString() }
            case "start": start = try cursor.once(start) { cursor throws(Unexpected) in try cursor.readInt() }
            case "end": end = try cursor.once(end) { cursor throws(Unexpected) in try cursor.readInt() }
            default: try cursor.skipValue()
            }
        }
        guard let text, let document, let start, let end else { throw Unexpected() }
        return Occurrence(text: text, span: TextSpan(document: document, start: start, end: end))
    }

    private mutating func readEdge() throws(Unexpected) -> EdgeRecord {
        var id: String?, kind: RelationKind?, source: String?, target: String?, directed: Bool?
        var polarity: Polarity?, dates: [Day]?, weight: Int?, evidence: [EvidenceRecord]?
        try readObject { key, cursor throws(Unexpected) in
            switch key {
            case "id": id = try cursor.onceOrNull(id) { cursor throws(Unexpected) in try cursor.readString() }
            case "kind": kind = try cursor.once(kind) { cursor throws(Unexpected) in try cursor.readChoice(RelationKind.self) }
            case "source": source = try cursor.once(source) { cursor throws(Unexpected) in try cursor.readString() }
            case "target": target = try cursor.once(target) { cursor throws(Unexpected) in try cursor.readString() }
            case "directed": directed = try cursor.onceOrNull(directed) { cursor throws(Unexpected) in try cursor.readBool() }
            case "polarity": polarity = try cursor.onceOrNull(polarity) { cursor throws(Unexpected) in try cursor.readChoice(Polarity.self) }
            case "dates": dates = try cursor.onceOrNull(dates) { cursor throws(Unexpected) in try cursor.readArray { cursor throws(Unexpected) in try cursor.readDay() } }
            case "weight": weight = try cursor.onceOrNull(weight) { cursor throws(Unexpected) in try cursor.readInt() }
            case "evidence": evidence = try cursor.onceOrNull(evidence) { cursor throws(Unexpected) in try cursor.readArray { cursor throws(Unexpected) in try cursor.readEvidence() } }
            default: try cursor.skipValue()
            }
        }
        guard let kind, let source, let target else { throw Unexpected() }
        return EdgeRecord(id: id, kind: kind, source: source, target: target, directed: directed, polarity: polarity,
                          dates: dates, weight: weight, evidence: evidence)
    }

    private mutating func readEvidence() throws(Unexpected) -> EvidenceRecord {
        var document: String?, sentence: String?, start: Int?, end: Int?, date: Day?, polarity: Polarity?
        try readObject { key, cursor throws(Unexpected) in
            switch key {
            case "document": document = try cursor.once(document) { cursor throws(Unexpected) in try cursor.readString() }
            case "sentence": sentence = try cursor.once(sentence) { cursor throws(Unexpected) in try cursor.readString() }
            case "start": start = try cursor.onceOrNull(start) { cursor throws(Unexpected) in try cursor.readInt() }
            case "end": end = try cursor.onceOrNull(end) { cursor throws(Unexpected) in try cursor.readInt() }
            case "date": date = try cursor.onceOrNull(date) { cursor throws(Unexpected) in try cursor.readDay() }
            case "polarity": polarity = try cursor.onceOrNull(polarity) { cursor throws(Unexpected) in try cursor.readChoice(Polarity.self) }
            default: try cursor.skipValue()
            }
        }
        guard let document, let sentence else { throw Unexpected() }
        return EvidenceRecord(Evidence(document: document, sentence: sentence, start: start, end: end,
                                       date: date, polarity: polarity))
    }

    /// A required member, read once: a repeated key is left to `JSONDecoder`.
    private mutating func once<Value>(_ current: Value?, _ read: (inout JSONCursor) throws(Unexpected) -> Value) throws(Unexpected) -> Value {
        guard current == nil else { throw Unexpected() }
        return try read(&self)
    }

    /// An optional member, read once; `null` leaves it out.
    private mutating func onceOrNull<Value>(_ current: Value?, _ read: (inout JSONCursor) throws(Unexpected) -> Value) throws(Unexpected) -> Value? {
        guard current == nil else { throw Unexpected() }
        skipWhitespace()
        if try readLiteralIfPresent("null") { return nil }
        return try read(&self)
    }

    // MARK: JSON values

    private mutating func readObject(_ member: (String, inout JSONCursor) throws(Unexpected) -> Void) throws(Unexpected) {
        try expect(UInt8(ascii: "{"))
        skipWhitespace()
        if peek() == UInt8(ascii: "}") {
            position += 1
            return
        }
        while true {
            skipWhitespace()
            let key = try readString()
            try expect(UInt8(ascii: ":"))
            try member(key, &self)
            skipWhitespace()
            let next = try take()
            if next == UInt8(ascii: "}") { return }
            guard next == UInt8(ascii: ",") else { throw Unexpected() }
        }
    }

    /// Reads the elements of an array one by one without keeping them.
    private mutating func readEach(_ element: (inout JSONCursor) throws(Unexpected) -> Void) throws(Unexpected) {
        try expect(UInt8(ascii: "["))
        skipWhitespace()
        if peek() == UInt8(ascii: "]") {
            position += 1
            return
        }
        while true {
            try element(&self)
            skipWhitespace()
            let next = try take()
            if next == UInt8(ascii: "]") { return }
            guard next == UInt8(ascii: ",") else { throw Unexpected() }
        }
    }

    private mutating func readArray<Element>(_ element: (inout JSONCursor) throws(Unexpected) -> Element) throws(Unexpected) -> [Element] {
        var elements: [Element] = []
        try readEach { cursor throws(Unexpected) in elements.append(try element(&cursor)) }
        return elements
    }

    private mutating func readStringDictionary() throws(Unexpected) -> [String: String] {
        var dictionary: [String: String] = [:]
        try readObject { key, cursor throws(Unexpected) in
            guard dictionary[key] == nil else { throw Unexpected() }
            dictionary[key] = try cursor.readString()
        }
        return dictionary
    }

    private mutating func readChoice<Choice: RawRepresentable<String>>(_ type: Choice.Type) throws(Unexpected) -> Choice {
        guard let choice = Choice(rawValue: try readString()) else { throw Unexpected() }
        return choice
    }

    private mutating func readDay() throws(Unexpected) -> Day {
        guard let day = Day(iso: try readString()) else { throw Unexpected() }
        return day
    }

    private mutating func readBool() throws(Unexpected) -> Bool {
        skipWhitespace()
        if try readLiteralIfPresent("true") { return true }
        if try readLiteralIfPresent("false") { return false }
        throw Unexpected()
    }

    /// A plain integer (`-12`); fractions, exponents and overflow are left to `JSONDecoder`.
    private mutating func readInt() throws(Unexpected) -> Int {
        skipWhitespace()
        let negative = peek() == UInt8(ascii: "-")
        if negative { position += 1 }
        let start = position
        var value = 0
        while position < bytes.count, (UInt8(ascii: "0")...UInt8(ascii: "9")).contains(bytes[position]) {
            let (times10, overflow1) = value.multipliedReportingOverflow(by: 10)
            let (sum, overflow2) = times10.addingReportingOverflow(Int(bytes[position] - UInt8(ascii: "0")))
            guard !overflow1, !overflow2 else { throw Unexpected() }
            value = sum
            position += 1
        }
        let digits = position - start
        guard digits > 0, !(digits > 1 && bytes[start] == UInt8(ascii: "0")) else { throw Unexpected() }
        if let next = peek(), next == UInt8(ascii: ".") || next == UInt8(ascii: "e") || next == UInt8(ascii: "E") {
            throw Unexpected()
        }
        return negative ? -value : value
    }

    /// A string: runs without escapes are copied whole; the text must be valid UTF-8.
    private mutating func readString() throws(Unexpected) -> String {
        skipWhitespace()
        try expect(UInt8(ascii: "\""))
        let start = position
        // To the closing quote, a backslash or a control byte (which JSON does not allow).
        position = ByteScan.firstIndex(in: bytes, from: position, mayHoldWanted: { word in
            ByteScan.hasControlByte(word) || ByteScan.has(UInt8(ascii: "\""), in: word) || ByteScan.has(UInt8(ascii: "\\"), in: word)
        }, isWanted: { byte in
            byte < 0x20 || byte == UInt8(ascii: "\"") || byte == UInt8(ascii: "\\")
        })
        if position < bytes.count, bytes[position] == UInt8(ascii: "\"") {
            let text = try validText(UnsafeBufferPointer(rebasing: bytes[start..<position]))
            position += 1
            return text
        }
        guard position < bytes.count, bytes[position] >= 0x20 else { throw Unexpected() }
        // Escapes: decoded into a byte buffer from here on.
        var decoded = Array(UnsafeBufferPointer(rebasing: bytes[start..<position]))
        while position < bytes.count {
            let byte = bytes[position]
            position += 1
            switch byte {
            case UInt8(ascii: "\""):
                return try decoded.withUnsafeBufferPointer { buffer throws(Unexpected) in try validText(buffer) }
            case UInt8(ascii: "\\"):
                try readEscape(into: &decoded)
            case 0..<0x20:
                throw Unexpected()
            default:
                decoded.append(byte)
            }
        }
        throw Unexpected()
    }

    /// The text of UTF-8 bytes, which must be valid. `String(decoding:)` is the fast way in
    /// but replaces invalid bytes by U+FFFD, so the text is compared with the bytes after.
    /// (`String(validating:as:)` would say so itself, but is not specialised: it looks up
    /// generic metadata at every call, which made reading a large graph 40% slower.)
    private func validText(_ utf8: UnsafeBufferPointer<UInt8>) throws(Unexpected) -> String {
        guard let start = utf8.baseAddress, !utf8.isEmpty else { return "" }
        var text = String(decoding: utf8, as: UTF8.self)
        let unchanged = text.withUTF8 { $0.count == utf8.count && memcmp($0.baseAddress!, start, utf8.count) == 0 }
        guard unchanged else { throw Unexpected() }
        return text
    }

    private mutating func readEscape(into decoded: inout [UInt8]) throws(Unexpected) {
        switch try take() {
        case UInt8(ascii: "\""): decoded.append(UInt8(ascii: "\""))
        case UInt8(ascii: "\\"): decoded.append(UInt8(ascii: "\\"))
        case UInt8(ascii: "/"): decoded.append(UInt8(ascii: "/"))
        case UInt8(ascii: "b"): decoded.append(0x08)
        case UInt8(ascii: "f"): decoded.append(0x0C)
        case UInt8(ascii: "n"): decoded.append(0x0A)
        case UInt8(ascii: "r"): decoded.append(0x0D)
        case UInt8(ascii: "t"): decoded.append(0x09)
        case UInt8(ascii: "u"):
            var value = try readHex4()
            if (0xD800..<0xDC00).contains(value) {
                // A high surrogate must be followed by an escaped low one.
                guard try take() == UInt8(ascii: "\\"), try take() == UInt8(ascii: "u") else { throw Unexpected() }
                let low = try readHex4()
                guard (0xDC00..<0xE000).contains(low) else { throw Unexpected() }
                value = 0x10000 + ((value - 0xD800) << 10) + (low - 0xDC00)
            }
            guard let scalar = Unicode.Scalar(value) else { throw Unexpected() }
            decoded.append(contentsOf: Array(String(scalar).utf8))
        default:
            throw Unexpected()
        }
    }

    private mutating func readHex4() throws(Unexpected) -> UInt32 {
        var value: UInt32 = 0
        for _ in 0..<4 {
            let byte = try take()
            let digit: UInt8
            switch byte {
            case UInt8(ascii: "0")...UInt8(ascii: "9"): digit = byte - UInt8(ascii: "0")
            case UInt8(ascii: "a")...UInt8(ascii: "f"): digit = byte - UInt8(ascii: "a") + 10
            case UInt8(ascii: "A")...UInt8(ascii: "F"): digit = byte - UInt8(ascii: "A") + 10
            default: throw Unexpected()
            }
            value = value << 4 | UInt32(digit)
        }
        return value
    }

    /// Skips a value of a key the document does not define (as `Codable` ignores it).
    private mutating func skipValue() throws(Unexpected) {
        skipWhitespace()
        switch peek() {
        case UInt8(ascii: "{"): try readObject { _, cursor throws(Unexpected) in try cursor.skipValue() }
        case UInt8(ascii: "["): _ = try readArray { cursor throws(Unexpected) in try cursor.skipValue() }
        case UInt8(ascii: "\""): _ = try readString()
        case UInt8(ascii: "t"), UInt8(ascii: "f"): _ = try readBool()
        case UInt8(ascii: "n"): guard try readLiteralIfPresent("null") else { throw Unexpected() }
        default: _ = try readInt()
        }
    }

    // MARK: Bytes

    private mutating func readLiteralIfPresent(_ literal: StaticString) throws(Unexpected) -> Bool {
        let count = literal.utf8CodeUnitCount
        guard position + count <= bytes.count else { return false }
        for offset in 0..<count where bytes[position + offset] != literal.utf8Start[offset] { return false }
        position += count
        return true
    }

    private mutating func skipWhitespace() {
        while position < bytes.count {
            switch bytes[position] {
            case 0x20, 0x0A, 0x0D, 0x09: position += 1
            default: return
            }
        }
    }

    private func peek() -> UInt8? {
        position < bytes.count ? bytes[position] : nil
    }

    private mutating func take() throws(Unexpected) -> UInt8 {
        guard position < bytes.count else { throw Unexpected() }
        position += 1
        return bytes[position - 1]
    }

    private mutating func expect(_ byte: UInt8) throws(Unexpected) {
        skipWhitespace()
        guard try take() == byte else { throw Unexpected() }
    }
}

// Memberwise initialisers for the records, which declare initialisers of their own.
extension NodeRecord {
    init(id: String, kind: EntityKind, label: String, names: [String: String]?, mentions: [String],
         occurrences: [Occurrence]?, office: String?, affiliation: String?) {
        self.id = id
        self.kind = kind
        self.label = label
        self.names = names
        self.mentions = mentions
        self.occurrences = occurrences
        self.office = office
        self.affiliation = affiliation
    }
}

extension EdgeRecord {
    init(id: String?, kind: RelationKind, source: String, target: String, directed: Bool?, polarity: Polarity?,
         dates: [Day]?, weight: Int?, evidence: [EvidenceRecord]?) {
        self.id = id
        self.kind = kind
        self.source = source
        self.target = target
        self.directed = directed
        self.polarity = polarity
        self.dates = dates
        self.weight = weight
        self.evidence = evidence
    }
}
