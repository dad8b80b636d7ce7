import Foundation
import VartaCore

/// One article of a corpus: where it comes from and how to get its text.
public struct CorpusDocument: Sendable {
    enum Content: Sendable {
        case file(path: String)
        case bytes([UInt8])
        case record(text: String, title: String?, date: Day?)
    }

    /// The document id used in evidence: a file's name without extension, a record's `id`.
    public let id: String
    /// Where it is, for messages: a path, `path:line` for JSON Lines, or `stdin`.
    public let origin: String
    let content: Content
}

/// An input that could not be used, and why; the rest of the corpus is still read.
public struct CorpusProblem: Error, Sendable, Hashable, CustomStringConvertible {
    public let origin: String
    public let message: String

    public var description: String { "\(origin): \(message)" }
}

/// Finds the articles of a corpus: article files, folders (every `.txt` below, in path order),
/// JSON Lines files (`.jsonl`, `.ndjson`: one `{"id", "text", "date"?, "title"?, "url"?}` per
/// line), and `-` for standard input (an article, or JSON Lines when it starts with `{`).
public enum CorpusReader {
    public static func documents(in inputs: [String]) -> (documents: [CorpusDocument], problems: [CorpusProblem]) {
        var documents: [CorpusDocument] = []
        var problems: [CorpusProblem] = []
        for input in inputs {
            if input == "-" {
                let bytes = [UInt8](FileHandle.standardInput.readDataToEndOfFile())
                if bytes.first(where: { !isSpace($0) }) == UInt8(ascii: "{") {
                    read(jsonLines: bytes, origin: "stdin", into: &documents, problems: &problems)
                } else {
                    documents.append(CorpusDocument(id: "stdin", origin: "stdin", content: .bytes(bytes)))
                }
                continue
            }
            var isFolder: ObjCBool = false
            guard FileManager.default.fileExists(atPath: input, isDirectory: &isFolder) else {
                problems.append(CorpusProblem(origin: input, message: "no such file or folder; check the path"))
                continue
            }
            if isFolder.boolValue {
                let found = articleFiles(below: input)
                if found.isEmpty {
                    problems.append(CorpusProblem(origin: input, message: "the folder holds no .txt articles"))
                }
                documents += found.map { CorpusDocument(id: documentID(of: $0), origin: $0, content: .file(path: $0)) }
            } else if isJSONLines(input) {
                guard let data = FileManager.default.contents(atPath: input) else {
                    problems.append(CorpusProblem(origin: input, message: "cannot be read; check its permissions"))
                    continue
                }
                read(jsonLines: [UInt8](data), origin: input, into: &documents, problems: &problems)
            } else {
                documents.append(CorpusDocument(id: documentID(of: input), origin: input, content: .file(path: input)))
            }
        }
        return (documents, problems)
    }

    /// The article of a document, or the problem that keeps it out.
    public static func article(of document: CorpusDocument, dateOverride: Day?, lossy: Bool) -> Result<Article, CorpusProblem> {
        let bytes: [UInt8]
        switch document.content {
        case .record(let text, let title, let date):
            let article = Article(id: document.id, text: text, title: title ?? ArticleReader.title(of: text),
                                  date: dateOverride ?? date ?? ArticleReader.publicationDate(in: text))
            return .success(article)
        case .bytes(let given):
            bytes = given
        case .file(let path):
            guard let data = FileManager.default.contents(atPath: path) else {
                return .failure(CorpusProblem(origin: path, message: "cannot be read; check its permissions"))
            }
            bytes = [UInt8](data)
        }
        do {
            return .success(try ArticleReader.read(bytes, id: document.id, dateOverride: dateOverride, lossy: lossy))
        } catch {
            return .failure(problem(error, in: document))
        }
    }

    /// Why an article read with `lossy` had bytes replaced, or nil when it had none.
    public static func lossyNote(for document: CorpusDocument) -> CorpusProblem? {
        guard case .file(let path) = document.content, let data = FileManager.default.contents(atPath: path) else { return nil }
        let offset = [UInt8](data).withUnsafeBufferPointer { UTF8Check.firstInvalidOffset($0) }
        return offset.map { CorpusProblem(origin: document.origin, message: "bytes that are not UTF-8 (the first at byte \($0)) were replaced with U+FFFD") }
    }

