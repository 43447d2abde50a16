import PuenteModel

/// A standing dialogue, framework, agreement, working group or programme of the lexicon.
public struct MechanismEntry: Codable, Hashable, Sendable {
    /// `HLED`, `USMCA`, `USMCA-RRM`.
    public var id: String
    /// The English name.
    public var name: String
    /// The Spanish name.
    public var nameES: String?
    public var kind: MechanismKind
    /// Other names and acronyms, English and Spanish; acronyms in capitals match only capitals.
    public var aliases: [String]
    /// Member actor ids, usually ISO3 codes.
    public var members: [String]
    public var established: DateValue?
    public var relaunched: DateValue?
    /// How often it meets or is reviewed.
    public var cadence: ISODuration?

    enum CodingKeys: String, CodingKey {
        case id, name, kind, aliases, members, established, relaunched, cadence
        case nameES = "name_es"
    }

    public init(id: String, name: String, nameES: String? = nil, kind: MechanismKind, aliases: [String] = [],
                members: [String] = [], established: DateValue? = nil, relaunched: DateValue? = nil,
                cadence: ISODuration? = nil) {
        self.id = id; self.name = name; self.nameES = nameES; self.kind = kind; self.aliases = aliases
        self.members = members; self.established = established; self.relaunched = relaunched; self.cadence = cadence
    }

    public init(from decoder: any Decoder) throws {
        let c = try decoder.container(keyedBy: CodingKeys.self)
        id = try c.decode(String.self, forKey: .id)
        name = try c.decode(String.self, forKey: .name)
        nameES = try c.decodeIfPresent(String.self, forKey: .nameES)
        kind = try c.decode(MechanismKind.self, forKey: .kind)
        aliases = try c.decodeIfPresent([String].self, forKey: .aliases) ?? []
        members = try c.decodeIfPresent([String].self, forKey: .members) ?? []
        established = try c.decodeIfPresent(DateValue.self, forKey: .established)
        relaunched = try c.decodeIfPresent(DateValue.self, forKey: .relaunched)
        cadence = try c.decodeIfPresent(ISODuration.self, forKey: .cadence)
    }

    /// Every name the matcher looks for: English, Spanish and aliases.
    public var allNames: [String] { [name] + (nameES.map { [$0] } ?? []) + aliases }

    /// This entry as a record `Mechanism` without evidence or pillars.
    public var mechanism: Mechanism {
        Mechanism(id: id, name: name, aliases: (nameES.map { [$0] } ?? []) + aliases, kind: kind, members: members,
                  cadence: cadence, established: established, relaunched: relaunched)
    }
}
