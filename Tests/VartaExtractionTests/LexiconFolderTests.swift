import Foundation
import Testing
@testable import VartaExtraction

/// Where the standard lexicon is loaded from: the resource bundle, or `VARTA_LEXICON_DIR`
/// for builds without one (the fuzz targets).
struct LexiconFolderTests {
    @Test func resourceBundleByDefault() throws {
        let folder = Lexicon.standardFolder(environment: [:])
        #expect(FileManager.default.fileExists(atPath: folder.appendingPathComponent("countries.tsv").path))
        _ = try Lexicon(folder: folder)
    }

    @Test func environmentOverride() {
        let folder = Lexicon.standardFolder(environment: ["VARTA_LEXICON_DIR": "/somewhere/Resources"])
        #expect(folder.path == "/somewhere/Resources")
        #expect(Lexicon.standardFolder(environment: ["VARTA_LEXICON_DIR": ""]) == Lexicon.standardFolder(environment: [:]))
    }
}
