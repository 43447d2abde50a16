import PuenteModel
import Testing
@testable import PuenteText

/// Garbage input, offsets with emoji and accents, and the `range` parameter of both taggers.
@Suite struct TimeAmountRobustnessTests {
    static let doc = CalendarDay(year: 2021, month: 8, day: 17)

    /// A garbage input, described by its first characters and length so test logs stay short.
    struct Garbage: CustomTestStringConvertible, Sendable {
        var text: String
        var testDescription: String { "\(text.prefix(20).debugDescription)… (\(text.unicodeScalars.count) scalars)" }
    }

    static let garbage: [Garbage] = garbageTexts.map(Garbage.init)

    static let garbageTexts: [String] = [
        String(repeating: "7", count: 1_000_000),
        String(repeating: "$", count: 10_000),
        "$$$$",
        String(repeating: "1,", count: 100_000),
        String(repeating: "1.", count: 100_000),
        String(repeating: "-", count: 50_000),
        String(repeating: "a ", count: 200_000),
        String(repeating: "the next ", count: 50_000),
        String(repeating: "from between de ", count: 30_000),
        String(repeating: "$1 ", count: 50_000),
        String(repeating: "😀🇲🇽", count: 20_000),
        "Москва 北京 مرحبا 2021年9月9日 ١٢٣ ½ ² ³ ⁴",
        "\u{0}\u{1}\u{FFFF}\u{10FFFF}",
        "",
        " ",
        "9/99/9999 99/99/99 2021-13-45 2021-02-30 31 de febrero",
        "February 30, 2021 and June 31",
        String(repeating: "late ", count: 100_000),
        String(repeating: "May-", count: 100_000),
        String(repeating: "a finales de ", count: 50_000),
        String(repeating: "entre mayo y ", count: 50_000),
        String(repeating: "la semana pasada ", count: 30_000),
        String(repeating: "more than ", count: 100_000),
        String(repeating: "4 mil ", count: 100_000),
        String(repeating: "9 de ", count: 100_000),
        String(repeating: "between 1 and ", count: 50_000),
    ]

    @Test(arguments: garbage) func garbageReturnsQuicklyWithoutCrashing(_ g: Garbage) {
        let text = ScalarText(g.text)
        let clock = ContinuousClock()
        let elapsed = clock.measure {
            _ = TimeTagger.expressions(in: text, documentDate: Self.doc, language: .english)
            _ = TimeTagger.expressions(in: text, documentDate: nil, language: .spanish)
            _ = AmountTagger.amounts(in: text, language: .english)
            _ = AmountTagger.amounts(in: text, language: .spanish)
        }
        #expect(elapsed < .seconds(10))
    }

    @Test func millionDigitsYieldNothing() {
        let text = ScalarText(String(repeating: "7", count: 1_000_000))
        #expect(TimeTagger.expressions(in: text, documentDate: Self.doc, language: .english).isEmpty)
        #expect(AmountTagger.amounts(in: text, language: .english).isEmpty)
    }

    @Test func dollarSignsYieldNothing() {
        #expect(AmountTagger.amounts(in: ScalarText("$$$$"), language: .english).isEmpty)
    }

    @Test func invalidDatesAreNotInvented() {
        let text = ScalarText("February 30, 2021; 2021-02-30; 31/02/2021")
        let found = TimeTagger.expressions(in: text, documentDate: Self.doc, language: .spanish)
        #expect(!found.contains { if case .date(.day(_, 2, 30)) = $0.value { true } else { false } })
    }

