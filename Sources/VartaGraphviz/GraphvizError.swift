/// A failure inside Graphviz, with the message Graphviz gave.
public struct GraphvizError: Error, Equatable, Codable, CustomStringConvertible {
    public enum Stage: String, Sendable, Codable {
        /// The DOT text could not be parsed.
        case parse
        /// The layout engine failed or does not exist.
        case layout
        /// The output format could not be produced.
        case render
        /// The child process that renders for `ChildProcessRenderer` failed or could not start.
        case worker
    }

    public let stage: Stage
    /// What Graphviz said, cleaned of its "Error:" prefixes; may be empty.
    public let message: String
    /// What the user can do about it.
    public let advice: String

    public var description: String {
        let said = message.isEmpty ? "" : ": \(message)"
        switch stage {
        case .parse: return "Graphviz could not read the DOT text\(said). \(advice)"
        case .layout: return "Graphviz layout failed\(said). \(advice)"
        case .render: return "Graphviz rendering failed\(said). \(advice)"
        case .worker: return "The render process failed\(said). \(advice)"
        }
    }
}
