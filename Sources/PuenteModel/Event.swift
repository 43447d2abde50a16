/// Something that happened, or was said, on a date: a PLOVER-coded interaction.
public struct Event: Hashable, Sendable {
    /// Stable within a record: derived from the document, the evidence span and the type.
    public var id: String
    public var type: EventType
    /// A PLOVER mode of `type` (`visit`, `phone`, …), or nil.
    public var mode: String?
    /// When it happened, at the text's precision.
    public var date: DateValue?
    /// The document's date.
    public var reported: DateValue?
    /// Actor ids; for a meeting of two countries the host or first named side.
    public var source: [String]
    public var target: [String]
    public var participants: [String]
    public var location: String?
    /// PLOVER contexts (`economic`, `migration`, `security`, …).
    public var contexts: [String]
    /// The id of the mechanism this event is a session of, or nil.
    public var mechanism: String?
    public var summary: String?
    public var negated: Bool
    public var hypothetical: Bool
    public var evidence: [Evidence]

    public init(id: String, type: EventType, mode: String? = nil, date: DateValue? = nil, reported: DateValue? = nil,
                source: [String] = [], target: [String] = [], participants: [String] = [], location: String? = nil,
                contexts: [String] = [], mechanism: String? = nil, summary: String? = nil,
                negated: Bool = false, hypothetical: Bool = false, evidence: [Evidence] = []) {
        self.id = id
        self.type = type
        self.mode = mode
        self.date = date
        self.reported = reported
        self.source = source
        self.target = target
        self.participants = participants
        self.location = location
        self.contexts = contexts
        self.mechanism = mechanism
        self.summary = summary
        self.negated = negated
        self.hypothetical = hypothetical
        self.evidence = evidence
    }
}

extension Event: Codable {
    enum CodingKeys: String, CodingKey {
        case id, type, mode, date, reported, source, target, participants, location, contexts
        case mechanism, summary, negated, hypothetical, evidence
    }

    public init(from decoder: any Decoder) throws {
        let c = try decoder.container(keyedBy: CodingKeys.self)
        id = try c.decode(String.self, forKey: .id)
        type = try c.decode(EventType.self, forKey: .type)
        mode = try c.decodeIfPresent(String.self, forKey: .mode)
        date = try c.decodeIfPresent(DateValue.self, forKey: .date)
        reported = try c.decodeIfPresent(DateValue.self, forKey: .reported)
        source = try c.decodeList([String].self, forKey: .source)
        target = try c.decodeList([String].self, forKey: .target)
        participants = try c.decodeList([String].self, forKey: .participants)
        location = try c.decodeIfPresent(String.self, forKey: .location)
        contexts = try c.decodeList([String].self, forKey: .contexts)
        mechanism = try c.decodeIfPresent(String.self, forKey: .mechanism)
        summary = try c.decodeIfPresent(String.self, forKey: .summary)
        negated = try c.decodeIfPresent(Bool.self, forKey: .negated) ?? false
        hypothetical = try c.decodeIfPresent(Bool.self, forKey: .hypothetical) ?? false
        evidence = try c.decodeList([Evidence].self, forKey: .evidence)
    }

    public func encode(to encoder: any Encoder) throws {
        var c = encoder.container(keyedBy: CodingKeys.self)
        try c.encode(id, forKey: .id)
        try c.encode(type, forKey: .type)
        try c.encodeKeepingNull(mode, forKey: .mode)
        try c.encodeKeepingNull(date, forKey: .date)
        try c.encodeKeepingNull(reported, forKey: .reported)
        try c.encode(source, forKey: .source)
        try c.encode(target, forKey: .target)
        try c.encode(participants, forKey: .participants)
        try c.encodeKeepingNull(location, forKey: .location)
        try c.encode(contexts, forKey: .contexts)
        try c.encodeKeepingNull(mechanism, forKey: .mechanism)
        try c.encodeKeepingNull(summary, forKey: .summary)
        try c.encode(negated, forKey: .negated)
        try c.encode(hypothetical, forKey: .hypothetical)
        try c.encode(evidence, forKey: .evidence)
    }
}
