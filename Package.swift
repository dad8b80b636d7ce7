// swift-tools-version:6.0
import PackageDescription

/// The programs that read corpora and build large graphs allocate millions of small
/// strings and arrays; jemalloc (Debian's `libjemalloc-dev`) takes over `malloc` and `free`
/// for the whole process when the program is linked with it, and does that work in about a
/// fifth less time than glibc's allocator, with less memory (README: "Performance").
let jemalloc: [LinkerSetting] = [.linkedLibrary("jemalloc", .when(platforms: [.linux]))]

let package = Package(
    name: "Varta",
    platforms: [.macOS(.v13)],
    products: [
        .library(name: "Varta", targets: ["VartaCore", "VartaExtraction", "VartaFormats", "VartaGraphviz"]),
        .executable(name: "varta", targets: ["varta"]),
        .executable(name: "varta-render-worker", targets: ["varta-render-worker"]),
    ],
    dependencies: [
        .package(url: "https://github.com/apple/swift-argument-parser", from: "1.5.0"),
    ],
    targets: [
        .systemLibrary(
            name: "CGraphviz",
            pkgConfig: "libgvc",
            providers: [.apt(["libgraphviz-dev"])]
        ),
        .target(name: "VartaCore"),
        .target(name: "VartaExtraction", dependencies: ["VartaCore"], resources: [.process("Resources")]),
        .target(name: "VartaFormats", dependencies: ["VartaCore"]),
        .target(name: "VartaGraphviz", dependencies: ["CGraphviz"]),
        // Synthetic news and graphs for benchmarks and generalisation tests (`varta generate`).
        .target(name: "VartaSynthetic", dependencies: ["VartaCore", "VartaExtraction"]),
        .executableTarget(
            name: "varta",
            dependencies: [
                "VartaCore", "VartaExtraction", "VartaFormats", "VartaGraphviz", "VartaSynthetic",
                .product(name: "ArgumentParser", package: "swift-argument-parser"),
            ],
            linkerSettings: jemalloc
        ),
        // The child process of ChildProcessRenderer: renders one diagram and exits.
        .executableTarget(name: "varta-render-worker", dependencies: ["VartaGraphviz"]),
        // Renders a graph many times for a leak checker (`make leaks`); not part of the tool.
        .executableTarget(
            name: "varta-leakcheck",
            dependencies: ["VartaCore", "VartaFormats", "VartaGraphviz"]
        ),
        // `make bench`: times extraction, writers, rendering and diff, each in a child process.
        .executableTarget(
            name: "varta-bench",
            dependencies: ["VartaCore", "VartaExtraction", "VartaFormats", "VartaGraphviz", "VartaSynthetic"],
            linkerSettings: jemalloc
        ),
        .testTarget(name: "VartaCoreTests", dependencies: ["VartaCore", "VartaSynthetic"]),
        .testTarget(name: "VartaExtractionTests", dependencies: ["VartaExtraction", "VartaCore", "VartaFormats"]),
        .testTarget(name: "VartaFormatsTests", dependencies: ["VartaCore", "VartaFormats", "VartaGraphviz", "VartaSynthetic"]),
        .testTarget(name: "VartaGraphvizTests", dependencies: ["VartaGraphviz", "VartaCore", "VartaFormats", "varta-render-worker"]),
        .testTarget(name: "VartaCLITests", dependencies: ["varta"]),
        .testTarget(name: "VartaSyntheticTests", dependencies: ["VartaSynthetic", "VartaCore", "VartaExtraction", "VartaFormats"]),
    ],
    swiftLanguageModes: [.v6]
)
