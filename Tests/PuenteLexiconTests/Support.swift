import PuenteLexicon
import PuenteModel
import PuenteText

/// The bundled lexicon and its resolver, built once for all tests.
enum Fixture {
    static let lexicon: Lexicon = try! Lexicon.bundled()
    static let resolver = ActorResolver(lexicon: lexicon)

    static func day(_ s: String) -> CalendarDay? {
        guard case let .day(y, m, d)? = DateValue(isoString: s) else { return nil }
        return CalendarDay(year: y, month: m, day: d)
    }

    /// Mentions as "quote=ID" strings, in text order.
    static func mentions(_ text: String, _ date: String? = nil, _ lang: Language? = nil) -> [String] {
        let t = ScalarText(text)
        let r = resolver.resolve(t, documentID: "doc", date: date.flatMap(day), language: lang)
        return r.mentions.map { "\(t[$0.range])=\($0.actorID)" }
    }

    static func ids(_ text: String, _ date: String? = nil, _ lang: Language? = nil) -> [String] {
        let t = ScalarText(text)
        return resolver.resolve(t, documentID: "doc", date: date.flatMap(day), language: lang).mentions.map(\.actorID)
    }
}
