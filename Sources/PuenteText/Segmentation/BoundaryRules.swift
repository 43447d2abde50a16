/// Decides whether closing punctuation ends a sentence.
enum BoundaryRules {
    /// `markAt` is the first closing mark, `after` the offset after the marks and closing quotes.
    static func isBoundary(_ s: [Unicode.Scalar], markAt i: Int, after end: Int, line: Range<Int>, sentenceStart: Int) -> Bool {
        // The next sentence must be separated by white space.
        guard end < line.upperBound else { return false }
        guard ScalarClass.isWhitespace(s[end]) else { return false }
        var next = end
        while next < line.upperBound, ScalarClass.isWhitespace(s[next]) { next += 1 }
        guard next < line.upperBound else { return false }
        let first = s[next]
        let startsSentence = ScalarClass.isUppercase(first) || ("0"..."9").contains(first) || isOpeningMark(first)
        guard startsSentence else { return false }
        guard s[i] == "." else { return true }
        // An ellipsis followed by a capital closes the sentence; an abbreviation usually does not.
        if end - i > 1 && s[i + 1] == "." { return true }
        let word = wordBefore(s, periodAt: i, lowerLimit: sentenceStart)
        guard !word.isEmpty else { return true }
        let lower = word.lowercased()
        let nextWord = wordAt(s, from: next, limit: line.upperBound).lowercased()
        if Abbreviations.sentenceFinalCandidates.contains(lower) {
            return Abbreviations.sentenceStarters.contains(nextWord)
        }
        if Abbreviations.titlesAndShortForms.contains(lower) { return false }
        // An initial: "John F. Kennedy", "C. Salazar".
        if word.unicodeScalars.count == 1, word.unicodeScalars.first!.properties.isUppercase { return false }
        // Dotted forms not in the lists ("S.R.L."): a sentence starter after them splits.
        if word.contains(".") { return Abbreviations.sentenceStarters.contains(nextWord) }
        return true
    }

    static func isOpeningMark(_ c: Unicode.Scalar) -> Bool {
        c == "\"" || c == "“" || c == "'" || c == "‘" || c == "«" || c == "¿" || c == "¡" || c == "(" || c == "["
            || c == "•" || c == "-" || c == "–" || c == "—"
    }

    /// The word that the period at `i` closes, without the period ("U.S" for "U.S.").
    static func wordBefore(_ s: [Unicode.Scalar], periodAt i: Int, lowerLimit: Int) -> String {
        var j = i
        while j > lowerLimit {
            let c = s[j - 1]
            if ScalarClass.isLetter(c) || c == "." { j -= 1 } else { break }
        }
        var view = String.UnicodeScalarView()
        view.append(contentsOf: s[j..<i])
        return String(view)
    }

    static func wordAt(_ s: [Unicode.Scalar], from i: Int, limit: Int) -> String {
        var j = i
        while j < limit, isOpeningMark(s[j]) { j += 1 }
        var k = j
        while k < limit, ScalarClass.isLetter(s[k]) { k += 1 }
        var view = String.UnicodeScalarView()
        view.append(contentsOf: s[j..<k])
        return String(view)
    }
}
