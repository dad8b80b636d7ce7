/// Bytes written piece after piece: the output of the DOT writer.
///
/// `Array.append(contentsOf:)` copies through a generic path whose overhead, for the short
/// pieces a writer adds (an attribute name, a separator, a run of plain text), was more than
/// the copying itself: a fifth of the instructions of writing DOT. This keeps its array a
/// little longer than the bytes written, zeros after them, and copies each piece into place.
struct ByteWriter {
    private var storage: [UInt8] = []
    /// The number of bytes written; `storage` holds zeros after them.
    private(set) var count = 0

    init(capacity: Int = 0) {
        storage.reserveCapacity(capacity)
    }

    /// The bytes written, handed over without a copy.
    consuming func bytes() -> [UInt8] {
        storage.removeSubrange(count...)
        return storage
    }

    /// Makes room for `capacity` bytes in all, so that a large output is not copied again as
    /// it grows.
    mutating func reserveCapacity(_ capacity: Int) {
        storage.reserveCapacity(capacity)
    }

    /// Lengthens the array by at least `extra` zeros, 4 KB at a time: its capacity grows as
    /// an array's does, and memory past the zeros is not touched before it is written.
    private mutating func lengthen(by extra: Int) {
        storage.append(contentsOf: repeatElement(0, count: max(count + extra - storage.count, 4_096)))
    }

    @inline(__always)
    mutating func append(_ byte: UInt8) {
        if count == storage.count { lengthen(by: 1) }
        storage[count] = byte
        count += 1
    }

    /// `count` copies of `byte`: indentation.
    @inline(__always)
    mutating func append(repeating byte: UInt8, count repeats: Int) {
        guard repeats > 0 else { return }
        if count + repeats > storage.count { lengthen(by: repeats) }
        let start = count
        storage.withUnsafeMutableBufferPointer { target in
            (target.baseAddress! + start).initialize(repeating: byte, count: repeats)
        }
        count += repeats
    }

    @inline(__always)
    mutating func append(_ bytes: UnsafeBufferPointer<UInt8>) {
        guard let source = bytes.baseAddress, !bytes.isEmpty else { return }
        if count + bytes.count > storage.count { lengthen(by: bytes.count) }
        let start = count
        storage.withUnsafeMutableBufferPointer { target in
            ByteWriter.copy(bytes.count, from: source, to: target.baseAddress! + start)
        }
        count += bytes.count
    }

    /// Copies `count` bytes. Up to 16 bytes (most pieces) are moved as two overlapping words,
    /// which costs less than a call to `memcpy`.
    @inline(__always)
    private static func copy(_ count: Int, from source: UnsafePointer<UInt8>, to target: UnsafeMutablePointer<UInt8>) {
        let from = UnsafeRawPointer(source), to = UnsafeMutableRawPointer(target)
        func move<Word>(_: Word.Type) {
            let size = MemoryLayout<Word>.size
            to.storeBytes(of: from.loadUnaligned(as: Word.self), as: Word.self)
            (to + count - size).storeBytes(of: (from + count - size).loadUnaligned(as: Word.self), as: Word.self)
        }
        switch count {
        case 8...16: move(UInt64.self)
        case 4..<8: move(UInt32.self)
        case 2..<4: move(UInt16.self)
        case 1: target.pointee = source.pointee
        default: target.update(from: source, count: count)
        }
    }

    mutating func append(_ bytes: [UInt8]) {
        bytes.withUnsafeBufferPointer { append($0) }
    }

    @inline(__always)
    mutating func append(_ text: StaticString) {
        text.withUTF8Buffer { append($0) }
    }

    @inline(__always)
    mutating func append(_ text: String) {
        text.withUTF8Bytes { append($0) }
    }
}
