/// The elements sorted, each once. Sorting first and then dropping neighbours that are
/// equal avoids hashing, which for long non-ASCII strings (evidence sentences, Hindi names)
/// costs a Unicode normalisation of the whole string.
///
/// Lists that are already sorted and unique (as read back from a file, or of one element)
/// are returned as they are, without sorting a copy.
func sortedUnique<Element: Comparable>(_ elements: [Element]) -> [Element] {
    if elements.indices.dropFirst().allSatisfy({ elements[$0 - 1] < elements[$0] && elements[$0 - 1] != elements[$0] }) {
        return elements
    }
    let sorted = elements.sorted()
    var result: [Element] = []
    result.reserveCapacity(sorted.count)
    // The element last kept is compared where it lies: `result.last` would copy it (a
    // reference count per string in it) at every step.
    var last: Int?
    for index in sorted.indices where last.map({ sorted[$0] != sorted[index] }) ?? true {
        result.append(sorted[index])
        last = index
    }
    return result
}

/// Where an element falls in a sort, as far as four integers can tell: see
/// `sortedUnique(_:keys:)`.
struct SortKey: Comparable {
    var first: Int, second: Int, third: Int, fourth: Int

    /// From this many elements on, sorting by keys pays for making them (a country named
    /// in thousands of articles of a corpus has tens of thousands of mentions).
    static let longList = 32

    static func < (lhs: SortKey, rhs: SortKey) -> Bool {
        (lhs.first, lhs.second, lhs.third, lhs.fourth) < (rhs.first, rhs.second, rhs.third, rhs.fourth)
    }
}

/// The same as `sortedUnique(elements)`, for long lists of elements that are slow to
/// compare (strings byte by byte, each a reference count on memory that is likely cold):
/// `keys[i]` must order element `i` as `<` does wherever two keys differ, and elements are
/// compared themselves only where their keys are equal.
func sortedUnique<Element: Comparable>(_ elements: [Element], keys: [SortKey]) -> [Element] {
    precondition(keys.count == elements.count, "one key per element")
    var order = Array(elements.indices)
    order.sort { a, b in keys[a] != keys[b] ? keys[a] < keys[b] : elements[a] < elements[b] }
    var result: [Element] = []
    result.reserveCapacity(elements.count)
    var last: Int?  // the element last kept, compared where it lies (see above)
    for index in order where last.map({ elements[$0] != elements[index] }) ?? true {
        result.append(elements[index])
        last = index
    }
    return result
}

/// For each string, its rank among the distinct strings ordered by `precedes`: equal
/// ranks for strings neither of which precedes the other, so that ranks can stand in for
/// the strings in a `SortKey`. Each string is hashed once instead of compared in every
/// step of a sort.
func ranks(of strings: [String], by precedes: (String, String) -> Bool) -> [Int] {
    var distinct: [String] = []
    var slot: [ByteKey: Int] = [:]  // by bytes: `String`'s equality would join é composed and decomposed
    // Lists come in runs of one string (an article's mentions share its document, and a
    // name repeats): a string like the one before it takes its slot without hashing.
    var previous: (key: ByteKey, slot: Int)?
    let slots = strings.map { string in
        let key = ByteKey(string: string)
        if let previous, previous.key == key { return previous.slot }
        let found: Int
        if let known = slot[key] {
            found = known
        } else {
            found = distinct.count
            slot[key] = found
            distinct.append(string)
        }
        previous = (key, found)
        return found
    }
    let order = distinct.indices.sorted { precedes(distinct[$0], distinct[$1]) }
    var rankOfSlot = [Int](repeating: 0, count: distinct.count)
    var rank = 0
    for (position, slot) in order.enumerated() {
        if position > 0, precedes(distinct[order[position - 1]], distinct[slot]) { rank += 1 }
        rankOfSlot[slot] = rank
    }
    return slots.map { rankOfSlot[$0] }
}

/// A string that hashes and compares by its UTF-8 bytes. Extraction's `UTF8Key` does the
/// same with a faster hash; moved here to be shared, it no longer inlined into extraction's
/// lookups (1.3% more instructions), so these ranks, run once per merge, have their own.
private struct ByteKey: Hashable {
    let string: String

    static func == (lhs: ByteKey, rhs: ByteKey) -> Bool {
        lhs.string.withUTF8Bytes { a in rhs.string.withUTF8Bytes { b in sameBytes(a, b) } }
    }

    func hash(into hasher: inout Hasher) {
        string.withUTF8Bytes { hasher.combine(bytes: UnsafeRawBufferPointer($0)) }
    }
}

/// Whether two runs of bytes are the same, compared eight bytes at a time: `elementsEqual`
/// goes byte by byte through iterators, and merging compares a corpus's mention texts and
/// documents by the million.
func sameBytes(_ a: UnsafeBufferPointer<UInt8>, _ b: UnsafeBufferPointer<UInt8>) -> Bool {
    guard a.count == b.count else { return false }
    let (left, right) = (UnsafeRawBufferPointer(a), UnsafeRawBufferPointer(b))
    var offset = 0
    while offset + 8 <= a.count {
        guard left.loadUnaligned(fromByteOffset: offset, as: UInt64.self)
            == right.loadUnaligned(fromByteOffset: offset, as: UInt64.self) else { return false }
        offset += 8
    }
    while offset < a.count {
        guard a[offset] == b[offset] else { return false }
        offset += 1
    }
    return true
}
