import PuenteModel

/// Splits clean text into blocks and sentences with their tokens.
///
/// A block is a run of lines without a blank line between them; each line of a block whose lines
/// are list items or headings is its own sentence. Sentence boundaries inside prose follow the
/// closing punctuation rules of English and Spanish: abbreviations, initials, decimals, ellipses
/// and closing quotes after the period do not split wrongly.
public enum TextSegmenter {
    /// The sentences of `text`, in order, covering every non-blank line.
    public static func sentences(in text: ScalarText, language: Language? = nil) -> [Sentence] {
        var sentences: [Sentence] = []
        var paragraph = -1
        var previousLineBlank = true
        for line in lines(of: text.scalars) {
            let trimmed = trim(line, in: text.scalars)
            if trimmed.isEmpty { previousLineBlank = true; continue }
            if previousLineBlank { paragraph += 1 }
            previousLineBlank = false
            let kind = LineClassifier.kind(of: trimmed, in: text.scalars)
            let ranges = kind == .prose ? sentenceRanges(in: trimmed, of: text.scalars) : [trimmed]
            for range in ranges {
                for piece in pieces(of: range, in: text.scalars) {
                    sentences.append(make(piece, kind: kind, paragraph: paragraph, text: text))
                }
            }
        }
        return sentences
    }

    private static func make(_ range: Range<Int>, kind: Sentence.Kind, paragraph: Int, text: ScalarText) -> Sentence {
        Sentence(range: range, text: text[range], kind: kind, paragraph: paragraph,
                 tokens: Tokenizer.tokens(in: text, range: range))
    }

    /// The longest sentence, in scalars, that is passed on whole. Real sentences stay far below it
    /// (long legal ones run to about 1,000); text without closing punctuation (a scraped table, a
    /// run-on page) would otherwise give later stages one "sentence" of the whole document.
    public static let maximumSentenceLength = 2_000

    /// Splits an over-long sentence at the last clause mark (`;`, `:`, `,`) or space before the limit.
    static func pieces(of range: Range<Int>, in s: [Unicode.Scalar]) -> [Range<Int>] {
        guard range.count > maximumSentenceLength else { return [range] }
        var result: [Range<Int>] = []
        var start = range.lowerBound
        while range.upperBound - start > maximumSentenceLength {
            let limit = start + maximumSentenceLength
            let window = (start + maximumSentenceLength / 2)..<limit
            let cut = window.reversed().first { i in (s[i - 1] == ";" || s[i - 1] == ":" || s[i - 1] == ",") && ScalarClass.isWhitespace(s[i]) }
                ?? window.reversed().first { ScalarClass.isWhitespace(s[$0]) }
                ?? limit
            let piece = trim(start..<cut, in: s)
            if !piece.isEmpty { result.append(piece) }
            start = cut
        }
        let rest = trim(start..<range.upperBound, in: s)
        if !rest.isEmpty { result.append(rest) }
        return result
    }

    static func lines(of s: [Unicode.Scalar]) -> [Range<Int>] {
        var result: [Range<Int>] = []
        var start = 0
        for (i, c) in s.enumerated() where c == "\n" || c == "\u{2028}" || c == "\u{2029}" {
            result.append(start..<i)
            start = i + 1
        }
        if start <= s.count { result.append(start..<s.count) }
        return result
    }

    static func trim(_ range: Range<Int>, in s: [Unicode.Scalar]) -> Range<Int> {
        var lower = range.lowerBound, upper = range.upperBound
        while lower < upper, ScalarClass.isWhitespace(s[lower]) { lower += 1 }
        while upper > lower, ScalarClass.isWhitespace(s[upper - 1]) { upper -= 1 }
        return lower..<upper
    }

    /// Sentence ranges within one prose line.
    static func sentenceRanges(in line: Range<Int>, of s: [Unicode.Scalar]) -> [Range<Int>] {
        var result: [Range<Int>] = []
        var start = line.lowerBound
        var i = line.lowerBound
        while i < line.upperBound {
            let c = s[i]
            guard c == "." || c == "!" || c == "?" || c == "…" else { i += 1; continue }
            var end = i + 1
            while end < line.upperBound, s[end] == "." || s[end] == "!" || s[end] == "?" || s[end] == "…" { end += 1 }
            while end < line.upperBound, isClosingMark(s[end]) { end += 1 }
            if BoundaryRules.isBoundary(s, markAt: i, after: end, line: line, sentenceStart: start) {
                let r = trim(start..<end, in: s)
                if !r.isEmpty { result.append(r) }
                start = end
            }
            i = end
        }
        let rest = trim(start..<line.upperBound, in: s)
        if !rest.isEmpty { result.append(rest) }
        return result
    }

    static func isClosingMark(_ c: Unicode.Scalar) -> Bool {
        c == "\"" || c == "'" || c == "”" || c == "’" || c == "»" || c == ")" || c == "]"
    }
}
