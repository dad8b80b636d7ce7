import Foundation

/// Finds what one sentence names: countries and organizations from the lexicon, people
/// by the patterns news uses to introduce them, and subject pronouns.
///
/// People are found by pattern, never by list: `[country|demonym] [office] [rank] NAME`,
/// `Country's Office NAME`, `Office of Country NAME`, `A, B और C के रक्षा मंत्रियों`,
/// `his Sri Lankan counterpart, Foreign Minister NAME`, `Dr. NAME`. A Hindi name ends at a
/// postposition or verb; an English name is a run of capitalised words and initials.
struct MentionFinder {
    let lexicon: Lexicon

    /// A lexicon phrase found in the sentence.
    struct Span {
        let tokens: Range<Int>
        let entries: [LexiconEntry]
    }

    func mentions(in tokens: [Token]) -> [SentenceMention] {
        mentions(in: tokens, spans: lexiconSpans(tokens))
    }

    /// The mentions of a sentence whose lexicon phrases (`lexiconSpans`) are already found.
    ///
    /// The tables it keeps per sentence live on the stack (`withUnsafeTemporaryAllocation`)
    /// for the length of this call: three heap arrays per sentence cost 2% of extraction.
    func mentions(in tokens: [Token], spans: [Span]) -> [SentenceMention] {
        let positions = tokens.count + 1
        return withUnsafeTemporaryAllocation(of: Int32.self, capacity: 2 * positions) { spanIndices in
            withUnsafeTemporaryAllocation(of: Bool.self, capacity: tokens.count) { consumed in
                let spanStartingAt = SpansByPosition(spans, at: \.tokens.lowerBound, storage: spanIndices.extracting(0..<positions))
                let spanEndingAt = SpansByPosition(spans, at: \.tokens.upperBound, storage: spanIndices.extracting(positions..<2 * positions))
                let context = Context(tokens: tokens, spans: spans, spanStartingAt: spanStartingAt, spanEndingAt: spanEndingAt,
                                      lexicon: lexicon)
                consumed.initialize(repeating: false)
                return mentions(in: context, consumed: consumed)
            }
        }
    }

    /// `consumed` marks the tokens that belong to a person phrase.
    private func mentions(in context: Context, consumed: UnsafeMutableBufferPointer<Bool>) -> [SentenceMention] {
        let spans = context.spans
        var found: [SentenceMention] = []
        for span in spans where span.isPersonAnchor && !consumed[span.tokens.lowerBound] {
            guard let person = context.personPhrase(anchoredAt: span) else { continue }
            found.append(person)
            for index in person.tokens where index < consumed.count { consumed[index] = true }
        }
        for person in context.standaloneNames(skipping: consumed) {
            found.append(person)
            for index in person.tokens where index < consumed.count { consumed[index] = true }
        }
        for span in spans {
            for entry in span.entries {
                switch entry {
                case .country(let code), .demonym(let code):
                    var mention = SentenceMention(kind: .country(code: code), tokens: span.tokens, head: span.tokens)
                    let inPerson = consumed[span.tokens.lowerBound]
                    mention.isAdjective = !inPerson && entry == .demonym(code: code) && context.isFollowedByNoun(span)
                    mention.isModifier = inPerson || mention.isAdjective
                    found.append(mention)
                case .capital(let code) where context.capitalActsAsGovernment(span):
                    found.append(SentenceMention(kind: .country(code: code), tokens: span.tokens, head: span.tokens))
                case .organization(let slug):
                    var mention = SentenceMention(kind: .organization(slug: slug), tokens: span.tokens, head: span.tokens)
                    mention.isModifier = consumed[span.tokens.lowerBound]
                    found.append(mention)
                case .cue(.pronoun) where context.isSubjectPronoun(span):
                    found.append(SentenceMention(kind: .pronoun, tokens: span.tokens, head: span.tokens))
                default:
                    continue
                }
                break  // one mention per span: the first entry that names something
            }
        }
        return found.sorted { $0.tokens.lowerBound < $1.tokens.lowerBound }
    }

    /// Longest-first lexicon phrases, left to right, not overlapping.
    func lexiconSpans(_ tokens: [Token]) -> [Span] {
        var spans: [Span] = []
        spans.reserveCapacity(tokens.count / 4 + 1)  // about as many as a sentence has: grown once, not four times
        var index = 0
        while index < tokens.count {
            if let (end, entries) = lexicon.match(tokens, at: index) {
                spans.append(Span(tokens: index..<end, entries: entries))
                index = end
            } else {
                index += 1
            }
        }
        return spans
    }
}

