import Testing
import PuenteLexicon
import PuenteModel
import PuenteText

@Suite("Short forms and unknown people")
struct PeopleTests {
    static let shortForms: [Case] = [
        Case("Kamala Harris visited Mexico. Harris met López Obrador.", "2021-06-08", "Harris=person:kamala-harris"),
        Case("Marcelo Ebrard llegó. Ebrard dijo que sí.", "2021-06-08", "Ebrard=person:marcelo-ebrard"),
        Case("Ebrard said the talks went well.", "2021-06-08", "Ebrard=person:marcelo-ebrard"),
        Case("Blinken and Mayorkas arrived.", "2021-10-08", "Blinken=person:antony-blinken", "Mayorkas=person:alejandro-mayorkas"),
        Case("Katherine Tai spoke. Tai said the mechanism works.", "2021-10-08", "Tai=person:katherine-tai"),
        Case("Ken Salazar spoke. Later Salazar visited Monterrey.", "2022-10-08", "Salazar=person:ken-salazar"),
        Case("Jake Sullivan called. Sullivan said it went well.", "2022-10-08", "Sullivan=person:jake-sullivan"),
        Case("The Biden administration announced new rules.", "2022-10-08", "Biden=person:joe-biden"),
        Case("Trump threatened tariffs in 2019.", "2022-10-08", "Trump=person:donald-trump"),
        Case("Peña Nieto y Obama se reunieron.", "2013-05-02", "Peña Nieto=person:enrique-pena-nieto", "Obama=person:barack-obama"),
        Case("Sheinbaum Pardo habló con Trump.", "2025-02-01", "Sheinbaum Pardo=person:claudia-sheinbaum"),
        Case("Tatiana Clouthier viajó. La secretaria Clouthier dijo que sí.", "2021-06-08", "secretaria Clouthier=person:tatiana-clouthier"),
        Case("Said Videgaray: the deal is good.", "2017-06-08", "Videgaray=person:luis-videgaray"),
        Case("Mexico's López Obrador spoke.", "2021-06-08", "López Obrador=person:andres-manuel-lopez-obrador"),
    ]

    @Test(arguments: shortForms) func shortForm(_ c: Case) { check(c) }

    /// Text, date, expected unknown-person id, country, title.
    static let unknown: [(String, String, String, String?, String)] = [
        ("Deputy Secretary Jane Doe met officials.", "2022-03-01", "person:jane-doe", nil, "Deputy Secretary"),
        ("Secretary of Economy María Pérez Gómez spoke.", "2023-03-01", "person:maria-perez-gomez", "MEX", "Secretary of Economy"),
        ("El subsecretario Juan Pablo Ramírez habló.", "2022-03-01", "person:juan-pablo-ramirez", nil, "subsecretario"),
        ("Ambassador John Q. Public arrived.", "2022-03-01", "person:john-q-public", nil, "Ambassador"),
        ("La embajadora Ana María de la Vega llegó.", "2022-03-01", "person:ana-maria-de-la-vega", nil, "embajadora"),
        ("Senator Mary Jones objected.", "2022-03-01", "person:mary-jones", nil, "Senator"),
        ("Mexican Senator Olga Ruiz objected.", "2022-03-01", "person:olga-ruiz", "MEX", "Senator"),
        ("Assistant Secretary Brian Nichols traveled.", "2022-03-01", "person:brian-nichols", nil, "Assistant Secretary"),
        ("El canciller guatemalteco Mario Búcaro viajó.", "2022-03-01", "person:mario-bucaro", "GTM", "canciller"),
        ("Commissioner Jane Roe testified.", "2022-03-01", "person:jane-roe", nil, "Commissioner"),
        ("El secretario de Hacienda Pedro Páramo habló.", "1999-03-01", "person:pedro-paramo", "MEX", "Secretary of Finance and Public Credit"),
        ("Under Secretary Uzra Zeya visited.", "2022-03-01", "person:uzra-zeya", nil, "Under Secretary"),
        ("Sen. Bob Menendez criticized the ATF.", "2022-03-01", "person:bob-menendez", nil, "Sen"),
        ("Gov. Greg Abbott said Texas would continue.", "2022-03-01", "person:greg-abbott", nil, "Gov"),
        ("Deputy U.S. Trade Representative Jayme White attended.", "2022-09-12", "person:jayme-white", "USA", "Deputy U.S. Trade Representative"),
        ("Former Secretary of State Jane Roe spoke.", "2022-09-12", "person:jane-roe", "USA", "Former Secretary of State"),
    ]

    @Test(arguments: unknown)
    func unknownPerson(_ c: (String, String, String, String?, String)) throws {
        let r = Fixture.resolver.resolve(ScalarText(c.0), documentID: "d", date: Fixture.day(c.1), language: nil)
        let a = try #require(r.actors.first { $0.id == c.2 }, "\(r.actors.map(\.id))")
        #expect(a.fromLexicon == false)
        #expect(a.kind == .person)
        #expect(a.country == c.3)
        #expect(a.role?.title == c.4)
        #expect(r.mentions.first { $0.actorID == c.2 }?.how == .unknownPerson)
    }

    static let notPeople: [String] = [
        "The Secretary said Washington would respond.",
        "Ambassador to the OAS.",
        "Secretary of State. Jane Doe spoke later.",
        "The secretary general spoke about Human Rights.",
        "Minister, The Economy Is Strong.",
        "President of the Senate.",
        "Deputy Secretary jane doe.",
        "Secretary Smith spoke.",
    ]

    @Test(arguments: notPeople)
    func noUnknownPersonWithoutTitleAndTwoNames(_ text: String) {
        let r = Fixture.resolver.resolve(ScalarText(text), documentID: "d", date: Fixture.day("2022-03-01"), language: nil)
        #expect(r.actors.allSatisfy { $0.fromLexicon }, "\(r.actors.map(\.id))")
    }

    static let modifiers: [Negative] = [
        Negative("The former president spoke about Mexico.", "2022-03-01", "person:joe-biden", "person:andres-manuel-lopez-obrador"),
        Negative("The deputy secretary of economy visited.", "2022-03-01", "person:tatiana-clouthier"),
        Negative("La representante comercial adjunta visitó México.", "2022-03-01", "person:katherine-tai"),
        Negative("Former U.S. Trade Representative spoke.", "2022-03-01", "person:katherine-tai"),
    ]

    @Test(arguments: modifiers)
    func deputyAndFormerAreNotTheHolder(_ c: Negative) {
        let ids = Fixture.ids(c.text, c.date)
        for a in c.absent { #expect(!ids.contains(a), "\(a) in \(ids)") }
    }

    static let variants: [Case] = [
        Case("Secretary of Finance and Public Credit Rogelio Ramírez spoke.", "2022-09-12", "Secretary of Finance and Public Credit Rogelio Ramírez=person:rogelio-ramirez-de-la-o"),
        Case("Former President Donald Trump threatened tariffs.", "2022-03-01", "Former President Donald Trump=person:donald-trump"),
        Case("former President Obama launched the HLED.", "2021-09-09", "former President Obama=person:barack-obama"),
        Case("El expresidente Peña Nieto viajó.", "2021-09-09", "Peña Nieto=person:enrique-pena-nieto"),
    ]

    @Test(arguments: variants) func nameVariant(_ c: Case) { check(c) }

    @Test func knownPersonByUnlistedVariantSlug() {
        let ids = Fixture.ids("Secretary Alejandro Mayorkas spoke.", "2022-03-01")
        #expect(ids == ["person:alejandro-mayorkas"])
    }
}
