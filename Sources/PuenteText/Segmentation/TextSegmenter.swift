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
            if kind == .prose {
                for range in sentenceRanges(in: trimmed, of: text.scalars) {
                    sentences.append(make(range, kind: .prose, paragraph: paragraph, text: text))
                }
            } else {
                sentences.append(make(trimmed, kind: kind, paragraph: paragraph, text: text))
            }
        }
        return sentences
    }

    private static func make(_ range: Range<Int>, kind: Sentence.Kind, paragraph: Int, text: ScalarText) -> Sentence {
        Sentence(range: range, text: text[range], kind: kind, paragraph: paragraph,
                 tokens: Tokenizer.tokens(in: text, range: range))
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
