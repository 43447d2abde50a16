import PuenteModel
import PuenteText

/// A sentence-like unit: a prose sentence, a heading or a list item.
struct SentenceUnit: Sendable {
    enum Kind: Sendable { case prose, heading, listItem }
    var index: Int
    var range: Range<Int>
    var kind: Kind
    var paragraph: Int
    var words: [Word]
}

/// A time expression found in the text, reduced to what extraction uses.
struct TimeSpan: Sendable {
    enum Value: Sendable {
        case date(DateValue)
        case interval(from: DateValue?, to: DateValue?)
        case duration(ISODuration, due: DateValue?)
        case frequency(ISODuration)
    }
    var range: Range<Int>
    var value: Value
    var isRelative: Bool

    /// The date the expression names (an interval's start), if it names one.
    var date: DateValue? {
        switch value {
        case let .date(d): return d
        case let .interval(from, to): return from ?? to
        default: return nil
        }
    }

    /// The period the expression covers: an interval within one year as its half, quarter or
    /// year ("de enero a junio" → H1), else its date.
    var period: DateValue? {
        guard case let .interval(from?, to?) = value else { return date }
        let (a, b) = (from.interval.first, to.interval.last)
        guard a.year == b.year, a.day == 1 else { return date }
        switch (a.month, b.month) {
        case (1, 12): return .year(a.year)
        case (1, 6): return .half(year: a.year, half: 1)
        case (7, 12): return .half(year: a.year, half: 2)
        case let (m, n) where n == m + 2 && (m - 1) % 3 == 0: return .quarter(year: a.year, quarter: (m - 1) / 3 + 1)
        default: return date
        }
    }
}

/// An amount found in the text.
struct AmountSpan: Sendable {
    enum Kind: Sendable, Equatable { case money(currency: String), quantity(unit: String), percent, number }
    var range: Range<Int>
    var value: Double
    var kind: Kind
    /// "more than", "about", "up to": the number is approximate or a bound.
    var isQualified: Bool = false
}

/// An actor mention resolved against the lexicon.
struct ActorSpan: Sendable {
    var range: Range<Int>
    var id: String
    /// ISO3 country, `IGO` for international bodies, nil when unknown.
    var country: String?
    var isPronounLike: Bool = false
}

/// A mention of a standing mechanism.
struct MechanismSpan: Sendable {
    var range: Range<Int>
    var id: String
    var name: String
    var kind: MechanismKind
    var members: [String]
    var aliases: [String]
}

/// Everything extraction reads about one document, each with offsets into its text.
struct Annotations: Sendable {
    var document: Document
    var text: ScalarText
    var language: Language
    /// The document's date, from its metadata or its dateline.
    var date: CalendarDay?
    var datePrecision: DateValue?
    var sentences: [SentenceUnit]
    var times: [TimeSpan]
    var amounts: [AmountSpan]
    var actors: [ActorSpan]
    var mechanisms: [MechanismSpan]
    var resolvedActors: [ResolvedActor]
    /// The country of the publisher ("we" in a one-sided statement), if known.
    var speakerCountry: String?
    /// The two countries the document is about, most mentioned first.
    var dyad: [String]
    /// Whether the document speaks for both sides (a joint statement or declaration).
    var isJoint: Bool
    /// Whether the document is a readout, statement or communiqué issued on the day it reports.
    var isDayReport: Bool = false
    /// The publisher's actor id when it is a government body ("USA.GOV.USTR").
    var publisherOrg: String?
    /// Countries by actor id (`IGO` for international bodies), from mentions and resolved actors.
    var countries: [String: String] = [:]

    /// Fills `countries` from the actor mentions and resolved actors.
    mutating func indexCountries() {
        for a in resolvedActors where countries[a.id] == nil {
            if let c = a.country ?? (a.kind == .igo ? "IGO" : nil) { countries[a.id] = c }
        }
        for a in actors where countries[a.id] == nil { if let c = a.country { countries[a.id] = c } }
    }
}

extension Annotations {
    /// The country of an actor id: from its mentions, its resolved actor, or an ISO3 id itself.
    func countryOf(_ id: String) -> String? {
        if let c = countries[id] { return c }
        return id.count == 3 && id.uppercased() == id ? id : nil
    }
}
