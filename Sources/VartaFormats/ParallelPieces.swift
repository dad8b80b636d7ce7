import Dispatch
import Synchronization

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
        guard pieceCount > 1 else { return pieceCount == 0 ? [] : [write(elements[...], 0)] }
        let pieces = Mutex([[UInt8]](repeating: [], count: pieceCount))
        DispatchQueue.concurrentPerform(iterations: pieceCount) { piece in
            let bytes = write(elements[piece * pieceSize..<min((piece + 1) * pieceSize, elements.count)], piece)
            pieces.withLock { $0[piece] = bytes }
        }
        return pieces.withLock { $0 }
    }

    /// Appends the pieces to `out`, with room reserved once for all of them (and a little
    /// more), so hundreds of megabytes are not copied again as the array grows.
    static func append(_ pieces: [[UInt8]], to out: inout [UInt8]) {
        out.reserveCapacity(out.count + pieces.reduce(0) { $0 + $1.count } + 4_096)
        for piece in pieces { out.append(contentsOf: piece) }
    }
}
