import ArgumentParser
import Foundation
import PuenteLexicon
import PuenteModel
import PuenteText

/// `puente-bench lexicon`: lexicon load time and actor-matching throughput on one core.
struct LexiconBenchmark: AsyncParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "lexicon",
        abstract: "Measure lexicon load time (ms) and actor matching speed (MB/s of UTF-8 text, one core)."
    )

    @Option(help: "Megabytes of text to match.") var megabytes: Int = 8
    @Option(help: "Load repetitions; the median is reported.") var loads: Int = 5

    func run() async throws {
        var loadTimes: [Double] = []
        var resolver: ActorResolver?
        for _ in 0..<max(1, loads) {
            let start = DispatchTime.now().uptimeNanoseconds
            let lexicon = try Lexicon.bundled()
            resolver = ActorResolver(lexicon: lexicon)
            loadTimes.append(Double(DispatchTime.now().uptimeNanoseconds - start) / 1e6)
        }
        guard let resolver else { return }
        let text = ScalarText(Self.corpus(bytes: megabytes * 1_000_000))
        let bytes = Double(text.string.utf8.count)
        let day = CalendarDay(year: 2021, month: 10, day: 8)
        let start = DispatchTime.now().uptimeNanoseconds
        let result = resolver.resolve(text, documentID: "bench", date: day, language: .english)
        let mechanisms = resolver.mechanismMentions(in: text)
        let seconds = Double(DispatchTime.now().uptimeNanoseconds - start) / 1e9
        let stats = resolver.statistics
        print("lexicon load (bundled + compile), median of \(loadTimes.count): \(String(format: "%.1f", loadTimes.sorted()[loadTimes.count / 2])) ms")
        print("phrases \(stats.phrases), trie nodes \(stats.trieNodes), actors \(resolver.lexicon.actors.count), mechanisms \(resolver.lexicon.mechanisms.count)")
        print("matched \(String(format: "%.1f", bytes / 1e6)) MB in \(String(format: "%.3f", seconds)) s: \(String(format: "%.1f", bytes / 1e6 / seconds)) MB/s")
        print("mentions \(result.mentions.count), actors \(result.actors.count), mechanism mentions \(mechanisms.count)")
    }

    /// News-like English and Spanish sentences repeated to `bytes`.
    static func corpus(bytes: Int) -> String {
        let sentences = [
            "Secretary of State Antony Blinken met Foreign Minister Marcelo Ebrard in Mexico City on Friday to discuss migration.",
            "The U.S. delegation, led by Homeland Security Secretary Alejandro Mayorkas, held talks with Mexican officials.",
            "El canciller Ebrard dijo que el Entendimiento Bicentenario sustituye a la Iniciativa Mérida.",
            "Under the USMCA, the Rapid Response Labor Mechanism allows the United States to request reviews of facilities in Mexico.",
            "Analysts said inflation, supply chains and energy investment would dominate the agenda for the coming year.",
            "La secretaria de Economía, Tatiana Clouthier, se reunió con la representante comercial Katherine Tai en Washington.",
            "The president praised the High-Level Economic Dialogue and the work of the Department of Labor and ILAB.",
            "Manufacturing output rose 3.2 percent in the third quarter, according to figures published on Tuesday morning.",
            "Autoridades mexicanas y estadounidenses acordaron reforzar la cooperación contra el tráfico de fentanilo y armas.",
            "Reporters from the Washington Post asked Ambassador Salazar about the Mexico City Marathon and the Gulf of Mexico.",
        ]
        var out = ""
        out.reserveCapacity(bytes + 200)
        var i = 0
        while out.utf8.count < bytes {
            out += sentences[i % sentences.count]
            out += i % 4 == 3 ? "\n\n" : " "
            i += 1
        }
        return out
    }
}
