/// An amount found in a text: money, a counted quantity, a percentage or a bare number.
///
/// `range` holds Unicode-scalar offsets into the whole text and covers the qualifier ("more than"),
/// the currency, the number, the scale word and the unit: `text == ScalarText[range]`.
public struct AmountExpression: Hashable, Sendable {
    /// Scalar offsets of the amount in the whole text.
    public var range: Range<Int>
    /// The amount as written.
    public var text: String
    /// The value in units: "1.5 billion" → 1_500_000_000; "1,500 millones" → 1_500_000_000;
    /// "15%" → 15. For a range, its lower end.
    public var value: Double
    /// The upper end of a range ("$10–15 million" → 15_000_000), in the same units as `value`.
    public var upperValue: Double?
    /// What is counted.
    public var kind: Kind
    /// A bound or approximation stated before the number ("more than", "casi").
    public var qualifier: Qualifier?

    public init(range: Range<Int>, text: String, value: Double, upperValue: Double? = nil, kind: Kind, qualifier: Qualifier? = nil) {
        self.range = range
        self.text = text
        self.value = value
        self.upperValue = upperValue
        self.kind = kind
        self.qualifier = qualifier
    }

    /// What an amount counts.
    public enum Kind: Hashable, Sendable {
        /// Money in an ISO 4217 currency ("USD", "MXN", "EUR", "CAD", "GBP"). A bare "$" is USD
        /// unless the text says pesos.
        case money(currency: String)
        /// A count of things, with the noun phrase from the text ("doses", "unaccompanied children").
        case quantity(unit: String)
        /// A percentage; `value` is in percent (15 for "15%").
        case percent
        /// A number with a scale word, a qualifier or thousands separators but no unit.
        case number
    }

    /// How the number relates to the real amount.
    public enum Qualifier: String, Hashable, Sendable, CaseIterable {
        /// "more than", "over", "más de", "poco más de".
        case moreThan
        /// "at least", "al menos", "por lo menos".
        case atLeast
        /// "nearly", "almost", "close to", "casi", "cerca de".
        case nearly
        /// "about", "around", "some", "approximately", "alrededor de", "unos".
        case about
        /// "up to", "as much as", "hasta".
        case upTo
        /// "less than", "fewer than", "menos de".
        case lessThan
    }
}

extension AmountExpression: CustomStringConvertible {
    /// A readable dump: `0..<13 "$130 million" = 130000000 USD`.
    public var description: String {
        "\(range.lowerBound)..<\(range.upperBound) \"\(text)\" = \(summary)"
    }

    /// The value without the offsets: `130000000 USD`, `>1350000 doses`, `10000000-15000000 USD`, `15%`.
    public var summary: String {
        var s = ""
        if let q = qualifier { s += "\(q.rawValue) " }
        s += Self.format(value)
        if let u = upperValue { s += "-" + Self.format(u) }
        switch kind {
        case let .money(c): s += " \(c)"
        case let .quantity(u): s += " [\(u)]"
        case .percent: s += "%"
        case .number: break
        }
        return s
    }

    static func format(_ v: Double) -> String {
        if v == v.rounded(), abs(v) < 1e15 { return String(Int64(v)) }
        return String(v)
    }
}
