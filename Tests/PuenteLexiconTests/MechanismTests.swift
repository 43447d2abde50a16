import Testing
import PuenteLexicon
import PuenteModel
import PuenteText

@Suite("Mechanisms")
struct MechanismTests {
    static let cases: [(String, [String])] = [
        ("The HLED met in Washington.", ["HLED=HLED"]),
        ("the High-Level Economic Dialogue resumed", ["High-Level Economic Dialogue=HLED"]),
        ("El Diálogo Económico de Alto Nivel (DEAN) se reanudó.", ["Diálogo Económico de Alto Nivel=HLED", "DEAN=HLED"]),
        ("el dialogo economico de alto nivel", ["dialogo economico de alto nivel=HLED"]),
        ("The U.S.-Mexico High-Level Security Dialogue", ["U.S.-Mexico High-Level Security Dialogue=HLSD"]),
        ("el Diálogo de Alto Nivel sobre Seguridad", ["Diálogo de Alto Nivel sobre Seguridad=HLSD"]),
        ("the Bicentennial Framework for Security, Public Health, and Safe Communities", ["Bicentennial Framework for Security, Public Health, and Safe Communities=BICENTENNIAL-FRAMEWORK"]),
        ("el Entendimiento Bicentenario", ["Entendimiento Bicentenario=BICENTENNIAL-FRAMEWORK"]),
        ("the Mérida Initiative and the Merida Initiative", ["Mérida Initiative=MERIDA", "Merida Initiative=MERIDA"]),
        ("la Iniciativa Mérida", ["Iniciativa Mérida=MERIDA"]),
        ("USMCA, T-MEC, CUSMA and ACEUM", ["USMCA=USMCA", "T-MEC=USMCA", "CUSMA=USMCA", "ACEUM=USMCA"]),
        ("the United States-Mexico-Canada Agreement", ["United States-Mexico-Canada Agreement=USMCA"]),
        ("NAFTA and TLCAN", ["NAFTA=NAFTA", "TLCAN=NAFTA"]),
        ("the Rapid Response Labor Mechanism", ["Rapid Response Labor Mechanism=USMCA-RRM"]),
        ("under the Rapid Response Mechanism (RRM)", ["Rapid Response Mechanism=USMCA-RRM", "RRM=USMCA-RRM"]),
        ("el Mecanismo Laboral de Respuesta Rápida", ["Mecanismo Laboral de Respuesta Rápida=USMCA-RRM"]),
        ("the North American Leaders' Summit", ["North American Leaders' Summit=NALS"]),
        ("la Cumbre de Líderes de América del Norte", ["Cumbre de Líderes de América del Norte=NALS"]),
        ("the Trilateral Fentanyl Committee", ["Trilateral Fentanyl Committee=TRILATERAL-FENTANYL-COMMITTEE"]),
        ("the 21st Century Border Management", ["21st Century Border Management=21ST-CENTURY-BORDER"]),
        ("MUSEIC met", ["MUSEIC=MEXICO-US-ENTREPRENEURSHIP-INNOVATION-COUNCIL"]),
        ("the U.S.-Mexico CEO Dialogue", ["U.S.-Mexico CEO Dialogue=US-MEXICO-CEO-DIALOGUE"]),
        ("a Supply Chain Working Group", ["Supply Chain Working Group=SUPPLY-CHAIN-WORKING-GROUP"]),
        ("the dean of the faculty and a rrm", []),
        ("the united states-mexico-canada agreement", ["united states-mexico-canada agreement=USMCA"]),
    ]

    @Test(arguments: cases)
    func findsMechanism(_ c: (String, [String])) {
        let t = ScalarText(c.0)
        let got = Fixture.resolver.mechanismMentions(in: t).map { "\(t[$0.range])=\($0.mechanismID)" }
        if c.1.isEmpty { #expect(got.isEmpty, "\(got)") }
        for e in c.1 { #expect(got.contains(e), "\(e) not in \(got)") }
    }

    @Test func hledEntry() throws {
        let m = try #require(Fixture.lexicon.mechanism(id: "HLED"))
        #expect(m.kind == .dialogue)
        #expect(m.members == ["USA", "MEX"])
        #expect(m.established == .month(year: 2013, month: 5))
        #expect(m.relaunched == .day(year: 2021, month: 9, day: 9))
        #expect(m.cadence == ISODuration(years: 1))
        #expect(m.aliases.contains("DEAN"))
        #expect(m.nameES == "Diálogo Económico de Alto Nivel")
        #expect(Fixture.lexicon.mechanisms.count >= 20)
    }

    @Test(arguments: [
        ("U.S.-Mexico Energy Business Council", "US-MEXICO-ENERGY-BUSINESS-COUNCIL"),
        ("the Supply Chain Working Group", "SUPPLY-CHAIN-WORKING-GROUP"),
        ("Grupo de Trabajo de Migración", "GRUPO-DE-TRABAJO-DE-MIGRACION"),
        ("High-Level Economic Dialogue", "HIGH-LEVEL-ECONOMIC-DIALOGUE"),
        ("21st Century Border", "21ST-CENTURY-BORDER"),
    ])
    func mechanismID(_ c: (String, String)) {
        #expect(Lexicon.mechanismID(forName: c.0) == c.1)
    }

    @Test(arguments: [("Marcelo Ebrard", "marcelo-ebrard"), ("Alicia Bárcena", "alicia-barcena"),
                      ("Andrés Manuel López Obrador", "andres-manuel-lopez-obrador"), ("Robert O'Brien", "robert-obrien"),
                      ("Juan Ramón de la Fuente", "juan-ramon-de-la-fuente"), ("H.R. McMaster", "hr-mcmaster")])
    func slug(_ c: (String, String)) { #expect(Lexicon.slug(c.0) == c.1) }
}
