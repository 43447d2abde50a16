/// The exact span of a document's clean text that states a fact.
///
/// `start` and `end` count Unicode scalars into `Document.text`, and `quote` equals the scalars in
/// `start..<end`; `Evidence(document:text:start:end:)` builds values that keep this invariant.
public struct Evidence: Codable, Hashable, Sendable {
    /// The `Document.id` the offsets refer to.
    public var document: String
    public var start: Int
    public var end: Int
    public var quote: String

    public init(document: String, start: Int, end: Int, quote: String) {
        self.document = document
        self.start = start
        self.end = end
        self.quote = quote
    }

    /// Evidence for the scalars `start..<end` of `text`, quoting them.
    public init(document: String, text: String, start: Int, end: Int) {
        self.init(document: document, start: start, end: end, quote: text.unicodeScalars.substring(start..<end))
    }

    /// Whether `quote` is exactly the span `start..<end` of `text`.
    public func isFaithful(to text: String) -> Bool {
        start >= 0 && start <= end && end <= text.unicodeScalars.count
            && text.unicodeScalars.substring(start..<end) == quote
    }
}

extension String.UnicodeScalarView {
    /// The scalars at offsets `range` as a string; offsets past the end are clamped.
    public func substring(_ range: Range<Int>) -> String {
        let lower = index(startIndex, offsetBy: range.lowerBound, limitedBy: endIndex) ?? endIndex
        let upper = index(lower, offsetBy: range.count, limitedBy: endIndex) ?? endIndex
        return String(self[lower..<upper])
    }
}
