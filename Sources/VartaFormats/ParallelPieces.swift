import VartaCore

/// Output made element by element, in pieces on all cores and joined in order, so the bytes
/// are the same as made one by one: for the long lists of large graphs (their edges).
enum ParallelPieces {
    static let pieceSize = 4_096

    /// The bytes `write` makes for each run of up to `pieceSize` elements, in order. `write`
    /// gets the run and its number (0 for the first).
    static func bytes<Element: Sendable>(
        of elements: [Element], write: @Sendable (ArraySlice<Element>, Int) -> [UInt8]
    ) -> [[UInt8]] {
        let pieceCount = (elements.count + pieceSize - 1) / pieceSize
        return OnAllCores.map(count: pieceCount, threshold: 2) { piece in
            write(elements[piece * pieceSize..<min((piece + 1) * pieceSize, elements.count)], piece)
        }
    }

    /// Appends the pieces to `out`, with room reserved once for all of them (and a little
    /// more), so hundreds of megabytes are not copied again as the array grows.
    static func append(_ pieces: [[UInt8]], to out: inout ByteWriter) {
        out.reserveCapacity(out.count + pieces.reduce(0) { $0 + $1.count } + 4_096)
        for piece in pieces { out.append(piece) }
    }
}
