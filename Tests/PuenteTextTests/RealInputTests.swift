import Foundation
import PuenteModel
import Testing
@testable import PuenteText

/// Paths to the repository's sample corpus and to the shared evaluation data, when present.
enum TestData {
    static let packageRoot = URL(fileURLWithPath: #filePath).deletingLastPathComponent().deletingLastPathComponent().deletingLastPathComponent()
    static let samples = packageRoot.appendingPathComponent("Samples")
    /// `PUENTE_SHARED`, else `../shared` beside the package.
    static let shared = URL(fileURLWithPath: ProcessInfo.processInfo.environment["PUENTE_SHARED"]
        ?? packageRoot.deletingLastPathComponent().appendingPathComponent("shared").path)
    static let devCorpus = shared.appendingPathComponent("eval/dev/corpus.jsonl")
    static var hasDevCorpus: Bool { FileManager.default.fileExists(atPath: devCorpus.path) }
}

@Suite struct RealInputTests {
    func checkOffsets(_ document: Document) {
        let text = ScalarText(document.text)
        for sentence in TextSegmenter.sentences(in: text, language: document.language) {
            #expect(text[sentence.range] == sentence.text, "\(document.source)")
            for token in sentence.tokens { #expect(text[token.range] == token.text) }
        }
    }

    @Test func sentenceOffsetsHoldOnTheSampleCorpus() throws {
        let reader = DocumentReader()
        let files = try FileManager.default.contentsOfDirectory(atPath: TestData.samples.path).filter { DocumentReader.format(ofPath: $0) != nil }
        #expect(files.count >= 4)
        for name in files {
            let bytes = Array(try Data(contentsOf: TestData.samples.appendingPathComponent(name)))
            checkOffsets(try reader.read(bytes, format: DocumentReader.format(ofPath: name)!, source: name).document)
        }
    }

    @Test(.enabled(if: TestData.hasDevCorpus, "../shared/eval/dev/corpus.jsonl is absent"))
    func sentenceOffsetsHoldOnTheDevelopmentCorpus() throws {
        let reader = DocumentReader()
        let lines = try String(contentsOf: TestData.devCorpus, encoding: .utf8).split(separator: "\n")
        #expect(lines.count >= 11)
        for (i, line) in lines.enumerated() {
            let batchLine = try BatchLine(parsing: line, location: "corpus.jsonl:\(i + 1)")
            guard case .text(let text) = batchLine.body else { continue }
            let document = try reader.read(text: text, source: batchLine.source, hints: batchLine.hints).document
            #expect(!document.text.isEmpty)
            checkOffsets(document)
        }
    }
}
