import PuenteModel
import Testing
@testable import PuenteText

/// One table row: a sentence, its language and the expected dump.
struct AmountCase: CustomTestStringConvertible, Sendable {
    var sentence: String
    var language: Language
    /// `text=summary` items joined by ` | `, e.g. `$130 million=130000000 USD`,
    /// `more than 42 mil trabajadores=moreThan 42000 [trabajadores]`.
    var expected: String

    init(_ sentence: String, _ language: Language = .english, _ expected: String) {
        self.sentence = sentence
        self.language = language
        self.expected = expected
    }

    init(_ sentence: String, _ expected: String) {
        self.init(sentence, .english, expected)
    }

    var testDescription: String { sentence }

    func actual() -> String {
        AmountTagger.amounts(in: ScalarText(sentence), language: language)
            .map { "\($0.text)=\($0.summary)" }.joined(separator: " | ")
    }
}
