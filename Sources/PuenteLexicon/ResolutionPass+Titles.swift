import PuenteModel

extension ResolutionPass {
    /// A title or role phrase at span `head` (after an optional country span at `from`), with what
    /// follows: a name, a surname, an unknown titled name, or nothing (the role resolves by date).
    /// Returns the spans consumed, or nil when nothing was made of it.
    mutating func titled(head k: Int, from j: Int, country c0: Int32?) -> Int? {
        let head = spans[k]
        var country = c0
        var host: Int32?
        var last = k
        if head.roleClass != nil, k + 1 < spans.count {
            let nx = spans[k + 1]
            if nx.start == head.end + 1, softBefore(head.end), softBefore(nx.start), let cc = countryName(nx) {
                if Words.of.contains(tokens[head.end].hash), country == nil { country = cc; last = k + 1 }
                else if Words.host.contains(tokens[head.end].hash) { host = cc; last = k + 1 }
            } else if adjacent(head, nx), nx.actor == nil, let cc = nx.adjective, country == nil {
                country = cc; last = k + 1
            }
        }
        var roles: [Int32] = []
        if let r = head.role { roles = [r] } else if let cl = head.roleClass {
            roles = index.rolesOfClass[Int(cl)].filter { r in
                let e = index.roles[Int(r)]
                return (country == nil || e.country == index.actors[Int(country!)].id)
                    && (host == nil || e.host == index.actors[Int(host!)].id)
            }
        }
        let consumed = last - j + 1
        let after = last + 1
        // "Deputy …", "former …", "… adjunto": the title names someone other than the office holder.
        let s0 = spans[j].start
        let freeBefore = s0 > 0 && softBefore(s0) && (j == 0 || spans[j - 1].end != s0)
        let former = freeBefore && Words.former.contains(tokens[s0 - 1].hash)
        let deputy = freeBefore && Words.deputy.contains(tokens[s0 - 1].hash)
        let adjunct = softBefore(spans[last].end) && Words.adjunct.contains(tokens[spans[last].end].hash)
        let demoted = former || deputy || adjunct
        let first = former || deputy ? s0 - 1 : s0
        if after < spans.count, adjacent(spans[last], spans[after]) {
            let nx = spans[after]
            if let (a, _) = nx.actor, index.actors[Int(a)].kind == .person {
                emit(a, range(first, nx.end), .name)
                return consumed + 1
            }
            if let g = nx.surname, let p = choosePerson(group: g, roles: demoted ? [] : roles, strict: head.role != nil && !demoted) {
                emit(p, range(first, nx.end), .titleAndSurname)
                seen.insert(p)
                return consumed + 1
            }
        }
        var next = after
        while next < spans.count, spans[next].kinds.allSatisfy({ if case .surname = $0 { return true }; return false }) { next += 1 }
        let limit = next < spans.count ? spans[next].start : tokens.count
        let nameStart = spans[last].end + (adjunct ? 1 : 0)
        if let end = unknownName(from: nameStart, limit: limit) {
            var title = text(range(head.start, head.end))
            if former || deputy { title = text(range(s0 - 1, s0 - 1 + 1)) + " " + title }
            if adjunct { title += " " + text(range(spans[last].end, spans[last].end + 1)) }
            emitUnknown(headSpan: head, range: range(first, end), title: title, nameStart: nameStart, end: end,
                        roles: roles, country: country, demoted: demoted)
            return consumed
        }
        // "Deputy Undersecretary for International Affairs Thea Lee", "subsecretario para Asuntos Multilaterales Juan Pérez".
        if last == k, let (complementEnd, nameFrom, end) = complementedName(from: nameStart) {
            let title = text(range(first, complementEnd))
            let cc = country ?? complementCountry(after: last, before: complementEnd) ?? mainCountryActor(before: tokens[first].start)
            emitUnknown(headSpan: head, range: range(first, end), title: title, nameStart: nameFrom, end: end,
                        roles: roles, country: cc, demoted: true)
            var n = after
            while n < spans.count, spans[n].start < end { n += 1 }
            return n - j
        }
        guard head.role != nil || head.roleClass != nil else { return nil }
        if former { return consumed }
        let r = range(first, spans[last].end)
        if demoted {
            if let role = roles.first, let org = index.actorIndex[index.roles[Int(role)].org] { emit(org, r, .role) }
            return consumed
        }
        if roles.isEmpty {
            if let country { emit(country, r, .adjective); return consumed }
            return nil
        }
        if head.role == nil, country == nil, host == nil, roles.count > 1 {
            deferred.append((r, head.roleClass!, roles))
            return consumed
        }
        emitRole(roles, r)
        return consumed
    }

    /// A country named (not by adjective) in a span.
    func countryName(_ span: Span) -> Int32? {
        if let (a, how) = span.actor, how != .metonym, index.actors[Int(a)].kind == .country { return a }
        return nil
    }

    /// Emits the holder of the first role in `roles` that has one on the document date, else the
    /// role's organisation.
    mutating func emitRole(_ roles: [Int32], _ r: Range<Int>) {
        if let date {
            for role in roles { if let p = index.holders(of: role, on: date).first { emit(p, r, .role); return } }
        }
        let org = index.roles[Int(roles[0])].org
        if let o = index.actorIndex[org] ?? index.actorIndex[index.roles[Int(roles[0])].country] { emit(o, r, .role) }
    }

    /// Picks the person a surname names: one holding a role in `roles`, else one named earlier,
    /// else one in office on the document date, else the only one.
    func choosePerson(group g: Int32, roles: [Int32], strict: Bool) -> Int32? {
        var cands = index.surnameGroups[Int(g)]
        if !roles.isEmpty {
            let ids = Set(roles.map { index.roles[Int($0)].id })
            let now = cands.filter { p in index.actors[Int(p)].roles.contains { ids.contains($0.role) && (date == nil || $0.contains(date!)) } }
            let ever = cands.filter { p in index.actors[Int(p)].roles.contains { ids.contains($0.role) } }
            if !now.isEmpty { cands = now } else if !ever.isEmpty { cands = ever } else if strict { return nil }
        }
        if cands.count > 1 { let f = cands.filter { seen.contains($0) }; if !f.isEmpty { cands = f } }
        if cands.count > 1 { let f = cands.filter { index.currentRole(of: index.actors[Int($0)], on: date) != nil }; if !f.isEmpty { cands = f } }
        return cands.first
    }

    /// A surname alone: the person named in full earlier, or one known by surname alone; not when a
    /// different first name stands before it ("Carlos Salazar").
    mutating func shortForm(_ sp: Span, group g: Int32, previousSpanEnd: Int) {
        let s = sp.start
        var cands = index.surnameGroups[Int(g)].filter { seen.contains($0) || index.actors[Int($0)].bySurname }
        if s > 0, softBefore(s), previousSpanEnd != s, tokens[s - 1].isCapitalized, !Words.function.contains(tokens[s - 1].hash) {
            // Another first name ("Carlos Salazar"), unless it opens a sentence and the person was named in full.
            let opensSentence = s - 1 == 0 || tokens[s - 1].flags & Token.hardBefore != 0
            guard opensSentence else { return }
            cands = cands.filter { seen.contains($0) }
        }
        if cands.count > 1 { let f = cands.filter { seen.contains($0) }; if !f.isEmpty { cands = f } }
        if cands.count > 1 { let f = cands.filter { index.currentRole(of: index.actors[Int($0)], on: date) != nil }; if !f.isEmpty { cands = f } }
        if let p = cands.first { emit(p, range(sp.start, sp.end), .shortForm) }
    }
}
