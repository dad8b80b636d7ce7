/// The elements sorted, each once. Sorting first and then dropping neighbours that are
/// equal avoids hashing, which for long non-ASCII strings (evidence sentences, Hindi names)
/// costs a Unicode normalisation of the whole string.
func sortedUnique<Element: Comparable>(_ elements: [Element]) -> [Element] {
    var result: [Element] = []
    result.reserveCapacity(elements.count)
    for element in elements.sorted() where result.last != element { result.append(element) }
    return result
}
