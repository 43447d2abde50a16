import Testing
import PuenteLexicon
import PuenteModel
import PuenteText

@Suite("Offsets, evidence and hostile input")
struct RobustnessTests {
    static let texts: [String] = [
        "",
        " ",
        "🇲🇽🇺🇸 México 🤝 EE.UU. — Ebrard 👍🏽 Blinken",
        "Café ☕️ with Secretary Blinken in Ciudad de México 🇲🇽.",
        "\u{0}\u{1}\u{7F} Mexico \u{FFFD}\u{FFFD} U.S.",
        String(repeating: "U.S.", count: 1000),
        String(repeating: "'s", count: 500),
        String(repeating: ".", count: 500) + "Mexico",
        "Secretary Secretary Secretary Secretary",
        "e\u{301}brard Ebrard ÉBRARD",
        "Ｍｅｘｉｃｏ full-width and Ελλάδα and 中国 and Россия",
    ]

    @Test(arguments: texts)
    func evidenceQuotesMatchOffsets(_ s: String) {
        let t = ScalarText(s)
        let r = Fixture.resolver.resolve(t, documentID: "doc", date: Fixture.day("2021-10-08"), language: .english)
        var last = 0
        for m in r.mentions {
            #expect(m.range.lowerBound >= last && m.range.upperBound <= t.count && !m.range.isEmpty)
            last = m.range.upperBound
        }
        for a in r.actors {
            for e in a.mentions { #expect(e.isFaithful(to: s)) }
        }
        _ = Fixture.resolver.mechanismMentions(in: t)
    }

    @Test func oneMegabyteOfGarbage() {
        var g = SystemRandomNumberGenerator()
        var scalars = String.UnicodeScalarView()
        for _ in 0..<1_000_000 {
            let v = UInt32.random(in: 0...0x1F9FF, using: &g)
            if let u = Unicode.Scalar(v) { scalars.append(u) }
        }
        let t = ScalarText(String(scalars))
        let r = Fixture.resolver.resolve(t, documentID: "g", date: nil, language: nil)
        for m in r.mentions { #expect(m.range.upperBound <= t.count) }
    }

    @Test func actorsGroupMentions() throws {
        let s = "Marcelo Ebrard met Blinken. Ebrard said Mexico and Mexico's partners agreed."
        let r = Fixture.resolver.resolve(ScalarText(s), documentID: "doc", date: Fixture.day("2021-10-08"), language: .english)
        #expect(r.actors.map(\.id) == ["person:marcelo-ebrard", "person:antony-blinken", "MEX"])
        let ebrard = try #require(r.actors.first)
        #expect(ebrard.mentions.map(\.quote) == ["Marcelo Ebrard", "Ebrard"])
        #expect(ebrard.mentions[0].start == 0 && ebrard.mentions[0].end == 14)
        #expect(ebrard.sector == "GOV" && ebrard.country == "MEX" && ebrard.fromLexicon)
        #expect(r.mentions.first { $0.actorID == "MEX" }?.kind == .country)
        #expect(r.mentions.map(\.how) == [.name, .shortForm, .shortForm, .name, .name])
    }

    @Test func offsetsCountScalarsNotGraphemes() {
        let s = "👍🏽🇲🇽 Ebrard"
        let t = ScalarText(s)
        let r = Fixture.resolver.resolve(t, documentID: "doc", date: nil, language: nil)
        #expect(r.mentions.first?.range == 5..<11)
    }
}
