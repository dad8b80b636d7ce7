import VartaCore

/// Merges the graphs of many articles, recognising one person under the spellings of
/// different articles: `Sergei Shoigu`, `Sergey Shoigu` and `सर्गेई शोइगु` (read as
/// "Sargei Shoigu") share the consonant skeleton of every word and become one node.
///
/// The id kept is chosen from all the spellings at once, so the result does not depend on
/// the order of the articles: the id of a name printed in Latin letters (not transliterated)
/// is preferred, then the smallest.
public enum CorpusMerge {
    public static func merge(_ graphs: [Graph]) -> Graph {
        var groups: [String: Set<String>] = [:]     // name key → person ids
        var printedInLatin: Set<String> = []
        var labels: [String: String] = [:]
        // The people of each article, read on all cores: the graphs lie in memory long cold.
        let people = OnAllCores.map(count: graphs.count, threshold: 2) { index in
            graphs[index].entities.values.compactMap { $0.kind == .person ? Person($0) : nil }
        }
        // The same people recur from article to article: their keys are worked out once.
        var keysOfName: [NamePair: [String]] = [:]
        for person in people.joined() {
            let name = NamePair(label: UTF8Key(person.label), hindi: person.hindiName.map(UTF8Key.init))
            let keys: [String]
            if let known = keysOfName[name] {
                keys = known
            } else {
                keys = nameKeys(label: person.label, hindiName: person.hindiName)
                keysOfName[name] = keys
            }
            for key in keys { groups[key, default: []].insert(person.id) }
            if person.isPrintedInLatin { printedInLatin.insert(person.id) }
            labels[person.id] = min(labels[person.id] ?? person.label, person.label)
        }
        // Ids that share a key belong together; join groups that share an id.
        var canonical: [String: String] = [:]
        var unions = UnionFind()
        for ids in groups.values {
            let sorted = ids.sorted()
            for id in sorted.dropFirst() { unions.join(sorted[0], id) }
        }
        for members in unions.groups().values {
            let best = members.sorted { (printedInLatin.contains($0) ? 0 : 1, $0) < (printedInLatin.contains($1) ? 0 : 1, $1) }[0]
            for member in members where member != best { canonical[member] = best }
        }
        let renames = canonical  // a constant, which the cores may share
        var merged = Graph(merging: OnAllCores.map(count: graphs.count, threshold: 2) { graphs[$0].renamingEntities(renames) })
        // The kept id's own spelling labels the merged node, whichever article came first.
        for id in Set(canonical.values) {
            guard var entity = merged.entities[id], let label = labels[id] else { continue }
            entity.label = label
            merged.replace(entity)
        }
        return merged
    }

    /// What merging reads of a person node.
    private struct Person: Sendable {
        let id: String
        let label: String
        let hindiName: String?
        /// The label is one of the node's surface forms, not a transliteration.
        let isPrintedInLatin: Bool

        init(_ entity: Entity) {
            id = entity.id
            label = entity.label
            hindiName = entity.hindiName
            isPrintedInLatin = entity.mentions.contains { $0.text == entity.label }
        }
    }

    /// The names `nameKeys` reads, by their bytes.
    private struct NamePair: Hashable {
        let label: UTF8Key
        let hindi: UTF8Key?
    }

    /// Keys under which two spellings of a name are the same: the skeleton of each word of
    /// the label and of the Hindi name, when they have at least two words.
    static func nameKeys(label: String, hindiName: String?) -> [String] {
        [label, hindiName].compactMap { $0 }.compactMap { name in
            // A word of vowels only ("Yi", "यी") keeps its place as "_".
            let words = name.split(separator: " ").map { NameKey.skeleton(String($0)) }.map { $0.isEmpty ? "_" : $0 }
            guard words.count >= 2, words.contains(where: { $0.count >= 2 }) else { return nil }
            return words.joined(separator: " ")
        }
    }
}

/// Groups of strings joined by shared membership.
private struct UnionFind {
    private var parent: [String: String] = [:]

    mutating func find(_ item: String) -> String {
        var root = parent[item, default: item]
        while let next = parent[root], next != root { root = next }
        parent[item] = root
        return root
    }

    mutating func join(_ a: String, _ b: String) {
        let (rootA, rootB) = (find(a), find(b))
        if rootA != rootB { parent[max(rootA, rootB)] = min(rootA, rootB) }
    }

    mutating func groups() -> [String: [String]] {
        var result: [String: [String]] = [:]
        for item in Array(parent.keys) { result[find(item), default: []].append(item) }
        return result
    }
}
