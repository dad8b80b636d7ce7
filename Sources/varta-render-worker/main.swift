// The child process of `ChildProcessRenderer`: renders one DOT file and exits, taking
// Graphviz's per-layout leaks with it.
//
//     varta-render-worker FORMAT ENGINE INPUT.dot OUTPUT
import Foundation
import VartaGraphviz

exit(ChildProcessRenderer.serveOneRender(arguments: Array(CommandLine.arguments.dropFirst())))
