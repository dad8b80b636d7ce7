import Dispatch

/// Work cut into pieces that run on all cores, for the long lists of large graphs and
/// corpora; results come back in order, so the output is the same as on one core.
public enum OnAllCores {
    /// Below this many elements one thread works alone: starting threads would cost more.
    public static let threshold = 8_192

    /// `[make(0), make(1), ..., make(count - 1)]`, made in pieces on all cores when `count`
    /// reaches `threshold`.
    public static func map<Element: Sendable>(
        count: Int, threshold: Int = threshold, _ make: @Sendable (Int) -> Element
    ) -> [Element] {
        guard count >= threshold else { return (0..<count).map(make) }
        return [Element](unsafeUninitializedCapacity: count) { buffer, initializedCount in
            let storage = SharedStorage(base: buffer.baseAddress!)
            // Many more pieces than cores: Dispatch hands them out as cores come free.
            let pieceSize = max(1, (count + 63) / 64)
            let pieceCount = (count + pieceSize - 1) / pieceSize
            DispatchQueue.concurrentPerform(iterations: pieceCount) { piece in
                // Each piece initializes its own range of the buffer, once.
                for index in piece * pieceSize..<min((piece + 1) * pieceSize, count) {
                    (storage.base + index).initialize(to: make(index))
                }
            }
            initializedCount = count
        }
    }

    /// The start of an array's uninitialized storage, shared by the threads filling
    /// disjoint ranges of it.
    private struct SharedStorage<Element>: @unchecked Sendable {
        let base: UnsafeMutablePointer<Element>
    }
}
