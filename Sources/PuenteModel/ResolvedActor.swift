/// An actor a document mentions, resolved against the lexicon, with every mention.
public struct ResolvedActor: Hashable, Sendable {
    /// A lexicon id: `MEX`, `USA.GOV.STATE`, `person:antony-blinken`.
    public var id: String
    public var name: String
    public var kind: ActorKind
    /// ISO 3166-1 alpha-3 code, or nil for international bodies.
    public var country: String?
    /// PLOVER sector code (GOV, LEG, JUD, MIL, COP, …), or nil.
    public var sector: String?
    /// The role held at the document's date, for people.
    public var role: ActorRole?
    /// False for a person recognised from a title in the text but absent from the lexicon.
    public var fromLexicon: Bool
    public var mentions: [Evidence]

    public init(id: String, name: String, kind: ActorKind, country: String?, sector: String?,
                role: ActorRole? = nil, fromLexicon: Bool = true, mentions: [Evidence] = []) {
        self.id = id
        self.name = name
        self.kind = kind
        self.country = country
        self.sector = sector
        self.role = role
        self.fromLexicon = fromLexicon
        self.mentions = mentions
    }
}

/// A title held in an organisation: `{"title": "Secretary of Foreign Affairs", "org": "MEX.GOV.SRE"}`.
public struct ActorRole: Codable, Hashable, Sendable {
    public var title: String
    /// The lexicon id of the organisation, or nil when unknown.
    public var org: String?

    public init(title: String, org: String?) {
        self.title = title
        self.org = org
    }

    enum CodingKeys: String, CodingKey { case title, org }

    public func encode(to encoder: any Encoder) throws {
        var c = encoder.container(keyedBy: CodingKeys.self)
        try c.encode(title, forKey: .title)
        try c.encodeKeepingNull(org, forKey: .org)
    }
}

extension ResolvedActor: Codable {
    enum CodingKeys: String, CodingKey {
        case id, name, kind, country, sector, role
        case fromLexicon = "from_lexicon"
        case mentions
    }

    public init(from decoder: any Decoder) throws {
        let c = try decoder.container(keyedBy: CodingKeys.self)
        id = try c.decode(String.self, forKey: .id)
        name = try c.decode(String.self, forKey: .name)
        kind = try c.decode(ActorKind.self, forKey: .kind)
        country = try c.decodeIfPresent(String.self, forKey: .country)
        sector = try c.decodeIfPresent(String.self, forKey: .sector)
        role = try c.decodeIfPresent(ActorRole.self, forKey: .role)
        fromLexicon = try c.decodeIfPresent(Bool.self, forKey: .fromLexicon) ?? true
        mentions = try c.decodeList([Evidence].self, forKey: .mentions)
    }

    public func encode(to encoder: any Encoder) throws {
        var c = encoder.container(keyedBy: CodingKeys.self)
        try c.encode(id, forKey: .id)
        try c.encode(name, forKey: .name)
        try c.encode(kind, forKey: .kind)
        try c.encodeKeepingNull(country, forKey: .country)
        try c.encodeKeepingNull(sector, forKey: .sector)
        try c.encodeKeepingNull(role, forKey: .role)
        try c.encode(fromLexicon, forKey: .fromLexicon)
        try c.encode(mentions, forKey: .mentions)
    }
}
