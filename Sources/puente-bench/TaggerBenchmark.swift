import ArgumentParser
import Foundation
import PuenteModel
import PuenteText

/// Measures the time and amount taggers together, single-threaded, in MB of UTF-8 text per second.
struct TaggerBenchmark: AsyncParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "taggers",
        abstract: "Time-expression and amount taggers: MB/s of text on one core."
    )

    @Option(help: "JSON Lines corpus with `text`, `published` and `language` fields.")
    var corpus: String = "../shared/eval/dev/corpus.jsonl"

    @Option(help: "MB of text to process in total (the corpus is repeated).")
    var megabytes: Double = 50

    @Option(help: "What to run: both, time or amounts.")
    var stage: String = "both"

    @Option(help: "Fail (exit 1) below this many MB/s.")
    var minimum: Double = 5

    @Flag(help: "Print every expression found in each document instead of timing.")
    var dump = false

    func run() async throws {
        let documents = try Self.load(corpus)
        if dump {
            for (n, d) in documents.enumerated() {
                print("# document \(n + 1) (\(d.language.rawValue), \(d.date.map { $0.dateValue.isoString } ?? "no date"))")
                for e in TimeTagger.expressions(in: d.text, documentDate: d.date, language: d.language) { print("  time   \(e)") }
                for a in AmountTagger.amounts(in: d.text, language: d.language) { print("  amount \(a)") }
            }
            return
        }
        let totalBytes = documents.reduce(0) { $0 + $1.bytes }
        guard totalBytes > 0 else { throw ValidationError("the corpus at \(corpus) has no text") }
        let rounds = max(1, Int((megabytes * 1_000_000 / Double(totalBytes)).rounded(.up)))
        var found = 0
        let clock = ContinuousClock()
        let elapsed = clock.measure {
            for _ in 0..<rounds {
                for d in documents {
                    if stage != "amounts" {
                        found &+= TimeTagger.expressions(in: d.text, documentDate: d.date, language: d.language).count
                    }
                    if stage != "time" {
                        found &+= AmountTagger.amounts(in: d.text, language: d.language).count
                    }
                }
            }
        }
        let seconds = Double(elapsed.components.seconds) + Double(elapsed.components.attoseconds) / 1e18
        let mb = Double(totalBytes * rounds) / 1_000_000
        let rate = mb / seconds
        print(String(format: "\(stage): %.1f MB in %.2f s = %.1f MB/s (%d documents × %d rounds, %d results)",
                     mb, seconds, rate, documents.count, rounds, found))
        if rate < minimum {
            print(String(format: "below the %.1f MB/s threshold", minimum))
            throw ExitCode(1)
        }
    }

    struct Document {
        var text: ScalarText
        var date: CalendarDay?
        var language: Language
        var bytes: Int
    }

    static func load(_ path: String) throws -> [Document] {
        guard let data = FileManager.default.contents(atPath: path) else {
            throw ValidationError("cannot read \(path); pass --corpus")
        }
        var documents: [Document] = []
        for line in data.split(separator: UInt8(ascii: "\n")) where !line.isEmpty {
            guard let object = try JSONSerialization.jsonObject(with: Data(line)) as? [String: Any],
                  let text = object["text"] as? String else { continue }
            var date: CalendarDay?
            if let p = object["published"] as? String, case let .day(y, m, d)? = DateValue(isoString: String(p.prefix(10))) {
                date = CalendarDay(year: y, month: m, day: d)
            }
            let language = Language(rawValue: object["language"] as? String ?? "en") ?? .english
            documents.append(Document(text: ScalarText(text), date: date, language: language, bytes: text.utf8.count))
        }
        return documents
    }
}
