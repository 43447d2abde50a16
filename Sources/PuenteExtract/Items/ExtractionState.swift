import PuenteModel

/// What carries from one sentence to the next while a document is read.
struct ExtractionState: Sendable {
    /// The last resolved subject (actor ids).
    var previousSubject: [String] = []
    /// The date of the last dated event: past-tense events without a date of their own get it.
    var lastEventDate: DateValue?
    /// A date announced by "the following …" ("sent the following letter yesterday").
    var followingDate: DateValue?
    /// The paragraph of `lastEventDate`.
    var lastEventParagraph: Int = -1
    /// The date of the last dated event and its paragraph, background or not ("In 2020, Congress approved a
    /// law … The law followed the arrest …": the paragraph's date).
    var paragraphDate: (date: DateValue, paragraph: Int)?
    /// Countries of the events of the previous sentence and its paragraph ("USTR asked Mexico to review … Mexico agreed to …").
    var previousSentenceCountries: (countries: [String], paragraph: Int)?
    /// A date a lead-in sentence gives the list below it ("goals in 2016:"), due for its items.
    var listDue: DateValue?
    /// The subject of a lead-in ("the United States will:"), for the verb-first bullets below it,
    /// and whether it promises them.
    var leadInSubject: [String]?
    var leadInPromises = false
}

/// Shared text helpers for items.
enum ItemText {
    /// The text of a sentence's words `range`, exactly as in the document.
    static func text(_ view: SentenceView, _ range: Range<Int>, in annotations: Annotations) -> String {
        annotations.text[view.scalarRange(range)]
    }

    /// Evidence for the whole sentence.
    static func evidence(_ view: SentenceView, in annotations: Annotations) -> Evidence {
        let r = trimmedRange(view, in: annotations)
        return Evidence(document: annotations.document.id, start: r.lowerBound, end: r.upperBound, quote: annotations.text[r])
    }

    /// The sentence range without leading bullets, numbers and spaces.
    static func trimmedRange(_ view: SentenceView, in annotations: Annotations) -> Range<Int> {
        var lower = view.unit.range.lowerBound
        let upper = view.unit.range.upperBound
        let s = annotations.text.scalars
        while lower < upper, lower < s.count, s[lower] == "•" || s[lower] == "-" || s[lower] == "*" || s[lower].properties.isWhitespace {
            lower += 1
        }
        return lower..<max(lower, upper)
    }

    /// PLOVER contexts from the keywords of a sentence.
    static func contexts(_ view: SentenceView, lexicon: ExtractionLexicon, language: Language) -> [String] {
        let byStem = lexicon.contextsByStem[language] ?? [:]
        let lowers = view.words.filter { !$0.isPunctuation && !$0.isNumeric }.map(\.lower)
        var found: [String] = []
        for (i, w) in lowers.enumerated() where w.count >= 3 {
            for entry in byStem[String(w.prefix(3))] ?? [] where !found.contains(entry.context) {
                guard let space = entry.prefix.firstIndex(of: " ") else {
                    if w.hasPrefix(entry.prefix) { found.append(entry.context) }
                    continue
                }
                let parts = entry.prefix.split(separator: " ").map(String.init)
                if w == String(entry.prefix[..<space]), EventRules.firstIndex(of: parts, in: Array(lowers[i...].prefix(parts.count))) == 0 {
                    found.append(entry.context)
                }
            }
        }
        return found
    }

    /// A stable id from the document, a span and a tag.
    static func id(_ annotations: Annotations, _ kind: String, _ range: Range<Int>, _ tag: String) -> String {
        let hex = annotations.document.id.split(separator: ":").last.map { String($0.prefix(12)) } ?? "doc"
        return "\(kind):\(hex):\(range.lowerBound)-\(range.upperBound):\(tag)"
    }
}
