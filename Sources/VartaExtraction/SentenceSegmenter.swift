/// The writing system of a sentence, decided by its letters.
public enum Script: String, Sendable {
    /// Mostly Devanagari letters.
    case devanagari
    /// Mostly Latin letters.
    case latin
    /// Both, each with at least a fifth of the letters.
    case mixed
    /// No letters at all (numbers, punctuation).
    case none
}

/// One sentence of an article, with where it is.
public struct Sentence: Sendable, Hashable {
    /// The sentence, trimmed of surrounding white space.
    public let text: String
    /// The UTF-8 byte offset of `text`'s first byte in the article text.
    public let start: Int
    /// One past the offset of its last byte.
    public let end: Int
    /// The script its letters are written in.
    public let script: Script
    /// The 1-based line number where it starts (`\r\n` is one line break).
    public let line: Int

    /// A sentence with the given fields, as they are.
    public init(text: String, start: Int, end: Int, script: Script, line: Int) {
        self.text = text
        self.start = start
        self.end = end
        self.script = script
        self.line = line
    }
}

/// Splits article text into sentences, in Hindi, English or both.
///
/// A sentence ends at `।` `॥` `.` `?` `!` `…` (the terminator and any closing quotes or
/// brackets after it belong to the sentence) and at every line break, since headlines and
/// datelines carry no terminator. Empty lines give no sentences.
///
/// A full stop, question or exclamation mark ends a sentence only when white space follows
/// and the next word does not start with a lower-case Latin letter (`“Why?” he asked`,
/// `etc. and`). A full stop does not end one inside a token (`3.5`, `bhaskarhindi.com`,
/// `e.g.`, `10.06.2024`), nor after an abbreviation or initial: titles (`Dr.` `Mr.` `Ms.`
/// `Mrs.` `Lt.` `Gen.` `Col.` `Adm.` `Prof.` `St.` `Jr.` `Sr.` `vs.` …), `No.` `Rs.` and month
/// abbreviations before a number, dotted acronyms (`U.S.` `U.K.` `U.N.` `H.E.`; not `a.m.`
/// `p.m.`), single capital letters (`S. Jaishankar`, `Amina J. Mohammed`), Devanagari
/// abbreviations and letter names (`डॉ.` `प्रो.` `ले.` `एस.` `एच.`) and any single Devanagari
/// syllable (`बी.`, `ई.`) except the one-syllable words that end Hindi sentences (`है.` `की.`
/// `था.`). A danda always ends a sentence, even with no space after it.
///
/// The work is done on the UTF-8 bytes, with no allocation except the sentences themselves.
public enum SentenceSegmenter {
    /// The sentences of `text`, in order.
    public static func sentences(in text: String) -> [Sentence] {
        var text = text
        return text.withUTF8 { bytes in
            var splitter = Splitter(bytes: bytes)
            splitter.run()
            return splitter.sentences
        }
    }
}

/// The segmenter's state while it walks the bytes once.
private struct Splitter {
    let bytes: UnsafeBufferPointer<UInt8>
    var sentences: [Sentence] = []
    /// Where the current sentence started (white space not yet trimmed).
    var sentenceStart = 0
    var line = 1

    init(bytes: UnsafeBufferPointer<UInt8>) {
        self.bytes = bytes
        sentences.reserveCapacity(bytes.count / 100 + 4)
    }

    mutating func run() {
        let end = bytes.count
        var index = 0
        while index < end {
            switch bytes[index] {
            case 0x2E, 0x3F, 0x21:  // . ? !
                index = terminator(at: index)
            case 0x0A, 0x0D, 0xC2:
                let length = ReadingBytes.lineBreakLength(bytes, index, end)
                if length > 0 {
                    lineBreak(at: index, length: length)
                    index += length
                } else {
                    index += 1
                }
            case 0xE0:  // Devanagari and neighbours: । is E0 A5 A4, ॥ is E0 A5 A5
                if index + 2 < end && bytes[index + 1] == 0xA5 && (bytes[index + 2] == 0xA4 || bytes[index + 2] == 0xA5) {
                    index = terminator(at: index)
                } else {
                    index += 3
                }
            case 0xE2:  // … is E2 80 A6; U+2028 and U+2029 break lines
                if index + 2 < end && bytes[index + 1] == 0x80 && bytes[index + 2] == 0xA6 {
                    index = terminator(at: index)
                } else {
                    let length = ReadingBytes.lineBreakLength(bytes, index, end)
                    if length > 0 { lineBreak(at: index, length: length) }
                    index += length > 0 ? length : 3
                }
            default:
                index += 1
            }
        }
        emit(upTo: end)
    }

