/// A sentence, heading or list item of a clean text.
///
/// `range` counts Unicode scalars into the text it was found in, and `text == text[range]`.
/// A sentence never spans a line break that separates blocks: headings and list items are
/// sentences of their own.
public struct Sentence: Hashable, Sendable {
    public enum Kind: String, Hashable, Sendable {
        /// Running prose.
        case prose
        /// A short line without closing punctuation: a title or section heading.
        case heading
        /// A bulleted or numbered line.
        case listItem = "list_item"
    }

    public var range: Range<Int>
    public var text: String
    public var kind: Kind
    /// The index of the block (paragraph, heading or list item line group) that holds it, from 0.
    public var paragraph: Int
    public var tokens: [Token]

    public init(range: Range<Int>, text: String, kind: Kind, paragraph: Int, tokens: [Token]) {
        self.range = range
        self.text = text
        self.kind = kind
        self.paragraph = paragraph
        self.tokens = tokens
    }
}

/// A word, number, punctuation mark or symbol, with its scalar offsets in the whole text.
public struct Token: Hashable, Sendable {
    public enum Kind: String, Hashable, Sendable {
        /// Letters, with inner apostrophes, hyphens and abbreviation periods ("U.S.-Mexico", "don't").
        case word
        /// Digits with inner separators ("1,500", "1.5", "2021-09-09").
        case number
        case punctuation
        /// Currency signs, percent, bullets and other symbols.
        case symbol
    }

    public var range: Range<Int>
    public var text: String
    public var kind: Kind

    public init(range: Range<Int>, text: String, kind: Kind) {
        self.range = range
        self.text = text
        self.kind = kind
    }
}
