// libFuzzer target: arbitrary bytes read as an article and extracted. The graph must be
// valid and survive a JSON round trip. Build with Fuzz/build.sh extract.
import Foundation
import VartaCore
import VartaExtraction
import VartaFormats

/// Loading the lexicon takes a while: once per process, on the first input.
nonisolated(unsafe) private var extractor: Extractor?

@_cdecl("LLVMFuzzerTestOneInput")
public func fuzz(_ data: UnsafePointer<UInt8>, _ size: Int) -> CInt {
    if extractor == nil {
        do {
            extractor = try Extractor()
        } catch {
            fatalError("lexicon: \(error); set VARTA_LEXICON_DIR to Sources/VartaExtraction/Resources")
        }
    }
    let bytes = Array(UnsafeBufferPointer(start: data, count: size))
    let article: Article
    do {
        article = try ArticleReader.read(bytes, id: "fuzz", lossy: true)
    } catch {
        // Empty and binary (NUL) inputs are refused by design; anything else is a bug.
        switch error {
        case .empty, .binary: return 0
        default: fatalError("a lossy read threw \(error)")
        }
    }
    let graph = extractor!.extract(article)
    let problems = graph.problems()
    precondition(problems.isEmpty, "invalid graph: \(problems)")
    let json = VartaJSON.write(graph)
    do {
        let reread = try VartaJSON.read(json, source: "fuzz")
        precondition(reread == graph, "JSON round trip changed the graph:\n\(String(decoding: json, as: UTF8.self))")
    } catch {
        fatalError("JSON written by Varta does not read back: \(error)\n\(String(decoding: json, as: UTF8.self))")
    }
    return 0
}
