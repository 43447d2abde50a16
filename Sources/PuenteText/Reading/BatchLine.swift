import Foundation
import PuenteModel

/// One line of a JSON Lines batch: `source` and `text` or `html`, optionally `id`, `title`,
/// `publisher`, `published` and `language`.
public struct BatchLine: Sendable {
    public var id: String?
    public var source: String
    public var body: Body
    public var hints: DocumentReader.Hints

    public enum Body: Sendable {
        case text(String)
        case html(String)
    }

    /// Parses one line; `location` ("file:line") names it in errors.
    public init(parsing line: Substring, location: String) throws(ReadingError) {
        let object: [String: Any]
        do {
            guard let parsed = try JSONSerialization.jsonObject(with: Data(line.utf8)) as? [String: Any] else {
                throw ReadingError(.malformedLine, location: location, message: "the line is not a JSON object; each line must be {\"source\": …, \"text\": …}")
            }
            object = parsed
        } catch let error as ReadingError {
            throw error
        } catch {
            throw ReadingError(.malformedLine, location: location, message: "the line is not valid JSON; fix or remove it (each line must be one JSON object)")
        }
        func string(_ key: String) throws(ReadingError) -> String? {
            switch object[key] {
            case nil, is NSNull: return nil
            case let value as String: return value
            default: throw ReadingError(.malformedLine, location: location, message: "\"\(key)\" must be a string")
            }
        }
        guard let source = try string("source"), !source.isEmpty else {
            throw ReadingError(.malformedLine, location: location, message: "the line has no \"source\"; give the URL or path the document came from")
        }
        if let text = try string("text") {
            body = .text(text)
        } else if let html = try string("html") {
            body = .html(html)
        } else {
            throw ReadingError(.malformedLine, location: location, message: "the line has neither \"text\" nor \"html\"; give the document's content in one of them")
        }
        var published: DateValue?
        if let raw = try string("published") {
            guard let date = DateValue(isoString: String(raw.prefix(10))) ?? DateValue(isoString: raw) else {
                throw ReadingError(.malformedLine, location: location, message: "\"published\" is '\(raw)'; write a date such as 2021-06-08, 2021-06 or 2021")
            }
            published = date
        }
        var language: Language?
        if let raw = try string("language") {
            guard let lang = Language(rawValue: raw.lowercased()) else {
                throw ReadingError(.malformedLine, location: location, message: "\"language\" is '\(raw)'; Puente reads \"en\" and \"es\"")
            }
            language = lang
        }
        self.id = try string("id")
        self.source = source
        self.hints = DocumentReader.Hints(title: try string("title"), publisher: try string("publisher"), published: published, language: language)
    }
}
