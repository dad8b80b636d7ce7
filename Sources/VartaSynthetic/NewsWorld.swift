/// The cast synthetic news is about: made-up officials, each holding one office of one real
/// country, and the organizations they meet at. Articles of one corpus draw from one world,
/// so the same people recur across articles, languages and years, as in real news.
struct NewsWorld: Sendable {
    struct Official: Sendable {
        let name: PersonName
        let country: SyntheticLexicon.Country
        let office: SyntheticLexicon.Office
    }

    let officials: [Official]
    let organizations: [SyntheticLexicon.Organization]
    let countries: [SyntheticLexicon.Country]

    /// `countryCount` countries from the lexicon with every government office filled by a
    /// new name, and `organizationCount` organizations.
    init(lexicon: SyntheticLexicon, countryCount: Int = 60, organizationCount: Int = 40, using random: inout SplitMix64) {
        countries = random.permutation(lexicon.countries.count).prefix(countryCount).map { lexicon.countries[$0] }
        organizations = random.permutation(lexicon.organizations.count).prefix(organizationCount).map { lexicon.organizations[$0] }
        var taken: Set<String> = []
        var officials: [Official] = []
        for country in countries {
            for office in lexicon.offices {
                var name = PersonName.random(using: &random)
                while !taken.insert(name.family).inserted { name = PersonName.random(using: &random) }
                officials.append(Official(name: name, country: country, office: office))
            }
        }
        self.officials = officials
    }
}
