/// The driver's parameters (the Makefile's BENCH_* variables).
struct BenchOptions {
    /// Megabytes (10^6 bytes) of synthetic corpus to generate.
    var corpusMegabytes = 50.0
    /// Megabytes of that corpus the extraction benchmark reads (extraction is slow).
    var extractMegabytes = 5.0
    var nodes = 100_000
    var edges = 1_000_000
    /// Percent of the second graph that differs from the first (diff benchmarks).
    var perturbPercent = 5.0
    /// Seconds a render may take before it is reported as "> timeout".
    var renderTimeout = 60.0
    /// Repetitions of the cheap benchmarks (the best is reported).
    var repetitions = 3
    /// Where inputs are generated and kept for the next run.
    var scratch = ".build/bench"

    static let usage = """
        usage: varta-bench [--corpus-mb 50] [--extract-mb 5] [--nodes 100000] [--edges 1000000]
                           [--perturb 5] [--render-timeout 60] [--repeat 3] [--scratch .build/bench]
               varta-bench run BENCHMARK ARGS...   (one benchmark; used by the driver)
        """

    init(arguments: [String]) throws(BenchError) {
        var index = 0
        while index < arguments.count {
            let flag = arguments[index]
            guard index + 1 < arguments.count else { throw .usage("\(flag) needs a value") }
            let value = arguments[index + 1]
            func number() throws(BenchError) -> Double {
                guard let number = Double(value), number > 0 else { throw .usage("\(flag) \(value): expected a positive number") }
                return number
            }
            switch flag {
            case "--corpus-mb": corpusMegabytes = try number()
            case "--extract-mb": extractMegabytes = try number()
            case "--nodes": nodes = Int(try number())
            case "--edges": edges = Int(try number())
            case "--perturb": perturbPercent = try number()
            case "--render-timeout": renderTimeout = try number()
            case "--repeat": repetitions = Int(try number())
            case "--scratch": scratch = value
            default: throw .usage("unknown option \(flag)")
            }
            index += 2
        }
    }
}
