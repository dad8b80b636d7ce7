import Foundation

/// The machine the numbers were measured on.
enum Machine {
    static var description: String {
        let cpuinfo = (try? String(contentsOfFile: "/proc/cpuinfo", encoding: .utf8)) ?? ""
        let model = cpuinfo.split(separator: "\n").first { $0.hasPrefix("model name") }
            .map { $0.split(separator: ":", maxSplits: 1).last!.trimmingCharacters(in: .whitespaces) } ?? "unknown CPU"
        let memory = (try? String(contentsOfFile: "/proc/meminfo", encoding: .utf8))?.split(separator: "\n").first
            .flatMap { Int($0.split(separator: " ").dropFirst().first ?? "") }.map { "\($0 / 1_048_576) GB RAM" } ?? ""
        return "\(model), \(ProcessInfo.processInfo.activeProcessorCount) cores, \(memory)"
    }
}
