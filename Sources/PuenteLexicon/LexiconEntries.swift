import PuenteModel

/// An actor of the lexicon: a country, government, agency, person, international body, NGO…
///
/// Matching folds case, accents and punctuation; a name token written in capitals in the data
/// (`SE`, `WHO`, `U.S.`) matches only capitals in the text, and a name whose first word is
/// capitalised in the data matches only a capitalised word.
public struct ActorEntry: Codable, Hashable, Sendable {
    /// `MEX`, `USA.GOV.STATE`, `person:antony-blinken`, `IGO.UN`.
    public var id: String
    public var name: String
    /// The Spanish name, when it differs.
    public var nameES: String?
    public var kind: ActorKind
    /// ISO 3166-1 alpha-3, nil for international bodies.
    public var country: String?
    /// PLOVER sector code.
    public var sector: String?
    /// The id of the body this one belongs to.
    public var parent: String?
    /// Full names, English and Spanish.
    public var names: [String]
    /// Acronyms and nicknames (`AMLO`, `DEA`).
    public var aliases: [String]
    /// Country adjectives and demonyms, all inflections (`Mexican`, `mexicanas`).
    public var adjectives: [String]
    /// Words that stand for the actor (`Washington`, `Kremlin`).
    public var metonyms: [String]
    /// People: surnames that name them after a title or after the full name.
    public var surnames: [String]
    /// People: whether the surname alone names them anywhere (`Biden`, `Ebrard`).
    public var bySurname: Bool
    /// People: roles held, with dates.
    public var roles: [RoleTenure]

    public init(id: String, name: String, nameES: String? = nil, kind: ActorKind, country: String?, sector: String?,
                parent: String? = nil, names: [String] = [], aliases: [String] = [], adjectives: [String] = [],
                metonyms: [String] = [], surnames: [String] = [], bySurname: Bool = false, roles: [RoleTenure] = []) {
        self.id = id; self.name = name; self.nameES = nameES; self.kind = kind; self.country = country
        self.sector = sector; self.parent = parent; self.names = names; self.aliases = aliases
        self.adjectives = adjectives; self.metonyms = metonyms; self.surnames = surnames
        self.bySurname = bySurname; self.roles = roles
    }

    enum CodingKeys: String, CodingKey {
        case id, name, kind, country, sector, parent, names, aliases, adjectives, metonyms, surnames, roles
        case nameES = "name_es", bySurname = "by_surname"
    }

    public init(from decoder: any Decoder) throws {
        let c = try decoder.container(keyedBy: CodingKeys.self)
        id = try c.decode(String.self, forKey: .id)
        name = try c.decode(String.self, forKey: .name)
        nameES = try c.decodeIfPresent(String.self, forKey: .nameES)
        kind = try c.decode(ActorKind.self, forKey: .kind)
        country = try c.decodeIfPresent(String.self, forKey: .country)
        sector = try c.decodeIfPresent(String.self, forKey: .sector)
        parent = try c.decodeIfPresent(String.self, forKey: .parent)
        names = try c.decodeIfPresent([String].self, forKey: .names) ?? []
        aliases = try c.decodeIfPresent([String].self, forKey: .aliases) ?? []
        adjectives = try c.decodeIfPresent([String].self, forKey: .adjectives) ?? []
        metonyms = try c.decodeIfPresent([String].self, forKey: .metonyms) ?? []
        surnames = try c.decodeIfPresent([String].self, forKey: .surnames) ?? []
        bySurname = try c.decodeIfPresent(Bool.self, forKey: .bySurname) ?? false
        roles = try c.decodeIfPresent([RoleTenure].self, forKey: .roles) ?? []
    }
}

/// A role held from one day to another; `from`/`to` are `YYYY-MM-DD`, `YYYY-MM` or `YYYY`, and a
/// missing `to` means still held.
public struct RoleTenure: Codable, Hashable, Sendable {
    /// A `RoleEntry` id such as `USA.SECSTATE`.
    public var role: String
    public var from: String?
    public var to: String?

    public init(role: String, from: String?, to: String?) {
        self.role = role; self.from = from; self.to = to
    }

    /// Whether `day` falls inside the tenure (both ends inclusive; partial dates widen outward).
    public func contains(_ day: CalendarDay) -> Bool {
        if let from, let first = DateValue(isoString: from)?.interval.first, day < first { return false }
        if let to, let last = DateValue(isoString: to)?.interval.last, last < day { return false }
        return true
    }
}

/// An office such as the US Secretary of State, with the phrases that name it.
public struct RoleEntry: Codable, Hashable, Sendable {
    public var id: String
    public var country: String
    /// The lexicon id of the organisation the office belongs to.
    public var org: String
    /// The English title written in records (`Secretary of State`).
    public var title: String
    public var sector: String?
    /// A `RoleClassEntry` id (`foreign-minister`) whose generic phrases also name this office.
    public var roleClass: String?
    /// For ambassadors: the country they are posted to.
    public var host: String?
    /// Phrases that name this office alone (`secretary of state`, `secretario de Hacienda`).
    public var phrases: [String]

    enum CodingKeys: String, CodingKey { case id, country, org, title, sector, host, phrases; case roleClass = "class" }

    public init(id: String, country: String, org: String, title: String, sector: String?, roleClass: String?,
                host: String?, phrases: [String]) {
        self.id = id; self.country = country; self.org = org; self.title = title; self.sector = sector
        self.roleClass = roleClass; self.host = host; self.phrases = phrases
    }

    public init(from decoder: any Decoder) throws {
        let c = try decoder.container(keyedBy: CodingKeys.self)
        id = try c.decode(String.self, forKey: .id)
        country = try c.decode(String.self, forKey: .country)
        org = try c.decode(String.self, forKey: .org)
        title = try c.decode(String.self, forKey: .title)
        sector = try c.decodeIfPresent(String.self, forKey: .sector)
        roleClass = try c.decodeIfPresent(String.self, forKey: .roleClass)
        host = try c.decodeIfPresent(String.self, forKey: .host)
        phrases = try c.decodeIfPresent([String].self, forKey: .phrases) ?? []
    }
}

/// Generic phrases for a kind of office held in many countries (`president`, `canciller`); the
/// country comes from the words around the phrase or from the document.
public struct RoleClassEntry: Codable, Hashable, Sendable {
    public var id: String
    public var phrases: [String]
    public init(id: String, phrases: [String]) { self.id = id; self.phrases = phrases }
}

/// A title word that can precede a name (`Secretary`, `embajadora`); `sector` when it implies one.
public struct TitleEntry: Codable, Hashable, Sendable {
    public var phrase: String
    public var sector: String?
    public init(phrase: String, sector: String?) { self.phrase = phrase; self.sector = sector }
}

/// Nouns that turn a country adjective into an actor (`officials`, `autoridades`); `kind` is
/// `country` or `government`.
public struct GroupNounEntry: Codable, Hashable, Sendable {
    public var kind: String
    public var phrases: [String]
    public init(kind: String, phrases: [String]) { self.kind = kind; self.phrases = phrases }
}
