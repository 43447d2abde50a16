import PuenteModel
import PuenteText

extension ResolutionPass {
    /// Resolves "the president", "el canciller" without a country: the nearest earlier (else later)
    /// person holding an office of that class on the document date; else, when the document names
    /// exactly one country that has such an office, its holder; else nothing.
    mutating func resolveDeferred() {
        guard !deferred.isEmpty else { return }
        let people = mentions.filter { $0.kind == .person }
        let countries = Set(mentions.compactMap { $0.kind == .country ? $0.country : nil })
        for d in deferred {
            let cls = index.classes[Int(d.roleClass)]
            let holders = people.filter { m in
                guard let p = index.actorIndex[m.actorID] else { return false }
                return index.currentRole(of: index.actors[Int(p)], on: date)?.roleClass == cls
            }
            let before = holders.last { $0.range.upperBound <= d.range.lowerBound }
            if let m = before ?? holders.first(where: { $0.range.lowerBound >= d.range.upperBound }), let p = index.actorIndex[m.actorID] {
                emit(p, d.range, .role)
                continue
            }
            let inDoc = d.roles.filter { countries.contains(index.roles[Int($0)].country) }
            if Set(inDoc.map { index.roles[Int($0)].country }).count == 1 { emitRole(inDoc, d.range) }
        }
    }

    /// The mentions grouped into one `ResolvedActor` per id, in order of first mention.
    func resolution(text: ScalarText, documentID: String) -> ActorResolution {
        var order: [String] = []
        var byID: [String: ResolvedActor] = [:]
        for m in mentions {
            let ev = Evidence(document: documentID, start: m.range.lowerBound, end: m.range.upperBound, quote: text[m.range])
            if byID[m.actorID] == nil {
                order.append(m.actorID)
                byID[m.actorID] = makeActor(m.actorID)
            }
            byID[m.actorID]?.mentions.append(ev)
        }
        return ActorResolution(mentions: mentions, actors: order.compactMap { byID[$0] })
    }

    private func makeActor(_ id: String) -> ResolvedActor {
        if let i = index.actorIndex[id] {
            let a = index.actors[Int(i)]
            let role = a.kind == .person ? index.currentRole(of: a, on: date) : nil
            return ResolvedActor(id: id, name: a.name, kind: a.kind, country: a.country, sector: role?.sector ?? a.sector,
                                 role: role.map { ActorRole(title: $0.title, org: $0.org) }, fromLexicon: true)
        }
        let u = unknown[id]
        return ResolvedActor(id: id, name: u?.name ?? id, kind: .person, country: u?.country, sector: u?.sector,
                             role: u?.role, fromLexicon: false)
    }
}