extension MentionFinder.Span {
    var office: (key: String, plural: Bool)? {
        for case .office(let key, let plural) in entries { return (key, plural) }
        return nil
    }

    var isTitle: Bool { entries.contains(.title) }
    var isCounterpart: Bool { entries.contains(.cue(.counterpart)) }
    var isNameStop: Bool { entries.contains(.cue(.nameStop)) }
    var isPersonAnchor: Bool { office != nil || isTitle || isCounterpart }

    var countryCode: String? {
        for entry in entries {
            switch entry {
            case .country(let code), .demonym(let code): return code
            default: continue
            }
        }
        return nil
    }

    var organizationSlug: String? {
        for case .organization(let slug) in entries { return slug }
        return nil
    }
}

/// The lexicon span at each token position of a sentence (starting or ending there), nil
/// where there is none, also for positions outside the sentence. An array, not a
/// dictionary: the patterns ask about every position. It holds the index of each span,
/// not the span, so that making it per sentence copies no reference-counted values.
private struct SpansByPosition {
    private let spans: [MentionFinder.Span]
    /// One entry per token position and one past the last, in memory the caller keeps.
    private let indexAt: UnsafeMutableBufferPointer<Int32>

    /// Each span at its `position` (`\.tokens.lowerBound` or `\.tokens.upperBound`); of
    /// two at one position, the later. `storage` has one entry per position.
    init(_ spans: [MentionFinder.Span], at position: (MentionFinder.Span) -> Int, storage: UnsafeMutableBufferPointer<Int32>) {
        self.spans = spans
        indexAt = storage
        indexAt.initialize(repeating: -1)
        for (index, span) in spans.enumerated() { indexAt[position(span)] = Int32(index) }
    }

    subscript(position: Int) -> MentionFinder.Span? {
        guard indexAt.indices.contains(position), indexAt[position] >= 0 else { return nil }
        return spans[Int(indexAt[position])]
    }
}

/// The sentence being read, with the questions the patterns ask of it.
private struct Context {
    let tokens: [Token]
    let spans: [MentionFinder.Span]
    let spanStartingAt: SpansByPosition
    let spanEndingAt: SpansByPosition
    let lexicon: Lexicon

    /// The span that ends just before token `index`, if any.
    func span(endingAt index: Int) -> MentionFinder.Span? {
        spanEndingAt[index]
    }

    func key(_ index: Int) -> String? { index >= 0 && index < tokens.count ? tokens[index].key : nil }

    // MARK: People

