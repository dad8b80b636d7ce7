import Testing
@testable import VartaFormats

@Suite("Byte writer")
struct ByteWriterTests {
    /// Pieces of every length from 0 to 40 (each way of copying: one byte, two to three, four
    /// to seven, eight to sixteen, longer), written from a small capacity so the storage grows
    /// many times, give exactly the bytes appended to an array.
    @Test func writesWhatAnArrayWouldHold() {
        var writer = ByteWriter(capacity: 1)
        var expected: [UInt8] = []
        for round in 0..<3 {
            for length in 0...40 {
                let piece = (0..<length).map { UInt8(truncatingIfNeeded: 31 &* $0 &+ 7 &* length &+ round) }
                piece.withUnsafeBufferPointer { writer.append($0) }
                expected += piece
                writer.append(UInt8(length))
                expected.append(UInt8(length))
            }
        }
        writer.append("→ text" as StaticString)
        writer.append("और String")
        expected += Array("→ textऔर String".utf8)
        #expect(writer.count == expected.count)
        #expect(writer.bytes() == expected)
    }

    @Test func reservingKeepsTheBytes() {
        var writer = ByteWriter()
        writer.append("abc")
        writer.reserveCapacity(100_000)
        writer.append([0x64, 0x65])
        #expect(writer.bytes() == Array("abcde".utf8))
        #expect(ByteWriter().bytes().isEmpty)
    }
}
