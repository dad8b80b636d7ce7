import Foundation
import Synchronization
import VartaGraphviz

/// Where a command writes its result: a file, replaced atomically, or standard output.
struct OutputTarget {
    /// nil or `-` means standard output.
    let path: String?

    var isStandardOutput: Bool { path == nil || path == "-" }

    /// Writes `bytes`. A file is written to a temporary file beside it and renamed into place,
    /// so a failure never leaves a truncated file behind.
    func write(_ bytes: [UInt8], binary: Bool) throws {
        guard let path, path != "-" else {
            if binary && isatty(STDOUT_FILENO) != 0 {
                throw CommandError(description: "refusing to write binary output to a terminal; give -o FILE")
            }
            FileHandle.standardOutput.write(Data(bytes))
            return
        }
        var existing = stat()
        if stat(path, &existing) == 0, existing.st_mode & S_IFMT != S_IFREG {
            try writeInPlace(bytes, to: path, isFolder: existing.st_mode & S_IFMT == S_IFDIR)
            return
        }
        let url = URL(fileURLWithPath: path)
        let folder = url.deletingLastPathComponent().path
        var isDirectory: ObjCBool = false
        guard FileManager.default.fileExists(atPath: folder, isDirectory: &isDirectory), isDirectory.boolValue else {
            throw CommandError(description: "\(path): the folder \(folder) does not exist; create it first")
        }
        // Written beside the target and renamed over it, so a failure or Ctrl-C never leaves
        // a truncated file; the temporary file is removed if the run is interrupted.
        let temporary = "\(folder)/.\(url.lastPathComponent).varta-\(getpid()).tmp"
        InterruptCleanup.register(temporary)
        defer { InterruptCleanup.unregister(temporary) }
        do {
            // Written from the bytes themselves: a `Data` copy of them would cost as much memory again.
            guard FileManager.default.createFile(atPath: temporary, contents: nil),
                  let handle = FileHandle(forWritingAtPath: temporary) else {
                throw CommandError(description: "\(path): cannot be written (\(String(cString: strerror(errno)))); check the folder's permissions")
            }
            do {
                defer { try? handle.close() }
                try handle.write(contentsOf: bytes)
            }
            guard rename(temporary, path) == 0 else {
                throw CommandError(description: "\(path): cannot be replaced (\(String(cString: strerror(errno)))); check the folder's permissions")
            }
        } catch {
            try? FileManager.default.removeItem(atPath: temporary)
            if let error = error as? CommandError { throw error }
            throw CommandError(description: "\(path): cannot be written (\(error.localizedDescription)); check the folder's permissions and free space")
        }
    }

    /// Writes straight into something that is not a regular file (`/dev/null`, a pipe, a
    /// terminal device): renaming a file over it would replace the device itself.
    private func writeInPlace(_ bytes: [UInt8], to path: String, isFolder: Bool) throws {
        guard !isFolder else {
            throw CommandError(description: "\(path) is a folder; give a file name inside it")
        }
        guard let handle = FileHandle(forWritingAtPath: path) else {
            throw CommandError(description: "\(path): cannot be opened for writing (\(String(cString: strerror(errno))))")
        }
        defer { try? handle.close() }
        do {
            try handle.write(contentsOf: bytes)
        } catch {
            throw CommandError(description: "\(path): cannot be written (\(error.localizedDescription))")
        }
    }
}

/// Removes half-written output files when the user interrupts a run (SIGINT, SIGTERM).
enum InterruptCleanup {
    private static let pending = Mutex<Set<String>>([])
    nonisolated(unsafe) private static var sources: [any DispatchSourceSignal] = []

    /// Catches SIGINT and SIGTERM for the rest of the process; call once at start.
    static func install() {
        for signalNumber in [SIGINT, SIGTERM] {
            signal(signalNumber, SIG_IGN)
            let source = DispatchSource.makeSignalSource(signal: signalNumber, queue: .global())
            source.setEventHandler {
                for path in pending.withLock({ $0 }) { unlink(path) }
                FileHandle.standardError.write(Data("varta: interrupted; no output was written\n".utf8))
                exit(128 + signalNumber)
            }
            source.resume()
            sources.append(source)
        }
    }

    static func register(_ path: String) { _ = pending.withLock { $0.insert(path) } }
    static func unregister(_ path: String) { _ = pending.withLock { $0.remove(path) } }
}

/// Prints a warning on standard error.
func warn(_ message: String) {
    FileHandle.standardError.write(Data("varta: warning: \(message)\n".utf8))
}

/// Lays out and draws DOT text into `format`, warning on stderr of what Graphviz said and of
/// a graph too large for the engine, then writes it to `target`. The engine is chosen by
/// size (`LayoutEngine.automatic`) unless given.
func draw(dot: String, nodes: Int, edges: Int, format: RenderFormat, engine: LayoutEngine?, to target: OutputTarget) throws {
    let chosen = engine ?? LayoutEngine.automatic(nodeCount: nodes, edgeCount: edges)
    if let limit = chosen.comfortableNodeLimit, nodes > limit {
        warn("\(nodes) nodes is a lot for \(chosen); if it takes too long, try --engine sfdp")
    }
    let rendering = try GraphvizRenderer.render(dot: dot, format: format, engine: chosen)
    for message in rendering.warnings { warn("Graphviz: \(message)") }
    try target.write(rendering.bytes, binary: format.isBinary)
}
