import PuenteModel

/// Places partial dates (no year, a weekday, a season) on the calendar around a document date.
enum DateResolution {
    /// The year of a month and day: past tense → on or before the document date, future → on or
    /// after it, no tense → the nearest one.
    static func year(month: Int, day: Int?, tense: Tense?, documentDate doc: CalendarDay) -> Int {
        let key = month * 100 + (day ?? 0)
        let docKey = doc.month * 100 + (day == nil ? 0 : doc.day)
        switch tense {
        case .past: return key <= docKey ? doc.year : doc.year - 1
        case .future: return key >= docKey ? doc.year : doc.year + 1
        case nil:
            // No cue: the nearest, within six months either side of the document date.
            let diff = (month - doc.month)
            if diff > 6 { return doc.year - 1 }
            if diff < -6 { return doc.year + 1 }
            return doc.year
        }
    }

    /// The weekday `weekday` (1 = Monday) nearest the document date in the tense's direction.
    /// `inclusive` lets the document date itself count ("este martes").
    static func day(weekday: Int, tense: Tense?, inclusive: Bool, documentDate doc: CalendarDay) -> CalendarDay {
        let delta = weekday - doc.weekday
        switch tense ?? .past {
        case .past:
            var back = (-delta + 7) % 7
            if back == 0, !inclusive { back = 7 }
            return doc.adding(days: -back)
        case .future:
            var ahead = (delta + 7) % 7
            if ahead == 0, !inclusive { ahead = 7 }
            return doc.adding(days: ahead)
        }
    }

    /// The quarter `quarter` of the year the tense points to.
    static func year(quarter: Int, tense: Tense?, documentDate doc: CalendarDay) -> Int {
        let current = (doc.month - 1) / 3 + 1
        switch tense {
        case .past: return quarter <= current ? doc.year : doc.year - 1
        case .future: return quarter >= current ? doc.year : doc.year + 1
        case nil: return doc.year
        }
    }

    /// The season nearest the document date in the tense's direction. `strict` skips the season the
    /// document date falls in ("last summer" written in July is the previous one).
    static func year(season: DateValue.Season, tense: Tense?, strict: Bool, documentDate doc: CalendarDay) -> Int {
        let candidates = [doc.year - 2, doc.year - 1, doc.year, doc.year + 1]
        switch tense {
        case .past:
            for y in candidates.reversed() {
                let (first, last) = DateValue.season(year: y, season: season).interval
                if strict ? last < doc : first <= doc { return y }
            }
            return doc.year - 1
        case .future:
            for y in candidates {
                let (first, last) = DateValue.season(year: y, season: season).interval
                if strict ? first > doc : last >= doc { return y }
            }
            return doc.year + 1
        case nil:
            return season == .winter && doc.month <= 2 ? doc.year - 1 : doc.year
        }
    }

    /// The value `amount` units of `unit` from the document date, at the unit's precision
    /// ("two years ago" → a year, "three days ago" → a day, "next week" → an ISO week).
    static func shifted(_ doc: CalendarDay, by amount: Int, _ unit: TimeUnit) -> DateValue? {
        switch unit {
        case .day: return doc.adding(days: amount).dateValue
        case .week:
            let w = doc.adding(days: 7 * amount).isoWeek
            return .week(year: w.year, week: w.week)
        case .month:
            let d = doc.adding(months: amount)
            return .month(year: d.year, month: d.month)
        case .quarter:
            let d = doc.adding(months: 3 * amount)
            return .quarter(year: d.year, quarter: (d.month - 1) / 3 + 1)
        case .semester:
            let d = doc.adding(months: 6 * amount)
            return .half(year: d.year, half: d.month <= 6 ? 1 : 2)
        case .year: return .year(doc.year + amount)
        case .decade:
            let y = doc.year + 10 * amount
            return .decade(startYear: y - ((y % 10) + 10) % 10)
        }
    }

    /// The date a duration running forward from the document date reaches: month precision for
    /// years, quarters and months; day precision for weeks and days.
    static func due(_ doc: CalendarDay, after duration: ISODuration) -> DateValue {
        let d = duration.added(to: doc)
        if duration.weeks == 0 && duration.days == 0 { return .month(year: d.year, month: d.month) }
        return d.dateValue
    }
}

extension DateValue {
    /// The same value moved to another year (for values that name a part of a year).
    func replacingYear(_ y: Int) -> DateValue {
        switch self {
        case let .day(_, m, d): return .day(year: y, month: m, day: min(d, CalendarMath.daysIn(month: m, year: y)))
        case let .month(_, m): return .month(year: y, month: m)
        case let .season(_, s): return .season(year: y, season: s)
        case let .quarter(_, q): return .quarter(year: y, quarter: q)
        case let .half(_, h): return .half(year: y, half: h)
        case .year: return .year(y)
        default: return self
        }
    }
}
