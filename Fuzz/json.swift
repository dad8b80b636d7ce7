// libFuzzer target: arbitrary bytes read as varta-graph JSON. Either a typed error, or a
// graph that writes and reads back equal; never a crash. Whatever the fast reader accepts,
// JSONDecoder must read as the same graph. Build with Fuzz/build.sh json.
import Foundation
import VartaCore
@testable import VartaFormats

@_cdecl("LLVMFuzzerTestOneInput")
public func fuzz(_ data: UnsafePointer<UInt8>, _ size: Int) -> CInt {
    let input = Data(bytes: data, count: size)
    if let fast = GraphJSONReader.read(input) {
        let slow = try? JSONDecoder().decode(GraphDocument.self, from: input)
        precondition(slow?.graph() == fast.graph && slow?.format == fast.format && slow?.version == fast.version,
                     "the fast reader and JSONDecoder disagree")
    }
    let graph: Graph
    do {
        graph = try VartaJSON.read(input, source: "fuzz")
    } catch {
        _ = error.description  // the message must be buildable for any input
        return 0
    }
    let json = VartaJSON.write(graph)
    do {
        let reread = try VartaJSON.read(json, source: "fuzz")
        precondition(reread == graph, "JSON round trip changed the graph:\n\(String(decoding: json, as: UTF8.self))")
        precondition(VartaJSON.write(reread) == json, "JSON output is not stable")
    } catch {
        fatalError("JSON written by Varta does not read back: \(error)\n\(String(decoding: json, as: UTF8.self))")
    }
    return 0
}