    private static func problem(_ error: ArticleReadError, in document: CorpusDocument) -> CorpusProblem {
        switch error {
            case let .invalidUTF8(_, byteOffset, line):
                return CorpusProblem(origin: document.origin, message: "line \(line), byte \(byteOffset): the text is not "
                    + "valid UTF-8; convert it to UTF-8, or use --lossy to replace bad bytes with U+FFFD")
            case .utf16:
                return CorpusProblem(origin: document.origin, message: "the file is UTF-16, not UTF-8; "
                    + "convert it, e.g. with `iconv -f UTF-16 -t UTF-8`")
            case .binary(_, let byteOffset):
                return CorpusProblem(origin: document.origin, message: "byte \(byteOffset) is NUL: a binary file, not an article; skipped")
            case .empty:
                return CorpusProblem(origin: document.origin, message: "the article is empty; skipped")
        }
    }

    // MARK: - Files

    private static func isJSONLines(_ path: String) -> Bool {
        path.hasSuffix(".jsonl") || path.hasSuffix(".ndjson")
    }

    private static func documentID(of path: String) -> String {
        URL(fileURLWithPath: path).deletingPathExtension().lastPathComponent
    }

    private static func articleFiles(below folder: String) -> [String] {
        guard let walker = FileManager.default.enumerator(atPath: folder) else { return [] }
        var paths: [String] = []
        while let relative = walker.nextObject() as? String {
            if relative.hasSuffix(".txt") { paths.append((folder as NSString).appendingPathComponent(relative)) }
        }
        return paths.sorted()
    }

    private static func isSpace(_ byte: UInt8) -> Bool {
        byte == 0x20 || byte == 0x09 || byte == 0x0A || byte == 0x0D || byte == 0xEF || byte == 0xBB || byte == 0xBF
    }

    // MARK: - JSON Lines

    private struct Record: Decodable {
        var id: String?
        var text: String
        var date: String?
        var title: String?
        var url: String?
    }

    /// What one line of a JSON Lines file gives.
    private enum Line: Sendable {
        case blank
        case document(CorpusDocument)
        case problem(CorpusProblem)
    }

    private static func read(jsonLines bytes: [UInt8], origin: String, into documents: inout [CorpusDocument],
                             problems: inout [CorpusProblem]) {
        let lines = bytes.split(separator: UInt8(ascii: "\n"), omittingEmptySubsequences: false)
        // Lines are independent: decoded on all cores, taken in the file's order.
        let decoded = OnAllCores.map(count: lines.count, threshold: 256) { number in
            read(line: lines[number], number: number + 1, origin: origin)
        }
        for line in decoded {
            switch line {
            case .blank: continue
            case .document(let document): documents.append(document)
            case .problem(let problem): problems.append(problem)
            }
        }
    }

    private static func read(line: ArraySlice<UInt8>, number: Int, origin: String) -> Line {
        guard line.contains(where: { !isSpace($0) }) else { return .blank }
        let place = "\(origin):\(number)"
        let record: Record
        do {
            record = try JSONDecoder().decode(Record.self, from: Data(line))
        } catch {
            return .problem(CorpusProblem(origin: place, message: "skipped: not a JSON object with a \"text\" string (\(brief(error)))"))
        }
        var date: Day?
        if let given = record.date {
            guard let day = Day(iso: given.prefix(10)) else {
                return .problem(CorpusProblem(origin: place, message: "skipped: \"date\" is \"\(given)\", expected YYYY-MM-DD"))
            }
            date = day
        }
        return .document(CorpusDocument(
            id: record.id ?? "\(documentID(of: origin))-\(number)", origin: place,
            content: .record(text: record.text, title: record.title, date: date)))
    }

    private static func brief(_ error: any Error) -> String {
        switch error as? DecodingError {
        case .keyNotFound(let key, _)?: "\"\(key.stringValue)\" is missing"
        case .typeMismatch(_, let context)?: "\(context.codingPath.map(\.stringValue).joined(separator: ".")) has the wrong type"
        case .valueNotFound(_, let context)?: "\(context.codingPath.map(\.stringValue).joined(separator: ".")) is null"
        default: "invalid JSON"
        }
    }
}
