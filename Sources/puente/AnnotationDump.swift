import Foundation
import PuenteLexicon
import PuenteModel
import PuenteText

/// The `--annotations` view: the dates, amounts and actor mentions found in a document, with
/// offsets and normalized values, for inspection.
struct AnnotationDump {
    struct Line: Encodable {
        var document: String
        var source: String
        var published: String?
        var dates: [Span]
        var amounts: [Span]
        var actors: [Span]
        var mechanisms: [Span]
    }

    struct Span: Encodable {
        var start: Int
        var end: Int
        var text: String
        /// The normalized value, as `TimeExpression`, `AmountExpression` or the actor id says it.
        var value: String
        var note: String?
    }

    let resolver: ActorResolver

    func json(for document: Document) throws -> String {
        let text = ScalarText(document.text)
        let language = document.language ?? .english
        let day = Self.anchorDay(document.published)
        let dates = TimeTagger.expressions(in: text, documentDate: day, language: language).map {
            Span(start: $0.range.lowerBound, end: $0.range.upperBound, text: $0.text, value: $0.value.description,
                 note: [$0.modifier?.rawValue, $0.isRelative ? "relative" : nil].compactMap { $0 }.joined(separator: ", ").nonEmpty)
        }
        let amounts = AmountTagger.amounts(in: text, language: language).map {
            Span(start: $0.range.lowerBound, end: $0.range.upperBound, text: $0.text, value: $0.summary, note: nil)
        }
        let resolution = resolver.resolve(text, documentID: document.id, date: day, language: document.language)
        let actors = resolution.mentions.map {
            Span(start: $0.range.lowerBound, end: $0.range.upperBound, text: text[$0.range], value: $0.actorID, note: $0.how.rawValue)
        }
        let mechanisms = resolver.mechanismMentions(in: text).map {
            Span(start: $0.range.lowerBound, end: $0.range.upperBound, text: text[$0.range], value: $0.mechanismID, note: nil)
        }
        let line = Line(document: document.id, source: document.source, published: document.published?.isoString,
                        dates: dates, amounts: amounts, actors: actors, mechanisms: mechanisms)
        return String(decoding: try RecordCoding.lineEncoder().encode(line), as: UTF8.self)
    }
}

extension AnnotationDump {
    /// The day relative expressions count from: the publication day only, as the extractor does;
    /// "yesterday" in a document dated "2021-07" could be any day of it.
    static func anchorDay(_ published: DateValue?) -> CalendarDay? {
        if case .day = published { return published?.interval.first }
        return nil
    }
}

extension String {
    var nonEmpty: String? { isEmpty ? nil : self }
}
