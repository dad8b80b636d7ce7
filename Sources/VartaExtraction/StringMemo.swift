import Synchronization

/// Remembers the results of a pure `String → String` function for the whole process, from
/// any thread. Names recur across the articles of a corpus, and reading a Devanagari name
/// through ICU costs microseconds each time; looking it up costs nanoseconds.
/// Past `limit` entries the memo starts again empty, so memory stays bounded.
final class StringMemo: Sendable {
    private let table = Mutex<[UTF8Key: String]>([:])
    private let limit: Int

    init(limit: Int = 100_000) {
        self.limit = limit
    }

    /// `compute(key)`, computed at most once per key while the memo holds it.
    func value(for key: String, _ compute: (String) -> String) -> String {
        if let known = table.withLock({ $0[UTF8Key(key)] }) { return known }
        let value = compute(key)  // outside the lock: other threads go on meanwhile
        table.withLock { table in
            if table.count >= limit { table.removeAll(keepingCapacity: true) }
            table[UTF8Key(key)] = value
        }
        return value
    }
}
