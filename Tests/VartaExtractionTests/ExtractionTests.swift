import Testing
import VartaCore
@testable import VartaExtraction

/// Sentences written for these tests (not taken from the dev articles), in both languages.
@Suite("People by pattern")
struct PersonPatternTests {
    let finder = MentionFinder(lexicon: try! Lexicon.standard.get())

    func people(_ text: String) -> [PersonPhrase] {
        finder.mentions(in: Tokenizer.tokens(in: text, startingAt: 0)).compactMap {
            if case .person(let phrase) = $0.kind { phrase } else { nil }
        }
    }

    func name(_ phrase: PersonPhrase?) -> String? { phrase?.name.map(\.text).joined(separator: " ") }

    @Test func hindiDemonymOfficeName() throws {
        let found = people("कल जापानी विदेश मंत्री योशिमासा हयाशी ने दिल्ली में बैठक की।")
        let person = try #require(found.first)
        #expect(name(person) == "योशिमासा हयाशी")
        #expect(person.countries == ["JP"])
        #expect(person.office != nil)
    }

    @Test func hindiCountryOfOfficeWithRankAndComma() throws {
        let found = people("उन्होंने मिस्र के रक्षा मंत्री, लेफ्टिनेंट जनरल मोहम्मद जकी से बात की।")
        let person = try #require(found.first)
        #expect(name(person) == "मोहम्मद जकी")
        #expect(person.countries == ["EG"])
    }

    @Test func hindiPluralOfficeForAListOfCountries() throws {
        let found = people("मंत्री ने फ्रांस, जर्मनी और इटली के विदेश मंत्रियों के साथ चर्चा की।")
        let officials = try #require(found.first { $0.plural })
        #expect(officials.countries == ["FR", "DE", "IT"])
        #expect(!officials.isNamed)
    }

    @Test func englishPossessiveOfficeRankName() throws {
        let person = try #require(people("Egypt's Defence Minister Lt Gen Mohamed Zaki arrived on Monday.").first)
        #expect(name(person) == "Mohamed Zaki")
        #expect(person.countries == ["EG"])
    }

    @Test func englishOfficeOfCountryTitleName() throws {
        let person = try #require(people("Foreign Minister of Japan Dr. Yoshimasa Hayashi spoke first.").first)
        #expect(name(person) == "Yoshimasa Hayashi")
        #expect(person.countries == ["JP"])
    }

    @Test func englishCounterpartWithOffice() throws {
        let found = people("Blinken met his Japanese counterpart, Foreign Minister Yoko Kamikawa, in Tokyo.")
        let person = try #require(found.first { $0.isNamed })
        #expect(name(person) == "Yoko Kamikawa")
        #expect(person.countries == ["JP"])
    }

    @Test func englishNameWithOfficeInApposition() throws {
        let person = try #require(people("Penny Wong, the Australian Foreign Minister, said on Friday.").first)
        #expect(name(person) == "Penny Wong")
        #expect(person.countries == ["AU"])
        #expect(person.office != nil)
    }

    @Test func initialsStayInTheName() throws {
        #expect(name(people("Prime Minister K. P. Sharma Oli said").first) == "K P Sharma Oli")
        #expect(name(people("विदेश मंत्री एस. जयशंकर ने कहा").first) == "एस जयशंकर")
    }
}

@Suite("Article graphs")
struct ArticleGraphTests {
    let extractor = try! Extractor()

    func graph(_ text: String) throws -> Graph {
        extractor.extract(try ArticleReader.read(Array(text.utf8), id: "test"))
    }

    func edges(_ graph: Graph, _ kind: RelationKind) -> Set<String> {
        Set(graph.relations.values.filter { $0.kind == kind }.map { relation in
            let a = graph.entities[relation.source]!.label, b = graph.entities[relation.target]!.label
            let pair = kind == .meeting ? [a, b].sorted().joined(separator: " — ") : "\(a) → \(b)"
            return relation.polarity.map { "\(pair) (\($0.rawValue))" } ?? pair
        })
    }

