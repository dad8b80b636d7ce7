import Foundation

// `varta-bench [options]` drives every benchmark (see BenchDriver); `varta-bench run NAME
// ARGS...` runs one, in the child process the driver starts for it.
let arguments = Array(CommandLine.arguments.dropFirst())
do {
    if arguments.first == "run" {
        let measurement = try BenchmarkChild.run(Array(arguments.dropFirst()))
        print(String(decoding: try JSONEncoder().encode(measurement), as: UTF8.self))
    } else if arguments.first == "--help" || arguments.first == "-h" {
        print(BenchOptions.usage)
    } else {
        try BenchDriver(options: BenchOptions(arguments: arguments)).run()
    }
} catch {
    FileHandle.standardError.write(Data("varta-bench: \(error)\n".utf8))
    exit(1)
}
