import VartaCore

extension SyntheticGraph {
    /// The graph of this plan: entities with English and Hindi names, offices and
    /// affiliations; relations with their dates (one a supporting document), weight and up
    /// to two evidence sentences each, in English or Hindi.
    public func graph() -> Graph {
        let ids = nodes.indices.map(id(of:))
        let labels = nodes.indices.map { label(of: $0, hindi: false) }
        let hindiLabels = nodes.indices.map { label(of: $0, hindi: true) }
        var graph = Graph()
        for index in nodes.indices where nodes[index].isPresent {
            let node = nodes[index]
            let office = node.office >= 0 ? lexicon.offices[Int(node.office)] : nil
            graph.insert(Entity(
                id: ids[index], kind: node.kind, label: labels[index], names: ["hi": hindiLabels[index]],
                mentions: [Mention(text: labels[index]), Mention(text: hindiLabels[index])],
                office: office?.english, affiliation: node.affiliation >= 0 ? ids[Int(node.affiliation)] : nil))
        }
        for edge in edges {
            var random = SplitMix64(seed: edge.detail)
            // Distinct days, one for each supporting document, days to months apart.
            var offsets = [0]
            for _ in 1..<Int(edge.weight) { offsets.append(offsets.last! + 1 + random.below(120)) }
            let base = random.below(max(1, NewsCalendar.span - offsets.last!))
            let dates = offsets.map { NewsCalendar.day(offset: min(NewsCalendar.span - 1, base + $0)) }
            let (source, target) = (Int(edge.source), Int(edge.target))
            let evidence = (0..<min(Int(edge.weight), 2)).map { item in
                let hindi = random.chance(0.4)
                let sentence = EvidenceSentence.make(
                    kind: edge.kind, polarity: edge.polarity,
                    source: hindi ? hindiLabels[source] : labels[source], target: hindi ? hindiLabels[target] : labels[target],
                    office: officeName(of: source, hindi: hindi), hindi: hindi, using: &random)
                let start = random.below(4_000)
                return Evidence(document: "news-\(String(random.next() % 100_000_000, radix: 36))", sentence: sentence,
                                start: start, end: start + sentence.utf8.count, date: dates[item], polarity: edge.polarity)
            }
            graph.insert(Relation(kind: edge.kind, source: ids[source], target: ids[target], polarity: edge.polarity,
                                  dates: dates, weight: Int(edge.weight), evidence: evidence))
        }
        return graph
    }

    private func id(of index: Int) -> String {
        let node = nodes[index]
        switch node.kind {
        case .country: return "country:" + lexicon.countries[Int(node.lexiconIndex)].code
        case .organization: return "org:" + lexicon.organizations[Int(node.lexiconIndex)].slug
        case .person:
            // Names are ASCII letters and one space.
            let name = names[index]
            return name.map { "person:\($0.given.lowercased())-\($0.family.lowercased())" } ?? "person:unnamed-\(index)"
        }
    }

    private func label(of index: Int, hindi: Bool) -> String {
        let node = nodes[index]
        switch node.kind {
        case .country:
            let country = lexicon.countries[Int(node.lexiconIndex)]
            return hindi ? country.hindi : country.english
        case .organization:
            let organization = lexicon.organizations[Int(node.lexiconIndex)]
            return hindi ? organization.hindi : organization.english
        case .person:
            let name = names[index]
            return (hindi ? name?.hindiFull : name?.full) ?? "Unnamed \(index)"
        }
    }

    private func officeName(of index: Int, hindi: Bool) -> String {
        let office = nodes[index].office
        guard office >= 0 else { return hindi ? "मंत्री" : "Minister" }
        return hindi ? lexicon.offices[Int(office)].hindi : lexicon.offices[Int(office)].english
    }
}

/// The sentence an edge of a synthetic graph cites, by kind and polarity.
enum EvidenceSentence {
    static func make(kind: RelationKind, polarity: Polarity?, source: String, target: String, office: String,
                     hindi: Bool, using random: inout SplitMix64) -> String {
        let templates: [String] = switch (kind, polarity, hindi) {
        case (.meeting, _, false):
            ["{A} met {B} and discussed bilateral ties.", "{A} held talks with {B} on regional security.",
             "{A} spoke with {B} on the phone."]
        case (.meeting, _, true):
            ["{A} ने {B} से मुलाकात की।", "{A} और {B} के बीच द्विपक्षीय वार्ता हुई।", "{A} ने {B} के साथ टेलीफोन पर बात की।"]
        case (.statement, .positive?, false): ["{A} praised {B} for its support.", "{A} welcomed the decision of {B}."]
        case (.statement, .positive?, true): ["{A} ने {B} की प्रशंसा की।", "{A} ने {B} के फैसले का स्वागत किया।"]
        case (.statement, .negative?, false): ["{A} criticised {B} over its recent actions.", "{A} accused {B} of stalling the talks."]
        case (.statement, .negative?, true): ["{A} ने {B} की आलोचना की।", "{A} ने {B} पर आरोप लगाया।"]
        case (.statement, _, false): ["{A} said that {B} would take part in the talks."]
        case (.statement, _, true): ["{A} ने कहा कि {B} वार्ता में भाग लेगा।"]
        case (.membership, _, false): ["{A} is a member of the {B}.", "{A} joined the {B}."]
        case (.membership, _, true): ["{A} {B} का सदस्य है।"]
        case (.affiliation, _, false): ["{office} {A} of {B} arrived for the talks."]
        case (.affiliation, _, true): ["{B} के {office} {A} वार्ता के लिए पहुंचे।"]
        }
        return TemplateText.fill(random.pick(templates)) { name in
            name == "A" ? source : name == "B" ? target : office
        }
    }
}
