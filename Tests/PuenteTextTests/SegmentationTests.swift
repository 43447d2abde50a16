import PuenteModel
import Testing
@testable import PuenteText

@Suite struct SegmentationTests {
    static func split(_ text: String) -> [String] {
        TextSegmenter.sentences(in: ScalarText(text)).map(\.text)
    }

    @Test(arguments: [
        ("The U.S. and Mexico met. They agreed.", ["The U.S. and Mexico met.", "They agreed."]),
        ("Officials met in Washington, D.C. on Monday.", ["Officials met in Washington, D.C. on Monday."]),
        ("The U.S.-Mexico dialogue resumed. It met again.", ["The U.S.-Mexico dialogue resumed.", "It met again."]),
        ("Mr. Salazar met Sen. Brown and Gov. Abbott.", ["Mr. Salazar met Sen. Brown and Gov. Abbott."]),
        ("It began on Jan. 5 and ended Sept. 9. No more.", ["It began on Jan. 5 and ended Sept. 9.", "No more."]),
        ("Trade grew 3.5 percent. Exports rose.", ["Trade grew 3.5 percent.", "Exports rose."]),
        ("John F. Kennedy spoke. Then Dr. Ruiz spoke.", ["John F. Kennedy spoke.", "Then Dr. Ruiz spoke."]),
        ("She said \"we will.\" Then she left.", ["She said \"we will.\"", "Then she left."]),
        ("He paused… Then he went on.", ["He paused…", "Then he went on."]),
        ("Wait... and see.", ["Wait... and see."]),
        ("It rose in the U.S. The next day it fell.", ["It rose in the U.S.", "The next day it fell."]),
        ("La Sra. Bárcena habló con el Lic. Ebrard. Luego se fue.", ["La Sra. Bárcena habló con el Lic. Ebrard.", "Luego se fue."]),
        ("México y EE.UU. firmaron. ¿Qué sigue? ¡Mucho!", ["México y EE.UU. firmaron.", "¿Qué sigue?", "¡Mucho!"]),
        ("See Executive Order No. 14010 for details.", ["See Executive Order No. 14010 for details."]),
        ("“We agree,” he said. “Good.”", ["“We agree,” he said.", "“Good.”"]),
    ])
    func splitsProse(text: String, expected: [String]) {
        #expect(Self.split(text) == expected)
    }

    @Test func headingsAndListItemsAreSentencesOfTheirOwn() {
        let text = """
        Joint Statement on Trade

        The two governments agreed on three pillars:
        • Building Back Together
        • Promoting Sustainable Development. It matters.
        2. Securing Supply Chains
        """
        let sentences = TextSegmenter.sentences(in: ScalarText(text))
        #expect(sentences.map(\.kind) == [.heading, .prose, .listItem, .listItem, .listItem])
        #expect(sentences.map(\.paragraph) == [0, 1, 1, 1, 1])
        #expect(sentences[3].text == "• Promoting Sustainable Development. It matters.")
    }

    @Test func tokensKeepAbbreviationsNumbersAndOffsets() {
        let text = ScalarText("The U.S.-Mexico pledge: $1,500.50 (3.5%) on 2021-09-09.")
        let sentence = TextSegmenter.sentences(in: text)[0]
        #expect(sentence.tokens.map(\.text) == ["The", "U.S.-Mexico", "pledge", ":", "$", "1,500.50", "(", "3.5", "%", ")", "on", "2021-09-09", "."])
        #expect(sentence.tokens.map(\.kind)[4...5] == [.symbol, .number])
        for token in sentence.tokens { #expect(text[token.range] == token.text) }
    }

    @Test(arguments: [
        "", "\n\n\n", "   ", "🇲🇽 México 🇺🇸 — “acuerdo” …\n\n• ítem", String(repeating: "a. ", count: 5000),
        "Ünïcödé façade: naïve café. Éxito. Ñandú 😀😀. U.S. 1.5. ...", "\u{0}\u{1}\u{FFFD} binary \u{7F}.",
    ])
    func offsetsAreFaithfulOnAnyInput(_ input: String) {
        checkFaithful(input)
    }

    @Test func offsetsAreFaithfulOnRandomInput() {
        var generator = SplitMix64(seed: 42)
        let alphabet = Array("aB .,!?…\"“”'’()\n\n•-1234567890éñÜ😀U.S.Mr.Dr.¿¡ \t".unicodeScalars)
        for _ in 0..<300 {
            let length = Int(generator.next() % 300)
            var view = String.UnicodeScalarView()
            for _ in 0..<length { view.append(alphabet[Int(generator.next() % UInt64(alphabet.count))]) }
            checkFaithful(String(view))
        }
    }

    private func checkFaithful(_ input: String) {
        let text = ScalarText(input)
        var last = 0
        for sentence in TextSegmenter.sentences(in: text) {
            #expect(text[sentence.range] == sentence.text)
            #expect(!sentence.text.isEmpty)
            #expect(sentence.range.lowerBound >= last)
            last = sentence.range.upperBound
            for token in sentence.tokens {
                #expect(text[token.range] == token.text)
                #expect(sentence.range.contains(token.range.lowerBound))
            }
        }
    }
}

/// A small deterministic generator so random tests repeat exactly.
struct SplitMix64: RandomNumberGenerator {
    var state: UInt64
    init(seed: UInt64) { state = seed }
    mutating func next() -> UInt64 {
        state &+= 0x9E37_79B9_7F4A_7C15
        var z = state
        z = (z ^ (z >> 30)) &* 0xBF58_476D_1CE4_E5B9
        z = (z ^ (z >> 27)) &* 0x94D0_49BB_1331_11EB
        return z ^ (z >> 31)
    }
}

@Suite struct LongSentenceTests {
    @Test func runOnTextIsCutIntoBoundedPiecesAtClauseMarks() {
        let clause = "the United States and Mexico met again, "
        let input = String(repeating: clause, count: 500) + "and agreed."
        let text = ScalarText(input)
        let sentences = TextSegmenter.sentences(in: text)
        #expect(sentences.count > 1)
        for sentence in sentences {
            #expect(sentence.range.count <= TextSegmenter.maximumSentenceLength)
            #expect(text[sentence.range] == sentence.text)
        }
        #expect(sentences.dropLast().allSatisfy { $0.text.hasSuffix(",") })
        #expect(sentences.map(\.text).joined(separator: " ") == input)
    }

    @Test func aSentenceOfOneLongWordIsCutAtTheLimit() {
        let text = ScalarText(String(repeating: "x", count: 4_500))
        #expect(TextSegmenter.sentences(in: text).map(\.range.count) == [2_000, 2_000, 500])
    }
}
