import ArgumentParser
import Foundation

@main
struct Varta: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "varta",
        abstract: "Relationship graphs from Hindi and English news about diplomacy.",
        discussion: """
            Varta keeps graphs of people, countries and organizations linked by meetings,
            statements, membership and affiliation, as "varta-graph" JSON (see docs/FORMAT.md).

            Examples:
              varta extract examples/sco-2023-04-28/hi-sco-2023-04-28.txt -o sco.json
              varta diff news/ --from 2021 --to 2024
              varta render examples/sco-2023-04-28/graph.json -o sco.svg
              varta render graph.json --format png --engine neato -o graph.png
              varta export graph.json --format dot -o graph.dot
            """,
        version: "0.1.0",
        subcommands: [ExtractCommand.self, DiffCommand.self, RenderCommand.self, ExportCommand.self, GenerateCommand.self]
    )

    /// Runs the command line; `varta diff` keeps diff(1)'s exit statuses (0, 1, 2).
    static func main() {
        InterruptCleanup.install()
        do {
            var command = try parseAsRoot()
            try command.run()
        } catch {
            guard CommandLine.arguments.dropFirst().first == "diff" else { exit(withError: error) }
            let status = DiffCommand.exitCode(for: error)
            if status == 2 { FileHandle.standardError.write(Data((fullMessage(for: error) + "\n").utf8)) }
            Foundation.exit(status)
        }
    }
}
