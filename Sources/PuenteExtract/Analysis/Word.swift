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
    var isCapitalized: Bool = false
    /// Whether the word is a number.
    var isNumeric: Bool = false
}

extension Word {
    /// A word from a segmenter token, with its lemma.
    init(_ token: Token, lemma: (String) -> String) {
        let isPunctuation = token.kind == .punctuation || token.kind == .symbol
        let isNumber = token.kind == .number
        self.init(range: token.range, text: token.text, lower: token.text.lowercased(),
                  lemma: isPunctuation || isNumber ? token.text : lemma(token.text), isPunctuation: isPunctuation,
                  isCapitalized: token.text.unicodeScalars.first?.properties.isUppercase ?? false, isNumeric: isNumber)
    }

    /// A word for tests and synthetic input.
    init(range: Range<Int>, text: String, lower: String, lemma: String, isPunctuation: Bool) {
        self.init(range: range, text: text, lower: lower, lemma: lemma, isPunctuation: isPunctuation,
                  isCapitalized: text.unicodeScalars.first?.properties.isUppercase ?? false,
                  isNumeric: text.unicodeScalars.first.map { ("0"..."9").contains($0) } ?? false)
    }
}

import Foundation
import PuenteModel
