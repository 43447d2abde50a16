import Testing
import PuenteLexicon

/// A sentence, the document date, and mentions ("quote=ID") that must be among the results.
struct Case: CustomTestStringConvertible, Sendable {
    var text: String
    var date: String?
    var expected: [String]
    init(_ text: String, _ date: String? = nil, _ expected: String...) {
        self.text = text; self.date = date; self.expected = expected
    }
    var testDescription: String { text }
}

@Suite("Full names and aliases, English and Spanish")
struct NameTests {
    static let names: [Case] = [
        Case("Andrés Manuel López Obrador spoke in the morning.", "2021-03-01", "Andrés Manuel López Obrador=person:andres-manuel-lopez-obrador"),
        Case("Andres Manuel Lopez Obrador spoke.", "2021-03-01", "Andres Manuel Lopez Obrador=person:andres-manuel-lopez-obrador"),
        Case("López Obrador said the plan would work.", "2021-03-01", "López Obrador=person:andres-manuel-lopez-obrador"),
        Case("Lopez Obrador said the plan would work.", "2021-03-01", "Lopez Obrador=person:andres-manuel-lopez-obrador"),
        Case("AMLO criticized the report.", "2022-05-01", "AMLO=person:andres-manuel-lopez-obrador"),
        Case("Claudia Sheinbaum took office.", "2024-10-01", "Claudia Sheinbaum=person:claudia-sheinbaum"),
        Case("Sheinbaum Pardo habló con Trump.", "2025-02-01", "Sheinbaum Pardo=person:claudia-sheinbaum", "Trump=person:donald-trump"),
        Case("Enrique Peña Nieto visited Washington.", "2014-01-06", "Enrique Peña Nieto=person:enrique-pena-nieto"),
        Case("Enrique Pena Nieto visited.", "2014-01-06", "Enrique Pena Nieto=person:enrique-pena-nieto"),
        Case("Felipe Calderón met Barack Obama.", "2010-05-19", "Felipe Calderón=person:felipe-calderon", "Barack Obama=person:barack-obama"),
        Case("Joe Biden and Kamala Harris spoke.", "2021-05-07", "Joe Biden=person:joe-biden", "Kamala Harris=person:kamala-harris"),
        Case("Joseph R. Biden Jr. signed it.", "2021-05-07", "Joseph R. Biden Jr=person:joe-biden"),
        Case("Marcelo Ebrard Casaubón viajó a Washington.", "2021-08-10", "Marcelo Ebrard Casaubón=person:marcelo-ebrard"),
        Case("Alicia Bárcena llegó a la SRE.", "2023-07-05", "Alicia Bárcena=person:alicia-barcena", "SRE=MEX.GOV.SRE"),
        Case("Juan Ramón de la Fuente spoke.", "2024-11-01", "Juan Ramón de la Fuente=person:juan-ramon-de-la-fuente"),
        Case("Tony Blinken landed.", "2021-10-07", "Tony Blinken=person:antony-blinken"),
        Case("Alejandro Mayorkas toured the border.", "2021-08-10", "Alejandro Mayorkas=person:alejandro-mayorkas"),
        Case("Katherine Tai welcomed the result.", "2021-08-10", "Katherine Tai=person:katherine-tai"),
        Case("Ken Salazar presented his credentials.", "2021-09-03", "Ken Salazar=person:ken-salazar"),
        Case("Esteban Moctezuma habló en Washington.", "2022-01-10", "Esteban Moctezuma=person:esteban-moctezuma"),
        Case("Rosa Icela Rodríguez encabezó la reunión.", "2022-01-10", "Rosa Icela Rodríguez=person:rosa-icela-rodriguez"),
        Case("Omar García Harfuch met Kash Patel.", "2025-03-01", "Omar García Harfuch=person:omar-garcia-harfuch", "Kash Patel=person:kash-patel"),
        Case("Raquel Buenrostro met Katherine Tai.", "2023-03-01", "Raquel Buenrostro=person:raquel-buenrostro"),
        Case("Luis Cresencio Sandoval y José Rafael Ojeda Durán asistieron.", "2021-10-08", "Luis Cresencio Sandoval=person:luis-cresencio-sandoval", "José Rafael Ojeda Durán=person:jose-rafael-ojeda-duran"),
        Case("Alejandro Gertz Manero anunció la extradición.", "2022-01-10", "Alejandro Gertz Manero=person:alejandro-gertz-manero"),
        Case("Justin Trudeau joined the summit.", "2023-01-10", "Justin Trudeau=person:justin-trudeau"),
        Case("Jake Sullivan and Liz Sherwood-Randall traveled.", "2021-10-08", "Jake Sullivan=person:jake-sullivan", "Liz Sherwood-Randall=person:elizabeth-sherwood-randall"),
        Case("The Department of State issued a statement.", "2021-10-08", "Department of State=USA.GOV.STATE"),
        Case("El Departamento de Estado emitió un comunicado.", "2021-10-08", "Departamento de Estado=USA.GOV.STATE"),
        Case("The State Department said so.", nil, "State Department=USA.GOV.STATE"),
        Case("U.S. Customs and Border Protection reported 5,871 children.", "2021-02-10", "U.S. Customs and Border Protection=USA.GOV.DHS.CBP"),
        Case("CBP reported the figures.", nil, "CBP=USA.GOV.DHS.CBP"),
        Case("The DEA and the ATF worked with the FBI.", nil, "DEA=USA.GOV.DOJ.DEA", "ATF=USA.GOV.DOJ.ATF", "FBI=USA.GOV.DOJ.FBI"),
        Case("USTR requested a review.", nil, "USTR=USA.GOV.USTR"),
        Case("The Department of Labor's Bureau of International Labor Affairs funds projects.", nil, "Department of Labor=USA.GOV.DOL", "Bureau of International Labor Affairs=USA.GOV.DOL.ILAB"),
        Case("ILAB and USAID announced grants.", nil, "ILAB=USA.GOV.DOL.ILAB", "USAID=USA.GOV.USAID"),
        Case("Treasury's OFAC sanctioned six people.", nil, "OFAC=USA.GOV.TREASURY.OFAC"),
        Case("The U.S. Treasury sanctioned them.", nil, "U.S. Treasury=USA.GOV.TREASURY"),
        Case("The Office of National Drug Control Policy published a strategy.", nil, "Office of National Drug Control Policy=USA.GOV.ONDCP"),
        Case("The National Security Council convened.", nil, "National Security Council=USA.GOV.NSC"),
        Case("Congress passed the bill.", nil, "Congress=USA.LEG"),
        Case("The U.S. Senate ratified the agreement.", nil, "U.S. Senate=USA.LEG.SENATE"),
        Case("La Secretaría de Relaciones Exteriores informó.", nil, "Secretaría de Relaciones Exteriores=MEX.GOV.SRE"),
        Case("La Secretaría de Economía publicó el acuerdo.", nil, "Secretaría de Economía=MEX.GOV.SE"),
        Case("La Secretaría de Hacienda y Crédito Público informó.", nil, "Secretaría de Hacienda y Crédito Público=MEX.GOV.SHCP"),
        Case("La SSPC y la Sedena desplegaron tropas.", nil, "SSPC=MEX.GOV.SSPC", "Sedena=MEX.GOV.SEDENA"),
        Case("SEDENA and SEMAR seized weapons.", nil, "SEDENA=MEX.GOV.SEDENA", "SEMAR=MEX.GOV.SEMAR"),
        Case("La Fiscalía General de la República (FGR) abrió una carpeta.", nil, "Fiscalía General de la República=MEX.GOV.FGR", "FGR=MEX.GOV.FGR"),
        Case("La Guardia Nacional y el INM detuvieron a migrantes.", nil, "Guardia Nacional=MEX.GOV.GN", "INM=MEX.GOV.INM"),
        Case("The National Migration Institute said.", nil, "National Migration Institute=MEX.GOV.INM"),
        Case("La STPS y el Centro Federal de Conciliación y Registro Laboral verificaron la votación.", nil, "STPS=MEX.GOV.STPS", "Centro Federal de Conciliación y Registro Laboral=MEX.GOV.CFCRL"),
        Case("AMEXCID y USAID firmaron un memorando.", nil, "AMEXCID=MEX.GOV.AMEXCID", "USAID=USA.GOV.USAID"),
        Case("El Senado de la República aprobó la reforma.", nil, "Senado de la República=MEX.LEG.SENADO"),
        Case("The Mexican Senate approved the reform.", nil, "Mexican Senate=MEX.LEG.SENADO"),
        Case("La Suprema Corte de Justicia de la Nación resolvió.", nil, "Suprema Corte de Justicia de la Nación=MEX.JUD.SCJN"),
        Case("The U.S. Supreme Court ruled.", nil, "U.S. Supreme Court=USA.JUD.SCOTUS"),
        Case("The United Nations and the OAS observed.", nil, "United Nations=IGO.UN", "OAS=IGO.OAS"),
        Case("La ONU y la OEA observaron.", nil, "ONU=IGO.UN", "OEA=IGO.OAS"),
        Case("The World Health Organization and the IMF reported.", nil, "World Health Organization=IGO.WHO", "IMF=IGO.IMF"),
        Case("The World Bank and the Inter-American Development Bank lent money.", nil, "World Bank=IGO.WB", "Inter-American Development Bank=IGO.IDB"),
        Case("El Banco Interamericano de Desarrollo (BID) prestó.", nil, "Banco Interamericano de Desarrollo=IGO.IDB", "BID=IGO.IDB"),
        Case("The OECD and the G20 agreed.", nil, "OECD=IGO.OECD", "G20=IGO.G20"),
        Case("The G7 summit and the G-20 summit.", nil, "G7=IGO.G7", "G-20=IGO.G20"),
        Case("SICA leaders met in San Salvador.", nil, "SICA=IGO.SICA"),
        Case("La Organización Mundial de la Salud alertó.", nil, "Organización Mundial de la Salud=IGO.WHO"),
        Case("Banxico raised rates.", nil, "Banxico=MEX.GOV.BANXICO"),
        Case("Pemex and the CFE signed.", nil, "Pemex=MEX.GOV.PEMEX", "CFE=MEX.GOV.CFE"),
        Case("The White House announced new measures.", nil, "White House=USA.GOV"),
        Case("Palacio Nacional respondió.", nil, "Palacio Nacional=MEX.GOV"),
        Case("The Pentagon and NORTHCOM coordinated.", nil, "Pentagon=USA.GOV.DOD", "NORTHCOM=USA.GOV.DOD.NORTHCOM"),
    ]

    @Test(arguments: names)
    func findsName(_ c: Case) {
        let got = Fixture.mentions(c.text, c.date)
        for e in c.expected { #expect(got.contains(e), "\(e) not in \(got)") }
    }
}
