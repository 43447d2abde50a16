import Testing
import PuenteLexicon
import PuenteModel

@Suite("Countries, adjectives and metonyms")
struct CountryTests {
    /// Every country of the lexicon by its English and Spanish name.
    static let countries: [ActorEntry] = Fixture.lexicon.actors.filter { $0.kind == .country }

    @Test(arguments: countries)
    func englishAndSpanishNames(_ c: ActorEntry) {
        #expect(c.id.count == 3 && c.id == c.id.uppercased())
        #expect(Fixture.ids("Officials from \(c.name) attended.").contains(c.id), "\(c.name)")
        if let es = c.nameES { #expect(Fixture.ids("Asistieron funcionarios de \(es) ayer.").contains(c.id), "\(es)") }
    }

    @Test func unMembersAndObserversArePresent() {
        #expect(Self.countries.count >= 195)
        for id in ["USA", "MEX", "CAN", "GTM", "HND", "SLV", "CUB", "VEN", "CHN", "VAT", "PSE", "SSD", "TLS", "MNE"] {
            #expect(Fixture.lexicon.actor(id: id) != nil, "\(id)")
        }
    }

    static let adjectives: [Case] = [
        Case("Mexican officials said the talks would continue.", nil, "Mexican officials=MEX"),
        Case("The Mexican delegation arrived.", nil, "Mexican delegation=MEX"),
        Case("The U.S. delegation arrived.", nil, "U.S.=USA"),
        Case("Las autoridades mexicanas informaron.", nil, "autoridades mexicanas=MEX"),
        Case("El gobierno mexicano respondió.", nil, "gobierno mexicano=MEX.GOV"),
        Case("Funcionarios estadounidenses viajaron.", nil, "Funcionarios estadounidenses=USA"),
        Case("La delegación estadounidense llegó.", nil, "delegación estadounidense=USA"),
        Case("Los negociadores norteamericanos pidieron más tiempo.", nil, "negociadores norteamericanos=USA"),
        Case("American officials declined to comment.", nil, "American officials=USA"),
        Case("Canadian officials joined.", nil, "Canadian officials=CAN"),
        Case("Guatemalan authorities detained them.", nil, "Guatemalan authorities=GTM"),
        Case("The Guatemalan government protested.", nil, "Guatemalan government=GTM.GOV"),
        Case("Colombian diplomats protested.", nil, "Colombian diplomats=COL"),
        Case("El gobierno canadiense respondió.", nil, "gobierno canadiense=CAN.GOV"),
        Case("Las autoridades guatemaltecas informaron.", nil, "autoridades guatemaltecas=GTM"),
        Case("The Mexican government and the U.S. government agreed.", nil, "Mexican government=MEX.GOV", "U.S. government=USA.GOV"),
        Case("Chinese officials responded.", nil, "Chinese officials=CHN"),
        Case("Los diplomáticos cubanos salieron.", nil, "diplomáticos cubanos=CUB"),
        Case("U.S.-Mexico relations improved.", nil, "U.S.=USA", "Mexico=MEX"),
        Case("The United States and Mexico agreed.", nil, "United States=USA", "Mexico=MEX"),
        Case("EE.UU. y México acordaron.", nil, "EE.UU.=USA", "México=MEX"),
        Case("EEUU y Canadá firmaron.", nil, "EEUU=USA", "Canadá=CAN"),
        Case("Mexico's government said.", nil, "Mexico's government=MEX.GOV"),
        Case("MEXICO AND THE US AGREE.", nil, "MEXICO=MEX", "US=USA"),
        Case("Mexican and American negotiators met.", nil, "Mexican=MEX", "American negotiators=USA"),
        Case("Autoridades mexicanas y estadounidenses acordaron.", nil, "Autoridades mexicanas=MEX", "estadounidenses=USA"),
        Case("Mexican, Canadian and U.S. officials met.", nil, "Canadian=CAN", "U.S. officials=USA"),
    ]

    static let metonyms: [Case] = [
        Case("Washington and Mexico City agreed to cooperate.", nil, "Washington=USA", "Mexico City=MEX"),
        Case("Washington pressed Mexico to act.", nil, "Washington=USA", "Mexico=MEX"),
        Case("Ottawa welcomed the deal.", nil, "Ottawa=CAN"),
        Case("Beijing responded angrily.", nil, "Beijing=CHN"),
        Case("The Kremlin denied it.", nil, "Kremlin=RUS"),
        Case("La Casa Blanca anunció.", nil, "Casa Blanca=USA.GOV"),
        Case("Ciudad de México y Washington acordaron.", nil, "Ciudad de México=MEX", "Washington=USA"),
        Case("Havana rejected the claim.", nil, "Havana=CUB"),
        Case("Los Pinos confirmed the meeting.", nil, "Los Pinos=MEX.GOV"),
        Case("Caracas expelled the diplomats.", nil, "Caracas=VEN"),
    ]

    @Test(arguments: adjectives) func adjective(_ c: Case) { check(c) }

    @Test func euIsTheUnitedStatesInSpanish() {
        #expect(Fixture.ids("EU y México firmaron.", nil, .spanish) == ["USA", "MEX"])
        #expect(Fixture.ids("The EU and Mexico signed.", nil, .english) == ["IGO.EU", "MEX"])
        #expect(Fixture.ids("La UE y México firmaron.", nil, .spanish) == ["IGO.EU", "MEX"])
        #expect(!Fixture.ids("Viajó a América del Sur y a América.", nil, .spanish).contains("USA"))
    }
    @Test(arguments: metonyms) func metonym(_ c: Case) { check(c) }
}
