/// The Graphviz layout engines Varta offers.
public enum LayoutEngine: String, CaseIterable, Sendable, CustomStringConvertible {
    /// Layered drawing; clear for small or tree-like graphs, very slow on dense ones.
    case dot
    /// Spring model; good for meeting networks up to a few hundred nodes.
    case neato
    /// Force-directed, respects clusters.
    case fdp
    /// Multiscale force-directed; for large graphs.
    case sfdp
    /// Circular.
    case circo
    /// Radial.
    case twopi

    public var description: String { rawValue }

    /// The engine that draws a graph of this size well and in reasonable time.
    /// `dot` takes seconds at 200 nodes and minutes at 300 (docs/GRAPHVIZ_NOTES.md),
    /// `neato` seconds at 1,000; `sfdp` stays fast far beyond.
    public static func automatic(nodeCount: Int, edgeCount: Int) -> LayoutEngine {
        if nodeCount <= 60 && edgeCount <= 120 { return .dot }
        if nodeCount <= 500 && edgeCount <= 2_000 { return .neato }
        return .sfdp
    }

    /// Whether this engine routes edges around nodes (`splines=true`) in well under a
    /// second for a graph of this size. `dot` does; the others route by a slow search that
    /// took 0.3 s at 30 nodes, 1.5 s at 60 and 4.5 s at 100 on the synthetic graphs of
    /// `varta generate graph` (straight lines: 0.1 s at 100).
    public func routesEdgesQuickly(nodeCount: Int) -> Bool {
        self == .dot || nodeCount <= 40
    }

    /// A graph size beyond which this engine is known to take too long, or nil when none is known.
    public var comfortableNodeLimit: Int? {
        switch self {
        case .dot: 200
        case .neato, .circo, .twopi: 1_500
        case .fdp: 3_000
        case .sfdp: nil
        }
    }
}

/// The output formats the renderer produces.
public enum RenderFormat: String, CaseIterable, Sendable, CustomStringConvertible {
    case svg
    case png
    case pdf
    /// DOT with the computed positions (`pos`, `bb`, ...).
    case dot
    /// DOT with positions and drawing operations.
    case xdot

    public var description: String { rawValue }

    /// The format a file name asks for by its extension (`.svg`, `.gv`, ...), or nil.
    public init?(fileName: String) {
        guard let dot = fileName.lastIndex(of: "."), !fileName[dot...].contains("/") else { return nil }
        let suffix = fileName[fileName.index(after: dot)...].lowercased()
        if suffix == "gv" {
            self = .dot
        } else if let format = RenderFormat(rawValue: suffix) {
            self = format
        } else {
            return nil
        }
    }

    /// True for formats whose bytes are not text.
    public var isBinary: Bool { self == .png || self == .pdf }
}
