import Foundation
import VartaCore

/// A string that hashes and compares by its UTF-8 bytes, for the dictionaries that
/// extraction consults at every token.
///
/// `String` hashes and compares by Unicode canonical equivalence, which for non-ASCII text
/// (all of Hindi) means normalising as it goes; that was a tenth of extraction time. The
/// keys used here are folded (`TextFolding`) or are the very words of one article, so equal
/// bytes is the equality that matters.
struct UTF8Key: Hashable, Sendable {
    let string: String

    init(_ string: String) {
        self.string = string
    }

    static func == (lhs: UTF8Key, rhs: UTF8Key) -> Bool {
        let count = lhs.string.utf8.count
        guard count == rhs.string.utf8.count else { return false }
        guard count > 0 else { return true }
        return lhs.string.withUTF8Bytes { a in rhs.string.withUTF8Bytes { b in memcmp(a.baseAddress!, b.baseAddress!, count) == 0 } }
    }

    func hash(into hasher: inout Hasher) {
        string.withUTF8Bytes { hasher.combine(bytes: UnsafeRawBufferPointer($0)) }
    }
}