    func personPhrase(anchoredAt anchor: MentionFinder.Span) -> SentenceMention? {
        // "11:30 PM IST": an acronym after a number is not an office.
        if anchor.tokens.allSatisfy({ tokens[$0].isAcronym }), anchor.tokens.lowerBound > 0,
           tokens[anchor.tokens.lowerBound - 1].kind == .number {
            return nil
        }
        var phrase = PersonPhrase(name: [])
        var start = anchor.tokens.lowerBound
        var end = anchor.tokens.upperBound
        if let office = anchor.office {
            phrase.office = office.key
            phrase.plural = office.plural
        } else if anchor.isCounterpart {
            phrase.isCounterpart = true
            phrase.plural = anchor.tokens.contains { tokens[$0].key.hasSuffix("ों") || tokens[$0].key.hasSuffix("s") }
        }

        // Left: "Russian", "Uzbekistan's", "A, B और C के", "SCO", "अपने", "his".
        start = affiliationBefore(start, into: &phrase)

        // "his Sri Lankan counterpart, Foreign Minister Vijitha Herath": one person.
        if phrase.isCounterpart, key(end) == ",", let next = spanStartingAt[end + 1], next.office != nil {
            phrase.office = next.office?.key
            end = next.tokens.upperBound
        } else if phrase.office == nil, !phrase.isCounterpart, let next = spanStartingAt[end], let office = next.office {
            // "Dr. Foreign Minister"? rare; a title before an office: take the office.
            phrase.office = office.key
            end = next.tokens.upperBound
        }

        // Right: "of India", "of the African Union Commission".
        if key(end) == "of" {
            var next = end + 1
            if key(next) == "the" { next += 1 }
            if let span = spanStartingAt[next] {
                if let code = span.countryCode { phrase.countries.append(code); end = span.tokens.upperBound }
                else if let slug = span.organizationSlug { phrase.organization = slug; end = span.tokens.upperBound }
            }
        }

        // Ranks, honorifics and one comma between office and name.
        var nameStart = end
        var skippedComma = false
        while nameStart < tokens.count {
            if let span = spanStartingAt[nameStart], span.isTitle || (span.office != nil && phrase.office != nil) {
                // Ranks and honorifics; a second office of the same person ("High Representative
                // Vice President", "Deputy Prime Minister and Foreign Minister").
                nameStart = span.tokens.upperBound
                if key(nameStart) == "." { nameStart += 1 }
            } else if ["and", "एवं", "तथा", "और"].contains(key(nameStart) ?? ""), phrase.office != nil,
                      let next = spanStartingAt[nameStart + 1], next.office != nil {
                nameStart = next.tokens.upperBound
            } else if key(nameStart) == "(", phrase.office != nil,
                      let close = (nameStart + 1..<min(nameStart + 6, tokens.count)).first(where: { key($0) == ")" }) {
                nameStart = close + 1  // "राष्ट्रीय सुरक्षा सलाहकार (एनएसए) अजीत डोभाल"
            } else if key(nameStart) == ",", !skippedComma, phrase.office != nil {
                skippedComma = true
                nameStart += 1
            } else {
                break
            }
        }
        let nameEnd = nameEnd(from: nameStart)
        if nameEnd > nameStart {
            phrase.name = Array(tokens[nameStart..<nameEnd]).filter { $0.key != "." }
            end = nameEnd
            // "राजनाथ सिंह (Rajnath Singh)"
            if key(end) == "(", tokens[nameStart].isDevanagari {
                let englishEnd = self.nameEnd(from: end + 1)
                if englishEnd > end + 1, !tokens[end + 1].isDevanagari, key(englishEnd) == ")" {
                    phrase.englishName = Array(tokens[(end + 1)..<englishEnd]).filter { $0.key != "." }
                    end = englishEnd + 1
                }
            }
        }
        guard phrase.isNamed || phrase.office != nil || phrase.isCounterpart else { return nil }
        // "एससीओ रक्षा मंत्रियों की बैठक", "the foreign ministers of BRICS": a group, not people.
        if phrase.plural, !phrase.isNamed, phrase.countries.isEmpty, !phrase.isCounterpart { return nil }
        let head = phrase.isNamed ? nameStart..<nameEnd : anchor.tokens
        return SentenceMention(kind: .person(phrase), tokens: start..<end, head: head)
    }

    /// English names with no office before them, where the sentence shows they are people:
    /// after a meeting word (`met Abdullah Abdullah`), before a speech verb (`Nancy Pelosi
    /// said`), or before an office in apposition (`Abdullah Abdullah, head of ...`).
    func standaloneNames(skipping consumed: UnsafeMutableBufferPointer<Bool>) -> [SentenceMention] {
        var found: [SentenceMention] = []
        var index = 0
        while index < tokens.count {
            let end = consumed[index] || tokens[index].isDevanagari || isStop(at: index) ? index : nameEnd(from: index)
            let words = tokens[index..<end].count { $0.isWord && $0.keyScalarCount > 1 }
            guard words >= 2, !consumed[index..<end].contains(true) else {
                index = max(end, index + 1)
                continue
            }
            let before = span(endingAt: index)
            let afterMeetingWord = before.map { $0.entries.contains(.cue(.meeting)) || $0.entries.contains(.cue(.attendance)) } ?? false
                || key(index - 1) == "with"
            let beforeSpeech = end < tokens.count && lexicon.isCue(tokens[end], .speech)
            var phrase = PersonPhrase(name: Array(tokens[index..<end]).filter { $0.key != "." })
            var last = end
            if key(end) == ",", let apposition = appositiveOffice(after: end + 1) {
                // "Lloyd Austin, the US Defence Secretary, ..."
                phrase.office = apposition.office
                phrase.countries = apposition.countries
                last = end + 1
            }
            if afterMeetingWord || beforeSpeech || phrase.office != nil {
                found.append(SentenceMention(kind: .person(phrase), tokens: index..<max(end, last), head: index..<end))
            }
            index = end
        }
        return found
    }