    @Test func offsetsCountUnicodeScalarsAfterEmojiAndAccents() {
        let s = "🇲🇽😀 Ebrard y Mayorkas se reunieron el 10 de agosto; México recibirá 1.35 millones de dosis."
        let text = ScalarText(s)
        let times = TimeTagger.expressions(in: text, documentDate: Self.doc, language: .spanish)
        let amounts = AmountTagger.amounts(in: text, language: .spanish)
        #expect(times.map(\.text) == ["10 de agosto"])
        #expect(amounts.map(\.text) == ["1.35 millones de dosis"])
        for e in times { #expect(text[e.range] == e.text) }
        for a in amounts { #expect(text[a.range] == a.text) }
        let scalars = Array(s.unicodeScalars)
        let expectedStart = scalars.indices.first { i in String(String.UnicodeScalarView(scalars[i..<(i + 2)])) == "10" }!
        #expect(times.first?.range.lowerBound == expectedStart)
        #expect(times.first?.range == expectedStart..<(expectedStart + 12))
    }

    @Test func rangeLimitsTheSearchAndKeepsWholeTextOffsets() {
        let s = "On June 8, 2021 the US pledged $130 million. On July 1, 2021 Mexico added $20 million."
        let text = ScalarText(s)
        let second = Array(s.unicodeScalars).indices.first { i in
            s.unicodeScalars[s.unicodeScalars.index(s.unicodeScalars.startIndex, offsetBy: i)] == "." } .map { $0 + 1 }!
        let times = TimeTagger.expressions(in: text, range: second..<text.count, documentDate: Self.doc, language: .english)
        let amounts = AmountTagger.amounts(in: text, range: second..<text.count, language: .english)
        #expect(times.map(\.text) == ["July 1, 2021"])
        #expect(amounts.map(\.text) == ["$20 million"])
        #expect(text[times[0].range] == "July 1, 2021")
        #expect(text[amounts[0].range] == "$20 million")
        #expect(TimeTagger.expressions(in: text, range: 500..<900, documentDate: Self.doc, language: .english).isEmpty)
        #expect(AmountTagger.amounts(in: text, range: -5..<3, language: .english).isEmpty)
    }

    @Test func resultsAreSortedAndDisjoint() {
        let s = "From 2019 to 2021, more than $1 billion (15%) was spent; last week 26 projects began, and the dialogue meets annually."
        let text = ScalarText(s)
        for list in [TimeTagger.expressions(in: text, documentDate: Self.doc, language: .english).map(\.range),
                     AmountTagger.amounts(in: text, language: .english).map(\.range)] {
            #expect(!list.isEmpty)
            for (a, b) in zip(list, list.dropFirst()) { #expect(a.upperBound <= b.lowerBound) }
        }
    }

    @Test func withoutDocumentDateRelativeExpressionsAreSkipped() {
        let text = ScalarText("Last week officials met on September 9, 2021 and agreed to meet annually for two years.")
        let found = TimeTagger.expressions(in: text, documentDate: nil, language: .english)
        #expect(found.map(\.text) == ["September 9, 2021", "annually", "for two years"])
    }

    /// Deterministic random sentences over a vocabulary of tricky tokens: no crash, results sorted,
    /// disjoint, inside the text, and `text[range] == expression.text`.
    @Test(arguments: [Language.english, .spanish]) func randomTokenSoup(_ language: Language) {
        let vocabulary = [
            "May", "may", "March", "mar", "ago", "de", "del", "el", "la", "the", "last", "next", "this", "past",
            "week", "año", "años", "semana", "pasado", "próximo", "hace", "in", "over", "for", "the", "a", "mil",
            "millones", "million", "$", "US$", "MX$", "%", "por", "ciento", "-", "–", "/", ",", ".", ":", "'", "s",
            "9", "10", "31", "2021", "1,500", "1.500", "1,5", "0", "99999999999999999999", "FY", "Q", "H", "2",
            "early", "late", "mid", "a", "finales", "between", "and", "entre", "y", "from", "to", "more", "than",
            "más", "casi", "twice", "every", "cada", "veces", "times", "ago", "Tuesday", "martes", "today", "hoy",
            "mañana", "😀", "北京", "\n\n", "dollars", "pesos", "doses", "de", "1990s", "los", "noventa", "década",
        ]
        var state: UInt64 = language == .english ? 42 : 7
        func next(_ n: Int) -> Int {
            state = state &* 6364136223846793005 &+ 1442695040888963407
            return Int((state >> 33) % UInt64(n))
        }
        for _ in 0..<400 {
            var words: [String] = []
            for _ in 0..<(5 + next(25)) { words.append(vocabulary[next(vocabulary.count)]) }
            let sentence = words.joined(separator: next(3) == 0 ? "" : " ")
            let text = ScalarText(sentence)
            let times = TimeTagger.expressions(in: text, documentDate: Self.doc, language: language)
            let amounts = AmountTagger.amounts(in: text, language: language)
            for ranges in [times.map(\.range), amounts.map(\.range)] {
                for r in ranges { #expect(r.lowerBound >= 0 && r.upperBound <= text.count && !r.isEmpty) }
                for (a, b) in zip(ranges, ranges.dropFirst()) { #expect(a.upperBound <= b.lowerBound) }
            }
            for e in times { #expect(text[e.range] == e.text) }
            for a in amounts { #expect(text[a.range] == a.text) }
        }
    }
}