    private mutating func lineBreak(at index: Int, length: Int) {
        emit(upTo: index)
        sentenceStart = index + length
        line += 1
    }

    /// Handles the run of terminators starting at `start`; returns where scanning goes on.
    private mutating func terminator(at start: Int) -> Int {
        let end = bytes.count
        var index = start
        var danda = false, singleDot = true, count = 0
        while index < end {
            let byte = bytes[index]
            if byte == 0x2E || byte == 0x3F || byte == 0x21 {
                if byte != 0x2E { singleDot = false }
                index += 1
            } else if byte == 0xE0 && index + 2 < end && bytes[index + 1] == 0xA5
                        && (bytes[index + 2] == 0xA4 || bytes[index + 2] == 0xA5) {
                danda = true
                index += 3
            } else if byte == 0xE2 && index + 2 < end && bytes[index + 1] == 0x80 && bytes[index + 2] == 0xA6 {
                singleDot = false
                index += 3
            } else {
                break
            }
            count += 1
        }
        if count > 1 { singleDot = false }
        let terminatorsEnd = index
        while index < end {
            let length = closerLength(at: index)
            if length == 0 { break }
            index += length
        }
        let sentenceEnd = index
        if sentenceEnd == end || ReadingBytes.lineBreakLength(bytes, sentenceEnd, end) > 0 {
            return sentenceEnd  // the line break ends the sentence
        }
        guard ReadingBytes.spaceLength(bytes, sentenceEnd, end) > 0 else {
            if danda { close(at: sentenceEnd) }  // `हैं।जबकि`: a danda needs no space
            return sentenceEnd
        }
        if !danda {
            var next = sentenceEnd
            while next < end {
                let length = ReadingBytes.spaceLength(bytes, next, end)
                if length == 0 { break }
                next += length
            }
            if next == end || ReadingBytes.lineBreakLength(bytes, next, end) > 0 { return sentenceEnd }
            if bytes[next] >= 0x61 && bytes[next] <= 0x7A { return sentenceEnd }  // `etc. and`, `“Why?” he asked`
            if singleDot && sentenceEnd == terminatorsEnd
                && Abbreviations.isAbbreviation(bytes, from: sentenceStart, dot: start, next: next, end: end) {
                return sentenceEnd
            }
        }
        close(at: sentenceEnd)
        return sentenceEnd
    }

    /// The length of a closing quote or bracket at `index`, or 0.
    private func closerLength(at index: Int) -> Int {
        let end = bytes.count
        switch bytes[index] {
        case 0x22, 0x27, 0x29, 0x5D, 0x7D: return 1  // " ' ) ] }
        case 0xC2: return index + 1 < end && bytes[index + 1] == 0xBB ? 2 : 0  // »
        case 0xE2:  // ’ ” ›
            guard index + 2 < end, bytes[index + 1] == 0x80 else { return 0 }
            let third = bytes[index + 2]
            return third == 0x99 || third == 0x9D || third == 0xBA ? 3 : 0
        default: return 0
        }
    }

    private mutating func close(at index: Int) {
        emit(upTo: index)
        sentenceStart = index
    }

    /// Adds the sentence from `sentenceStart` to `end`, trimmed, unless it is empty.
    private mutating func emit(upTo end: Int) {
        let range = ReadingBytes.trimmed(bytes, sentenceStart, end)
        guard !range.isEmpty else { return }
        let text = String(decoding: UnsafeBufferPointer(rebasing: bytes[range]), as: UTF8.self)
        sentences.append(Sentence(text: text, start: range.lowerBound, end: range.upperBound,
                                  script: script(range), line: line))
    }

    /// Devanagari letters (U+0900–U+097F, dandas and digits aside) against Latin letters.
    private func script(_ range: Range<Int>) -> Script {
        var devanagari = 0, latin = 0
        var index = range.lowerBound
        while index < range.upperBound {
            let byte = bytes[index]
            if byte < 0x80 {
                if (byte | 0x20) >= 0x61 && (byte | 0x20) <= 0x7A { latin += 1 }
                index += 1
                continue
            }
            let (value, length) = ReadingBytes.scalar(bytes, index)
            if ReadingBytes.isDevanagariLetter(value) {
                devanagari += 1
            } else if ReadingBytes.isLatinLetter(value) {
                latin += 1
            }
            index += length
        }
        let letters = devanagari + latin
        if letters == 0 { return .none }
        if devanagari * 5 >= letters && latin * 5 >= letters { return .mixed }
        return devanagari > latin ? .devanagari : .latin
    }
}