    /// An office in apposition after a name: `the US Defence Secretary`, `Russia's foreign
    /// minister`, `head of ...` — up to three words (article, country, possessive) before it.
    private func appositiveOffice(after start: Int) -> (office: String, countries: [String])? {
        var index = start
        var countries: [String] = []
        while index < min(start + 4, tokens.count) {
            if let span = spanStartingAt[index] {
                if let office = span.office { return (office.key, countries) }
                if let code = span.countryCode { countries = [code]; index = span.tokens.upperBound; continue }
            }
            guard ["the", "a", "an", "'", "s", "his", "her"].contains(tokens[index].key) else { return nil }
            index += 1
        }
        return nil
    }

    /// Reads the affiliation written before an office and returns where the phrase starts.
    private func affiliationBefore(_ index: Int, into phrase: inout PersonPhrase) -> Int {
        var start = index
        // "अपने समकक्ष", "his counterpart"
        if let before = key(start - 1), ["अपने", "अपनी", "अपना", "his", "her", "their"].contains(before) {
            start -= 1
        }
        if let span = span(endingAt: start) {
            if let slug = span.organizationSlug {
                // "एससीओ महासचिव", "Russian Foreign Ministry spokeswoman"
                phrase.organization = slug
                start = span.tokens.lowerBound
                if let country = lexicon.organizations[slug]?.country { phrase.countries = [country] }
                if let demonym = self.span(endingAt: start), let code = demonym.countryCode {
                    phrase.countries = [code]
                    start = demonym.tokens.lowerBound
                }
                return start
            }
            if let code = span.countryCode {
                // "Russian Defence Minister", "US Defence Secretary"
                phrase.countries = [code]
                return span.tokens.lowerBound
            }
        }
        // "Uzbekistan's Defence Minister"
        if key(start - 1) == "s", key(start - 2) == "'", let span = span(endingAt: start - 2), let code = span.countryCode {
            phrase.countries = [code]
            return span.tokens.lowerBound
        }
        // "नाटो के महासचिव"
        if let marker = key(start - 1), ["के", "की", "का"].contains(marker),
           let span = span(endingAt: start - 1), let slug = span.organizationSlug {
            phrase.organization = slug
            if let country = lexicon.organizations[slug]?.country { phrase.countries = [country] }
            return span.tokens.lowerBound
        }
        // "उज्बेकिस्तान के रक्षा मंत्री", "A, B और C के रक्षा मंत्रियों"
        if let marker = key(start - 1), ["के", "की", "का"].contains(marker) {
            var cursor = start - 1
            var codes: [String] = []
            while let span = span(endingAt: cursor), let code = span.countryCode {
                codes.insert(code, at: 0)
                cursor = span.tokens.lowerBound
                guard let joiner = key(cursor - 1), [",", "और", "तथा", "एवं", "व"].contains(joiner) else { break }
                cursor -= 1
            }
            if !codes.isEmpty {
                phrase.countries = codes
                return cursor == start - 1 ? start : cursor
            }
        }
        return start
    }

    /// One past the last token of a name starting at `start` (== start when there is none).
    func nameEnd(from start: Int) -> Int {
        guard start < tokens.count, tokens[start].isWord else { return start }
        return tokens[start].isDevanagari ? devanagariNameEnd(from: start) : latinNameEnd(from: start)
    }

    private func devanagariNameEnd(from start: Int) -> Int {
        var index = start
        var words = 0
        while index < tokens.count, words < 5 {
            let token = tokens[index]
            // "जो बाइडन": जो ("who") is a stop word, but right after an office it is a name.
            if token.isWord, token.isDevanagari, !isStop(at: index) || (index == start && token.key == "जो") {
                words += 1
                index += 1
            } else if token.key == ".", index > start, tokens[index - 1].keyScalarCount <= 3 {
                index += 1  // "एस. जयशंकर"
            } else {
                break
            }
        }
        while index > start, tokens[index - 1].key == "." { index -= 1 }
        return index
    }

    private static let particles: WordSet = ["bin", "al", "de", "da", "van", "von", "der", "la", "le", "el", "ibn", "dos", "du", "di"]

