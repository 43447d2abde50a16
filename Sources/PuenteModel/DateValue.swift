/// A calendar date at the precision the text supports, written as ISO 8601 (TIMEX3 for seasons,
/// halves, decades and fiscal years): `2021-08-10`, `2021-08`, `2021`, `2021-Q3`, `2021-W36`,
/// `2021-H2`, `2023-FA`, `199X`, `FY2024`.
///
/// A value never holds more precision than its source: "in September 2021" is `.month`, not a day.
/// Weeks are ISO weeks (Monday first, week 1 holds the year's first Thursday).
public enum DateValue: Hashable, Sendable {
    case day(year: Int, month: Int, day: Int)
    case week(year: Int, week: Int)
    case month(year: Int, month: Int)
    case season(year: Int, season: Season)
    case quarter(year: Int, quarter: Int)
    case half(year: Int, half: Int)
    case year(Int)
    /// A US federal fiscal year, which runs from October 1 of the previous year.
    case fiscalYear(Int)
    /// The decade starting at `startYear`, a multiple of ten.
    case decade(startYear: Int)

    /// A season of the northern hemisphere, in TIMEX3 notation.
    public enum Season: String, Sendable, CaseIterable {
        case spring = "SP", summer = "SU", fall = "FA", winter = "WI"
    }

    /// The ISO 8601 (or TIMEX3) form written in records.
    public var isoString: String {
        switch self {
        case let .day(y, m, d): return "\(Self.pad(y, 4))-\(Self.pad(m, 2))-\(Self.pad(d, 2))"
        case let .week(y, w): return "\(Self.pad(y, 4))-W\(Self.pad(w, 2))"
        case let .month(y, m): return "\(Self.pad(y, 4))-\(Self.pad(m, 2))"
        case let .season(y, s): return "\(Self.pad(y, 4))-\(s.rawValue)"
        case let .quarter(y, q): return "\(Self.pad(y, 4))-Q\(q)"
        case let .half(y, h): return "\(Self.pad(y, 4))-H\(h)"
        case let .year(y): return Self.pad(y, 4)
        case let .fiscalYear(y): return "FY\(Self.pad(y, 4))"
        case let .decade(y): return "\(Self.pad(y / 10, 3))X"
        }
    }

    /// Parses the forms `isoString` writes; nil for anything else.
    public init?(isoString text: String) {
        let parts = text.split(separator: "-", omittingEmptySubsequences: false).map(String.init)
        if parts.count == 1 {
            let s = parts[0]
            if s.hasPrefix("FY"), let y = Int(s.dropFirst(2)), s.count == 6 { self = .fiscalYear(y); return }
            if s.count == 4, s.hasSuffix("X"), let d = Int(s.dropLast()) { self = .decade(startYear: d * 10); return }
            guard s.count == 4, let y = Int(s) else { return nil }
            self = .year(y)
            return
        }
        guard parts[0].count == 4, let y = Int(parts[0]) else { return nil }
        if parts.count == 3 {
            guard parts[1].count == 2, parts[2].count == 2, let m = Int(parts[1]), let d = Int(parts[2]),
                  (1...12).contains(m), (1...CalendarMath.daysIn(month: m, year: y)).contains(d) else { return nil }
            self = .day(year: y, month: m, day: d)
            return
        }
        guard parts.count == 2 else { return nil }
        let p = parts[1]
        if let s = Season(rawValue: p) { self = .season(year: y, season: s); return }
        if p.count == 2, let m = Int(p), (1...12).contains(m) { self = .month(year: y, month: m); return }
        guard let first = p.first, let n = Int(p.dropFirst()) else { return nil }
        switch first {
        case "W" where (1...53).contains(n) && p.count == 3: self = .week(year: y, week: n)
        case "Q" where (1...4).contains(n): self = .quarter(year: y, quarter: n)
        case "H" where (1...2).contains(n): self = .half(year: y, half: n)
        default: return nil
        }
    }

    /// The calendar year the value falls in (for a fiscal year, the year it ends in).
    public var year: Int {
        switch self {
        case let .day(y, _, _), let .week(y, _), let .month(y, _), let .season(y, _),
             let .quarter(y, _), let .half(y, _), let .year(y), let .fiscalYear(y), let .decade(y):
            return y
        }
    }

    /// The first and last day the value covers, as `(year, month, day)` triples.
    public var interval: (first: CalendarDay, last: CalendarDay) {
        switch self {
        case let .day(y, m, d):
            let day = CalendarDay(year: y, month: m, day: d)
            return (day, day)
        case let .week(y, w):
            let first = CalendarDay.mondayOfISOWeek(w, year: y)
            return (first, first.adding(days: 6))
        case let .month(y, m):
            return (CalendarDay(year: y, month: m, day: 1), CalendarDay(year: y, month: m, day: CalendarMath.daysIn(month: m, year: y)))
        case let .season(y, s):
            switch s {
            case .spring: return (CalendarDay(year: y, month: 3, day: 1), CalendarDay(year: y, month: 5, day: 31))
            case .summer: return (CalendarDay(year: y, month: 6, day: 1), CalendarDay(year: y, month: 8, day: 31))
            case .fall: return (CalendarDay(year: y, month: 9, day: 1), CalendarDay(year: y, month: 11, day: 30))
            case .winter: return (CalendarDay(year: y, month: 12, day: 1), CalendarDay(year: y + 1, month: 2, day: CalendarMath.daysIn(month: 2, year: y + 1)))
            }
        case let .quarter(y, q):
            let m = (q - 1) * 3 + 1
            return (CalendarDay(year: y, month: m, day: 1), CalendarDay(year: y, month: m + 2, day: CalendarMath.daysIn(month: m + 2, year: y)))
        case let .half(y, h):
            return h == 1
                ? (CalendarDay(year: y, month: 1, day: 1), CalendarDay(year: y, month: 6, day: 30))
                : (CalendarDay(year: y, month: 7, day: 1), CalendarDay(year: y, month: 12, day: 31))
        case let .year(y):
            return (CalendarDay(year: y, month: 1, day: 1), CalendarDay(year: y, month: 12, day: 31))
        case let .fiscalYear(y):
            return (CalendarDay(year: y - 1, month: 10, day: 1), CalendarDay(year: y, month: 9, day: 30))
        case let .decade(y):
            return (CalendarDay(year: y, month: 1, day: 1), CalendarDay(year: y + 9, month: 12, day: 31))
        }
    }

    private static func pad(_ n: Int, _ width: Int) -> String {
        let s = String(abs(n))
        let padded = s.count >= width ? s : String(repeating: "0", count: width - s.count) + s
        return n < 0 ? "-" + padded : padded
    }
}

extension DateValue: Codable {
    public init(from decoder: any Decoder) throws {
        let container = try decoder.singleValueContainer()
        let text = try container.decode(String.self)
        guard let value = DateValue(isoString: text) else {
            throw DecodingError.dataCorruptedError(
                in: container, debugDescription: "'\(text)' is not a date such as 2021-08-10, 2021-08, 2021, 2021-Q3 or 2021-W36")
        }
        self = value
    }

    public func encode(to encoder: any Encoder) throws {
        var container = encoder.singleValueContainer()
        try container.encode(isoString)
    }
}

extension DateValue: CustomStringConvertible {
    public var description: String { isoString }
}
