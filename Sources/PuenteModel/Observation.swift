/// A reported statistic: a count, total or rate over a period or at a time.
public struct Observation: Hashable, Sendable {
    /// What is measured, as a noun phrase from the text.
    public var metric: String
    /// In units of `unit`; money in whole currency units, percentages as 0–100.
    public var value: Double
    /// `percent`, an ISO 4217 code for money, or the counted noun.
    public var unit: String?
    public var period: DateValue?
    public var comparison: Comparison?
    /// The lexicon id of the body that reports it ("according to CBP").
    public var sourceOrg: String?
    public var place: String?
    public var evidence: [Evidence]

    public init(metric: String, value: Double, unit: String? = nil, period: DateValue? = nil,
                comparison: Comparison? = nil, sourceOrg: String? = nil, place: String? = nil, evidence: [Evidence] = []) {
        self.metric = metric
        self.value = value
        self.unit = unit
        self.period = period
        self.comparison = comparison
        self.sourceOrg = sourceOrg
        self.place = place
        self.evidence = evidence
    }

    /// The figure an observation is compared with ("compared to 4,995 in December").
    public struct Comparison: Hashable, Sendable, Codable {
        public var value: Double
        public var period: DateValue?

        public init(value: Double, period: DateValue?) {
            self.value = value
            self.period = period
        }

        enum CodingKeys: String, CodingKey { case value, period }

        public func encode(to encoder: any Encoder) throws {
            var c = encoder.container(keyedBy: CodingKeys.self)
            try c.encode(value, forKey: .value)
            try c.encodeKeepingNull(period, forKey: .period)
        }
    }
}

extension Observation: Codable {
    enum CodingKeys: String, CodingKey {
        case metric, value, unit, period, comparison
        case sourceOrg = "source_org"
        case place, evidence
    }

    public init(from decoder: any Decoder) throws {
        let c = try decoder.container(keyedBy: CodingKeys.self)
        metric = try c.decode(String.self, forKey: .metric)
        value = try c.decode(Double.self, forKey: .value)
        unit = try c.decodeIfPresent(String.self, forKey: .unit)
        period = try c.decodeIfPresent(DateValue.self, forKey: .period)
        comparison = try c.decodeIfPresent(Comparison.self, forKey: .comparison)
        sourceOrg = try c.decodeIfPresent(String.self, forKey: .sourceOrg)
        place = try c.decodeIfPresent(String.self, forKey: .place)
        evidence = try c.decodeList([Evidence].self, forKey: .evidence)
    }

    public func encode(to encoder: any Encoder) throws {
        var c = encoder.container(keyedBy: CodingKeys.self)
        try c.encode(metric, forKey: .metric)
        try c.encode(value, forKey: .value)
        try c.encodeKeepingNull(unit, forKey: .unit)
        try c.encodeKeepingNull(period, forKey: .period)
        try c.encodeKeepingNull(comparison, forKey: .comparison)
        try c.encodeKeepingNull(sourceOrg, forKey: .sourceOrg)
        try c.encodeKeepingNull(place, forKey: .place)
        try c.encode(evidence, forKey: .evidence)
    }
}
