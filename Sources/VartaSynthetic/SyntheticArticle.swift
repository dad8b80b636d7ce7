import VartaCore

/// One generated news article: the text as a `.txt` file holds it (headline, date line,
/// paragraphs) and what the generator knows about it.
public struct SyntheticArticle: Hashable, Sendable {
    /// The language of the body; `mixed` is an English headline over a Hindi body.
    public enum Language: String, Sendable, CaseIterable {
        case english = "en"
        case hindi = "hi"
        case mixed = "mx"
    }

    /// `en-syn-0000042`: the language code and the article's number in its corpus.
    public let id: String
    public let language: Language
    public let title: String
    /// The publication date the date line states.
    public let date: Day
    /// The whole article, ending with a newline.
    public let text: String

    /// The size of `text` in UTF-8 bytes.
    public var byteCount: Int { text.utf8.count }
}
