import Foundation
import PuenteModel
import Testing

/// `puente extract` run as a process: records on stdout, messages on stderr, 0/1/2 exit statuses.
@Suite struct ExtractCommandTests {
    static let statement = "WASHINGTON, June 8, 2021 – The United States and Mexico agreed today to hold a dialogue on labor.\n"

    func records(_ stdout: String) throws -> [Record] {
        try stdout.split(separator: "\n").map { try RecordCoding.decoder().decode(Record.self, from: Data($0.utf8)) }
    }

    @Test func printsOneRecordPerDocument() throws {
        let folder = try TemporaryFolder()
        let text = try folder.write("a.txt", Self.statement)
        let markdown = try folder.write("b.md", "# Dialogue\n\nMexico and the United States met today.\n")
        let result = try CommandRunner.run(["extract", text, markdown])
        #expect(result.status == 0)
        #expect(result.stderr.isEmpty)
        let found = try records(result.stdout)
        #expect(found.map(\.document.source) == [text, markdown])
        #expect(found[0].document.published == .day(year: 2021, month: 6, day: 8))
        for record in found {
            #expect(record.document.id == Document.id(of: record.document.text))
        }
    }

    @Test func jsonFormatPrintsOneArray() throws {
        let folder = try TemporaryFolder()
        let text = try folder.write("a.txt", Self.statement)
        let result = try CommandRunner.run(["extract", "--format", "json", text, text])
        #expect(result.status == 0)
        let decoded = try RecordCoding.decoder().decode([Record].self, from: Data(result.stdout.utf8))
        #expect(decoded.count == 2)
    }

    @Test func commandLineValuesFillAndOverride() throws {
        let folder = try TemporaryFolder()
        let text = try folder.write("a.txt", "The two governments met on Monday to discuss trade and security.\n")
        let result = try CommandRunner.run(["extract", "--published", "2021-06", "--language", "es", "--source", "https://example.org/x", text])
        let record = try #require(try records(result.stdout).first)
        #expect(record.document.published == .month(year: 2021, month: 6))
        #expect(record.document.language == .spanish)
        #expect(record.document.source == "https://example.org/x")
    }

