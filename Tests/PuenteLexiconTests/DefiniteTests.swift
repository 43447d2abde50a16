import Testing
import PuenteLexicon
import PuenteModel
import PuenteText

@Suite("Definite descriptions of bodies: the department, la dependencia")
struct DefiniteTests {
    static let resolved: [Case] = [
        Case("The U.S. Department of Labor today awarded a grant. The department will fund training for labor judges.",
             "2022-03-01", "The department=USA.GOV.DOL"),
        Case("The Drug Enforcement Administration opened an office. The agency plans to announce arrests.",
             "2022-03-01", "The agency=USA.GOV.DOJ.DEA"),
        Case("La Secretaría de Relaciones Exteriores (SRE) informó del acuerdo. La dependencia anunció que habrá reuniones.",
             "2022-03-01", "La dependencia=MEX.GOV.SRE"),
        Case("La Secretaría de Economía firmó el convenio. La Secretaría informó que invertirá en la frontera.",
             "2022-03-01", "La Secretaría=MEX.GOV.SE"),
        // The noun picks the body: "department" skips a later-named agency that is not a department.
        Case("The Department of Homeland Security met CBP officials. The department said it will hire agents.",
             "2022-03-01", "The department=USA.GOV.DHS"),
        Case("El gobierno de México envió una nota a Washington. México pidió explicaciones. La cancillería dijo que esperará una respuesta.",
             "2022-03-01", "La cancillería=MEX.GOV.SRE"),
        Case("La SRE convocó a la reunión con Estados Unidos. Después la cancillería informó que hubo acuerdo.",
             "2022-03-01", "la cancillería=MEX.GOV.SRE"),
    ]

    @Test(arguments: resolved) func resolves(_ c: Case) { check(c) }

    /// No earlier body of the right kind, a body named in full, or the secretary (a person): the
    /// quote must not become a mention.
    static let unresolved: [(String, String)] = [
        ("The department will fund training for labor judges.", "The department"),
        ("The U.S. Department of Labor awarded a grant. The Department of Rural Affairs said nothing.", "The Department"),
        ("La Secretaría de Economía firmó. La secretaria dijo que no.", "La secretaria"),
        ("The Drug Enforcement Administration opened an office. The department did not comment.", "The department"),
        ("La Secretaría de Economía firmó. La oficina de prensa no respondió.", "La oficina"),
        ("The Department of State met Mexican officials. The office Mexican officials use is small.", "The office"),
    ]

    @Test(arguments: unresolved.indices) func leavesAlone(_ i: Int) {
        let (text, quote) = Self.unresolved[i]
        let got = Fixture.mentions(text, "2022-03-01")
        #expect(!got.contains { $0.hasPrefix(quote + "=") }, "\(got)")
    }
}
