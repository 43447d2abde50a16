import Foundation
import Testing
import PuenteLexicon
import PuenteModel
import PuenteText

@Suite("Loading, overriding and errors")
struct LoaderTests {
    func write(_ text: String, ext: String) throws -> URL {
        let url = FileManager.default.temporaryDirectory.appendingPathComponent("lex-\(UUID().uuidString).\(ext)")
        try text.write(to: url, atomically: true, encoding: .utf8)
        return url
    }

    @Test func bundledSizes() {
        let l = Fixture.lexicon
        #expect(l.actors.filter { $0.kind == .country }.count >= 195)
        #expect(l.actors.filter { $0.kind == .person }.count >= 150)
        #expect(l.actors.filter { $0.kind == .agency || $0.kind == .government }.count >= 80)
        #expect(l.roles.count >= 40)
        #expect(l.actor(id: "USA.GOV.DHS.CBP")?.parent == "USA.GOV.DHS")
        #expect(l.actor(id: "IGO.UN")?.country == nil)
        #expect(l.actor(id: "person:antony-blinken")?.roles.contains { $0.role == "USA.SECSTATE" } == true)
    }

    @Test func bundledLoadsFast() throws {
        let start = Date()
        let l = try Lexicon.bundled()
        _ = ActorResolver(lexicon: l)
        #expect(Date().timeIntervalSince(start) < 2.0)  // debug build; release is about 30 ms
    }

    @Test func yamlAddsAPersonAndOverridesAnother() throws {
        let url = try write("""
        actors:
          - id: person:raquel-buenrostro
            name: Raquel Buenrostro
            kind: person
            country: MEX
            names: [Raquel Buenrostro]
            surnames: [Buenrostro]
            roles: [{role: MEX.SE.SECRETARY, from: "2022-10-07", to: "2024-09-30"}]
          - id: person:jane-doe
            name: Jane Doe
            kind: person
            country: USA
            sector: GOV
            names: [Jane Doe]
            surnames: [Doe]
            by_surname: true
        mechanisms:
          - id: US-MEXICO-ENERGY-BUSINESS-COUNCIL
            name: U.S.-Mexico Energy Business Council
            kind: dialogue
            aliases: [EBC]
        """, ext: "yaml")
        let l = try Fixture.lexicon.adding(contentsOf: url)
        #expect(l.actor(id: "person:jane-doe")?.bySurname == true)
        #expect(l.actor(id: "person:raquel-buenrostro")?.names == ["Raquel Buenrostro"])
        #expect(l.mechanism(id: "US-MEXICO-ENERGY-BUSINESS-COUNCIL")?.aliases == ["EBC"])
        #expect(l.actors.count == Fixture.lexicon.actors.count + 1)
        let r = ActorResolver(lexicon: l)
        let t = ScalarText("Doe met the EBC.")
        #expect(r.resolve(t, documentID: "d", date: nil, language: nil).mentions.map(\.actorID) == ["person:jane-doe"])
        #expect(r.mechanismMentions(in: t).map(\.mechanismID) == ["US-MEXICO-ENERGY-BUSINESS-COUNCIL"])
    }

    @Test func jsonFileIsRead() throws {
        let url = try write(#"{"actors":[{"id":"NGO.TEST","name":"Test Foundation","kind":"ngo","names":["Test Foundation"]}]}"#, ext: "json")
        let l = try Fixture.lexicon.adding(contentsOf: url)
        #expect(ActorResolver(lexicon: l).resolve(ScalarText("The Test Foundation said."), documentID: "d", date: nil, language: nil)
            .mentions.map(\.actorID) == ["NGO.TEST"])
    }

    @Test func unknownRoleNamesFileAndEntry() throws {
        let url = try write("actors:\n  - {id: person:x-y, name: X Y, kind: person, roles: [{role: NOPE}]}\n", ext: "yaml")
        let error = #expect(throws: LexiconError.self) { try Fixture.lexicon.adding(contentsOf: url) }
        #expect(error?.code == .unknownReference)
        #expect(error?.entry == "person:x-y")
        #expect(error?.file == url.path)
        #expect(error?.description.contains("NOPE") == true)
    }

    @Test func badDateIsRejected() throws {
        let url = try write("actors:\n  - {id: person:x-y, name: X Y, kind: person, roles: [{role: USA.SECSTATE, from: 'last year'}]}\n", ext: "yaml")
        let error = #expect(throws: LexiconError.self) { try Fixture.lexicon.adding(contentsOf: url) }
        #expect(error?.code == .invalidEntry)
    }

    @Test func malformedFileNamesThePath() throws {
        let url = try write("actors: [ {id: 1, kind: spaceship} ]", ext: "yaml")
        let error = #expect(throws: LexiconError.self) { try Fixture.lexicon.adding(contentsOf: url) }
        #expect(error?.code == .malformedFile)
        #expect(error?.description.contains(url.path) == true)
    }

    @Test func missingFile() {
        let error = #expect(throws: LexiconError.self) { try Fixture.lexicon.adding(contentsOf: URL(fileURLWithPath: "/nonexistent/puente.yaml")) }
        #expect(error?.code == .fileUnreadable)
    }

    @Test func staticSourceForTests() throws {
        let file = LexiconFile(actors: [ActorEntry(id: "XXX", name: "Freedonia", kind: .country, country: "XXX", sector: nil,
                                                   names: ["Freedonia"], adjectives: ["Freedonian"])],
                               groupNouns: [GroupNounEntry(kind: "country", phrases: ["officials"])])
        let l = try Lexicon(files: StaticLexiconSource([file]).files())
        let ids = ActorResolver(lexicon: l).resolve(ScalarText("Freedonian officials met Freedonia."), documentID: "d", date: nil, language: nil)
            .mentions.map(\.actorID)
        #expect(ids == ["XXX", "XXX"])
    }
}

@Test func readmeSchemaExampleLoads() throws {
    let readme = URL(fileURLWithPath: #filePath).deletingLastPathComponent()
        .appendingPathComponent("../../Sources/PuenteLexicon/Resources/README.md")
    let text = try String(contentsOf: readme, encoding: .utf8)
    let yaml = try #require(text.components(separatedBy: "```yaml\n").dropFirst().first?.components(separatedBy: "```").first)
    let file = try LexiconFile.decode(Data(yaml.utf8), name: "README", json: false)
    let l = try Fixture.lexicon.adding(file, name: "README")
    #expect(l.actor(id: "person:raquel-buenrostro")?.bySurname == true)
    #expect(l.mechanism(id: "HLED")?.cadence == ISODuration(years: 1))
}

@Test func storeLoadsOnceAndLayersUserFiles() async throws {
    let url = FileManager.default.temporaryDirectory.appendingPathComponent("lex-\(UUID().uuidString).yaml")
    try "blockers: [Ebrard Street]\n".write(to: url, atomically: true, encoding: .utf8)
    let store = LexiconStore(userFiles: [url])
    let r = try await store.resolver()
    #expect(r.resolve(.init("Ebrard Street is long. Ebrard spoke."), documentID: "d", date: nil, language: nil).mentions.count == 1)
    #expect(try await store.lexicon().blockers.contains("Ebrard Street"))
}
