import ArgumentParser

@main
struct Varta: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "varta",
        abstract: "Relationship graphs from Hindi and English news about diplomacy.",
        discussion: """
            Varta keeps graphs of people, countries and organizations linked by meetings,
            statements, membership and affiliation, as "varta-graph" JSON (see docs/FORMAT.md).

            Examples:
              varta render examples/sco-2023-04-28/graph.json -o sco.svg
              varta render graph.json --format png --engine neato -o graph.png
              varta export graph.json --format dot -o graph.dot
            """,
        version: "0.1.0",
        subcommands: [ExtractCommand.self, RenderCommand.self, ExportCommand.self]
    )
}
