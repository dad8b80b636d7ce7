import Foundation
#if canImport(Glibc)
import Glibc
#endif

/// A program run to completion (or until killed for taking too long), with what the
/// kernel says about it: exit status, wall time and peak resident memory.
struct ChildRun {
    /// Exit status, or nil when the child was killed by a signal.
    let status: Int32?
    let seconds: Double
    /// Peak resident memory of the child and of the descendants it waited for
    /// (`ru_maxrss` from `wait4`), in bytes.
    let peakBytes: Int
    let timedOut: Bool
    /// What the child wrote to standard output.
    let output: String

    /// Runs `executable` with `arguments`, standard output into a temporary file (so no
    /// pipe can fill up and block the child), standard error passed through. A child still
    /// running after `timeout` seconds is killed.
    static func run(_ executable: String, _ arguments: [String], timeout: Double? = nil) throws(BenchError) -> ChildRun {
        let outputPath = FileManager.default.temporaryDirectory.appendingPathComponent("varta-bench-\(getpid())-\(UUID().uuidString).out").path
        defer { unlink(outputPath) }
        var actions = posix_spawn_file_actions_t()
        posix_spawn_file_actions_init(&actions)
        defer { posix_spawn_file_actions_destroy(&actions) }
        posix_spawn_file_actions_addopen(&actions, STDOUT_FILENO, outputPath, O_WRONLY | O_CREAT | O_TRUNC, 0o600)
        let argv = ([executable] + arguments).map { strdup($0) } + [nil]
        defer { argv.forEach { free($0) } }
        var pid: pid_t = 0
        let start = DispatchTime.now()
        let spawned = posix_spawn(&pid, executable, &actions, nil, argv, environ)
        guard spawned == 0 else {
            throw .cannotRun(executable, String(cString: strerror(spawned)))
        }
        var status: Int32 = 0
        var usage = rusage()
        var timedOut = false
        while true {
            let waited = wait4(pid, &status, timeout == nil ? 0 : WNOHANG, &usage)
            if waited == pid { break }
            if waited < 0 && errno != EINTR { throw .cannotRun(executable, "wait4: \(String(cString: strerror(errno)))") }
            if let timeout, Double(DispatchTime.now().uptimeNanoseconds - start.uptimeNanoseconds) / 1e9 > timeout, !timedOut {
                kill(pid, SIGKILL)
                timedOut = true
            }
            if waited == 0 { usleep(20_000) }
        }
        let seconds = Double(DispatchTime.now().uptimeNanoseconds - start.uptimeNanoseconds) / 1e9
        let exited = status & 0x7F == 0
        let output = (try? String(contentsOfFile: outputPath, encoding: .utf8)) ?? ""
        return ChildRun(status: exited ? (status >> 8) & 0xFF : nil, seconds: seconds,
                        peakBytes: Int(usage.ru_maxrss) * 1024, timedOut: timedOut, output: output)
    }
}

/// What went wrong in the benchmark driver, with what to do about it.
enum BenchError: Error, CustomStringConvertible {
    case cannotRun(String, String)
    case childFailed(benchmark: String, status: String)
    case usage(String)
    case input(String)

    var description: String {
        switch self {
        case let .cannotRun(program, reason):
            "cannot run \(program): \(reason); build everything first with `swift build -c release`"
        case let .childFailed(benchmark, status):
            "benchmark \(benchmark) failed (\(status)); run it alone with `varta-bench run \(benchmark) ...` to see why"
        case let .usage(message):
            "\(message)\n\(BenchOptions.usage)"
        case let .input(message):
            message
        }
    }
}
