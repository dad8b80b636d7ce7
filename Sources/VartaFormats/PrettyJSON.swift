/// Pretty-printed JSON written straight into UTF-8 bytes, laid out exactly as Foundation's
/// `JSONEncoder` does with `[.prettyPrinted, .sortedKeys, .withoutEscapingSlashes]` (a test
/// holds the two equal) but without building a tree of values first, so large graphs are
/// written many times faster. Callers write the members of an object in sorted key order.
struct PrettyJSON {
    private(set) var bytes: [UInt8] = []
    /// For each open object or array: whether nothing has been written in it yet.
    private var isEmpty: [Bool] = []
    /// A key was just written; the next value goes on the same line.
    private var afterKey = false

    init(reservingCapacity capacity: Int = 0) {
        bytes.reserveCapacity(capacity)
    }

    /// The text written, ending with a newline; the writer is left empty.
    mutating func finishedWithNewline() -> [UInt8] {
        bytes.append(0x0A)
        defer { bytes = [] }
        return bytes
    }

    mutating func openObject() { open(UInt8(ascii: "{")) }
    mutating func closeObject() { close(UInt8(ascii: "}")) }
    mutating func openArray() { open(UInt8(ascii: "[")) }
    mutating func closeArray() { close(UInt8(ascii: "]")) }

    /// Starts a member of the open object: `"name" : `.
    mutating func key(_ name: String) {
        startElement()
        appendQuoted(name)
        bytes.append(contentsOf: [0x20, UInt8(ascii: ":"), 0x20])
        afterKey = true
    }

    mutating func string(_ value: String) {
        startValue()
        appendQuoted(value)
    }

    mutating func int(_ value: Int) {
        startValue()
        bytes.append(contentsOf: String(value).utf8)
    }

    mutating func bool(_ value: Bool) {
        startValue()
        bytes.append(contentsOf: (value ? "true" : "false").utf8)
    }

    /// A member with a string value, left out when the value is nil.
    mutating func member(_ name: String, _ value: String?) {
        guard let value else { return }
        key(name)
        string(value)
    }

    /// A member with a number value, left out when the value is nil.
    mutating func member(_ name: String, _ value: Int?) {
        guard let value else { return }
        key(name)
        int(value)
    }

    /// A member whose value is an array of strings.
    mutating func member(_ name: String, strings: [String]) {
        key(name)
        openArray()
        for value in strings { string(value) }
        closeArray()
    }

    /// Writes `elements` into the open array as `write` would one after another, in pieces
    /// on all cores, each piece starting from this writer's state.
    mutating func appendElements<Element: Sendable>(
        _ elements: [Element], write: @escaping @Sendable (Element, inout PrettyJSON) -> Void
    ) {
        precondition(!afterKey && !isEmpty.isEmpty, "appendElements writes into an open array")
        let state = isEmpty
        let pieces = ParallelPieces.bytes(of: elements) { piece, number in
            var writer = PrettyJSON()
            writer.isEmpty = state
            if number > 0 { writer.isEmpty[writer.isEmpty.count - 1] = false }  // a comma before its first element
            for element in piece { write(element, &writer) }
            return writer.bytes
        }
        ParallelPieces.append(pieces, to: &bytes)
        if !elements.isEmpty { isEmpty[isEmpty.count - 1] = false }
    }

    // MARK: Layout

    private mutating func open(_ bracket: UInt8) {
        startValue()
        bytes.append(bracket)
        isEmpty.append(true)
    }

    private mutating func close(_ bracket: UInt8) {
        let wasEmpty = isEmpty.removeLast()
        bytes.append(0x0A)
        if wasEmpty { bytes.append(0x0A) }  // Foundation writes an empty container as "[\n\n]"
        indent()
        bytes.append(bracket)
    }

    /// Before a value: inside an array it begins a new element; after a key it follows it.
    private mutating func startValue() {
        if afterKey {
            afterKey = false
        } else if !isEmpty.isEmpty {
            startElement()
        }
    }

    /// A comma after the previous element, then a new line at the current depth.
    private mutating func startElement() {
        if isEmpty[isEmpty.count - 1] {
            isEmpty[isEmpty.count - 1] = false
        } else {
            bytes.append(UInt8(ascii: ","))
        }
        bytes.append(0x0A)
        indent()
    }

    private mutating func indent() {
        for _ in 0..<isEmpty.count { bytes.append(0x20); bytes.append(0x20) }
    }

    /// A JSON string: quotes and backslashes escaped, control characters as Foundation
    /// writes them; runs of plain bytes are copied whole.
    private mutating func appendQuoted(_ text: String) {
        bytes.append(UInt8(ascii: "\""))
        text.withUTF8Bytes { utf8 in
            var plainFrom = 0
            for index in utf8.indices {
                let byte = utf8[index]
                guard byte < 0x20 || byte == UInt8(ascii: "\"") || byte == UInt8(ascii: "\\") else { continue }
                bytes.append(contentsOf: UnsafeBufferPointer(rebasing: utf8[plainFrom..<index]))
                appendEscape(byte)
                plainFrom = index + 1
            }
            bytes.append(contentsOf: UnsafeBufferPointer(rebasing: utf8[plainFrom...]))
        }
        bytes.append(UInt8(ascii: "\""))
    }

    private mutating func appendEscape(_ byte: UInt8) {
        let backslash = UInt8(ascii: "\\")
        switch byte {
        case UInt8(ascii: "\""), backslash: bytes.append(contentsOf: [backslash, byte])
        case 0x08: bytes.append(contentsOf: [backslash, UInt8(ascii: "b")])
        case 0x09: bytes.append(contentsOf: [backslash, UInt8(ascii: "t")])
        case 0x0A: bytes.append(contentsOf: [backslash, UInt8(ascii: "n")])
        case 0x0C: bytes.append(contentsOf: [backslash, UInt8(ascii: "f")])
        case 0x0D: bytes.append(contentsOf: [backslash, UInt8(ascii: "r")])
        default:
            let hex = Array("0123456789abcdef".utf8)
            bytes.append(contentsOf: [backslash, UInt8(ascii: "u"), UInt8(ascii: "0"), UInt8(ascii: "0"),
                                      hex[Int(byte >> 4)], hex[Int(byte & 0x0F)]])
        }
    }
}
