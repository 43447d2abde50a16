import Foundation
import PuenteText
import Testing

/// Scores extraction on the shared article-extraction benchmark with the same word 4-gram shingles
/// as `eval/score_article_extraction.py`. Skipped when the benchmark is absent.
@Suite("HTML extraction on the article-extraction benchmark",
       .enabled(if: SharedData.hasArticleBenchmark, "needs ../shared/data/article-extraction-benchmark (or PUENTE_SHARED)"))
struct HTMLBenchmarkTests {
    @Test("F1 over the 181 pages is at least 0.965")
    func benchmarkF1() throws {
        let folder = SharedData.articleBenchmark
        let truthData = try Data(contentsOf: folder.appendingPathComponent("ground-truth.json"))
        let truth = try JSONDecoder().decode([String: [String: String]].self, from: truthData)
        var precisions: [Double] = []
        var recalls: [Double] = []
        for (id, item) in truth {
            let file = folder.appendingPathComponent("html/\(id).html.gz")
            let page = HTMLPage(parsing: [UInt8](try Data(contentsOf: file)), url: item["url"])
            let gold = Shingles(item["articleBody"] ?? "")
            let predicted = Shingles(page.mainText)
            let common = Double(gold.set.intersection(predicted.set).count)
            precisions.append(predicted.set.isEmpty ? (gold.set.isEmpty ? 1 : 0) : common / Double(predicted.set.count))
            recalls.append(gold.set.isEmpty ? 1 : common / Double(gold.set.count))
        }
        let precision = precisions.reduce(0, +) / Double(precisions.count)
        let recall = recalls.reduce(0, +) / Double(recalls.count)
        let f1 = 2 * precision * recall / (precision + recall)
        #expect(f1 >= 0.965, "precision \(precision), recall \(recall), F1 \(f1)")
    }
}

/// Lower-cased word 4-grams, words being runs of letters, digits and underscores.
private struct Shingles {
    var set: Set<[Substring]>

    init(_ text: String) {
        let lowered = text.lowercased()
        let words = lowered.split(whereSeparator: { !($0.isLetter || $0.isNumber || $0 == "_") })
        if words.count < 4 {
            set = words.isEmpty ? [] : [Array(words)]
        } else {
            set = Set((0 ... words.count - 4).map { Array(words[$0 ..< $0 + 4]) })
        }
    }
}
