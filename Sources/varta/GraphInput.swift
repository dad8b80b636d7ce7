import Foundation
import VartaCore
import VartaFormats

/// A failure the user can act on: one line saying what went wrong and where.
struct CommandError: Error, CustomStringConvertible {
    let description: String
}

/// Reads the bytes of a path, or of standard input for `-`.
func readInput(_ path: String) throws -> Data {
    if path == "-" {
        return FileHandle.standardInput.readDataToEndOfFile()
    }
    var isDirectory: ObjCBool = false
    guard FileManager.default.fileExists(atPath: path, isDirectory: &isDirectory) else {
        throw CommandError(description: "\(path): no such file; check the path")
    }
    guard !isDirectory.boolValue else {
        throw CommandError(description: "\(path): is a folder; give a graph file")
    }
    do {
        return try Data(contentsOf: URL(fileURLWithPath: path))
    } catch {
        throw CommandError(description: "\(path): cannot be read (\(error.localizedDescription)); check its permissions")
    }
}

/// Reads a varta-graph JSON file (or stdin for `-`).
func readGraph(_ path: String) throws -> Graph {
    try decodeGraph(readInput(path), from: path)
}

/// Reads several varta-graph JSON files at the same time, each on a core of its own (reading
/// one is a single pass over its bytes); a failure is reported for the first failing path
/// in the order given. Standard input can be read only once, so with `-` they are read in turn.
func readGraphs(_ paths: [String]) throws -> [Graph] {
    guard !paths.contains("-") else { return try paths.map(readGraph) }
    let results = OnAllCores.map(count: paths.count, threshold: 2) { index in Result { try readGraph(paths[index]) } }
    return try results.map { try $0.get() }
}

/// Decodes varta-graph JSON read from `path` (`-` for stdin).
func decodeGraph(_ data: Data, from path: String) throws -> Graph {
    do {
        return try VartaJSON.read(data, source: path == "-" ? "stdin" : path)
    } catch {
        throw CommandError(description: error.description)
    }
}

/// True when the bytes look like DOT rather than JSON: the first visible byte is not `{`.
func looksLikeDOT(_ data: Data) -> Bool {
    let first = data.first { !(" \t\r\n".utf8.contains($0)) || $0 == 0xEF }
    return first != nil && first != UInt8(ascii: "{")
}
