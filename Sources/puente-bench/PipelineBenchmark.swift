import ArgumentParser
import Foundation
import PuenteExtract
import PuenteModel
import PuenteText

/// `puente-bench pipeline`: throughput of what `puente extract` does to a text — clean-up and
/// metadata (`DocumentReader`), segmentation, time and amount tagging, actor resolution and item
/// extraction — over a JSON Lines corpus or generated documents, in MB of text per second on one core.
struct PipelineBenchmark: AsyncParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "pipeline",
        abstract: "Measure extraction throughput (MB/s of clean text) on one core.")

    @Option(help: "A JSON Lines corpus: objects with text, and optionally source, title, publisher, published, language.")
    var corpus: String?

    @Option(help: "Generate this many documents by recombining the corpus sentences (or built-in sentences).")
    var generate: Int?

    @Option(help: "Repeat the whole run this many times and report the best.")
    var repeats: Int = 3

    @Option(help: "Write the records of the first run here as JSON Lines.")
    var write: String?

    func validate() throws {
        guard corpus != nil || generate != nil else { throw ValidationError("give --corpus FILE, --generate N, or both") }
    }

    func run() async throws {
        let base = try corpus.map(BenchmarkCorpus.load) ?? []
        let documents = generate.map { BenchmarkCorpus.generate($0, from: base) } ?? base
        let extractor = try Extractor()
        let reader = DocumentReader()
        let bytes = documents.reduce(0) { $0 + $1.text.utf8.count }
        var best = Double.infinity
        var items = 0
        for round in 0..<max(1, repeats) {
            let clock = ContinuousClock()
            var records: [Record] = []
            let elapsed = clock.measure {
                records = documents.map { d in
                    let hints = DocumentReader.Hints(title: d.title, publisher: d.publisher, published: d.published, language: d.language)
                    let clean = (try? reader.read(text: d.text, source: d.source, hints: hints).document) ?? d
                    return extractor.record(for: clean)
                }
            }
            best = min(best, Double(elapsed.components.seconds) + Double(elapsed.components.attoseconds) / 1e18)
            if round == 0 {
                items = records.reduce(0) { $0 + $1.events.count + $1.commitments.count + $1.mechanisms.count + $1.observations.count }
                if let write { try BenchmarkCorpus.write(records, to: write) }
            }
        }
        let megabytes = Double(bytes) / 1_000_000
        print(String(format: "pipeline: %d documents, %.2f MB, %d items, best of %d: %.3f s, %.2f MB/s (one core)",
                     documents.count, megabytes, items, max(1, repeats), best, megabytes / max(best, 1e-9)))
    }
}

/// Loading, generating and writing benchmark documents.
enum BenchmarkCorpus {
    struct Line: Decodable {
        var source: String?
        var title: String?
        var publisher: String?
        var published: String?
        var language: String?
        var text: String
    }

    /// The corpus documents, cleaned by the same reader `puente extract` uses.
    static func load(_ path: String) throws -> [Document] {
        let data = try String(contentsOfFile: path, encoding: .utf8)
        let reader = DocumentReader()
        return try data.split(whereSeparator: \.isNewline).enumerated().map { i, line in
            let l = try JSONDecoder().decode(Line.self, from: Data(line.utf8))
            let hints = DocumentReader.Hints(title: l.title, publisher: l.publisher,
                                             published: l.published.flatMap(DateValue.init(isoString:)),
                                             language: l.language.flatMap(Language.init(rawValue:)))
            return try reader.read(text: l.text, source: l.source ?? "\(path)#\(i + 1)", hints: hints).document
        }
    }

    /// `count` documents of about 20 KB, each a deterministic recombination of the base paragraphs.
    static func generate(_ count: Int, from base: [Document]) -> [Document] {
        let paragraphs = base.flatMap { d in d.text.components(separatedBy: "\n").filter { $0.count > 40 }.map { ($0, d.language) } }
        let pool = paragraphs.isEmpty ? builtIn.map { ($0, Optional(Language.english)) } : paragraphs
        var seed: UInt64 = 0x9E37_79B9_7F4A_7C15
        return (0..<count).map { n in
            var text = ""
            let language = pool[n % pool.count].1
            while text.utf8.count < 20_000 {
                seed = seed &* 6_364_136_223_846_793_005 &+ 1_442_695_040_888_963_407
                let p = pool[Int(seed >> 33) % pool.count]
                if p.1 == language { text += p.0 + "\n\n" }
            }
            return Document(source: "generated:\(n)", title: nil, publisher: nil, published: .day(year: 2022, month: 9, day: 12),
                            language: language, text: text)
        }
    }

    static let builtIn = [
        "Today, senior officials from the United States and Mexico met in Mexico City to convene the High-Level Economic Dialogue.",
        "The United States will invest $130 million over the next three years to support Mexico's labor reform.",
        "Mexico and the United States agreed to establish a Supply Chain Working Group that will meet twice a year.",
        "According to CBP, 5,871 unaccompanied children crossed the border in January, compared to 4,995 in December.",
    ]

    static func write(_ records: [Record], to path: String) throws {
        let encoder = RecordCoding.lineEncoder()
        var out = Data()
        for r in records {
            out.append(try encoder.encode(r))
            out.append(0x0A)
        }
        try out.write(to: URL(fileURLWithPath: path))
    }
}
