import Foundation

/// What one benchmark child reports on its standard output, as one JSON object.
struct Measurement: Codable {
    /// Best time of the timed repetitions, in seconds.
    var seconds: Double
    /// How many timed repetitions the best is of.
    var repetitions: Int
    /// Bytes processed (input read, or output written), for MB/s.
    var bytes: Int?
    /// Things processed (articles, edges), for items/s.
    var items: Int?
    var itemName: String?
    /// A remark for the table, e.g. the size of the input.
    var note: String?
}

/// Times `body` `repetitions` times and keeps the best, the usual way to time something
/// cheap enough to repeat: the best run is the one least disturbed by the machine.
func bestTime(of repetitions: Int, _ body: () throws -> Void) rethrows -> Double {
    var best = Double.infinity
    for _ in 0..<max(1, repetitions) {
        let start = DispatchTime.now()
        try body()
        best = min(best, Double(DispatchTime.now().uptimeNanoseconds - start.uptimeNanoseconds) / 1e9)
    }
    return best
}