    private func latinNameEnd(from start: Int) -> Int {
        var index = start
        var words = 0
        while index < tokens.count, words < 5 {
            // `tokens[index].field`, not a copy of the token (two reference counts): this runs
            // at every capitalised word.
            if tokens[index].isWord, !tokens[index].isDevanagari, tokens[index].isCapitalized, !isStop(at: index),
               !isLexiconName(at: index), !lexicon.officeWords.contains(tokens[index].key) {
                let isInitial = tokens[index].keyScalarCount == 1
                words += 1
                index += 1
                if isInitial, key(index) == "." { index += 1 }  // "S. Jaishankar"
            } else if words > 0, tokens[index].isWord, index + 1 < tokens.count, tokens[index + 1].isCapitalized,
                      Context.particles.contains(tokens[index].key) {
                index += 1
            } else if tokens[index].isHyphen, words > 0, index + 1 < tokens.count, tokens[index + 1].isCapitalized {
                index += 1  // "Jean-Yves"
            } else {
                break
            }
        }
        while index > start, [".", "-"].contains(tokens[index - 1].key) || Context.particles.contains(tokens[index - 1].key) {
            index -= 1
        }
        return index
    }

    /// A function word, verb or other word that cannot be part of a name.
    func isStop(at index: Int) -> Bool {
        guard let span = spanStartingAt[index] else { return false }
        return span.isNameStop || span.isPersonAnchor || span.entries.contains { if case .cue = $0 { true } else { false } }
    }

    /// A country, organization or office, which ends a name.
    private func isLexiconName(at index: Int) -> Bool {
        guard let span = spanStartingAt[index] else { return false }
        return span.countryCode != nil || span.organizationSlug != nil || span.office != nil
            || span.entries.contains { if case .capital = $0 { true } else { false } }
    }

    // MARK: Countries and pronouns

    /// `Washington said`, `वाशिंगटन के समर्थक`, `मॉस्को ने`: the capital acts; `in Moscow`,
    /// `नई दिल्ली में`, `डिजिटल डेस्क, नई दिल्ली।`: it is only a place.
    func capitalActsAsGovernment(_ span: MentionFinder.Span) -> Bool {
        let before = key(span.tokens.lowerBound - 1)
        let after = key(span.tokens.upperBound)
        if tokens[span.tokens.lowerBound].isDevanagari {
            return ["ने", "के", "की", "का"].contains(after ?? "")
                && !["दौरे", "यात्रा", "लिए"].contains(key(span.tokens.upperBound + 1) ?? "")
        }
        if let before, Context.places.contains(before) { return false }
        // "Washington said", "Moscow's", "Beijing deliberately ...": the capital is followed by
        // a verb, an adverb or a possessive; a dateline or a place name is not.
        guard after != nil, span.tokens.upperBound < tokens.count else { return false }
        let next = tokens[span.tokens.upperBound]
        return next.key == "'" || ["has", "is", "was", "will", "and", "had", "would", "says", "said"].contains(next.key)
            || (next.isWord && !next.isCapitalized && looksLikeVerb(next) && !lexicon.isCue(next, .meeting))
            || lexicon.isCue(next, .speech)
    }

    /// `spreads`, `accused`, `deliberately`: a word that acts, not a noun such as `agreement`.
    private func looksLikeVerb(_ token: Token) -> Bool {
        token.key.hasSuffix("s") || token.key.hasSuffix("ed") || token.key.hasSuffix("ly")
    }

    /// `Russian troops`: a demonym used as an adjective still names the country, but not as
    /// a speaker or target of its own.
    func isFollowedByNoun(_ span: MentionFinder.Span) -> Bool {
        guard span.tokens.upperBound < tokens.count else { return false }
        return tokens[span.tokens.upperBound].isWord && !isStop(at: span.tokens.upperBound)
    }

    /// `उन्होंने`, `वह`, `he`, `she` as a subject (not `his`, `उनके`).
    func isSubjectPronoun(_ span: MentionFinder.Span) -> Bool {
        Context.subjectPronouns.contains(tokens[span.tokens.lowerBound].key)
    }

    /// Words before a capital that make it a place: `in Moscow`, `visited Beijing`.
    private static let places: WordSet = [
        "in", "at", "to", "from", "into", "near", "visit", "visited", "visiting", "arrived", "reached", "via", "outside", "around",
    ]

    private static let subjectPronouns = WordSet(["उन्होंने", "इन्होंने", "उसने", "वह", "he", "she"].map(TextFolding.fold))
}
