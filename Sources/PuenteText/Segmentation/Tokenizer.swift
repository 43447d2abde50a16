/// Splits text into `Token`s.
public enum Tokenizer {
    /// The tokens of `range` in `text`, offsets into the whole text.
    public static func tokens(in text: ScalarText, range: Range<Int>) -> [Token] {
        let s = text.scalars
        var tokens: [Token] = []
        var i = max(0, range.lowerBound)
        let end = min(range.upperBound, s.count)
        while i < end {
            let c = s[i]
            if ScalarClass.isWhitespace(c) { i += 1; continue }
            let start = i
            let kind: Token.Kind
            if ScalarClass.isLetter(c) {
                i = wordEnd(s, from: i, limit: end)
                kind = .word
            } else if ScalarClass.isDigit(c) {
                i = numberEnd(s, from: i, limit: end)
                kind = .number
            } else if c.properties.generalCategory == .currencySymbol || c == "%" || c == "•" || c == "&" || c == "#" || c == "°" {
                i += 1
                kind = .symbol
            } else {
                i += 1
                // Runs of the same mark ("...", "--") are one token.
                while i < end, s[i] == c, c == "." || c == "-" { i += 1 }
                kind = .punctuation
            }
            tokens.append(Token(range: start..<i, text: text[start..<i], kind: kind))
        }
        return tokens
    }

    private static func isLetterOrDigit(_ c: Unicode.Scalar) -> Bool {
        if c.value < 0x80 { return ScalarClass.isASCIILetter(c) || ScalarClass.isDigit(c) }
        return ScalarClass.isLetter(c) || c.properties.generalCategory == .nonspacingMark
    }

    private static func wordEnd(_ s: [Unicode.Scalar], from start: Int, limit: Int) -> Int {
        var i = start
        while i < limit {
            let c = s[i]
            if isLetterOrDigit(c) { i += 1; continue }
            guard i + 1 < limit else { break }
            let next = s[i + 1]
            // Inner apostrophes and hyphens join: "don't", "López's", "long-standing".
            if (c == "'" || c == "’" || c == "-" || c == "‑") && ScalarClass.isLetter(next) { i += 1; continue }
            // Abbreviation periods: "U.S.", "EE.UU.", "D.C." — a single letter or two-letter group before the dot.
            if c == ".", isAbbreviationPeriod(s, at: i, wordStart: start, limit: limit) { i += 1; continue }
            // "U.S.-Mexico": a dotted abbreviation joined by a hyphen.
            if c == ".", next == "-", i + 2 < limit, ScalarClass.isLetter(s[i + 2]), isDottedAbbreviation(s, start..<i) { i += 2; continue }
            break
        }
        // A trailing period of a dotted abbreviation ("U.S." at the end) belongs to the word.
        if i < limit, s[i] == ".", isDottedAbbreviation(s, start..<i) { i += 1 }
        return i
    }

    /// "U.S" followed by a letter then "." — letters between periods are one or two characters long.
    private static func isAbbreviationPeriod(_ s: [Unicode.Scalar], at i: Int, wordStart: Int, limit: Int) -> Bool {
        guard i + 2 < limit, ScalarClass.isLetter(s[i + 1]) else { return false }
        var segmentStart = i
        while segmentStart > wordStart, s[segmentStart - 1] != "." { segmentStart -= 1 }
        guard i - segmentStart <= 2 else { return false }
        var j = i + 1
        while j < limit, ScalarClass.isLetter(s[j]) { j += 1 }
        return j - (i + 1) <= 2 && j < limit && s[j] == "."
    }

    private static func isDottedAbbreviation(_ s: [Unicode.Scalar], _ word: Range<Int>) -> Bool {
        word.contains { s[$0] == "." }
    }

    private static func numberEnd(_ s: [Unicode.Scalar], from start: Int, limit: Int) -> Int {
        var i = start
        while i < limit {
            let c = s[i]
            if ("0"..."9").contains(c) { i += 1; continue }
            // Separators join digits on both sides: "1,500", "1.5", "2021-09-09", "9/9/2021".
            if (c == "," || c == "." || c == "-" || c == "/" || c == ":"), i + 1 < limit, ("0"..."9").contains(s[i + 1]) { i += 1; continue }
            break
        }
        return i
    }
}
