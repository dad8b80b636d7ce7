import Foundation
import Testing
import VartaGraphviz

/// `ChildProcessRenderer` runs the `varta-render-worker` that SwiftPM builds beside the tests.
@Suite("rendering in a child process")
struct ChildProcessRendererTests {
    @Test func givesTheSameBytesAsRenderingInProcess() throws {
        for format in [RenderFormat.svg, .png] {
            let inChild = try ChildProcessRenderer().render(dot: sampleDOT, format: format, engine: .dot)
            let inProcess = try GraphvizRenderer.render(dot: sampleDOT, format: format, engine: .dot)
            #expect(inChild.bytes == inProcess.bytes)
            #expect(inChild.format == format && inChild.engine == .dot)
        }
    }

    @Test func bringsBackWarnings() throws {
        let rendering = try ChildProcessRenderer().render(
            dot: #"digraph g { a [shape="no-such-shape"]; }"#, format: .svg, engine: .dot)
        #expect(rendering.warnings.contains { $0.contains("no-such-shape") })
    }

    @Test func bringsBackGraphvizErrorsAsTheyWere() {
        let dot = "digraph g {\n a -> ;\n}"
        var inProcess: GraphvizError?
        do { _ = try GraphvizRenderer.render(dot: dot, format: .svg, engine: .dot) } catch { inProcess = error }
        #expect(throws: inProcess!) {
            try ChildProcessRenderer().render(dot: dot, format: .svg, engine: .dot)
        }
    }

    @Test func saysWhenTheWorkerIsMissing() {
        let renderer = ChildProcessRenderer(worker: URL(fileURLWithPath: "/nonexistent/varta-render-worker"))
        #expect {
            try renderer.render(dot: sampleDOT, format: .svg, engine: .dot)
        } throws: { error in
            guard let error = error as? GraphvizError else { return false }
            return error.stage == .worker && error.message.contains("/nonexistent/varta-render-worker")
                && error.description.hasPrefix("The render process failed")
        }
    }

    @Test func stopsALayoutThatRunsTooLong() {
        // `dot` on a dense graph of hundreds of nodes takes minutes (docs/GRAPHVIZ_NOTES.md).
        var generator = SystemRandomNumberGenerator()
        let edges = (0..<3_000).map { _ in "n\(Int.random(in: 0..<400, using: &generator)) -> n\(Int.random(in: 0..<400, using: &generator));" }
        let dot = "digraph slow {\n\(edges.joined(separator: "\n"))\n}"
        let started = ContinuousClock.now
        do {
            let rendering = try ChildProcessRenderer(timeout: .milliseconds(500)).render(dot: dot, format: .svg, engine: .dot)
            Issue.record("rendered \(rendering.bytes.count) bytes instead of stopping")
        } catch {
            #expect(error.stage == .layout && error.message.contains("took longer than") && error.advice.contains("sfdp"), "\(error)")
        }
        #expect(ContinuousClock.now - started < .seconds(30))
    }
}
