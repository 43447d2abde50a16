import PuenteText

/// A token of a sentence as the clause analysis sees it: offsets into the document, lower-cased
/// text and verb lemma.
struct Word: Hashable, Sendable {
    /// Unicode-scalar offsets into the document text.
    var range: Range<Int>
    var text: String
    var lower: String
    var lemma: String
    var isPunctuation: Bool

    /// Whether the word starts with an upper-case letter.
    var isCapitalized: Bool { text.unicodeScalars.first.map { CharacterSet.uppercaseLetters.contains($0) } ?? false }
    /// Whether the word holds a digit.
    var isNumeric: Bool { text.unicodeScalars.contains { CharacterSet.decimalDigits.contains($0) } }
}

/// Splits a span of text into words and punctuation, by Unicode scalar classes.
enum WordTokenizer {
    /// Words and punctuation marks in `range` of `text`: letters and digits with inner hyphens,
    /// apostrophes, periods ("U.S.") and thousands separators; every other visible scalar alone.
    static func tokens(in text: ScalarText, range: Range<Int>) -> [(range: Range<Int>, isPunctuation: Bool)] {
        let s = text.scalars
        let upper = min(range.upperBound, s.count)
        var out: [(Range<Int>, Bool)] = []
        var i = max(0, range.lowerBound)
        while i < upper {
            let c = s[i]
            if isWordScalar(c) {
                var j = i + 1
                while j < upper {
                    if isWordScalar(s[j]) { j += 1; continue }
                    if j + 1 < upper, joins(s[j - 1], s[j], s[j + 1]) { j += 2; continue }
                    break
                }
                if j < upper, s[j] == ".", j - i <= 3, i + 1 < j, s[j - 2] == "." { j += 1 }  // "U.S."
                out.append((i..<j, false))
                i = j
            } else {
                if !c.properties.isWhitespace { out.append((i..<(i + 1), true)) }
                i += 1
            }
        }
        return out
    }

    static func isWordScalar(_ c: Unicode.Scalar) -> Bool {
        c.properties.isAlphabetic || CharacterSet.decimalDigits.contains(c)
    }

    /// Whether `c` joins `before` and `after` into one word: hyphens and apostrophes between
    /// letters, commas and periods between digits ("2,000", "1.5"), "/" between digits.
    static func joins(_ before: Unicode.Scalar, _ c: Unicode.Scalar, _ after: Unicode.Scalar) -> Bool {
        guard isWordScalar(after) else { return false }
        let digits = CharacterSet.decimalDigits.contains(before) && CharacterSet.decimalDigits.contains(after)
        switch c {
        case "-", "‑", "'", "’": return true
        case ",", "/": return digits
        case ".": return digits || (before.properties.isUppercase && after.properties.isUppercase)
        default: return false
        }
    }
}

import Foundation
