import Testing
@testable import VartaExtraction

@Suite("Folding and tokens")
struct FoldingTests {
    @Test(arguments: [
        ("कज़ाख़स्तान", "कजाखस्तान"),        // nukta (combining and precomposed)
        ("सम्बन्ध", "संबंध"),                // conjunct nasal → anusvara
        ("चाँद", "चांद"),                    // chandrabindu → anusvara
        ("ऑस्ट्रेलिया", "ओस्ट्रेलिया"),      // candra O
        ("क्\u{200D}ष", "क्ष"),              // joiners
        ("António", "antonio"),
        ("२०२३", "2023"),
    ])
    func spellingsFoldTogether(variant: String, plain: String) {
        #expect(TextFolding.fold(variant) == TextFolding.fold(plain))
    }

    /// The tokenizer skips folding for words that `TextFolding.change` says need none, and
    /// only lower-cases those that need ASCII capitals changed, so that must be exactly what
    /// folding does to them: checked for every scalar up to U+2FFF alone, and for runs of
    /// ASCII and Devanagari (where the conjunct nasal rule looks at three scalars).
    @Test func foldingDoesWhatChangeSaysItTakes() {
        func check(_ text: String) -> TextFolding.Change {
            let change = TextFolding.change(of: text)
            switch change {
            case .none: #expect(TextFolding.fold(text) == text, "\(text.unicodeScalars.map(\.value))")
            case .asciiCapitals: #expect(TextFolding.fold(text) == text.lowercased(), "\(text.unicodeScalars.map(\.value))")
            case .general: break
            }
            return change
        }
        var unchanged = 0
        for value in UInt32(0)..<0x3000 {
            guard let scalar = Unicode.Scalar(value) else { continue }
            if check(String(scalar)) == .none { unchanged += 1 }
        }
        #expect(unchanged > 150)  // lower-case ASCII and most of Devanagari
        // Every run of up to three scalars of an alphabet of those that matter.
        let alphabet = Array("aZ`'-9नमणङञ्कखसतं़ँॉॅ०क़ि".unicodeScalars)
        var runs: [[Unicode.Scalar]] = [[]]
        var counts: [TextFolding.Change: Int] = [:]
        for _ in 1...3 {
            runs = runs.flatMap { run in alphabet.map { run + [$0] } }
            for run in runs {
                var text = ""
                text.unicodeScalars.append(contentsOf: run)
                counts[check(text), default: 0] += 1
            }
        }
        #expect(counts[.none, default: 0] > 1_000 && counts[.asciiCapitals, default: 0] > 100)
        #expect(TextFolding.change(of: "सम्बन्ध") == .general)
        #expect(TextFolding.change(of: "मंत्री") == .none)
        #expect(TextFolding.change(of: "Rajnath") == .asciiCapitals)
    }

    @Test func tokensCarryByteOffsetsAndSplitLettersFromDigits() {
        let text = "जी-20 में Russia's मंत्री।"
        let tokens = Tokenizer.tokens(in: text, startingAt: 100)
        #expect(tokens.map(\.key) == ["जी", "-", "20", "में", "russia", "'", "s", "मंत्री", "।"])
        let bytes = Array(text.utf8)
        for token in tokens {
            #expect(String(decoding: bytes[(token.start - 100)..<(token.end - 100)], as: UTF8.self) == token.text)
        }
        #expect(tokens[4].isCapitalized && !tokens[3].isCapitalized && tokens[3].isDevanagari)
    }

    @Test func keyScalarCountCountsTheFoldedKey() {
        // Words that fold to fewer or other scalars (nukta letters, capitals, accents, ligature
        // ﬁ) and words that fold to themselves.
        let text = "क़ाबुल ज़ेलेंस्की Ørsted ÉCOLE ﬁnance मंत्री Russia s 20 । naïve"
        let tokens = Tokenizer.tokens(in: text, startingAt: 0)
        #expect(tokens.count == 11)
        for token in tokens {
            #expect(token.keyScalarCount == token.key.unicodeScalars.count, "\(token.text) → \(token.key)")
        }
        #expect(tokens.contains { $0.key.unicodeScalars.count != $0.text.unicodeScalars.count })
    }

