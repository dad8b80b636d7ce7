import Foundation
import Synchronization

/// Shows on stderr how a long run is going — articles done, rate, time left — when stderr
/// is a terminal; silent otherwise.
final class ProgressLine: Sendable {
    private struct State {
        var lastShown: ContinuousClock.Instant?
        var shownAnything = false
    }

    private let total: Int
    private let started = ContinuousClock.now
    private let state = Mutex(State())

    /// A progress line, or nil when it should stay quiet (not a terminal, or --quiet).
    init?(total: Int, quiet: Bool) {
        guard !quiet, total > 1, isatty(STDERR_FILENO) != 0 else { return nil }
        self.total = total
    }

    /// Called from any thread with the number of articles done.
    func update(_ done: Int) {
        let now = ContinuousClock.now
        let text: String? = state.withLock { state in
            if let last = state.lastShown, now - last < .milliseconds(100), done < total { return nil }
            state.lastShown = now
            state.shownAnything = true
            let seconds = max((now - started) / .seconds(1), 0.001)
            let rate = Double(done) / seconds
            let left = rate > 0 ? Int(Double(total - done) / rate) : 0
            return String(format: "\r  %d/%d articles · %.0f articles/s · %d:%02d left ", done, total, rate, left / 60, left % 60)
        }
        if let text { FileHandle.standardError.write(Data(text.utf8)) }
    }

    /// Ends the line so later messages start on their own.
    func finish() {
        if state.withLock({ $0.shownAnything }) { FileHandle.standardError.write(Data("\n".utf8)) }
    }
}
