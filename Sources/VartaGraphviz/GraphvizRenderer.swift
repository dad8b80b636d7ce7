import CGraphviz

/// A laid-out and rendered diagram, with any warnings Graphviz gave on the way.
public struct Rendering: Sendable {
    public let bytes: [UInt8]
    public let format: RenderFormat
    public let engine: LayoutEngine
    public let warnings: [String]
}

/// Lays out and renders DOT text in-process through libgvc (no `dot` program is run).
/// Safe to call from any thread or task: calls are serialised by `GraphvizGate`.
public enum GraphvizRenderer {
    /// Renders `dot` with `engine` into `format`.
    public static func render(dot: String, format: RenderFormat, engine: LayoutEngine) throws(GraphvizError) -> Rendering {
        let outcome: Result<Rendering, GraphvizError> = GraphvizGate.run { gvc, messages in
            guard let graph = readGraph(dot) else { return .failure(failure(.parse, &messages)) }
            defer { agclose(graph) }
            guard gvLayout(gvc, graph, engine.rawValue) == 0 else { return .failure(failure(.layout, &messages)) }
            defer { gvFreeLayout(gvc, graph) }
            var data: UnsafeMutablePointer<CChar>?
            var length: UInt32 = 0
            guard gvRenderData(gvc, graph, format.rawValue, &data, &length) == 0, let data else {
                return .failure(failure(.render, &messages, format: format))
            }
            defer { gvFreeRenderData(data) }
            // Built from the length, not as a C string: PNG and PDF contain NUL bytes.
            let bytes = data.withMemoryRebound(to: UInt8.self, capacity: Int(length)) {
                Array(UnsafeBufferPointer(start: $0, count: Int(length)))
            }
            GraphvizGate.drainMessages(into: &messages)
            return .success(Rendering(bytes: bytes, format: format, engine: engine, warnings: messages.warnings + messages.errors))
        }
        return try outcome.get()
    }

    /// Parses DOT text with Graphviz's own parser and returns what it read: every node
    /// and edge with its attributes as Graphviz stores them (escape sequences kept).
    public static func parse(dot: String) throws(GraphvizError) -> ParsedDOT {
        let outcome: Result<ParsedDOT, GraphvizError> = GraphvizGate.run { _, messages in
            guard let graph = readGraph(dot) else { return .failure(failure(.parse, &messages)) }
            defer { agclose(graph) }
            return .success(ParsedDOT(graph))
        }
        return try outcome.get()
    }
}

/// The error for a failed stage, with what Graphviz said and what to do; inside the gate.
private func failure(_ stage: GraphvizError.Stage, _ messages: inout GraphvizGate.Messages, format: RenderFormat? = nil) -> GraphvizError {
    GraphvizGate.drainMessages(into: &messages)
    let advice = switch stage {
    case .parse: "Check the DOT syntax near the line named."
    case .layout: "If Graphviz lists no layout plugins, reinstall them with `apt-get install --reinstall libgraphviz-dev`."
    case .render: "The Graphviz plugin for \(format.map(\.rawValue) ?? "this format") is missing; install `libgraphviz-dev`."
    case .worker: "Render in this process instead."  // not a stage of an in-process render
    }
    return GraphvizError(stage: stage, message: messages.errors.joined(separator: "; "), advice: advice)
}

/// Parses DOT with a fresh lexer; call only inside the gate.
private func readGraph(_ dot: String) -> UnsafeMutablePointer<Agraph_t>? {
    aglexbad()  // forget input left over from the previous parse
    agsetfile(nil)  // count lines from 1 again, for error messages
    return DOTReading.graph(from: dot)
}

/// A DOT graph as Graphviz's parser read it.
public struct ParsedDOT: Sendable, Equatable {
    public struct Node: Sendable, Equatable {
        public let name: String
        public let attributes: [String: String]
    }

    public struct Edge: Sendable, Equatable {
        public let tail: String
        public let head: String
        public let attributes: [String: String]
    }

    public let name: String
    public let isDirected: Bool
    public let nodes: [Node]
    public let edges: [Edge]

    /// Reads everything out of a cgraph graph; call only inside the gate.
    fileprivate init(_ graph: UnsafeMutablePointer<Agraph_t>) {
        name = String(cString: agnameof(graph))
        isDirected = agisdirected(graph) != 0
        var nodes: [Node] = []
        var edges: [Edge] = []
        var node = agfstnode(graph)
        while let current = node {
            nodes.append(Node(name: ParsedDOT.name(of: current), attributes: ParsedDOT.attributes(of: current, kind: AGNODE, in: graph)))
            var edge = agfstout(graph, current)
            while let out = edge {
                // An out-edge's `node` is its head (cgraph's AGHEAD); the tail is `current`.
                edges.append(Edge(
                    tail: ParsedDOT.name(of: current), head: ParsedDOT.name(of: out.pointee.node),
                    attributes: ParsedDOT.attributes(of: out, kind: AGEDGE, in: graph)))
                edge = agnxtout(graph, out)
            }
            node = agnxtnode(graph, current)
        }
        self.nodes = nodes
        self.edges = edges
    }

    private static func name<Object>(of object: UnsafeMutablePointer<Object>) -> String {
        String(cString: agnameof(object))
    }

    private static func attributes<Object>(of object: UnsafeMutablePointer<Object>, kind: Int32, in graph: UnsafeMutablePointer<Agraph_t>) -> [String: String] {
        var result: [String: String] = [:]
        var symbol = agnxtattr(graph, kind, nil)
        while let current = symbol {
            let value = String(cString: agxget(object, current))
            let defaultValue = current.pointee.defval.map { String(cString: $0) } ?? ""
            if value != defaultValue || !value.isEmpty {
                result[String(cString: current.pointee.name)] = value
            }
            symbol = agnxtattr(graph, kind, current)
        }
        return result
    }
}
