/// Pretty-printed JSON written straight into UTF-8 bytes, laid out exactly as Foundation's
/// `JSONEncoder` does with `[.prettyPrinted, .sortedKeys, .withoutEscapingSlashes]` (a test
/// holds the two equal) but without building a tree of values first, so large graphs are
/// written many times faster. Callers write the members of an object in sorted key order.
///
/// Bytes go into a `ByteWriter` (whose short copies cost less than `Array`'s appends), and
/// strings are scanned for what needs escaping eight bytes at a time (`ByteScan`).
struct PrettyJSON {
    private var out = ByteWriter()
    /// For each open object or array: whether nothing has been written in it yet.
    private var isEmpty: [Bool] = []
    /// A key was just written; the next value goes on the same line.
    private var afterKey = false

    init(reservingCapacity capacity: Int = 0) {
        out.reserveCapacity(capacity)
    }

    /// The text written, ending with a newline; the writer is left empty.
    mutating func finishedWithNewline() -> [UInt8] {
        out.append(0x0A)
        let finished = out
        out = ByteWriter()
        return finished.bytes()
    }

    mutating func openObject() { open(UInt8(ascii: "{")) }
    mutating func closeObject() { close(UInt8(ascii: "}")) }
    mutating func openArray() { open(UInt8(ascii: "[")) }
    mutating func closeArray() { close(UInt8(ascii: "]")) }

    /// Starts a member of the open object: `"name" : `.
    mutating func key(_ name: String) {
        startElement()
        appendQuoted(name)
        out.append(" : " as StaticString)
        afterKey = true
    }

    mutating func string(_ value: String) {
        startValue()
        appendQuoted(value)
    }

    mutating func int(_ value: Int) {
        startValue()
        appendDecimal(value)
    }

    mutating func bool(_ value: Bool) {
        startValue()
        out.append(value ? "true" : "false" as StaticString)
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
            return writer.out.bytes()
        }
        ParallelPieces.append(pieces, to: &out)
        if !elements.isEmpty { isEmpty[isEmpty.count - 1] = false }
    }

    // MARK: Layout

    private mutating func open(_ bracket: UInt8) {
        startValue()
        out.append(bracket)
        isEmpty.append(true)
    }

    private mutating func close(_ bracket: UInt8) {
        let wasEmpty = isEmpty.removeLast()
        out.append(0x0A)
        if wasEmpty { out.append(0x0A) }  // Foundation writes an empty container as "[\n\n]"
        indent()
        out.append(bracket)
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
            out.append(UInt8(ascii: ","))
        }
        out.append(0x0A)
        indent()
    }

    /// Two spaces per open object or array.
    private mutating func indent() {
        out.append(repeating: 0x20, count: 2 * isEmpty.count)
    }

    /// `value` in decimal digits, as `String(value)` writes it.
    private mutating func appendDecimal(_ value: Int) {
        if value < 0 { out.append(UInt8(ascii: "-")) }
        var digits: (UInt64, UInt64, UInt64) = (0, 0, 0)  // room for the 20 digits of any Int
        withUnsafeMutableBytes(of: &digits) { buffer in
            var magnitude = value.magnitude
            var start = buffer.count
            repeat {
                start -= 1
                buffer[start] = UInt8(ascii: "0") + UInt8(magnitude % 10)
                magnitude /= 10
            } while magnitude > 0
            out.append(UnsafeBufferPointer(rebasing: buffer.bindMemory(to: UInt8.self)[start...]))
        }
    }

    /// A JSON string: quotes and backslashes escaped, control characters as Foundation
    /// writes them; runs of plain bytes are copied whole.
    private mutating func appendQuoted(_ text: String) {
        out.append(UInt8(ascii: "\""))
        text.withUTF8Bytes { utf8 in
            var plainFrom = 0
            var index = PrettyJSON.firstToEscape(in: utf8, from: 0)
            while index < utf8.count {
                out.append(UnsafeBufferPointer(rebasing: utf8[plainFrom..<index]))
                appendEscape(utf8[index])
                plainFrom = index + 1
                index = PrettyJSON.firstToEscape(in: utf8, from: plainFrom)
            }
            out.append(UnsafeBufferPointer(rebasing: utf8[plainFrom...]))
        }
        out.append(UInt8(ascii: "\""))
    }

    /// The index of the first control byte, quote or backslash at or after `start`, or
    /// `bytes.count`.
    @inline(__always)
    private static func firstToEscape(in bytes: UnsafeBufferPointer<UInt8>, from start: Int) -> Int {
        ByteScan.firstIndex(in: bytes, from: start, mayHoldWanted: { word in
            ByteScan.hasControlByte(word) || ByteScan.has(0x22, in: word) || ByteScan.has(0x5C, in: word)
        }, isWanted: { byte in
            byte < 0x20 || byte == 0x22 || byte == 0x5C
        })
    }

    private mutating func appendEscape(_ byte: UInt8) {
        let backslash = UInt8(ascii: "\\")
        out.append(backslash)
        switch byte {
        case UInt8(ascii: "\""), backslash: out.append(byte)
        case 0x08: out.append(UInt8(ascii: "b"))
        case 0x09: out.append(UInt8(ascii: "t"))
        case 0x0A: out.append(UInt8(ascii: "n"))
        case 0x0C: out.append(UInt8(ascii: "f"))
        case 0x0D: out.append(UInt8(ascii: "r"))
        default:
            let hex = Array("0123456789abcdef".utf8)
            out.append([UInt8(ascii: "u"), UInt8(ascii: "0"), UInt8(ascii: "0"), hex[Int(byte >> 4)], hex[Int(byte & 0x0F)]])
        }
    }
}
