import Foundation
import PuenteModel
import PuenteText

/// The `--sentences` view: a document's sentences with offsets, for inspection.
enum SentenceDump {
    struct Line: Encodable {
        var document: String
        var source: String
        var sentences: [Item]
    }

    struct Item: Encodable {
        var start: Int
        var end: Int
        var kind: String
        var paragraph: Int
        var text: String
    }

    static func json(for document: Document) throws -> String {
        let found = TextSegmenter.sentences(in: ScalarText(document.text), language: document.language)
        let line = Line(document: document.id, source: document.source, sentences: found.map {
            Item(start: $0.range.lowerBound, end: $0.range.upperBound, kind: $0.kind.rawValue, paragraph: $0.paragraph, text: $0.text)
        })
        return String(decoding: try RecordCoding.lineEncoder().encode(line), as: UTF8.self)
    }
}
