import Foundation
import PuenteModel
import Testing
@testable import PuenteExtract

/// One row of `Fixtures/sentences-*.tsv`: a sentence written for the tests and the items it gives.
struct SentenceCase: CustomStringConvertible, Sendable {
    var language: Language
    var published: DateValue?
    var text: String
    var expected: [String]
    var isKnownGap: Bool

    var description: String { "\(language.rawValue): \(text)" }

    static func load(_ name: String) throws -> [SentenceCase] {
        let url = try #require(Bundle.module.url(forResource: "Fixtures/" + name, withExtension: nil))
        return try String(contentsOf: url, encoding: .utf8).split(whereSeparator: \.isNewline).compactMap { line in
            guard !line.hasPrefix("#") else { return nil }
            let c = line.split(separator: "\t", omittingEmptySubsequences: false).map(String.init)
            guard c.count >= 4, let language = Language(rawValue: c[0]) else { return nil }
            let expected = c[3] == "-" ? [] : c[3].split(separator: " ").map(String.init)
            return SentenceCase(language: language, published: DateValue(isoString: c[1]), text: c[2],
                                expected: expected.sorted(), isKnownGap: c.count > 4 && c[4] == "gap")
        }
    }

    /// The items of a record in the fixtures' notation, for the kinds the expectation names.
    static func items(of record: Record, like expected: [String]) -> [String] {
        let countriesOf: ([String]) -> String = { ids in
            ids.map { id in
                let country = record.actors.first { $0.id == id }?.country
                return country ?? (id.hasPrefix("IGO") ? "IGO" : String(id.prefix(3)))
            }.uniqued.sorted().joined(separator: "+")
        }
        let withKind = Set(expected.filter { $0.hasPrefix("C:") && $0.split(separator: ":").count == 3 }.map { $0.split(separator: ":")[1] })
        var out = record.events.map { "E:\($0.type.rawValue):\(countriesOf($0.source + $0.target))" }
        out += record.commitments.map { c in
            let actor = c.actor.sorted().joined(separator: "+")
            return withKind.contains(Substring(actor)) ? "C:\(actor):\(c.kind.rawValue)" : "C:\(actor)"
        }
        out += record.mechanisms.map { "M:\($0.id)" }
        out += record.observations.map { o in
            o.value == o.value.rounded() ? "O:\(Int(o.value))" : "O:\(o.value)"
        }
        return out.sorted()
    }
}

@Suite struct SentenceTableTests {
    static let extractor = try! Extractor()

    static func document(for c: SentenceCase) -> Document {
        Document(source: "https://www.state.gov/test", title: nil, publisher: "U.S. Department of State",
                 published: c.published, language: c.language, text: c.text)
    }

    static func run(_ file: String) throws -> (passed: Int, failures: [String], gapsPassing: Int, gaps: Int) {
        var passed = 0, gapsPassing = 0, gaps = 0
        var failures: [String] = []
        for c in try SentenceCase.load(file) {
            let record = extractor.record(for: document(for: c))
            for e in record.events.flatMap(\.evidence) + record.commitments.flatMap(\.evidence) + record.mechanisms.flatMap(\.evidence) {
                #expect(e.isFaithful(to: c.text), "evidence must quote the text: \(e)")
            }
            let got = SentenceCase.items(of: record, like: c.expected)
            if c.isKnownGap {
                gaps += 1
                if got == c.expected { gapsPassing += 1 }
            } else if got == c.expected {
                passed += 1
            } else {
                failures.append("\(c)\n    expected \(c.expected)\n    got      \(got)")
            }
        }
        return (passed, failures, gapsPassing, gaps)
    }

    @Test func englishSentences() throws {
        let result = try Self.run("sentences-en.tsv")
        print("English: \(result.passed) passed, \(result.failures.count) failed, known gaps \(result.gapsPassing)/\(result.gaps) passing")
        #expect(result.passed >= 120)
        #expect(result.failures.isEmpty, "\(result.failures.joined(separator: "\n"))")
    }

    @Test func spanishSentences() throws {
        let result = try Self.run("sentences-es.tsv")
        print("Spanish: \(result.passed) passed, \(result.failures.count) failed, known gaps \(result.gapsPassing)/\(result.gaps) passing")
        #expect(result.passed >= 60)
        #expect(result.failures.isEmpty, "\(result.failures.joined(separator: "\n"))")
    }
}
