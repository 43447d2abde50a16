import Testing
import PuenteLexicon

@Suite("Titles with surnames, role phrases by date")
struct RoleTests {
    static let titleAndSurname: [Case] = [
        Case("Secretary Blinken met his counterpart.", "2022-01-10", "Secretary Blinken=person:antony-blinken"),
        Case("Ambassador Salazar visited Monterrey.", "2022-06-01", "Ambassador Salazar=person:ken-salazar"),
        Case("El canciller Ebrard viajó a Washington.", "2021-08-10", "canciller Ebrard=person:marcelo-ebrard"),
        Case("Foreign Minister Ebrard said the talks went well.", "2021-08-10", "Foreign Minister Ebrard=person:marcelo-ebrard"),
        Case("La secretaria Bárcena habló con Blinken.", "2023-10-05", "secretaria Bárcena=person:alicia-barcena", "Blinken=person:antony-blinken"),
        Case("Ambassador Bárcena met congressional leaders.", "2019-06-01", "Ambassador Bárcena=person:martha-barcena"),
        Case("President Biden hosted the summit.", "2021-11-18", "President Biden=person:joe-biden"),
        Case("Vice President Harris traveled to Mexico.", "2021-06-08", "Vice President Harris=person:kamala-harris"),
        Case("Vice President Biden traveled to Mexico.", "2013-09-20", "Vice President Biden=person:joe-biden"),
        Case("President López Obrador received the delegation.", "2021-10-08", "President López Obrador=person:andres-manuel-lopez-obrador"),
        Case("La presidenta Sheinbaum respondió.", "2025-03-01", "presidenta Sheinbaum=person:claudia-sheinbaum"),
        Case("Secretary Mayorkas met Secretary Rodríguez.", "2022-01-10", "Secretary Mayorkas=person:alejandro-mayorkas", "Secretary Rodríguez=person:rosa-icela-rodriguez"),
        Case("Secretary Kelly visited the border.", "2017-03-01", "Secretary Kelly=person:john-kelly"),
        Case("Secretary Johnson visited the border.", "2014-07-01", "Secretary Johnson=person:jeh-johnson"),
        Case("Ambassador Johnson arrived in Mexico City.", "2025-06-01", "Ambassador Johnson=person:ronald-johnson"),
        Case("Ambassador Landau tweeted in Spanish.", "2020-02-01", "Ambassador Landau=person:christopher-landau"),
        Case("Deputy Secretary Landau visited Mexico City.", "2025-05-01", "Deputy Secretary Landau=person:christopher-landau"),
        Case("Attorney General Garland announced charges.", "2023-04-14", "Attorney General Garland=person:merrick-garland"),
        Case("El fiscal Gertz Manero respondió.", "2022-01-10", "fiscal Gertz Manero=person:alejandro-gertz-manero"),
        Case("Secretaria Clouthier met Ambassador Tai.", "2021-08-10", "Secretaria Clouthier=person:tatiana-clouthier"),
        Case("Trade Representative Tai filed a request.", "2021-08-10", "Trade Representative Tai=person:katherine-tai"),
        Case("Secretary of State Antony Blinken met Foreign Secretary Marcelo Ebrard.", "2021-10-08", "Secretary of State Antony Blinken=person:antony-blinken", "Foreign Secretary Marcelo Ebrard=person:marcelo-ebrard"),
        Case("Secretary of Foreign Relations Marcelo Ebrard spoke.", "2021-10-08", "Secretary of Foreign Relations Marcelo Ebrard=person:marcelo-ebrard"),
        Case("Mexican President Andrés Manuel López Obrador spoke.", "2021-10-08", "Mexican President Andrés Manuel López Obrador=person:andres-manuel-lopez-obrador"),
        Case("U.S. Ambassador Ken Salazar spoke.", "2022-10-08", "U.S. Ambassador Ken Salazar=person:ken-salazar"),
        Case("General Sandoval reviewed the troops.", "2021-10-08", "General Sandoval=person:luis-cresencio-sandoval"),
        Case("Prime Minister Trudeau arrived.", "2023-01-09", "Prime Minister Trudeau=person:justin-trudeau"),
        Case("Secretary Rubio called Foreign Secretary de la Fuente.", "2025-02-01", "Secretary Rubio=person:marco-rubio", "Foreign Secretary de la Fuente=person:juan-ramon-de-la-fuente"),
    ]

