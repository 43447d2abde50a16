/// A length of time in ISO 8601 duration form: `P3Y`, `P6M`, `P2W`, `P10D`, `P1Y6M`.
///
/// Named `ISODuration` so as not to shadow `Swift.Duration`; the record format calls it `Duration`.
public struct ISODuration: Hashable, Sendable {
    public var years: Int
    public var months: Int
    public var weeks: Int
    public var days: Int

    public init(years: Int = 0, months: Int = 0, weeks: Int = 0, days: Int = 0) {
        self.years = years
        self.months = months
        self.weeks = weeks
        self.days = days
    }

    public var isoString: String {
        var s = "P"
        if years != 0 { s += "\(years)Y" }
        if months != 0 { s += "\(months)M" }
        if weeks != 0 { s += "\(weeks)W" }
        if days != 0 { s += "\(days)D" }
        return s == "P" ? "P0D" : s
    }

    /// Parses `P…` with Y, M, W and D parts; nil for anything else (time parts included).
    public init?(isoString text: String) {
        guard text.hasPrefix("P"), text.count > 1 else { return nil }
        var (y, m, w, d) = (0, 0, 0, 0)
        var number = ""
        for ch in text.dropFirst() {
            if ch.isASCII, ch.isNumber { number.append(ch); continue }
            guard let n = Int(number) else { return nil }
            switch ch {
            case "Y": y = n
            case "M": m = n
            case "W": w = n
            case "D": d = n
            default: return nil
            }
            number = ""
        }
        guard number.isEmpty else { return nil }
        self.init(years: y, months: m, weeks: w, days: d)
    }

    /// The day this duration after `day` lands on.
    public func added(to day: CalendarDay) -> CalendarDay {
        day.adding(months: years * 12 + months).adding(days: weeks * 7 + days)
    }
}

extension ISODuration: Codable {
    public init(from decoder: any Decoder) throws {
        let container = try decoder.singleValueContainer()
        let text = try container.decode(String.self)
        guard let value = ISODuration(isoString: text) else {
            throw DecodingError.dataCorruptedError(in: container, debugDescription: "'\(text)' is not a duration such as P3Y or P6M")
        }
        self = value
    }

    public func encode(to encoder: any Encoder) throws {
        var container = encoder.singleValueContainer()
        try container.encode(isoString)
    }
}

extension ISODuration: CustomStringConvertible {
    public var description: String { isoString }
}
