/// Why synthetic data could not be made, with what to do about it.
public enum SyntheticError: Error, Equatable, Sendable, CustomStringConvertible {
    /// A lexicon file is missing or does not have the expected columns.
    case lexicon(file: String, problem: String)
    /// The requested graph size is impossible or out of range.
    case graphSize(String)
    /// Writing the output failed.
    case output(path: String, problem: String)

    public var description: String {
        switch self {
        case let .lexicon(file, problem):
            "lexicon file \(file): \(problem); check Sources/VartaExtraction/Resources or VARTA_LEXICON_DIR"
        case let .graphSize(problem):
            problem
        case let .output(path, problem):
            "\(path): \(problem)"
        }
    }
}