    @Test func readsStandardInput() throws {
        let plain = try CommandRunner.run(["extract", "-"], stdin: Data(Self.statement.utf8))
        #expect(plain.status == 0)
        #expect(try records(plain.stdout).first?.document.source == "<stdin>")
        let batch = try CommandRunner.run(["extract"], stdin: Data(#"{"source": "s1", "text": "The United States and Mexico met."}"#.utf8))
        #expect(try records(batch.stdout).map(\.document.source) == ["s1"])
    }

    @Test func aBatchWithABrokenLineReadsTheRest() throws {
        let folder = try TemporaryFolder()
        let batch = try folder.write("batch.jsonl", """
        {"source": "one", "text": "The United States and Mexico met.", "published": "2021-06-08"}
        {"source": "two", "text": broken
        {"source": "three", "html": "<html><body><p>Mexico and Canada signed an agreement.</p></body></html>"}

        """)
        let result = try CommandRunner.run(["extract", batch])
        #expect(result.status == 1)
        #expect(try records(result.stdout).map(\.document.source) == ["one", "three"])
        #expect(result.stderr.contains("\(batch):2: the line is not valid JSON"))
        #expect(result.stderr.contains("1 of 3 documents could not be read"))
    }

    @Test func badInputsAreReportedAndTheRestIsRead() throws {
        let folder = try TemporaryFolder()
        let good = try folder.write("good.txt", Self.statement)
        let empty = try folder.write("empty.txt", [])
        let binary = try folder.write("binary.txt", [0x7F, 0x45, 0x4C, 0x46, 0x02, 0x01, 0x01, 0x00, 0x00, 0x00])
        let windows = try folder.write("latin.txt", Array("La reuni".utf8) + [0xF3] + Array("n de M".utf8) + [0xE9] + Array("xico con Estados Unidos fue hoy.".utf8))
        let broken = try folder.write("broken.html", "<html><body><div><p>Mexico and the United States <b>met <i>today</b> in Washington.</div></span></p>")
        let missing = folder.url.appendingPathComponent("missing.txt").path
        let unknown = try folder.write("notes.docx", "x")
        let result = try CommandRunner.run(["extract", good, empty, binary, windows, broken, missing, unknown])
        #expect(result.status == 1)
        let sources = try records(result.stdout).map(\.document.source)
        #expect(sources == [good, windows, broken])
        #expect(result.stderr.contains("\(empty): the file is empty"))
        #expect(result.stderr.contains("\(binary): the file looks binary"))
        #expect(result.stderr.contains("\(windows): warning: the text is not valid UTF-8; read it as Windows-1252"))
        #expect(result.stderr.contains("\(missing): no such file or folder; check the path"))
        #expect(result.stderr.contains("\(unknown): unknown kind of file '.docx'"))
        #expect(result.stderr.contains("4 of 7 documents could not be read"))
    }

    @Test func aFiftyMegabyteFileIsRefusedClearly() throws {
        let folder = try TemporaryFolder()
        let line = Array("The United States and Mexico met again to talk about trade and migration. ".utf8)
        var bytes: [UInt8] = []
        bytes.reserveCapacity(50 << 20)
        while bytes.count < 50 << 20 { bytes += line }
        let huge = try folder.write("huge.txt", bytes)
        let result = try CommandRunner.run(["extract", huge])
        #expect(result.status == 1)
        #expect(result.stderr.contains("\(huge): the file is 50 MB; Puente reads files up to 32 MB, so split it into smaller documents"))
    }

    @Test(arguments: [
        (["extract", "--language", "fr", "x.txt"], "--language 'fr' is not one Puente reads; give en or es"),
        (["extract", "--published", "yesterday", "x.txt"], "--published 'yesterday' is not a date"),
        (["extract", "--format", "xml", "x.txt"], "--format"),
        (["extract", "--source", "u", "a.txt", "b.txt"], "--source names one document"),
        (["frobnicate"], "frobnicate"),
    ])
    func usageErrorsExitWithTwo(arguments: [String], message: String) throws {
        let result = try CommandRunner.run(arguments)
        #expect(result.status == 2)
        #expect(result.stderr.contains(message))
        #expect(result.stdout.isEmpty)
    }

    @Test func sentencesShowsOffsets() throws {
        let folder = try TemporaryFolder()
        let text = try folder.write("a.txt", "Mr. Salazar met the U.S. delegation. They agreed.\n")
        let result = try CommandRunner.run(["extract", "--sentences", text])
        let object = try #require(try JSONSerialization.jsonObject(with: Data(result.stdout.utf8)) as? [String: Any])
        let sentences = try #require(object["sentences"] as? [[String: Any]])
        #expect(sentences.map { $0["text"] as? String } == ["Mr. Salazar met the U.S. delegation.", "They agreed."])
        #expect(sentences.map { $0["start"] as? Int } == [0, 37])
    }
}

@Suite struct ExtractCommandHostileInputTests {
    @Test func deeplyNestedJSONAndControlCharactersAreRefusedOrRead() throws {
        let folder = try TemporaryFolder()
        let deep = "{\"source\": \"deep\", \"text\": " + String(repeating: "[", count: 100_000) + String(repeating: "]", count: 100_000) + "}"
        let batch = try folder.write("hostile.jsonl", deep + "\n" + #"{"source": "ok", "text": "The United States\u0000 and Mexico met.\u001b[2J"}"# + "\n")
        let result = try CommandRunner.run(["extract", batch])
        #expect(result.status == 1)
        #expect(result.stderr.contains("\(batch):1: the line is not valid JSON"))
        let record = try RecordCoding.decoder().decode(Record.self, from: Data(result.stdout.utf8))
        #expect(record.document.text == "The United States and Mexico met.[2J")
    }

    @Test func theSameInputGivesTheSameBytes() throws {
        let folder = try TemporaryFolder()
        let text = try folder.write("a.txt", ExtractCommandTests.statement)
        let first = try CommandRunner.run(["extract", text]), second = try CommandRunner.run(["extract", text])
        #expect(first.stdout == second.stdout)
        #expect(first.stdout.hasPrefix("{\"actors\":"))
    }

    @Test func runOnTextAndDeepListsAreRead() throws {
        let folder = try TemporaryFolder()
        let words = ["the", "United", "States", "and", "Mexico", "will", "invest", "$5 million", "said", "that", "“", ")", "•", "agreed", "to", "meet"]
        var generator = SplitMix64(seed: 7)
        let runOn = (0..<20_000).map { _ in words[Int(generator.next() % UInt64(words.count))] }.joined(separator: " ")
        let list = "The two countries agreed on these pillars:\n" + (0..<2_000).map { "• Pillar \($0) of the agreement between the United States and Mexico" }.joined(separator: "\n")
        let result = try CommandRunner.run(["extract", try folder.write("runon.txt", runOn), try folder.write("list.txt", list)])
        #expect(result.status == 0)
        for record in try result.stdout.split(separator: "\n").map({ try RecordCoding.decoder().decode(Record.self, from: Data($0.utf8)) }) {
            let scalars = Array(record.document.text.unicodeScalars)
            for item in record.commitments.flatMap(\.evidence) + record.events.flatMap(\.evidence) {
                var quote = String.UnicodeScalarView()
                quote.append(contentsOf: scalars[item.start..<item.end])
                #expect(String(quote) == item.quote)
            }
        }
    }

    @Test func anEmptyHTMLBodyIsReported() throws {
        let folder = try TemporaryFolder()
        let empty = try folder.write("empty.html", "<html><head><title>x</title></head><body></body></html>")
        let result = try CommandRunner.run(["extract", empty])
        #expect(result.status == 1)
        #expect(result.stderr.contains("\(empty): no main text was found in it"))
    }
}

/// A small deterministic generator so random inputs repeat exactly.
struct SplitMix64: RandomNumberGenerator {
    var state: UInt64
    init(seed: UInt64) { state = seed }
    mutating func next() -> UInt64 {
        state &+= 0x9E37_79B9_7F4A_7C15
        var z = state
        z = (z ^ (z >> 30)) &* 0xBF58_476D_1CE4_E5B9
        z = (z ^ (z >> 27)) &* 0x94D0_49BB_1331_11EB
        return z ^ (z >> 31)
    }
}
