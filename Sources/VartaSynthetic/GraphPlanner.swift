import Foundation
import VartaCore

/// Makes and perturbs the plan of a `SyntheticGraph`: which nodes there are and which
/// edges join them. Nodes are laid out as countries, then organizations, then people, each
/// group in order of popularity, so a heavy-tailed draw of a position picks hubs often.
struct GraphPlanner {
    let lexicon: SyntheticLexicon
    var random: SplitMix64
    private(set) var nodes: [SyntheticGraph.Node]
    private(set) var names: [Int: PersonName]
    private(set) var edges: [SyntheticGraph.Edge]
    private var edgeKeys: Set<UInt64> = []
    private var takenNames: Set<String> = []
    private var countries: Range<Int> = 0..<0
    private var organizations: Range<Int> = 0..<0
    /// People of the original plan; those added by `perturb` come after.
    private var people: Range<Int> = 0..<0

    init(lexicon: SyntheticLexicon, random: SplitMix64, nodes: [SyntheticGraph.Node] = [],
         names: [Int: PersonName] = [:], edges: [SyntheticGraph.Edge] = []) {
        self.lexicon = lexicon
        self.random = random
        self.nodes = nodes
        self.names = names
        self.edges = edges
        takenNames = Set(names.values.map(\.full))
        countries = 0..<nodes.prefix { $0.kind == .country }.count
        organizations = countries.upperBound..<(countries.upperBound + nodes[countries.upperBound...].prefix { $0.kind == .organization }.count)
        people = organizations.upperBound..<nodes.count
        edgeKeys = Set(edges.map { Self.key($0.kind, $0.source, $0.target) })
    }

    // MARK: - Making

    mutating func addNodes(_ count: Int) {
        let countryCount = min(lexicon.countries.count, max(1, count / 20))
        let organizationCount = min(lexicon.organizations.count, max(1, count / 20))
        for index in random.permutation(lexicon.countries.count).prefix(countryCount) {
            nodes.append(.init(kind: .country, lexiconIndex: Int32(index), office: -1, affiliation: -1))
        }
        countries = 0..<nodes.count
        for index in random.permutation(lexicon.organizations.count).prefix(organizationCount) {
            nodes.append(.init(kind: .organization, lexiconIndex: Int32(index), office: -1, affiliation: -1))
        }
        organizations = countries.upperBound..<nodes.count
        for _ in 0..<(count - countryCount - organizationCount) { addPerson() }
        people = organizations.upperBound..<nodes.count
    }

    /// Affiliations first (one for each person who holds an office, up to a fifth of the
    /// edges), then memberships (4%, fewer when there are few countries and organizations),
    /// then meetings and statements, 62 to 38.
    mutating func addEdges(_ count: Int) throws(SyntheticError) {
        let affiliated = people.filter { nodes[$0].affiliation >= 0 }.prefix(count / 5)
        for person in affiliated {
            insert(kind: .affiliation, source: person, target: Int(nodes[person].affiliation))
        }
        let memberships = min(count * 4 / 100, countries.count * organizations.count / 4)
        for _ in 0..<memberships {
            try insertDrawn { planner in
                (.membership, planner.popular(planner.countries), planner.popular(planner.organizations))
            }
        }
        while edges.count < count {
            try insertDrawn { planner in planner.drawMeetingOrStatement(among: planner.people) }
        }
    }

    // MARK: - Perturbing

    /// Removes, changes and adds about `share / 3` of the edges each, and as many people.
    mutating func perturb(share: Double) {
        let third = share / 3
        let edgeQuota = Int((Double(edges.count) * third).rounded())
        let personQuota = Int((Double(people.count) * third).rounded())
        let startCount = edges.count

        // People leave, with their edges; more edges go until a third of the share is gone.
        for _ in 0..<personQuota {
            nodes[people.lowerBound + random.below(people.count)].isPresent = false
        }
        var keep = edges.map { nodes[Int($0.source)].isPresent && nodes[Int($0.target)].isPresent }
        var removed = keep.lazy.filter { !$0 }.count
        while removed < edgeQuota && removed < startCount {
            let index = random.below(startCount)
            if keep[index] { keep[index] = false; removed += 1 }
        }
        var surviving: [SyntheticGraph.Edge] = []
        surviving.reserveCapacity(startCount - removed + edgeQuota)
        for (edge, kept) in zip(edges, keep) where kept { surviving.append(edge) }
        keep = []
        edges = surviving
        edgeKeys = Set(edges.map { Self.key($0.kind, $0.source, $0.target) })

        // Changes: a statement turns, or a link is seen again on a new day.
        for _ in 0..<min(edgeQuota, edges.count) {
            let index = random.below(edges.count)
            switch edges[index].polarity {
            case .positive?: edges[index].polarity = .negative
            case .negative?, .neutral?: edges[index].polarity = .positive
            case nil: edges[index].weight = edges[index].weight == .max ? 1 : edges[index].weight + 1
            }
        }
        for _ in 0..<personQuota {
            let person = people.lowerBound + random.below(people.count)
            guard nodes[person].isPresent, nodes[person].office >= 0 else { continue }
            nodes[person].office = Int16((Int(nodes[person].office) + 1 + random.below(lexicon.offices.count - 1)) % lexicon.offices.count)
        }

        // Newcomers, and new edges, a third of them touching a newcomer.
        let newcomers = nodes.count..<(nodes.count + personQuota)
        for _ in newcomers { addPerson() }
        let everyone = people.lowerBound..<nodes.count
        var added = 0
        var attempts = 0
        while added < edgeQuota && attempts < edgeQuota * 20 + 100 {
            attempts += 1
            var (kind, source, target) = drawMeetingOrStatement(among: everyone)
            if !newcomers.isEmpty && random.chance(0.3) { source = newcomers.lowerBound + random.below(newcomers.count) }
            guard source != target, nodes[source].isPresent, nodes[target].isPresent else { continue }
            if insert(kind: kind, source: source, target: target) { added += 1 }
        }
    }

