import Foundation

/// Where Varta's lexicon data files are (`countries.tsv`, `offices.tsv`, `organizations.tsv`,
/// ...), for tools that read the data directly, such as the synthetic corpus generator.
public enum LexiconFiles {
    /// The folder the standard lexicon is loaded from: the package's resource bundle, or
    /// the folder named by `VARTA_LEXICON_DIR`.
    public static var folder: URL {
        Lexicon.standardFolder(environment: ProcessInfo.processInfo.environment)
    }
}
