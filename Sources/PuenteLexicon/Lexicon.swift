import Foundation
import PuenteModel

/// The actor and mechanism lexicon: immutable once built, cheap to copy and share.
///
/// Build it from the shipped data with `bundled()`, then layer user files with `adding(contentsOf:)`;
/// a later entry with the same id replaces the earlier one.
public struct Lexicon: Sendable {
    public private(set) var actorsByID: [String: ActorEntry] = [:]
    public private(set) var rolesByID: [String: RoleEntry] = [:]
    public private(set) var roleClasses: [String: RoleClassEntry] = [:]
    public private(set) var titles: [TitleEntry] = []
    public private(set) var groupNouns: [GroupNounEntry] = []
    public private(set) var blockers: [String] = []
    private var mechanismsByID: [String: MechanismEntry] = [:]
    private var actorOrder: [String] = []
    private var mechanismOrder: [String] = []

    /// An empty lexicon.
    public init() {}

    /// A lexicon of the given files, later files overriding earlier ones; `name` is used in errors.
    public init(files: [LexiconFile], name: String = "lexicon") throws(LexiconError) {
        for file in files { merge(file) }
        try validate(file: name)
    }

    /// The data shipped in the package: 197 countries, 86 US/Mexican/other government bodies, 37
    /// international bodies, 204 people with 218 dated roles, 48 offices, 25 mechanisms.
    public static func bundled() throws(LexiconError) -> Lexicon {
        try Lexicon(files: BundledLexiconSource().files(), name: "PuenteLexicon resources")
    }

    /// This lexicon with the entries of a user file (JSON, or YAML for any other extension) added or
    /// overriding by id.
    public func adding(contentsOf url: URL) throws(LexiconError) -> Lexicon {
        try adding(LexiconFile.read(url), name: url.path)
    }

    /// This lexicon with the entries of `file` added or overriding by id.
    public func adding(_ file: LexiconFile, name: String = "lexicon") throws(LexiconError) -> Lexicon {
        var copy = self
        copy.merge(file)
        try copy.validate(file: name)
        return copy
    }

    public func actor(id: String) -> ActorEntry? { actorsByID[id] }
    public func mechanism(id: String) -> MechanismEntry? { mechanismsByID[id] }
    public func role(id: String) -> RoleEntry? { rolesByID[id] }

    /// All actors in file order.
    public var actors: [ActorEntry] { actorOrder.compactMap { actorsByID[$0] } }
    /// All mechanisms in file order.
    public var mechanisms: [MechanismEntry] { mechanismOrder.compactMap { mechanismsByID[$0] } }
    /// All roles, sorted by id.
    public var roles: [RoleEntry] { rolesByID.values.sorted { $0.id < $1.id } }

    /// The people holding `roleID` on `day`, latest appointment first.
    public func holders(of roleID: String, on day: CalendarDay) -> [ActorEntry] {
        holderIndex[roleID, default: []].compactMap { id -> (ActorEntry, String)? in
            guard let person = actorsByID[id] else { return nil }
            let tenure = person.roles.filter { $0.role == roleID && $0.contains(day) }.map { $0.from ?? "" }.max()
            return tenure.map { (person, $0) }
        }.sorted { $0.1 > $1.1 }.map(\.0)
    }

    /// The role a person holds on `day` (the latest-started if several), or nil.
    public func role(of person: ActorEntry, on day: CalendarDay?) -> (tenure: RoleTenure, role: RoleEntry)? {
        guard let day else { return nil }
        let held = person.roles.filter { $0.contains(day) }.sorted { ($0.from ?? "") > ($1.from ?? "") }
        for tenure in held { if let role = rolesByID[tenure.role] { return (tenure, role) } }
        return nil
    }

    private var holderIndex: [String: [String]] = [:]

    private mutating func merge(_ file: LexiconFile) {
        for a in file.actors {
            if actorsByID[a.id] == nil { actorOrder.append(a.id) }
            actorsByID[a.id] = a
        }
        for r in file.roles { rolesByID[r.id] = r }
        for c in file.roleClasses { roleClasses[c.id] = c }
        titles += file.titles
        groupNouns += file.groupNouns
        blockers += file.blockers
        for m in file.mechanisms {
            if mechanismsByID[m.id] == nil { mechanismOrder.append(m.id) }
            mechanismsByID[m.id] = m
        }
        var index: [String: [String]] = [:]
        for id in actorOrder { for t in actorsByID[id]?.roles ?? [] where index[t.role]?.contains(id) != true { index[t.role, default: []].append(id) } }
        holderIndex = index
    }
}
