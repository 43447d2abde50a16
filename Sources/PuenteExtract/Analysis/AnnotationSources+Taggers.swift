import PuenteModel
import PuenteText

extension AnnotationSources {
    /// Time expressions of the whole text, resolved against the document date.
    static func taggedTimes(_ text: ScalarText, date: CalendarDay?, language: Language) -> [TimeSpan] {
        TimeTagger.expressions(in: text, range: nil, documentDate: date, language: language).map { e in
            let value: TimeSpan.Value
            switch e.value {
            case let .date(d): value = .date(d)
            case let .interval(from, to): value = .interval(from: from, to: to)
            case let .duration(d, due): value = .duration(d, due: due)
            case let .frequency(d): value = .frequency(d)
            }
            return TimeSpan(range: e.range, value: value, isRelative: e.isRelative)
        }
    }

    /// Money, quantities, percentages and numbers of the whole text.
    static func taggedAmounts(_ text: ScalarText, language: Language) -> [AmountSpan] {
        AmountTagger.amounts(in: text, range: nil, language: language).map { a in
            let kind: AmountSpan.Kind
            switch a.kind {
            case let .money(currency): kind = .money(currency: currency)
            case let .quantity(unit): kind = .quantity(unit: unit)
            case .percent: kind = .percent
            case .number: kind = .number
            }
            return AmountSpan(range: a.range, value: (a.value * 1000).rounded() / 1000, kind: kind, isQualified: a.qualifier != nil)
        }
    }

    /// The first full date in a short line near the top: a dateline.
    static func taggedDateline(_ text: ScalarText, sentences: [SentenceUnit], language: Language) -> CalendarDay? {
        for s in sentences.prefix(8) where s.words.count <= 12 {
            for e in TimeTagger.expressions(in: text, range: s.range, documentDate: nil, language: language) where !e.isRelative {
                if case let .date(.day(y, m, d)) = e.value { return CalendarDay(year: y, month: m, day: d) }
            }
        }
        // "MEXICO CITY, Feb. 28, 2025 (Wire) — Mexico on Thursday sent …": a dateline opening a long sentence.
        for s in sentences.prefix(8) where s.words.count > 12 {
            guard let dash = s.words.prefix(16).first(where: { ["—", "–", "--"].contains($0.lower) }) else { continue }
            for e in TimeTagger.expressions(in: text, range: s.range.lowerBound..<dash.range.lowerBound, documentDate: nil, language: language) where !e.isRelative {
                if case let .date(.day(y, m, d)) = e.value { return CalendarDay(year: y, month: m, day: d) }
            }
        }
        return nil
    }
}
