import Foundation
import PuenteModel
import Testing
@testable import PuenteExtract

@Suite struct ExtractorPropertyTests {
    static let extractor = try! Extractor()

    static func document(_ text: String, language: Language = .english) -> Document {
        Document(source: "test", title: nil, publisher: nil, published: .day(year: 2021, month: 6, day: 8), language: language, text: text)
    }

    @Test(arguments: [
        "", " ", "\n\n\n", "•", "1.", "$", "will", "Mexico", "“", "México y Estados Unidos acordaron",
        "The United States and Mexico will… 🇲🇽🇺🇸 meet annually; and", String(repeating: "and ", count: 500),
        "Ünïcödé 👩‍👩‍👧 Mexico agreed to 🚀 establish a Working Group. 😀", "\u{0}\u{1}Mexico\u{7F}",
        "- • * 1) Mexico will\n- and the United States\n: ;", "It is expected that", "U.S.-Mexico-Canada-U.S.-",
    ])
    func neverCrashesAndQuotesFaithfully(text: String) {
        let record = Self.extractor.record(for: Self.document(text))
        let evidence = record.events.flatMap(\.evidence) + record.commitments.flatMap(\.evidence)
            + record.mechanisms.flatMap(\.evidence) + record.observations.flatMap(\.evidence) + record.actors.flatMap(\.mentions)
        for e in evidence { #expect(e.isFaithful(to: text)) }
    }

    @Test func sameDocumentGivesSameRecord() throws {
        let text = "Today, the United States and Mexico met in Mexico City. They agreed to establish a Supply Chain Working Group that will meet twice a year."
        let a = Self.extractor.record(for: Self.document(text))
        let b = Self.extractor.record(for: Self.document(text))
        #expect(a == b)
    }

    @Test func devCorpusEvidenceIsFaithful() throws {
        let path = URL(fileURLWithPath: #filePath).deletingLastPathComponent().appendingPathComponent("../../../shared/eval/dev/corpus.jsonl").standardized
        guard let data = try? String(contentsOf: path, encoding: .utf8) else { return }
        for line in data.split(whereSeparator: \.isNewline) {
            let object = try JSONSerialization.jsonObject(with: Data(line.utf8)) as? [String: Any]
            guard let text = object?["text"] as? String else { continue }
            let language = (object?["language"] as? String).flatMap(Language.init(rawValue:))
            let record = Self.extractor.record(for: Self.document(text, language: language ?? .english))
            for e in record.events.flatMap(\.evidence) + record.commitments.flatMap(\.evidence) + record.mechanisms.flatMap(\.evidence) + record.observations.flatMap(\.evidence) {
                #expect(e.isFaithful(to: text))
            }
        }
    }
}

@Suite struct ExtractorFuzzTests {
    /// Deterministic random texts from pieces that stress clause splitting, cues, dates and amounts.
    @Test func randomTextsNeverCrash() {
        let pieces = ["Mexico", "the United States", "will", "agreed to", "meet", "annually", ",", ";", ":", "\n", "\n\n", "•", "1.",
                      "$", "5,871", "million", "percent", "in January", "yesterday", "“", "”", "(", ")", "HLED", "Working Group",
                      "acordaron", "se reunirán", "Estados Unidos", "no", "not", "and", "y", "that", "que", "🇲🇽", "é", "\u{301}",
                      "according to", "CBP", "compared to", "pillars", "pilares", "the following", "-", "–", "it is expected that",
                      "Dialogue", "Comité", "de", "Fentanilo", "sent", "doses", "to", "fulfilling a promise", "since", "2013"]
        var seed: UInt64 = 42
        let extractor = try! Extractor()
        for n in 0..<150 {
            var text = ""
            for _ in 0..<(n % 40 + 1) {
                seed = seed &* 6_364_136_223_846_793_005 &+ 1_442_695_040_888_963_407
                text += pieces[Int(seed >> 33) % pieces.count] + (seed & 1 == 0 ? " " : "")
            }
            let language: Language = n % 2 == 0 ? .english : .spanish
            let record = extractor.record(for: Document(source: "fuzz", title: nil, publisher: nil, published: n % 3 == 0 ? nil : .day(year: 2022, month: 1, day: 5), language: language, text: text))
            let evidence = record.events.flatMap(\.evidence) + record.commitments.flatMap(\.evidence) + record.mechanisms.flatMap(\.evidence) + record.observations.flatMap(\.evidence)
            for e in evidence { #expect(e.isFaithful(to: text)) }
        }
    }
}

@Suite struct ItemIdentityTests {
    @Test func itemIDsAreUniqueWithinARecord() throws {
        let text = "Mayorkas held talks in Mexico City, and Mexico's finance minister traveled to Washington. The United States will send doses to Mexico, and the United States will train Mexican customs officers."
        let record = try Extractor().record(for: Document(source: "t", title: nil, publisher: nil, published: .day(year: 2021, month: 8, day: 10), language: .english, text: text))
        let eventIDs = record.events.map(\.id)
        let commitmentIDs = record.commitments.map(\.id)
        #expect(Set(eventIDs).count == eventIDs.count)
        #expect(Set(commitmentIDs).count == commitmentIDs.count)
        #expect(eventIDs.count == 2)
        #expect(commitmentIDs.count == 2)
    }
}
