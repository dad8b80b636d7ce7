import Foundation

/// Writes synthetic articles where `varta extract` reads corpora from: one `.txt` file per
/// article in numbered subfolders of at most 1,000 files, or one JSON Lines file.
public enum CorpusWriter {
    /// How many article files go in one subfolder (`0000/`, `0001/`, ...).
    public static let filesPerFolder = 1_000

    /// What was written.
    public struct Summary: Sendable, Equatable {
        public var articles = 0
        /// UTF-8 bytes of article text (JSON Lines adds its quoting on top).
        public var textBytes = 0
    }

    /// Writes each article to `folder/NNNN/ID.txt`, creating folders as needed.
    public static func writeFolder(_ articles: some Sequence<SyntheticArticle>, to folder: String) throws(SyntheticError) -> Summary {
        var summary = Summary()
        var currentShard = -1
        var shardPath = ""
        for article in articles {
            let shard = summary.articles / filesPerFolder
            if shard != currentShard {
                currentShard = shard
                shardPath = (folder as NSString).appendingPathComponent(String(format: "%04d", shard))
                do {
                    try FileManager.default.createDirectory(atPath: shardPath, withIntermediateDirectories: true)
                } catch {
                    throw .output(path: shardPath, problem: "cannot create the folder (\(error.localizedDescription))")
                }
            }
            let path = (shardPath as NSString).appendingPathComponent(article.id + ".txt")
            guard FileManager.default.createFile(atPath: path, contents: Data(article.text.utf8)) else {
                throw .output(path: path, problem: "cannot be written; check the folder's permissions and free space")
            }
            summary.articles += 1
            summary.textBytes += article.byteCount
        }
        return summary
    }

    /// Writes one JSON object per line, `{"date", "id", "text", "title"}`, as `CorpusReader`
    /// reads JSON Lines; the text is the whole article, headline and date line included.
    public static func writeJSONLines(_ articles: some Sequence<SyntheticArticle>, to path: String) throws(SyntheticError) -> Summary {
        guard FileManager.default.createFile(atPath: path, contents: nil), let file = FileHandle(forWritingAtPath: path) else {
            throw .output(path: path, problem: "cannot be created; check that the folder exists and is writable")
        }
        defer { try? file.close() }
        var summary = Summary()
        var buffer: [UInt8] = []
        buffer.reserveCapacity(1 << 20)
        func flush() throws(SyntheticError) {
            do { try file.write(contentsOf: buffer) } catch {
                throw .output(path: path, problem: "cannot be written (\(error.localizedDescription))")
            }
            buffer.removeAll(keepingCapacity: true)
        }
        for article in articles {
            buffer += Array(jsonLine(article).utf8)
            summary.articles += 1
            summary.textBytes += article.byteCount
            if buffer.count >= 1 << 20 { try flush() }
        }
        try flush()
        return summary
    }

    /// The JSON Lines record of one article, keys sorted, ending with a newline.
    public static func jsonLine(_ article: SyntheticArticle) -> String {
        "{\"date\":\"\(article.date)\",\"id\":\(quoted(article.id)),\"text\":\(quoted(article.text)),\"title\":\(quoted(article.title))}\n"
    }

    /// A JSON string literal (RFC 8259 escapes; everything else as UTF-8).
    static func quoted(_ text: String) -> String {
        var result = "\""
        for scalar in text.unicodeScalars {
            switch scalar {
            case "\"": result += "\\\""
            case "\\": result += "\\\\"
            case "\n": result += "\\n"
            case "\r": result += "\\r"
            case "\t": result += "\\t"
            case let control where control.value < 0x20:
                result += String(format: "\\u%04x", control.value)
            default: result.unicodeScalars.append(scalar)
            }
        }
        return result + "\""
    }
}
