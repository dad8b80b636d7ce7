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

struct CueTableTests {
    /// A table indexed by `cue.ordinal` needs a slot of its own for every cue.
    @Test func ordinalsAreThePlacesInAllCases() {
        #expect(Cue.allCases.map(\.ordinal) == Array(Cue.allCases.indices))
    }

    @Test func cueIndexFindsEachCueWhereItStands() throws {
        let tokens = Tokenizer.tokens(in: "Singh met Austin and praised the talks, then criticised Pakistan.", startingAt: 0)
        let spans = MentionFinder(lexicon: try Lexicon.standard.get()).lexiconSpans(tokens)
        let cues = CueIndex(spans: spans)
        #expect(cues.first(.meeting) == tokens.firstIndex { $0.key == "met" })
        #expect(cues.first(.positive) == tokens.firstIndex { $0.key == "praised" })
        #expect(cues.first(.negative) == tokens.firstIndex { $0.key == "criticised" })
        #expect(cues.all(.chair).isEmpty)
        #expect(cues.polarity(in: 0..<tokens.count) == .negative)
    }
}
