import Foundation
import Testing

/// The bad-input table of the README: every row gives a one-line message that says what and
/// where, a non-zero exit status, no stack trace and no partial output.
@Suite("Bad input")
struct BadInputTests {
    func run(_ arguments: [String], stdin: Data? = nil) throws -> VartaRun {
        let run = try VartaRun(arguments, stdin: stdin)
        #expect(!run.stderr.contains("Fatal error") && !run.stderr.contains("Stack dump"))
        return run
    }

    @Test func articlesThatCannotBeRead() throws {
        try withTemporaryFolder { folder in
            let files: [(String, [UInt8], String)] = [
                ("empty.txt", [], "the article is empty"),
                ("image.txt", [0x89, 0x50, 0x4E, 0x47, 0x00, 0x01], "byte 4 is NUL: a binary file"),
                ("latin1.txt", Array("Title\n\nCaf".utf8) + [0xE9, 0x0A], "line 3, byte 10: the text is not valid UTF-8"),
            ]
            for (name, bytes, message) in files {
                let path = folder.appendingPathComponent(name).path
                try Data(bytes).write(to: URL(fileURLWithPath: path))
                let result = try run(["extract", path, "--quiet"])
                #expect(result.status == 1, "\(name): \(result.stderr)")
                #expect(result.stderr.contains("\(path): \(message)"), "\(result.stderr)")
                #expect(result.stdout.isEmpty)
            }
            let lossy = try run(["extract", folder.appendingPathComponent("latin1.txt").path, "--lossy", "--quiet"])
            #expect(lossy.status == 0, "\(lossy.stderr)")
            #expect(lossy.stderr.contains("latin1.txt: bytes that are not UTF-8 (the first at byte 10) were replaced with U+FFFD"))
        }
    }

    @Test func foldersAndPathsThatHoldNoArticle() throws {
        try withTemporaryFolder { folder in
            let result = try run(["extract", folder.path, "--quiet"])
            #expect(result.status == 1)
            #expect(result.stderr.contains("\(folder.path): the folder holds no .txt articles"))
            let missing = try run(["extract", "no/such/article.txt", "--quiet"])
            #expect(missing.status == 1)
            #expect(missing.stderr.contains("no/such/article.txt: no such file or folder"))
        }
    }

    @Test func outputThatCannotBeWritten() throws {
        let graph = "\(VartaRun.example)/graph.json"
        let noFolder = try run(["export", graph, "--format", "dot", "-o", "/no/such/folder/g.dot"])
        #expect(noFolder.status != 0 && noFolder.stderr.contains("the folder /no/such/folder does not exist"))
        let readOnly = try run(["export", graph, "--format", "dot", "-o", "/proc/varta-test.dot"])
        #expect(readOnly.status != 0 && readOnly.stderr.contains("/proc/varta-test.dot: cannot be written"), "\(readOnly.stderr)")
    }

    @Test func outputToADeviceOrAFolder() throws {
        let graph = "\(VartaRun.example)/graph.json"
        // A device is written into, not replaced by a file renamed over it.
        let toNull = try run(["export", graph, "--format", "dot", "-o", "/dev/null"])
        #expect(toNull.status == 0, "\(toNull.stderr)")
        var info = stat()
        #expect(stat("/dev/null", &info) == 0 && info.st_mode & S_IFMT == S_IFCHR, "/dev/null is no longer a device")
        try withTemporaryFolder { folder in
            let toFolder = try run(["export", graph, "--format", "dot", "-o", folder.path])
            #expect(toFolder.status != 0 && toFolder.stderr.contains("\(folder.path) is a folder"), "\(toFolder.stderr)")
        }
    }

    @Test func anInterruptedRunLeavesNoOutput() throws {
        guard let dev = devArticles() else { return }
        try withTemporaryFolder { folder in
            let corpus = folder.appendingPathComponent("corpus")
            try FileManager.default.createDirectory(at: corpus, withIntermediateDirectories: true)
            for copy in 0..<40 {
                for file in dev {
                    try FileManager.default.copyItem(at: file, to: corpus.appendingPathComponent("\(copy)-\(file.lastPathComponent)"))
                }
            }
            let output = folder.appendingPathComponent("out.json")
            let process = Process()
            process.executableURL = VartaRun.executable
            process.arguments = ["extract", corpus.path, "-o", output.path, "--quiet"]
            process.standardError = Pipe()
            try process.run()
            Thread.sleep(forTimeInterval: 0.6)
            process.interrupt()
            process.waitUntilExit()
            #expect(process.terminationStatus == 130 || process.terminationStatus == 0)
            if process.terminationStatus == 130 {
                #expect(!FileManager.default.fileExists(atPath: output.path))
            }
            let leftovers = try FileManager.default.contentsOfDirectory(atPath: folder.path).filter { $0.hasSuffix(".tmp") }
            #expect(leftovers.isEmpty)
        }
    }

    private func devArticles() -> [URL]? {
        let folder = DevSetScoreTests.shared.appendingPathComponent("dev")
        let files = (try? FileManager.default.contentsOfDirectory(at: folder, includingPropertiesForKeys: nil)) ?? []
        let articles = files.filter { $0.pathExtension == "txt" }
        return articles.isEmpty ? nil : articles
    }
}
