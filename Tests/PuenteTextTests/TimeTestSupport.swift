import PuenteModel
@testable import PuenteText

/// One table row: a sentence, its document date and language, and the expected dump.
struct TimeCase: CustomTestStringConvertible, Sendable {
    var sentence: String
    var documentDate: String
    var language: Language
    /// `text=value` items joined by ` | `; a modifier is written `~late`, e.g. `late 2020=2020~late`.
    var expected: String

    init(_ sentence: String, _ documentDate: String, _ language: Language = .english, _ expected: String) {
        self.sentence = sentence
        self.documentDate = documentDate
        self.language = language
        self.expected = expected
    }

    init(_ sentence: String, _ documentDate: String, _ expected: String) {
        self.init(sentence, documentDate, .english, expected)
    }

    var testDescription: String { sentence }

    /// The tagger's output as a dump comparable with `expected`.
    func actual() -> String {
        let day: CalendarDay? = {
            guard case let .day(y, m, d)? = DateValue(isoString: documentDate) else { return nil }
            return CalendarDay(year: y, month: m, day: d)
        }()
        let text = ScalarText(sentence)
        return TimeTagger.expressions(in: text, documentDate: day, language: language).map(Self.dump).joined(separator: " | ")
    }

    static func dump(_ e: TimeExpression) -> String {
        var s = "\(e.text)=\(e.value)"
        if let m = e.modifier { s += "~\(m.rawValue)" }
        return s
    }
}

import Testing
