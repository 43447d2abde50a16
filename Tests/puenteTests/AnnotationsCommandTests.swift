import Foundation
import Testing

/// `puente extract --annotations` with the shipped lexicon and with user lexicon files.
@Suite struct AnnotationsCommandTests {
    func spans(_ stdout: String, _ key: String) throws -> [(text: String, value: String)] {
        let object = try #require(try JSONSerialization.jsonObject(with: Data(stdout.utf8)) as? [String: Any])
        let list = try #require(object[key] as? [[String: Any]])
        return list.map { ($0["text"] as? String ?? "", $0["value"] as? String ?? "") }
    }

    @Test func showsDatesAmountsAndActors() throws {
        let folder = try TemporaryFolder()
        let file = try folder.write("a.txt", "The United States will invest $130 million over the next three years, Secretary Blinken said on Tuesday.\n")
        let result = try CommandRunner.run(["extract", "--annotations", "--published", "2021-06-08", file])
        #expect(result.status == 0)
        #expect(try spans(result.stdout, "amounts").map(\.value) == ["130000000 USD"])
        #expect(try spans(result.stdout, "dates").map(\.value) == ["P3Y→2024-06", "2021-06-08"])
        let actors = try spans(result.stdout, "actors")
        #expect(actors.contains { $0.text == "United States" && $0.value == "USA" })
        #expect(actors.contains { $0.text == "Secretary Blinken" && $0.value == "person:antony-blinken" })
    }

    @Test func relativeDatesNeedADayPreciseDocumentDate() throws {
        let folder = try TemporaryFolder()
        let file = try folder.write("a.txt", "Officials met yesterday and will meet again in September 2021.\n")
        let monthOnly = try CommandRunner.run(["extract", "--annotations", "--published", "2021-07", file])
        #expect(try spans(monthOnly.stdout, "dates").map(\.value) == ["2021-09"])
        let day = try CommandRunner.run(["extract", "--annotations", "--published", "2021-07-08", file])
        #expect(try spans(day.stdout, "dates").map(\.value) == ["2021-07-07", "2021-09"])
    }

    @Test func userLexiconFilesAddEntries() throws {
        let folder = try TemporaryFolder()
        let file = try folder.write("a.txt", "The Border Water Council met with Mexico today.\n")
        let yaml = """
        format: puente.lexicon/1
        actors:
          - id: USA.GOV.BWC
            name: Border Water Council
            kind: agency
            country: USA
            sector: GOV
            names: [Border Water Council]
        """
        let lexicon = try folder.write("extra.yaml", yaml)
        let withFile = try CommandRunner.run(["extract", "--annotations", "--lexicon", lexicon, file])
        #expect(try spans(withFile.stdout, "actors").contains { $0.value == "USA.GOV.BWC" })
        _ = try folder.write("puente.yaml", yaml)
        let fromWorkingFolder = try CommandRunner.run(["extract", "--annotations", file], in: folder.url)
        #expect(try spans(fromWorkingFolder.stdout, "actors").contains { $0.value == "USA.GOV.BWC" })
        let without = try CommandRunner.run(["extract", "--annotations", file])
        #expect(try !spans(without.stdout, "actors").contains { $0.value == "USA.GOV.BWC" })
    }

    @Test func aBrokenLexiconFileIsAUsageErrorNamingTheFile() throws {
        let folder = try TemporaryFolder()
        let file = try folder.write("a.txt", "Mexico met the United States.\n")
        let broken = try folder.write("broken.yaml", "actors: [ {id: , kind: nonsense ")
        let result = try CommandRunner.run(["extract", "--lexicon", broken, file])
        #expect(result.status == 2)
        #expect(result.stderr.contains(broken))
        #expect(result.stdout.isEmpty)
        let missing = try CommandRunner.run(["extract", "--lexicon", folder.url.appendingPathComponent("none.yaml").path, file])
        #expect(missing.status == 2)
        #expect(missing.stderr.contains("none.yaml: no such readable file"))
    }
}