    static let rolePhrases: [Case] = [
        Case("The Secretary of State said the talks were productive.", "2015-05-01", "Secretary of State=person:john-kerry"),
        Case("The Secretary of State said the talks were productive.", "2022-05-01", "Secretary of State=person:antony-blinken"),
        Case("The Secretary of State arrived.", "2018-06-01", "Secretary of State=person:mike-pompeo"),
        Case("The Secretary of State arrived.", "2011-06-01", "Secretary of State=person:hillary-clinton"),
        Case("The Secretary of State arrived.", "2025-06-01", "Secretary of State=person:marco-rubio"),
        Case("El secretario de Estado llegó a México.", "2021-10-08", "secretario de Estado=person:antony-blinken"),
        Case("The vice president traveled to Guatemala.", "2021-06-07", "vice president=person:kamala-harris"),
        Case("The vice president spoke.", "2018-06-07", "vice president=person:mike-pence"),
        Case("The U.S. Trade Representative filed the request.", "2021-07-12", "U.S. Trade Representative=person:katherine-tai"),
        Case("The U.S. Trade Representative negotiated the USMCA.", "2018-09-30", "U.S. Trade Representative=person:robert-lighthizer"),
        Case("La representante comercial de Estados Unidos visitó México.", "2022-05-01", "representante comercial de Estados Unidos=person:katherine-tai"),
        Case("El secretario de Hacienda viajó a Washington.", "2021-09-09", "secretario de Hacienda=person:rogelio-ramirez-de-la-o"),
        Case("El secretario de Hacienda viajó a Washington.", "2014-09-09", "secretario de Hacienda=person:luis-videgaray"),
        Case("La secretaria de Economía anunció aranceles.", "2023-08-15", "secretaria de Economía=person:raquel-buenrostro"),
        Case("La secretaria de Economía anunció.", "2021-08-15", "secretaria de Economía=person:tatiana-clouthier"),
        Case("The Secretary of Economy announced tariffs.", "2017-08-15", "Secretary of Economy=person:ildefonso-guajardo"),
        Case("El secretario de Economía, Marcelo Ebrard, viajó.", "2025-02-01", "secretario de Economía=person:marcelo-ebrard"),
        Case("The Mexican president spoke about vaccines.", "2021-03-19", "Mexican president=person:andres-manuel-lopez-obrador"),
        Case("The Mexican president spoke.", "2016-03-19", "Mexican president=person:enrique-pena-nieto"),
        Case("The Mexican president spoke.", "2025-03-19", "Mexican president=person:claudia-sheinbaum"),
        Case("El presidente de México habló.", "2021-03-19", "presidente de México=person:andres-manuel-lopez-obrador"),
        Case("El presidente de Estados Unidos habló.", "2021-03-19", "presidente de Estados Unidos=person:joe-biden"),
        Case("El presidente estadounidense habló.", "2019-03-19", "presidente estadounidense=person:donald-trump"),
        Case("The U.S. President spoke.", "2012-03-19", "U.S. President=person:barack-obama"),
        Case("Mexico's president said.", "2022-03-19", "Mexico's president=person:andres-manuel-lopez-obrador"),
        Case("El canciller mexicano respondió.", "2016-03-01", "canciller mexicano=person:claudia-ruiz-massieu"),
        Case("Mexico's foreign minister said.", "2018-03-01", "Mexico's foreign minister=person:luis-videgaray"),
        Case("The U.S. ambassador to Mexico said.", "2022-03-01", "U.S. ambassador to Mexico=person:ken-salazar"),
        Case("The ambassador to Mexico said.", "2017-03-01", "ambassador to Mexico=person:roberta-jacobson"),
        Case("El embajador de Estados Unidos en México dijo.", "2020-03-01", "embajador de Estados Unidos=person:christopher-landau"),
        Case("The Mexican ambassador met lawmakers.", "2019-03-01", "Mexican ambassador=person:martha-barcena"),
        Case("The Homeland Security Secretary visited.", "2019-03-01", "Homeland Security Secretary=person:kirstjen-nielsen"),
        Case("The Treasury Secretary spoke.", "2022-03-01", "Treasury Secretary=person:janet-yellen"),
        Case("The national security adviser spoke.", "2022-03-01", "national security adviser=person:jake-sullivan"),
        Case("The homeland security adviser led the delegation.", "2021-10-08", "homeland security adviser=person:elizabeth-sherwood-randall"),
        Case("The Commerce Secretary visited.", "2022-03-01", "Commerce Secretary=person:gina-raimondo"),
        Case("El secretario de la Defensa Nacional informó.", "2022-03-01", "secretario de la Defensa Nacional=person:luis-cresencio-sandoval"),
        Case("El secretario de Marina informó.", "2025-03-01", "secretario de Marina=person:raymundo-pedro-morales-angeles"),
        Case("El secretario de Seguridad informó.", "2025-03-01", "secretario de Seguridad=person:omar-garcia-harfuch"),
        Case("El fiscal general de la República dijo.", "2020-03-01", "fiscal general de la República=person:alejandro-gertz-manero"),
        Case("The DEA Administrator testified.", "2022-03-01", "DEA Administrator=person:anne-milgram"),
        Case("The drug czar spoke.", "2022-03-01", "drug czar=person:rahul-gupta"),
        Case("El secretario de Gobernación dijo.", "2022-03-01", "secretario de Gobernación=person:adan-augusto-lopez-hernandez"),
        Case("The Secretary of State spoke.", nil, "Secretary of State=USA.GOV.STATE"),
        Case("La Secretaría de Relaciones Exteriores envió una nota.", "2021-05-10", "Secretaría de Relaciones Exteriores=MEX.GOV.SRE"),
        Case("La secretaria de Relaciones Exteriores envió una nota.", "2024-05-10", "secretaria de Relaciones Exteriores=person:alicia-barcena"),
        Case("La Secretaría de Economía y la secretaria de Economía.", "2022-05-10", "Secretaría de Economía=MEX.GOV.SE", "secretaria de Economía=person:tatiana-clouthier"),
        Case("The U.S. Energy Secretary met Mexico's secretaria de Energía.", "2022-03-01", "U.S. Energy Secretary=person:jennifer-granholm", "Mexico's secretaria de Energía=person:rocio-nahle"),
        Case("El secretario de Energía de Estados Unidos llegó.", "2014-03-01", "secretario de Energía de Estados Unidos=person:ernest-moniz"),
        Case("Canada's foreign minister said.", "2022-03-01", "Canada's foreign minister=person:melanie-joly"),
        Case("The Canadian prime minister said.", "2016-03-01", "Canadian prime minister=person:justin-trudeau"),
        Case("The Guatemalan president said.", "2017-03-01", "Guatemalan president=person:jimmy-morales"),
        Case("The Cuban president said.", "2015-03-01", "Cuban president=person:raul-castro"),
    ]