    @Test func phrasesMatchLongestFirstAcrossHyphenVariants() {
        var table = PhraseTable<String>()
        table.add("जी-20", "g20")
        table.add("रक्षा मंत्री", "office")
        table.add("रक्षा", "defence")
        for text in ["जी 20 बैठक", "जी20 बैठक", "जी-20 बैठक"] {
            let tokens = Tokenizer.tokens(in: text, startingAt: 0)
            #expect(table.longestMatch(in: tokens, at: 0)?.values == ["g20"], "\(text)")
        }
        let tokens = Tokenizer.tokens(in: "रक्षा मंत्री ने", startingAt: 0)
        #expect(table.longestMatch(in: tokens, at: 0)?.end == 2)
        #expect(table.longestMatch(in: tokens, at: 2) == nil)
    }

    /// Thousands of edges make the table grow many times; every edge must still be found
    /// from its own node and word only, with the token's own hash.
    @Test func trieEdgesFindEveryEdgeAfterGrowing() {
        var edges = TrieEdges()
        // Words of letters only (a digit would start a token of its own): the number in base 26.
        func letters(_ number: Int, from first: Unicode.Scalar) -> String {
            String(String(number, radix: 26).unicodeScalars.map { digit in
                let value = digit.properties.numericType != nil ? digit.value - 0x30 : digit.value - 0x61 + 10
                return Character(Unicode.Scalar(first.value + value)!)
            })
        }
        let words = (0..<3_000).map { "शब्द" + letters($0, from: "क") } + (0..<3_000).map { "word" + letters($0, from: "a") }
        func token(_ word: String) -> Token {
            let tokens = Tokenizer.tokens(in: word, startingAt: 0)
            #expect(tokens.count == 1, "\(word)")
            return tokens[0]
        }
        for (index, word) in words.enumerated() {
            let key = token(word)
            edges.add(parent: index % 7, key: key.key, keyHash: key.keyHash, isAcronym: false, child: index + 1)
        }
        #expect(edges.count == words.count)
        for (index, word) in words.enumerated() {
            let key = token(word)
            #expect(edges.child(of: index % 7, key: key.key, keyHash: key.keyHash, isAcronym: false) == index + 1)
            #expect(edges.child(of: index % 7 + 1, key: key.key, keyHash: key.keyHash, isAcronym: false) == nil)
            #expect(edges.child(of: index % 7, key: key.key, keyHash: key.keyHash, isAcronym: true) == nil)
        }
        let absent = token("absent")
        #expect(edges.child(of: 0, key: absent.key, keyHash: absent.keyHash, isAcronym: false) == nil)
    }

    @Test func officePluralsInBothLanguages() {
        #expect(Lexicon.plural(of: "रक्षा मंत्री") == "रक्षा मंत्रियों")
        #expect(Lexicon.plural(of: "राजदूत") == "राजदूतों")
        #expect(Lexicon.plural(of: "Foreign Minister") == "Foreign Ministers")
        #expect(Lexicon.plural(of: "Minister of Defence") == "Ministers of Defence")
        #expect(Lexicon.plural(of: "Secretary") == "Secretaries")
    }
}

@Suite("Names across scripts")
struct NameTests {
    @Test(arguments: [
        ("राजनाथ सिंह", "Rajnath Singh"),
        ("शोइगु", "Shoigu"),
        ("बखोदिर कुर्बानोव", "Bakhodir Kurbanov"),
        ("जयशंकर", "Jayshankar"),
        ("नरेंद्र मोदी", "Narendra Modi"),
        ("अजीत डोभाल", "Ajit Dobhal"),
    ])
    func devanagariNamesAreReadAsSpoken(hindi: String, latin: String) {
        #expect(NameKey.latin(hindi) == latin)
    }

    @Test(arguments: [
        ("राजनाथ", "Rajnath"), ("सिंह", "Singh"), ("शोइगु", "Shoigu"), ("जयशंकर", "Jaishankar"),
        ("वांग", "Wang"), ("ऑस्टिन", "Austin"), ("पोम्पियो", "Pompeo"), ("स्टोलटेनबर्ग", "Stoltenberg"),
        ("बोरेल", "Borrell"), ("लावरोव", "Lavrov"),
    ])
    func skeletonsMatchAcrossScripts(hindi: String, english: String) {
        #expect(NameKey.skeleton(hindi) == NameKey.skeleton(english))
    }

    @Test func differentNamesHaveDifferentSkeletons() {
        #expect(NameKey.skeleton("शोइगु") != NameKey.skeleton("Singh"))
        #expect(NameKey.skeleton("Wang") != NameKey.skeleton("Modi"))
    }

    @Test func slugsAreReadableASCII() {
        #expect(NameKey.slug("Rajnath Singh") == "rajnath-singh")
        #expect(NameKey.slug("António Guterres") == "antonio-guterres")
        #expect(NameKey.slug("S. Jaishankar") == "s-jaishankar")
    }
}
