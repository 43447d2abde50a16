/// A standing dialogue, forum, framework, agreement, working group or programme.
public struct Mechanism: Hashable, Sendable {
    /// The lexicon id (`HLED`), or an id made from the name for one the lexicon lacks.
    public var id: String
    public var name: String
    public var aliases: [String]
    public var kind: MechanismKind
    /// Member actor ids, usually countries.
    public var members: [String]
    /// How often it is meant to meet (`P1Y` for annually, `P6M` for semiannually).
    public var cadence: ISODuration?
    public var established: DateValue?
    public var relaunched: DateValue?
    /// Pillars or priority areas, as the text lists them.
    public var pillars: [String]
    public var evidence: [Evidence]

    public init(id: String, name: String, aliases: [String] = [], kind: MechanismKind, members: [String] = [],
                cadence: ISODuration? = nil, established: DateValue? = nil, relaunched: DateValue? = nil,
                pillars: [String] = [], evidence: [Evidence] = []) {
        self.id = id
        self.name = name
        self.aliases = aliases
        self.kind = kind
        self.members = members
        self.cadence = cadence
        self.established = established
        self.relaunched = relaunched
        self.pillars = pillars
        self.evidence = evidence
    }
}

extension Mechanism: Codable {
    enum CodingKeys: String, CodingKey {
        case id, name, aliases, kind, members, cadence, established, relaunched, pillars, evidence
    }

    public init(from decoder: any Decoder) throws {
        let c = try decoder.container(keyedBy: CodingKeys.self)
        id = try c.decode(String.self, forKey: .id)
        name = try c.decode(String.self, forKey: .name)
        aliases = try c.decodeList([String].self, forKey: .aliases)
        kind = try c.decode(MechanismKind.self, forKey: .kind)
        members = try c.decodeList([String].self, forKey: .members)
        cadence = try c.decodeIfPresent(ISODuration.self, forKey: .cadence)
        established = try c.decodeIfPresent(DateValue.self, forKey: .established)
        relaunched = try c.decodeIfPresent(DateValue.self, forKey: .relaunched)
        pillars = try c.decodeList([String].self, forKey: .pillars)
        evidence = try c.decodeList([Evidence].self, forKey: .evidence)
    }

    public func encode(to encoder: any Encoder) throws {
        var c = encoder.container(keyedBy: CodingKeys.self)
        try c.encode(id, forKey: .id)
        try c.encode(name, forKey: .name)
        try c.encode(aliases, forKey: .aliases)
        try c.encode(kind, forKey: .kind)
        try c.encode(members, forKey: .members)
        try c.encodeKeepingNull(cadence, forKey: .cadence)
        try c.encodeKeepingNull(established, forKey: .established)
        try c.encodeKeepingNull(relaunched, forKey: .relaunched)
        try c.encode(pillars, forKey: .pillars)
        try c.encode(evidence, forKey: .evidence)
    }
}