    @Test func hindiMeetingsWithAListAndUnnamedOfficials() throws {
        let text = """
            विदेश मंत्री की बैठकें

            15 मार्च 2024
            नई दिल्ली। विदेश मंत्री एस जयशंकर ने मंगलवार को जापानी विदेश मंत्री योशिमासा हयाशी से मुलाकात की।
            जयशंकर ने फ्रांस और इटली के विदेश मंत्रियों के साथ भी द्विपक्षीय वार्ता की।
            """
        let g = try graph(text)
        let jaishankar = try #require(g.entities.values.first { $0.hindiName == "एस जयशंकर" }).label
        #expect(edges(g, .meeting) == [
            "\(jaishankar) — Yoshimasa Hayashi",
            "Foreign Minister of France — \(jaishankar)",
            "Foreign Minister of Italy — \(jaishankar)",
        ])
        #expect(g.relations.values.allSatisfy { $0.dates == [Day(iso: "2024-03-15")!] })
    }

    @Test func plannedMeetingsAreNotMeetings() throws {
        let g = try graph("Talks\n\nPrime Minister Narendra Modi will meet President Emmanuel Macron next week.\n")
        #expect(edges(g, .meeting).isEmpty)
    }

    @Test func englishStatementsCarryPolarityPerTarget() throws {
        let text = """
            Minister speaks

            Russian Foreign Minister Sergey Lavrov said on Monday that Washington deliberately fuels chaos in the region.
            Lavrov praised India for its independent policy.
            """
        let g = try graph(text)
        let statements = edges(g, .statement)
        #expect(statements.contains("Sergey Lavrov → United States (negative)"))
        #expect(statements.contains("Sergey Lavrov → India (positive)"))
        #expect(!statements.contains { $0.contains("→ Russia") })
    }

    @Test func aMeetingAndACriticismInOneSentence() throws {
        let g = try graph("Talks\n\nIndian External Affairs Minister S. Jaishankar held talks with his Chinese counterpart Wang Yi in Beijing, and criticised Pakistan for cross-border terrorism.\n")
        #expect(edges(g, .meeting) == ["S Jaishankar — Wang Yi"])
        #expect(edges(g, .statement) == ["S Jaishankar → Pakistan (negative)"])
        #expect(edges(g, .affiliation) == ["S Jaishankar → India", "Wang Yi → China"])
    }

    @Test func aReportedMeetingIsNotAStatement() throws {
        let g = try graph("Call\n\nRussian Defence Minister Andrei Belousov held a phone call with US Defense Secretary Pete Hegseth on Ukraine, the ministry said.\n")
        #expect(edges(g, .meeting) == ["Andrei Belousov — Pete Hegseth"])
        #expect(edges(g, .statement).isEmpty)
    }

    @Test func quotationOverSeveralSentencesBelongsToItsSpeaker() throws {
        let text = """
            Visit

            Foreign Minister Penny Wong met Indonesian Foreign Minister Retno Marsudi on Monday.
            "Warmly welcomed Indonesia's support. We discussed maritime security at length," Wong wrote.
            """
        let statements = edges(try graph(text), .statement)
        #expect(statements.contains("Penny Wong → Indonesia (positive)"))
    }

    @Test func membershipInEnglish() throws {
        let g = try graph("Quad\n\nIndia is a member of the Quad. Egypt and Iran were admitted as new members of BRICS on Monday.\n")
        #expect(edges(g, .membership) == ["India → Quadrilateral Security Dialogue", "Egypt → BRICS", "Iran → BRICS"])
    }

    @Test func membershipFromHindiRelativeClause() throws {
        let g = try graph("समूह\n\nभारत भी ब्रिक्स का हिस्सा है, जिसमें ब्राजील, रूस और चीन भी शामिल हैं।\n")
        #expect(edges(g, .membership) == ["India → BRICS", "Brazil → BRICS", "Russia → BRICS", "China → BRICS"])
    }

    @Test func affiliationAndCrossScriptShortForms() throws {
        let text = """
            Jaishankar meets Hayashi
            विदेश मंत्री एस जयशंकर ने जापानी विदेश मंत्री योशिमासा हयाशी से मुलाकात की। जयशंकर ने कहा कि जापान भारत का मित्र है।
            """
        let g = try graph(text)
        let jaishankar = try #require(g.entities.values.first { $0.hindiName == "एस जयशंकर" })
        #expect(jaishankar.surfaceForms.contains("Jaishankar"))
        #expect(jaishankar.surfaceForms.contains("जयशंकर"))
        #expect(jaishankar.office == "Foreign Minister")
        #expect(edges(g, .affiliation).contains("\(jaishankar.label) → India"))
        #expect(edges(g, .affiliation).contains("Yoshimasa Hayashi → Japan"))
        #expect(edges(g, .statement).contains("\(jaishankar.label) → Japan (positive)"))
    }

    /// Found by `make fuzz`: overlapping references in one statement made an empty range
    /// with its ends reversed, which trapped.
    @Test func overlappingReferencesInAStatementDoNotCrash() throws {
        let bytes: [UInt8] = Array("External Affairs Minister S. Jais".utf8) + [0x07, 0xF7, 0xFF, 0xFF] + Array("ar".utf8)
            + Array(" Prime Minister Narendra Mudi met U.S. Tresident Jo ने कहा कि भारत और अमेरिका ".utf8)
            + Array("\nThe Pacistani minister coi*Lankan counterpart in Colombo\nColombo, June 3met U.S. President Joe Biden. ".utf8)
            + Array("Both countries are members of BIMSTEC.\n".utf8)
        let article = try ArticleReader.read(bytes, id: "fuzz", lossy: true)
        let g = extractor.extract(article)
        #expect(g.problems().isEmpty)
        let crash = try ArticleReader.read(Array(fuzzCrash.utf8), id: "crash", lossy: true)
        #expect(extractor.extract(crash).problems().isEmpty)
    }

    @Test func sameArticleGivesIdenticalGraphs() throws {
        let text = "Talks\n\nDefence Minister Rajnath Singh held talks with US Defence Secretary Lloyd Austin.\n"
        #expect(try graph(text) == graph(text))
    }
}

