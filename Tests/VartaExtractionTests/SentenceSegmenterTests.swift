import Testing
import VartaExtraction

/// The texts of the sentences of `text`.
private func split(_ text: String) -> [String] {
    SentenceSegmenter.sentences(in: text).map(\.text)
}

@Suite("Sentence segmenter")
struct SentenceSegmenterTests {
    // MARK: Terminators

    @Test("English sentences end at . ? ! and keep their terminator")
    func englishTerminators() {
        #expect(split("Will they meet? Yes! They met in Delhi. Talks went well.")
            == ["Will they meet?", "Yes!", "They met in Delhi.", "Talks went well."])
    }

    @Test("Hindi sentences end at danda and double danda")
    func hindiDanda() {
        #expect(split("राजनाथ सिंह ने बैठक की। उन्होंने कहा कि भारत तैयार है॥ वार्ता सफल रही।")
            == ["राजनाथ सिंह ने बैठक की।", "उन्होंने कहा कि भारत तैयार है॥", "वार्ता सफल रही।"])
    }

    @Test("a danda ends a sentence even with no space after it")
    func gluedDanda() {
        #expect(split("बैठक हुई।इसके बाद वार्ता हुई।") == ["बैठक हुई।", "इसके बाद वार्ता हुई।"])
    }

    @Test("closing quotes and brackets after a terminator stay with the sentence")
    func closers() {
        #expect(split("He said, “We agree.” Then he left.") == ["He said, “We agree.”", "Then he left."])
        #expect(split("(This was new.) Then more came.") == ["(This was new.)", "Then more came."])
        #expect(split("उन्होंने कहा, ‘‘बातचीत अच्छी रही।’’ इसके बाद वे लौटे।")
            == ["उन्होंने कहा, ‘‘बातचीत अच्छी रही।’’", "इसके बाद वे लौटे।"])
        #expect(split("''We agree,'' he said. ''Good.'' Next.") == ["''We agree,'' he said.", "''Good.''", "Next."])
    }

    @Test("a question in quotes followed by a lower-case word does not end the sentence")
    func quotedQuestion() {
        #expect(split("“Why not?” he asked. Nobody replied.") == ["“Why not?” he asked.", "Nobody replied."])
    }

    @Test("an ellipsis ends a sentence before a capital")
    func ellipsis() {
        #expect(split("He paused… Then he spoke. Wait... and see.") == ["He paused…", "Then he spoke.", "Wait... and see."])
    }

    @Test("text without a terminator is one sentence")
    func noTerminator() {
        #expect(split("SCO Defense Ministers Meet") == ["SCO Defense Ministers Meet"])
    }

    // MARK: Abbreviations and initials

    @Test("titles never end a sentence",
          arguments: ["Dr.", "Mr.", "Ms.", "Mrs.", "Lt.", "Gen.", "Col.", "Adm.", "Prof.", "St.", "Jr.", "Sr.", "vs.", "DR."])
    func titles(title: String) {
        #expect(split("The guest was \(title) Kumar of Delhi. He left early.")
            == ["The guest was \(title) Kumar of Delhi.", "He left early."])
    }

    @Test("No. and Rs. before a number do not end a sentence; No. before a word does")
    func beforeNumbers() {
        #expect(split("He lives at No. 10 Downing Street. It costs Rs. 500 crore.")
            == ["He lives at No. 10 Downing Street.", "It costs Rs. 500 crore."])
        #expect(split("The answer was No. Then he left.") == ["The answer was No.", "Then he left."])
        #expect(split("They met on Sept. 5, 2023 in Delhi.") == ["They met on Sept. 5, 2023 in Delhi."])
    }

    @Test("etc. ends a sentence only before a capital")
    func etCetera() {
        #expect(split("Tea, coffee etc. were served. Talks covered trade etc. The end.")
            == ["Tea, coffee etc. were served.", "Talks covered trade etc.", "The end."])
    }

    @Test("dotted acronyms do not end a sentence")
    func acronyms() {
        #expect(split("U.S. Secretary of State Antony Blinken met the U.K. and U.N. envoys. H.E. Josep Borrell spoke.")
            == ["U.S. Secretary of State Antony Blinken met the U.K. and U.N. envoys.", "H.E. Josep Borrell spoke."])
        #expect(split("The China-U.S. Relationship is central. Wang said so.")
            == ["The China-U.S. Relationship is central.", "Wang said so."])
        #expect(split("Some ministers, e.g. Jaishankar, spoke. Others did not.")
            == ["Some ministers, e.g. Jaishankar, spoke.", "Others did not."])
    }

    @Test("a.m. and p.m. end a sentence before a capital")
    func clockTimes() {
        #expect(split("Talks began at 10 a.m. They ended at 2 p.m. on Friday.")
            == ["Talks began at 10 a.m.", "They ended at 2 p.m. on Friday."])
    }

    @Test("single capital initials do not end a sentence; a Roman numeral does")
    func initials() {
        #expect(split("S. Jaishankar met Amina J. Mohammed in New York. They talked.")
            == ["S. Jaishankar met Amina J. Mohammed in New York.", "They talked."])
        #expect(split("He spoke with Lloyd Austin III. We discussed defence.")
            == ["He spoke with Lloyd Austin III.", "We discussed defence."])
    }

    @Test("decimals, domains and dotted dates stay inside a sentence")
    func dotsInsideTokens() {
        #expect(split("Growth was 3.5 per cent. Prices rose.") == ["Growth was 3.5 per cent.", "Prices rose."])
        #expect(split("इसके साथ bhaskarhindi.com की टीम ने कोई एडिटिंग नहीं की है. ऐसे में जिम्मेदारी एजेंसी की होगी.")
            == ["इसके साथ bhaskarhindi.com की टीम ने कोई एडिटिंग नहीं की है.", "ऐसे में जिम्मेदारी एजेंसी की होगी."])
        #expect(split("Updated 10.06.2024 at noon. Done.") == ["Updated 10.06.2024 at noon.", "Done."])
    }

    @Test("Devanagari initials and abbreviations do not end a sentence")
    func devanagariInitials() {
        #expect(split("विदेश मंत्री एस. जयशंकर ने डॉ. सिंह से मुलाकात की। प्रो. बी. के. शर्मा और ले. जनरल राव भी आए।")
            == ["विदेश मंत्री एस. जयशंकर ने डॉ. सिंह से मुलाकात की।", "प्रो. बी. के. शर्मा और ले. जनरल राव भी आए।"])
        #expect(split("हाई रिप्रजेंटेटिव एच. ई. जोसेफ बोरेल ने मोदी से मुलाकात की।")
            == ["हाई रिप्रजेंटेटिव एच. ई. जोसेफ बोरेल ने मोदी से मुलाकात की।"])
    }

    @Test("आई is the initial I only before another initial; otherwise it ends a sentence")
    func ambiguousInitial() {
        #expect(split("पूर्व प्रधानमंत्री आई. के. गुजराल ने कहा था.") == ["पूर्व प्रधानमंत्री आई. के. गुजराल ने कहा था."])
        #expect(split("2014 में नई सरकार सत्ता में आई. इसके बाद नीति बदली.")
            == ["2014 में नई सरकार सत्ता में आई.", "इसके बाद नीति बदली."])
    }

    @Test("Hindi sentences written with a full stop end after है, की, था and other verbs")
    func hindiFullStops() {
        #expect(split("बातचीत हुई. हमने चर्चा की. मोदी ने कहा था. ऑस्टिन ने यह कहा है. वह आगे बढ़े.")
            == ["बातचीत हुई.", "हमने चर्चा की.", "मोदी ने कहा था.", "ऑस्टिन ने यह कहा है.", "वह आगे बढ़े."])
    }

    // MARK: Lines

    @Test("every line break ends a sentence; lines are numbered from 1")
    func lineBreaks() {
        let sentences = SentenceSegmenter.sentences(in: "Headline without a stop\nBody one. Body two.\nराजनाथ ने बात की")
        #expect(sentences.map(\.text) == ["Headline without a stop", "Body one.", "Body two.", "राजनाथ ने बात की"])
        #expect(sentences.map(\.line) == [1, 2, 2, 3])
    }

    @Test("empty and blank lines give no sentences")
    func blankLines() {
        #expect(split("\n\n   \n\u{00A0}\n\t\n").isEmpty)
        #expect(split("").isEmpty)
        let sentences = SentenceSegmenter.sentences(in: "One.\n\n \u{00A0}\n\nTwo.")
        #expect(sentences.map(\.text) == ["One.", "Two."])
        #expect(sentences.map(\.line) == [1, 5])
    }

    @Test("CRLF, lone CR and U+2028 break lines; no CR stays in a sentence")
    func crlf() {
        let text = "Title\r\n\r\nFirst. Second.\r\nThird\rFourth\u{2028}Fifth"
        let sentences = SentenceSegmenter.sentences(in: text)
        #expect(sentences.map(\.text) == ["Title", "First.", "Second.", "Third", "Fourth", "Fifth"])
        #expect(sentences.map(\.line) == [1, 3, 3, 4, 5, 6])
        let bytes = Array(text.utf8)
        for sentence in sentences {
            #expect(String(decoding: bytes[sentence.start..<sentence.end], as: UTF8.self) == sentence.text)
        }
    }

    @Test("a BOM or no-break space before the text is trimmed away")
    func leadingBOM() {
        let sentences = SentenceSegmenter.sentences(in: "\u{FEFF}\u{00A0}Hello there. World.")
        #expect(sentences.map(\.text) == ["Hello there.", "World."])
        #expect(sentences.first?.start == 5)
    }

    // MARK: Offsets and script

    @Test("offsets are UTF-8 byte offsets into the text")
    func byteOffsets() {
        let text = "  यह पहला है। Second one.  "
        let sentences = SentenceSegmenter.sentences(in: text)
        #expect(sentences.count == 2)
        // "यह पहला है।": 9 Devanagari scalars of 3 bytes and 2 spaces, 29 bytes after 2 spaces.
        #expect(sentences.first.map { [$0.start, $0.end] } == [2, 31])
        #expect(sentences.last.map { [$0.start, $0.end] } == [32, 43])
        let bytes = Array(text.utf8)
        for sentence in sentences {
            #expect(String(decoding: bytes[sentence.start..<sentence.end], as: UTF8.self) == sentence.text)
        }
    }

    @Test("script is decided by the letters")
    func scripts() {
        let sentences = SentenceSegmenter.sentences(in: """
            Rajnath talks with US Defense Secretary Lloyd Austin | राजनाथ ने अमेरिका के रक्षा मंत्री से बात की
            इस बीच NATO के महासचिव जेन्स स्टोलटेनबर्ग ने भी यूक्रेन पर रूस के हमले की कड़े शब्दों में निंदा की है।
            Talks with the U.S. went well.
            08:13 — 10.06.2024 (11:30)
            """)
        #expect(sentences.map(\.script) == [.mixed, .devanagari, .latin, .none])
    }
}
