import Foundation
import Testing

/// The extractor against the hand-made gold graphs in ../shared/eval/dev, scored by the
/// project's own scorer exactly as the README tells users to run it.
@Suite("Dev-set extraction quality")
struct DevSetScoreTests {
    static let shared = VartaRun.repository.deletingLastPathComponent().appendingPathComponent("shared/eval")

    /// Entities, meeting and all-relations F1 must not fall below the bar of issue 3.
    static let floors: [String: Double] = ["entities": 0.85, "meeting": 0.85, "relations": 0.75]

    @Test(.enabled(if: FileManager.default.fileExists(atPath: shared.appendingPathComponent("score.py").path)))
    func scoresAtLeastTheBar() throws {
        let process = Process()
        process.executableURL = URL(fileURLWithPath: "/usr/bin/env")
        process.arguments = ["python3", Self.shared.appendingPathComponent("score.py").path,
                             "--gold", Self.shared.appendingPathComponent("dev").path,
                             "--cmd", "\(VartaRun.executable.path) extract --format json {}", "--quiet"]
        let pipe = Pipe()
        process.standardOutput = pipe
        try process.run()
        let output = String(decoding: pipe.fileHandleForReading.readDataToEndOfFile(), as: UTF8.self)
        process.waitUntilExit()
        #expect(process.terminationStatus == 0, "\(output)")
        let summary = try #require(output.split(separator: "\n").last { $0.contains("entities F1=") }, "\(output)")
        for (name, floor) in Self.floors {
            let score = try #require(Self.value(of: name, in: String(summary)), "no \(name) in \(summary)")
            #expect(score >= floor, "\(name) F1 \(score) < \(floor): \(summary)")
        }
    }

    /// Reads `name F1=0.123` out of the scorer's summary line.
    static func value(of name: String, in summary: String) -> Double? {
        guard let range = summary.range(of: "\(name) F1=") else { return nil }
        return Double(summary[range.upperBound...].prefix { $0.isNumber || $0 == "." })
    }
}
