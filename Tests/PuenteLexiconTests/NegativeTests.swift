import Testing
import PuenteLexicon

/// A sentence and actor ids (or quotes) that must not be found.
struct Negative: CustomTestStringConvertible, Sendable {
    var text: String
    var date: String?
    var absent: [String]
    init(_ text: String, _ date: String? = nil, _ absent: String...) { self.text = text; self.date = date; self.absent = absent }
    var testDescription: String { text }
}

@Suite("Phrases that must not match")
struct NegativeTests {
    static let cases: [Negative] = [
        Negative("The Washington Post reported the story.", nil, "USA"),
        Negative("She studied at the University of Washington.", nil, "USA"),
        Negative("Officials in Washington State disagreed.", nil, "USA"),
        Negative("George Washington crossed the Delaware.", nil, "USA"),
        Negative("The Washington Consensus shaped policy.", nil, "USA"),
        Negative("He ran the Mexico City Marathon.", nil, "MEX"),
        Negative("Maratón de la Ciudad de México.", nil, "MEX"),
        Negative("Albuquerque, New Mexico, is hot.", nil, "MEX"),
        Negative("Oil rigs in the Gulf of Mexico.", nil, "MEX"),
        Negative("Pozos en el Golfo de México.", nil, "MEX"),
        Negative("The State of Mexico elected a governor.", nil, "MEX"),
        Negative("El Estado de México eligió gobernadora.", nil, "MEX"),
        Negative("Carlos Salazar, a business leader, spoke.", "2022-03-01", "person:ken-salazar"),
        Negative("Carlos Salazar said the CCE supports the reform.", "2022-03-01", "person:ken-salazar"),
        Negative("Sarah Harris, a local teacher, spoke.", "2022-03-01", "person:kamala-harris"),
        Negative("Harris said the city would grow.", "2022-03-01", "person:kamala-harris"),
        Negative("John Smith met Mary Johnson.", "2022-03-01", "person:jeh-johnson", "person:ronald-johnson"),
        Negative("Latin America and Central America grew.", nil, "USA"),
        Negative("North American exports rose.", nil, "USA"),
        Negative("Inter-American ties matter.", nil, "USA"),
        Negative("América Latina crece.", nil, "USA"),
        Negative("Tell us what you think.", nil, "USA"),
        Negative("Se espera que se firme.", nil, "MEX.GOV.SE"),
        Negative("Un acuerdo fue firmado por un juez.", nil, "IGO.UN"),
        Negative("Who decides? The dean will.", nil, "IGO.WHO"),
        Negative("The Mexican peso rose.", nil, "MEX"),
        Negative("Mexican food is popular.", nil, "MEX"),
        Negative("Traveled to Mexico City for talks.", nil, "MEX"),
        Negative("Mayorkas held talks in Mexico City.", "2021-10-08", "MEX"),
        Negative("The talks were in Washington, D.C.", nil, "USA"),
        Negative("The president of the club resigned.", "2021-03-01", "person:joe-biden", "person:andres-manuel-lopez-obrador"),
        Negative("They went to New Mexico. City officials met them.", nil, "MEX"),
        Negative("Ken Salazar's china collection.", "2022-03-01", "CHN"),
        Negative("We ate turkey and stuffing.", nil, "TUR"),
        Negative("The Secretary General of the party spoke.", nil, "person:secretary-general"),
        Negative("The State of the Union was long.", nil, "USA.GOV.STATE"),
        Negative("The Voice of America broadcast it.", nil, "USA"),
        Negative("Bank of America raised rates.", nil, "USA"),
        Negative("The Native American tribes met.", nil, "USA"),
        Negative("United States–Mexico–Canada Agreement", nil, "USA", "MEX", "CAN"),
        Negative("FIRMAN UN ACUERDO HISTÓRICO", nil, "IGO.UN"),
        Negative("WHO WILL PAY FOR THE WALL?", nil, "IGO.WHO"),
        Negative("A federal court in Jalisco ruled.", nil, "USA.JUD"),
        Negative("The President of the Senate opened the session. Biden spoke later.", "2022-03-01", "USA.GOV"),
        Negative("El presidente municipal de Tijuana habló con López Obrador.", "2022-03-01", "MEX.GOV"),
        Negative("La presidenta de la Mesa Directiva del Senado recibió a Sheinbaum.", "2025-03-01", "MEX.GOV"),
        Negative("Secretary General Luis Almagro spoke.", "2022-03-01", "person:general-luis-almagro"),
    ]

    @Test(arguments: cases)
    func doesNotMatch(_ c: Negative) {
        let ids = Fixture.ids(c.text, c.date)
        for a in c.absent where !a.isEmpty { #expect(!ids.contains(a), "\(a) in \(ids)") }
    }
}