    static let context: [Case] = [
        Case("López Obrador met the delegation. The president said he was pleased.", "2021-10-08", "president=person:andres-manuel-lopez-obrador"),
        Case("El presidente López Obrador dijo que el presidente no viajará.", "2021-03-01", "presidente=person:andres-manuel-lopez-obrador"),
        Case("Biden called Mexico. The president thanked Mexico for its help.", "2021-03-01", "president=person:joe-biden"),
        Case("The president spoke. Later, Sheinbaum took questions.", "2025-03-01", "president=person:claudia-sheinbaum"),
        Case("El canciller habló con Ebrard.", "2021-03-01", "canciller=person:marcelo-ebrard"),
        Case("El presidente viajará a Washington, dijo el gobierno de México.", "2021-03-01", "presidente=person:andres-manuel-lopez-obrador"),
    ]

    @Test(arguments: titleAndSurname) func titleThenSurname(_ c: Case) { check(c) }
    @Test(arguments: rolePhrases) func roleByDate(_ c: Case) { check(c) }
    @Test(arguments: context) func presidentFromContext(_ c: Case) { check(c) }

    @Test func presidentUnresolvedWithoutContext() {
        #expect(Fixture.ids("The president spoke about the United States and Mexico.", "2021-03-01").allSatisfy { !$0.hasPrefix("person:") })
    }

    @Test func roleIsTheRoleAtTheDocumentDate() throws {
        let r = Fixture.resolver.resolve(.init("Marcelo Ebrard spoke."), documentID: "d", date: Fixture.day("2021-08-10"), language: .english)
        #expect(r.actors.first?.role?.title == "Secretary of Foreign Affairs")
        #expect(r.actors.first?.role?.org == "MEX.GOV.SRE")
        let later = Fixture.resolver.resolve(.init("Marcelo Ebrard spoke."), documentID: "d", date: Fixture.day("2025-01-10"), language: .english)
        #expect(later.actors.first?.role?.org == "MEX.GOV.SE")
        let between = Fixture.resolver.resolve(.init("Marcelo Ebrard spoke."), documentID: "d", date: Fixture.day("2023-12-01"), language: .english)
        #expect(between.actors.first?.role == nil)
    }
}

func check(_ c: Case) {
    let got = Fixture.mentions(c.text, c.date)
    for e in c.expected { #expect(got.contains(e), "\(e) not in \(got)") }
}
