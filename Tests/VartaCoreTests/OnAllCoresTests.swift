import Synchronization
import Testing
@testable import VartaCore

@Suite("Work on all cores")
struct OnAllCoresTests {
    /// Counts the objects freed, on whichever thread frees them.
    final class Tracker: Sendable {
        private let deinits = Atomic<Int>(0)

        var count: Int { deinits.load(ordering: .acquiring) }

        func noteDeinit() { deinits.add(1, ordering: .releasing) }
    }

    final class Tracked: Sendable {
        let tracker: Tracker

        init(_ tracker: Tracker) { self.tracker = tracker }

        deinit { tracker.noteDeinit() }
    }

    @Test func mapKeepsTheOrderOfOneThread() {
        #expect(OnAllCores.map(count: 20_000, threshold: 2) { $0 * $0 } == (0..<20_000).map { $0 * $0 })
    }

    /// Given the last reference, `release` frees every element, however the list divides
    /// into pieces.
    @Test(arguments: [0, 1, 63, 64, 65, 1_000, 4_097])
    func releaseFreesEveryElement(count: Int) {
        let tracker = Tracker()
        let elements = (0..<count).map { _ in Tracked(tracker) }
        OnAllCores.release(consume elements)
        #expect(tracker.count == count)
    }

    /// A list still referenced elsewhere stays alive.
    @Test func releaseLeavesAListThatIsStillHeld() {
        let tracker = Tracker()
        let elements = (0..<1_000).map { _ in Tracked(tracker) }
        let kept = elements
        OnAllCores.release(consume elements)
        #expect(tracker.count == 0)
        withExtendedLifetime(kept) { #expect(kept.count == 1_000) }
    }
}
