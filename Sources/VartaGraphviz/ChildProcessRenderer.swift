import Foundation

/// Renders each diagram in a short-lived child process (`varta-render-worker`), so that
/// a long-lived process stays flat: Graphviz loses a few kilobytes per layout that no API
/// call frees (README, "Leaks"), and that memory goes away when the child exits. A layout
/// that runs longer than `timeout` is stopped by killing the child.
///
/// The worker is a separate small executable; the parent hands it the DOT text and takes
/// the rendering back through temporary files, and the worker reports warnings or a
/// `GraphvizError` as one JSON object on its standard error.
public struct ChildProcessRenderer: Sendable {
    /// The `varta-render-worker` executable.
    public let worker: URL
    /// How long one render may take before the child is killed; nil waits for ever.
    public let timeout: Duration?

    public init(worker: URL = ChildProcessRenderer.workerBesideThisProgram, timeout: Duration? = nil) {
        self.worker = worker
        self.timeout = timeout
    }

    /// `varta-render-worker` in the folder of the running executable, where SwiftPM puts
    /// every product of this package.
    public static var workerBesideThisProgram: URL {
        let program = Bundle.main.executableURL ?? URL(fileURLWithPath: CommandLine.arguments[0])
        return program.deletingLastPathComponent().appendingPathComponent("varta-render-worker")
    }

    /// Renders `dot` with `engine` into `format` in a new child process.
    public func render(dot: String, format: RenderFormat, engine: LayoutEngine) throws(GraphvizError) -> Rendering {
        let folder = FileManager.default.temporaryDirectory.appendingPathComponent("varta-render-\(UUID().uuidString)")
        defer { try? FileManager.default.removeItem(at: folder) }
        let input = folder.appendingPathComponent("input.dot")
        let output = folder.appendingPathComponent("output")
        let process = Process()
        process.executableURL = worker
        process.arguments = [format.rawValue, engine.rawValue, input.path, output.path]
        let reportPipe = Pipe()
        process.standardError = reportPipe
        process.standardOutput = FileHandle.nullDevice
        process.standardInput = FileHandle.nullDevice
        do {
            try FileManager.default.createDirectory(at: folder, withIntermediateDirectories: true)
            try Data(dot.utf8).write(to: input)
        } catch {
            throw GraphvizError(stage: .worker, message: "could not write \(input.path): \(error.localizedDescription)",
                                advice: "Check that the temporary folder is writable and has space.")
        }
        do {
            try process.run()
        } catch {
            throw workerFailure("could not start \(worker.path): \(error.localizedDescription)")
        }
        let timer = timeout.map { scheduleKill(of: process, after: $0) }
        // The worker writes its report only after rendering, and it is small: reading it
        // to the end cannot block the child.
        let reportBytes = reportPipe.fileHandleForReading.readDataToEndOfFile()
        process.waitUntilExit()
        timer?.cancel()

        if process.terminationReason == .uncaughtSignal {
            if timer?.fired == true, let timeout {
                throw GraphvizError(
                    stage: .layout, message: "\(engine) took longer than \(timeout) and was stopped",
                    advice: "Try `--engine sfdp`, which lays out large graphs quickly, or allow more time.")
            }
            throw workerFailure("the worker was killed by signal \(process.terminationStatus)")
        }
        guard let report = try? JSONDecoder().decode(WorkerReport.self, from: reportBytes) else {
            throw workerFailure("the worker exited with status \(process.terminationStatus) and no report: \(String(decoding: reportBytes.prefix(500), as: UTF8.self))")
        }
        if let error = report.error { throw error }
        guard process.terminationStatus == 0, let bytes = try? Data(contentsOf: output) else {
            throw workerFailure("the worker exited with status \(process.terminationStatus) and no rendering")
        }
        return Rendering(bytes: [UInt8](bytes), format: format, engine: engine, warnings: report.warnings)
    }

    private func workerFailure(_ message: String) -> GraphvizError {
        GraphvizError(
            stage: .worker, message: message,
            advice: "Build the package's products (`swift build -c release`) so that varta-render-worker sits beside the program, or pass its path.")
    }

    /// The worker's side: `varta-render-worker FORMAT ENGINE INPUT.dot OUTPUT`. Renders in
    /// this process, writes the rendering to OUTPUT and a `WorkerReport` to standard error;
    /// returns the exit status (0 rendered, 1 Graphviz failed, 2 bad arguments).
    public static func serveOneRender(arguments: [String]) -> Int32 {
        guard arguments.count == 4,
              let format = RenderFormat(rawValue: arguments[0]),
              let engine = LayoutEngine(rawValue: arguments[1]) else {
            FileHandle.standardError.write(Data("usage: varta-render-worker FORMAT ENGINE INPUT.dot OUTPUT\n".utf8))
            return 2
        }
        let report: WorkerReport
        do throws(GraphvizError) {
            guard let dot = try? String(contentsOfFile: arguments[2], encoding: .utf8) else {
                throw GraphvizError(stage: .parse, message: "cannot read \(arguments[2]) as UTF-8", advice: "Pass a DOT file.")
            }
            let rendering = try GraphvizRenderer.render(dot: dot, format: format, engine: engine)
            guard FileManager.default.createFile(atPath: arguments[3], contents: Data(rendering.bytes)) else {
                throw GraphvizError(stage: .worker, message: "cannot write \(arguments[3])", advice: "Check the temporary folder.")
            }
            report = WorkerReport(warnings: rendering.warnings, error: nil)
        } catch {
            report = WorkerReport(warnings: [], error: error)
        }
        FileHandle.standardError.write((try? JSONEncoder().encode(report)) ?? Data())
        return report.error == nil ? 0 : 1
    }
}

/// What the worker tells its parent on standard error: warnings, or the error.
struct WorkerReport: Codable {
    var warnings: [String]
    var error: GraphvizError?
}

/// A kill scheduled for a child process that runs too long.
private final class KillTimer: @unchecked Sendable {
    private let lock = NSLock()
    private var cancelled = false
    private var didFire = false

    var fired: Bool { lock.withLock { didFire } }

    func cancel() { lock.withLock { cancelled = true } }

    /// Marks the timer fired unless it was cancelled first; true when the kill should go ahead.
    func fire() -> Bool {
        lock.withLock {
            if cancelled { return false }
            didFire = true
            return true
        }
    }
}

private func scheduleKill(of process: Process, after timeout: Duration) -> KillTimer {
    let timer = KillTimer()
    let seconds = Double(timeout.components.seconds) + Double(timeout.components.attoseconds) / 1e18
    let pid = process.processIdentifier
    DispatchQueue.global().asyncAfter(deadline: .now() + seconds) {
        if timer.fire() { kill(pid, SIGKILL) }
    }
    return timer
}
