import PuenteModel

extension ResolutionPass {
    /// Body nouns that a definite article turns into a reference to a body named earlier ("the
    /// department", "la dependencia"), with the words the body's name must contain (empty: any agency).
    static let bodyNouns: [UInt64: [String]] = {
        let ministry = ["ministry", "ministerio", "secretaria", "secretariat", "department", "departamento"]
        let table: [(String, [String])] = [
            ("department", ["department", "departamento"]), ("departamento", ["department", "departamento"]),
            ("ministry", ministry), ("ministerio", ministry),
            ("secretariat", ["secretaria", "secretariat", "ministry"]),
            ("office", ["office", "oficina"]), ("oficina", ["office", "oficina"]),
            ("bureau", ["bureau", "oficina"]),
            ("institute", ["institute", "instituto"]), ("instituto", ["institute", "instituto"]),
            ("commission", ["commission", "comision"]), ("comision", ["commission", "comision"]),
            ("agency", []), ("agencia", []), ("dependencia", []),
        ]
        var out: [UInt64: [String]] = [:]
        for (w, keys) in table { out[Tokenizer.hash(w)] = keys }
        return out
    }()
    static let singularThe: Set<UInt64> = Words.hashes(["the", "el", "la"])
    static let secretaria: UInt64 = Tokenizer.hash("secretaria")
    static let cancilleria: UInt64 = Tokenizer.hash("cancilleria")

    /// Resolves "the department", "la dependencia", "la Secretaría", "la cancillería" standing alone to
    /// the most recently mentioned agency whose name fits the noun ("la cancillería": the foreign
    /// ministry mentioned last, else that of the country the document mentions most).
    mutating func resolveDefinites() {
        let agencies = mentions.filter { $0.kind == .agency }.sorted { $0.range.lowerBound < $1.range.lowerBound }
        var covered = mentions.map(\.range)
        var added: [ActorMention] = []
        for t in 1..<max(tokens.count, 1) where t + 0 < tokens.count {
            guard Self.singularThe.contains(tokens[t - 1].hash), softBefore(t) else { continue }
            let noun = tokens[t].hash
            var keys: [String]? = Self.bodyNouns[noun]
            let foreign = noun == Self.cancilleria
            if noun == Self.secretaria {
                // "la Secretaría" (the body), not "la secretaria" (the secretary): the accent decides.
                guard source[tokens[t].start..<tokens[t].end].contains(where: { $0 == "\u{ED}" }) else { continue }
                keys = ["secretaria", "secretariat", "ministry"]
            }
            guard keys != nil || foreign else { continue }
            let r = tokens[t - 1].start..<tokens[t].end
            if covered.contains(where: { $0.overlaps(r) }) { continue }
            // A body named in full ("the Department of Homeland Security", "la Oficina Nacional"), not a reference.
            if t + 1 < tokens.count, softBefore(t + 1) {
                let nx = tokens[t + 1]
                if nx.isCapitalized, !Words.function.contains(nx.hash) { continue }
                if Words.of.contains(nx.hash), t + 2 < tokens.count, tokens[t + 2].isCapitalized || Self.singularThe.contains(tokens[t + 2].hash) { continue }
                if spanStarts.contains(t + 1), let sp = spans.first(where: { $0.start == t + 1 }), sp.adjective != nil { continue }
            }
            let before = agencies.filter { $0.range.upperBound <= r.lowerBound }
            var pick: String?
            if foreign {
                let ministries = foreignMinistries
                pick = before.last { ministries.contains($0.actorID) }?.actorID
                if pick == nil, let main = mainCountry(before: r.lowerBound) {
                    pick = ministries.first { index.actorIndex[$0].map { index.actors[Int($0)].country } == main }
                }
            } else if let keys {
                pick = before.last { m in keys.isEmpty || nameFits(m.actorID, keys) }?.actorID
            }
            guard let pick, let a = index.actorIndex[pick] else { continue }
            let e = index.actors[Int(a)]
            added.append(ActorMention(range: r, actorID: e.id, country: e.country, kind: e.kind, how: .role))
            covered.append(r)
        }
        mentions += added
    }

    /// Ids of the bodies whose head is a foreign minister.
    var foreignMinistries: [String] {
        index.roles.filter { $0.roleClass == "foreign-minister" }.map(\.org).filter { id in
            index.actorIndex[id].map { index.actors[Int($0)].kind == .agency } ?? false
        }
    }

    /// The country mentioned most often (by any non-person mention) before scalar offset `end`, the
    /// first named on a tie.
    func mainCountry(before end: Int) -> String? {
        var counts: [String: Int] = [:]
        var order: [String] = []
        for m in mentions where m.kind != .person && m.range.upperBound <= end {
            guard let c = m.country else { continue }
            if counts[c] == nil { order.append(c) }
            counts[c, default: 0] += 1
        }
        // Most mentions; on a tie, the one named first.
        var best: String?
        for c in order where best == nil || counts[c]! > counts[best!]! { best = c }
        return best
    }

    /// Whether one of the actor's names contains one of `keys` as a word.
    func nameFits(_ id: String, _ keys: [String]) -> Bool {
        guard let i = index.actorIndex[id] else { return false }
        let a = index.actors[Int(i)]
        for n in [a.name] + (a.nameES.map { [$0] } ?? []) + a.names {
            let words = Lexicon.slug(n).split(separator: "-")
            if words.contains(where: { w in keys.contains { $0 == w } }) { return true }
        }
        return false
    }
}
