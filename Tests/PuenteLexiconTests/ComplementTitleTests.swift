import Testing
import PuenteLexicon
import PuenteModel
import PuenteText

@Suite("Titles with a complement before an unknown name")
struct ComplementTitleTests {
    /// Text, expected id, country, title, quote of the mention.
    static let people: [(String, String, String?, String, String)] = [
        ("The U.S. Department of Labor announced the grant. Deputy Undersecretary for International Affairs Thea Lee will travel to Mexico City.",
         "person:thea-lee", "USA", "Deputy Undersecretary for International Affairs", "Deputy Undersecretary for International Affairs Thea Lee"),
        ("Under Secretary for Economic Growth Jose Fernandez met Mexican officials in Washington.",
         "person:jose-fernandez", nil, "Under Secretary for Economic Growth", "Under Secretary for Economic Growth Jose Fernandez"),
        ("México y Canadá firmaron. El subsecretario para Asuntos Multilaterales Juan Pérez Gómez habló.",
         "person:juan-perez-gomez", "MEX", "subsecretario para Asuntos Multilaterales", "subsecretario para Asuntos Multilaterales Juan Pérez Gómez"),
        ("Assistant Secretary for Western Hemisphere Affairs Brian A. Nichols traveled to Guatemala.",
         "person:brian-a-nichols", nil, "Assistant Secretary for Western Hemisphere Affairs", "Assistant Secretary for Western Hemisphere Affairs Brian A. Nichols"),
        ("The director of Mexico Labor Programs Ana de la Rosa spoke.",
         "person:ana-de-la-rosa", "MEX", "director of Mexico Labor Programs", "director of Mexico Labor Programs Ana de la Rosa"),
    ]

    @Test(arguments: people)
    func person(_ c: (String, String, String?, String, String)) throws {
        let t = ScalarText(c.0)
        let r = Fixture.resolver.resolve(t, documentID: "d", date: Fixture.day("2022-03-01"), language: nil)
        let a = try #require(r.actors.first { $0.id == c.1 }, "\(r.actors.map(\.id))")
        #expect(a.kind == .person)
        #expect(a.country == c.2)
        #expect(a.role?.title == c.3)
        let m = try #require(r.mentions.first { $0.actorID == c.1 })
        #expect(t[m.range] == c.4)
        // Mentions stay non-overlapping.
        for (x, y) in zip(r.mentions, r.mentions.dropFirst()) { #expect(x.range.upperBound <= y.range.lowerBound) }
    }

    /// Ordinary phrases after a title and a preposition: no person.
    static let notPeople: [String] = [
        "The Secretary for Economic Growth said the plan would work.",
        "Director of Labor Statistics Bureau reported new data.",
        "Under Secretary for Economic Growth Meets Business Leaders in Mexico.",
        "The Director of Public Affairs Office declined to comment.",
        "El subsecretario para América del Norte dijo que habrá acuerdo.",
        "Secretary of State for the first time visited Mexico.",
        "The Minister of Foreign Affairs of Mexico and Canada spoke.",
        "Ambassador for Trade and Investment Policy Review said nothing.",
    ]

    @Test(arguments: notPeople)
    func noPerson(_ text: String) {
        let r = Fixture.resolver.resolve(ScalarText(text), documentID: "d", date: Fixture.day("2022-03-01"), language: nil)
        #expect(r.actors.allSatisfy { $0.fromLexicon }, "\(r.actors.map(\.id))")
    }
}
