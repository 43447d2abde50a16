import PuenteModel

/// A time expression found in a text: a date, an interval, a duration or a frequency, with its
/// normalized value.
///
/// `range` holds Unicode-scalar offsets into the whole text, and `text == ScalarText[range]`.
public struct TimeExpression: Hashable, Sendable {
    /// Scalar offsets of the expression in the whole text.
    public var range: Range<Int>
    /// The expression as written.
    public var text: String
    /// The normalized value, at the precision the text supports.
    public var value: Value
    /// The value was resolved against the document date ("last week", "On August 10").
    public var isRelative: Bool
    /// A part of the period the text points at ("in late 2020", "a finales de 2021"); the value
    /// is the whole period.
    public var modifier: Modifier?

    public init(range: Range<Int>, text: String, value: Value, isRelative: Bool, modifier: Modifier? = nil) {
        self.range = range
        self.text = text
        self.value = value
        self.isRelative = isRelative
        self.modifier = modifier
    }

    /// A normalized time value.
    public enum Value: Hashable, Sendable {
        /// A point in time at the text's precision: "September 9, 2021", "last week" (an ISO week).
        case date(DateValue)
        /// A span between two dates, both inclusive: "from 2019 to 2021", "entre mayo y julio".
        case interval(from: DateValue, to: DateValue)
        /// A length of time, and the date it runs to when it runs forward from the document date
        /// ("over the next three years" → P3Y, due at month precision; "for two years" → due nil).
        case duration(ISODuration, due: DateValue?)
        /// A repetition period: "annually" → P1Y, "twice a year" → P6M, "semestral" → P6M.
        case frequency(ISODuration)
    }

    /// The part of a period an expression names.
    public enum Modifier: String, Hashable, Sendable, CaseIterable {
        /// "early 2021", "a principios de 2021".
        case early
        /// "mid-2021", "a mediados de 2021".
        case mid
        /// "late 2020", "a finales de 2020", "a fines de 2020".
        case late
        /// "the start (beginning) of 2022", "al inicio de 2022".
        case start
        /// "the end of 2021", "al final (cierre) de 2021".
        case end
        /// "around 2020", "circa 1990".
        case approx
    }
}

extension TimeExpression: CustomStringConvertible {
    /// A readable dump: `12..<27 "September 9, 2021" = 2021-09-09`.
    public var description: String {
        var s = "\(range.lowerBound)..<\(range.upperBound) \"\(text)\" = \(value)"
        if let modifier { s += " (\(modifier.rawValue))" }
        if isRelative { s += " rel" }
        return s
    }
}

extension TimeExpression.Value: CustomStringConvertible {
    /// `2021-09-09`, `2019/2021`, `P3Y→2024-06`, `every P6M`.
    public var description: String {
        switch self {
        case let .date(d): return d.isoString
        case let .interval(a, b): return "\(a.isoString)/\(b.isoString)"
        case let .duration(p, due): return due.map { "\(p.isoString)→\($0.isoString)" } ?? p.isoString
        case let .frequency(p): return "every \(p.isoString)"
        }
    }
}
