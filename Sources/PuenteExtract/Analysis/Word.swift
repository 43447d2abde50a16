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

extension Word {
    /// A word from a segmenter token, with its lemma.
    init(_ token: Token, language: Language, lexicon: ExtractionLexicon) {
        let isPunctuation = token.kind == .punctuation || token.kind == .symbol
        self.init(range: token.range, text: token.text, lower: token.text.lowercased(),
                  lemma: isPunctuation || token.kind == .number ? token.text : Lemmatizer.lemma(of: token.text, language: language, lexicon: lexicon),
                  isPunctuation: isPunctuation)
    }
}

import Foundation
import PuenteModel
