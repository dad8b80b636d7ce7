import CGraphviz
import Synchronization

/// The one way into the Graphviz C library, which is not thread-safe: every call runs
/// while holding this lock, with Graphviz's messages captured instead of printed.
enum GraphvizGate {
    /// What Graphviz said during one gated call.
    struct Messages {
        var errors: [String] = []
        var warnings: [String] = []
    }

    /// Runs `body` with the process's Graphviz context, alone. `body` must not escape the context.
    static func run<Result>(_ body: (OpaquePointer, inout Messages) throws -> Result) rethrows -> Result {
        try lock.withLock { context in
            if context.gvc == nil {
                _ = agseterrf(captureMessage)
                context.gvc = gvContext()
            }
            capturedText = ""
            _ = agreseterrors()
            var messages = Messages()
            defer { capturedText = "" }
            return try body(context.gvc!, &messages)
        }
    }

    /// The messages Graphviz sent since the gated call began, sorted into errors and warnings.
    static func drainMessages(into messages: inout Messages) {
        // Graphviz sends "Error", ": ", text in pieces; a message ends with a newline.
        for line in capturedText.split(separator: "\n", omittingEmptySubsequences: true) {
            let text = line.trimmingPrefix(while: { $0 == " " })
            if let rest = text.strippingPrefix("Warning: ") {
                messages.warnings.append(String(rest))
            } else if let rest = text.strippingPrefix("Error: ") {
                messages.errors.append(String(rest))
            } else {
                messages.errors.append(String(text))
            }
        }
        capturedText = ""
    }

    private final class Context: @unchecked Sendable {
        var gvc: OpaquePointer?
    }

    private static let lock = Mutex(Context())
}

/// Text Graphviz reported through `captureMessage`. Only touched while `GraphvizGate`'s lock
/// is held: Graphviz calls the callback synchronously from inside gated calls.
nonisolated(unsafe) private var capturedText = ""

private let captureMessage: agusererrf = { message in
    if let message { capturedText += String(cString: message) }
    return 0
}

private extension Substring {
    func trimmingPrefix(while predicate: (Character) -> Bool) -> Substring {
        self[(firstIndex { !predicate($0) } ?? endIndex)...]
    }

    func strippingPrefix(_ prefix: String) -> Substring? {
        hasPrefix(prefix) ? dropFirst(prefix.count) : nil
    }
}