    // MARK: - Drawing

    private mutating func addPerson() {
        var name = PersonName.random(using: &random)
        while !takenNames.insert(name.full).inserted { name = PersonName.random(using: &random) }
        let holdsOffice = random.chance(0.95)
        names[nodes.count] = name
        nodes.append(.init(kind: .person, lexiconIndex: -1,
                           office: holdsOffice ? Int16(random.below(lexicon.offices.count)) : -1,
                           affiliation: holdsOffice ? Int32(popular(countries)) : -1))
    }

    /// A meeting of two people, or a statement by a person about anyone (countries most often).
    private mutating func drawMeetingOrStatement(among people: Range<Int>) -> (RelationKind, Int, Int) {
        if random.chance(0.62) {
            return (.meeting, popular(people), popular(people))
        }
        let target = random.chance(0.4) ? popular(countries) : popular(0..<nodes.count)
        return (.statement, popular(people), target)
    }

    /// A position in `range`, the first ones far more often (density ∝ rank^-0.55): a
    /// Zipf-like popularity that gives heavy-tailed degrees.
    private mutating func popular(_ range: Range<Int>) -> Int {
        let offset = Int(Double(range.count) * pow(random.unit(), 2.2))
        return range.lowerBound + min(offset, range.count - 1)
    }

    /// Draws until a new edge is found: popular draws first, then uniform ones.
    private mutating func insertDrawn(_ draw: (inout GraphPlanner) -> (RelationKind, Int, Int)) throws(SyntheticError) {
        for attempt in 0..<2_000 {
            var (kind, source, target) = draw(&self)
            if attempt >= 50 {
                // A crowded corner of the graph: any node of the same group will do.
                let (sourceGroup, targetGroup) = (group(of: source), group(of: target))
                source = sourceGroup.lowerBound + random.below(sourceGroup.count)
                target = targetGroup.lowerBound + random.below(targetGroup.count)
            }
            if source != target && insert(kind: kind, source: source, target: target) { return }
        }
        throw .graphSize("could not place \(edges.count + 1) distinct edges among \(nodes.count) nodes; ask for fewer edges or more nodes")
    }

    /// The countries, the organizations or the people: the group node `index` is in.
    private func group(of index: Int) -> Range<Int> {
        index < countries.upperBound ? countries : index < organizations.upperBound ? organizations : people
    }

    /// Adds the edge unless one of the same kind between the same nodes exists.
    @discardableResult
    private mutating func insert(kind: RelationKind, source: Int, target: Int) -> Bool {
        let (a, b) = kind == .meeting ? (min(source, target), max(source, target)) : (source, target)
        guard edgeKeys.insert(Self.key(kind, Int32(a), Int32(b))).inserted else { return false }
        let polarity: Polarity? = kind != .statement ? nil : random.chance(0.45) ? .positive : random.chance(0.55) ? .negative : .neutral
        var weight: UInt8 = 1
        while weight < 30 && random.chance(0.35) { weight += 1 }
        edges.append(.init(kind: kind, polarity: polarity, weight: weight, source: Int32(a), target: Int32(b), detail: random.next()))
        return true
    }

    private static func key(_ kind: RelationKind, _ source: Int32, _ target: Int32) -> UInt64 {
        let kindNumber = UInt64(RelationKind.allCases.firstIndex(of: kind)!)
        return kindNumber << 62 | UInt64(UInt32(source)) << 31 | UInt64(UInt32(target))
    }
}