@Suite("Corpus merge")
struct CorpusMergeTests {
    let extractor = try! Extractor()

    func article(_ id: String, _ text: String) throws -> Article {
        try ArticleReader.read(Array(text.utf8), id: id)
    }

    @Test func onePersonAcrossScriptsAndSpellings() throws {
        let english = try article("en", "Talks\n\nRussian Defence Minister Sergey Shoigu met Chinese Defence Minister Dong Jun in Beijing.\n")
        let hindi = try article("hi", "बैठक\n\nरूसी रक्षा मंत्री सर्गेई शोइगु ने चीनी रक्षा मंत्री डोंग जुन से मुलाकात की।\n")
        let merged = extractor.extract([english, hindi])
        let people = merged.entities.values.filter { $0.kind == .person }
        #expect(people.map(\.id).sorted() == ["person:dong-jun", "person:sergey-shoigu"])
        let meeting = try #require(merged.relations.values.first { $0.kind == .meeting })
        #expect(meeting.weight == 2)
        #expect(extractor.extract([hindi, english]) == merged)
    }
}

/// The input `make fuzz` saved for the overlapping-references crash (bad bytes as U+FFFD).
let fuzzCrash = "External Affairs Minister S. Jais\u{7}\u{FFFD}\u{FFFD}\u{FFFD}ar\u{1}\u{FFFD}eets Srted On : 10.060.4\u{FFFD}2\u{FFFD}\u{FFFD}2\u{FFFD}\u{FFFD}\u{FFFD}\u{FFFD}\u{FFFD}\u{FFFD}\u{FFFD}\u{FFFD}\u{FFFD}\u{FFFD}\u{FFFD}\u{FFFD}\u{FFFD}\u{FFFD}\u{FFFD}\u{D}\u{A}Prime Minister Narendra Mudi met U.S. Tresident Jo\u{928}\u{947} \u{915}\u{939}\u{93E} \u{915}\u{93F} \u{92D}\u{93E}\u{930}\u{924} \u{914}\u{930} \u{905}\u{92E}\u{947}\u{930}\u{93F}\u{915}\u{93E} \u{FFFD}\u{648}\u{664}\u{FFFD}\u{91D}\u{947}\u{926}\u{93E}\u{930} \u{939}\u{948}\u{FFFD}#\u{FFFD}\u{964}\u{D}\u{A}The Pacistani minister coi*Lankan counterpart in Colombo\u{A}Colombo, June 3met U.S. President Joe Biden. \u{92A}\u{94D}\u{930}\u{927}\u{93E}\u{928}\u{92E}\u{902}\u{924}\u{94D}\u{FFFD}/\u{FFFD}\u{940} \u{92E}\u{FFFD}\u{FFFD}\u{FFFD}\u{926}\u{940} \u{928}\u{947} \u{915}\u{939}\u{93E} \u{915}\u{93F} \u{92D}\u{93E}\u{930}\u{924} \u{914}\u{930} \u{905}\u{92E}\u{947}\u{930}\u{93F}\u{915}\u{93E} \u{938}s}}}}}}}}}}}phrase}}}}}}heries .alks. Both countries are members of BIMSTEC.\u{A}"

@Suite("Reference index")
struct ReferenceIndexTests {
    /// Each sentence is listed once per entity it names, in order, however often it names it.
    @Test func listsTheSentencesNamingEachEntityOnceInOrder() {
        func sentence(naming entities: [Int]) -> ReadSentence {
            var read = ReadSentence(sentence: Sentence(text: "", start: 0, end: 0, script: .latin, line: 1), tokens: [],
                                    cues: CueIndex(spans: []), mentions: [])
            read.references = entities.map { Reference(entity: $0, tokens: 0..<1) }
            return read
        }
        let index = ReferenceIndex([sentence(naming: [0, 2, 0]), sentence(naming: []), sentence(naming: [2]), sentence(naming: [4, 4])])
        #expect(index.sentences(naming: 0) == [0])
        #expect(index.sentences(naming: 2) == [0, 2])
        #expect(index.sentences(naming: 4) == [3])
        #expect(index.sentences(naming: 1).isEmpty && index.sentences(naming: 9).isEmpty)
        #expect(index.firstSentence(naming: 2) == 0 && index.firstSentence(naming: 3) == nil)
    }
}
