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
    var result: [Element] = []
    result.reserveCapacity(elements.count)
    for element in elements.sorted() where result.last != element { result.append(element) }
    return result
}
