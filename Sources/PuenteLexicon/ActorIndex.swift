import PuenteModel

/// The lexicon compiled for matching: arrays addressed by the indices patterns carry.
struct ActorIndex: Sendable {
    var actors: [ActorEntry] = []
    var actorIndex: [String: Int32] = [:]
    var roles: [RoleEntry] = []
    var roleIndex: [String: Int32] = [:]
    var classes: [String] = []
    /// Role indices per class index.
    var rolesOfClass: [[Int32]] = []
    var titles: [TitleEntry] = []
    /// Person indices per surname.
    var surnameGroups: [[Int32]] = []
    var patterns = PatternSet()
    /// People by the slug of a full name, or of its first two words when no one else shares them.
    var nameSlugs: [String: Int32] = [:]
    /// Person indices that ever held each role.
    var roleHolders: [[Int32]] = []

    init(_ lexicon: Lexicon) {
        actors = lexicon.actors
        for (i, a) in actors.enumerated() { actorIndex[a.id] = Int32(i) }
        roles = lexicon.roles
        for (i, r) in roles.enumerated() { roleIndex[r.id] = Int32(i) }
        classes = lexicon.roleClasses.keys.sorted()
        rolesOfClass = classes.map { c in roles.indices.filter { roles[$0].roleClass == c }.map { Int32($0) } }
        titles = lexicon.titles
        roleHolders = roles.map { r in actors.indices.filter { actors[$0].roles.contains { $0.role == r.id } }.map { Int32($0) } }
        addActorPatterns()
        var prefixes: [String: Int32?] = [:]
        for (i, a) in actors.enumerated() where a.kind == .person {
            for n in a.names {
                nameSlugs[Lexicon.slug(n)] = Int32(i)
                let words = Lexicon.slug(n).split(separator: "-")
                if words.count > 2 {
                    let key = words.prefix(2).joined(separator: "-")
                    if let existing = prefixes[key], existing != Int32(i) { prefixes[key] = .some(nil) } else { prefixes[key] = Int32(i) }
                }
            }
        }
        for (k, v) in prefixes where nameSlugs[k] == nil { if let v { nameSlugs[k] = v } }
        addRolePatterns(lexicon)
        for (i, t) in titles.enumerated() { patterns.add(t.phrase, .title(Int32(i))) }
        for g in lexicon.groupNouns { for p in g.phrases { patterns.add(p, .groupNoun(government: g.kind == "government"), anyCase: true) } }
        for b in lexicon.blockers { patterns.add(b, .blocker) }
        // Mechanism names are not actors: "United States-Mexico-Canada Agreement" must not yield three countries.
        for m in lexicon.mechanisms { for n in m.allNames where Tokenizer.tokenize(Array(n.unicodeScalars)).count > 1 { patterns.add(n, .blocker) } }
    }

    private mutating func addActorPatterns() {
        var surnameIndex: [String: Int32] = [:]
        for (i, a) in actors.enumerated() {
            let idx = Int32(i)
            for n in [a.name] + (a.nameES.map { [$0] } ?? []) + a.names where a.kind != .person || n == a.name || a.names.contains(n) {
                patterns.add(n, .actor(idx, .name))
            }
            for n in a.aliases { patterns.add(n, .actor(idx, .alias)) }
            for n in a.metonyms { patterns.add(n, .actor(idx, .metonym)) }
            for n in a.adjectives { patterns.add(n, .adjective(idx)) }
            for s in a.surnames {
                let key = Tokenizer.tokenize(Array(s.unicodeScalars)).map(\.hash).description
                let g: Int32
                if let existing = surnameIndex[key] { g = existing } else {
                    surnameGroups.append([]); g = Int32(surnameGroups.count - 1); surnameIndex[key] = g
                }
                if !surnameGroups[Int(g)].contains(idx) { surnameGroups[Int(g)].append(idx) }
                patterns.add(s, .surname(g))
            }
        }
    }

    private mutating func addRolePatterns(_ lexicon: Lexicon) {
        for (i, r) in roles.enumerated() { for p in r.phrases { patterns.add(p, .role(Int32(i))) } }
        for (ci, c) in classes.enumerated() { for p in lexicon.roleClasses[c]?.phrases ?? [] { patterns.add(p, .roleClass(Int32(ci)), anyCase: true) } }
    }

    /// The role a person holds on `day` (latest appointment first).
    func currentRole(of person: ActorEntry, on day: CalendarDay?) -> RoleEntry? {
        guard let day else { return nil }
        let held = person.roles.filter { $0.contains(day) }.sorted { ($0.from ?? "") > ($1.from ?? "") }
        for t in held { if let r = roleIndex[t.role] { return roles[Int(r)] } }
        return nil
    }

    /// People holding role `r` on `day`, latest appointment first.
    func holders(of r: Int32, on day: CalendarDay) -> [Int32] {
        let id = roles[Int(r)].id
        var out: [(Int32, String)] = []
        for i in roleHolders[Int(r)] {
            for t in actors[Int(i)].roles where t.role == id && t.contains(day) { out.append((i, t.from ?? "")) }
        }
        return out.sorted { $0.1 > $1.1 }.map(\.0)
    }
}
