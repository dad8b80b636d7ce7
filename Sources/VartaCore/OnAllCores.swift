import Dispatch
import Synchronization

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

    /// Lets go of `elements` on all cores, for long lists of values that own much memory
    /// (the graphs of a corpus's articles: freeing 20 MB worth on one thread took 0.1 s).
    /// Pass the last reference (`consume`); otherwise nothing is freed here.
    public static func release<Element: Sendable>(_ elements: consuming [Element]) {
        guard elements.count >= 64 else { return }
        let pieceSize = (elements.count + 63) / 64
        let piles = stride(from: 0, to: elements.count, by: pieceSize).map { start in
            Pile(Array(elements[start..<min(start + pieceSize, elements.count)]))
        }
        elements = []  // the piles now hold the only references
        DispatchQueue.concurrentPerform(iterations: piles.count) { piles[$0].empty() }
    }

    /// Part of a list being released, emptied by one thread.
    private final class Pile<Element: Sendable>: Sendable {
        private let elements: Mutex<[Element]>

        init(_ elements: [Element]) {
            self.elements = Mutex(elements)
        }

        func empty() {
            elements.withLock { $0 = [] }
        }
    }

    /// The start of an array's uninitialized storage, shared by the threads filling
    /// disjoint ranges of it.
    private struct SharedStorage<Element>: @unchecked Sendable {
        let base: UnsafeMutablePointer<Element>
    }
}
