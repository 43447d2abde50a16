import PuenteModel
import PuenteText

extension ResolutionPass {
    /// Resolves "the president", "el canciller" without a country: the nearest earlier (else later)
    /// person holding an office of that class on the document date; else, when the document names
    /// exactly one country that has such an office, its holder; else nothing.
    mutating func resolveDeferred() {
        guard !deferred.isEmpty else { return }
        mentions.sort { $0.range.lowerBound < $1.range.lowerBound }
        // People in text order with the class of the office they hold on the document date.
        var people: [(start: Int, actor: Int32, roleClass: String)] = []
        var classCache: [Int32: String?] = [:]
        for m in mentions where m.kind == .person {
            guard let p = index.actorIndex[m.actorID] else { continue }
            let cls: String?
            if let cached = classCache[p] { cls = cached } else {
                cls = index.currentRole(of: index.actors[Int(p)], on: date)?.roleClass
                classCache[p] = cls
            }
            if let cls { people.append((m.range.lowerBound, p, cls)) }
        }
        var byClass: [String: (starts: [Int], actors: [Int32])] = [:]
        for p in people {
            byClass[p.roleClass, default: ([], [])].starts.append(p.start)
            byClass[p.roleClass, default: ([], [])].actors.append(p.actor)
        }
        let countries = Set(mentions.compactMap { $0.kind == .person ? nil : $0.country })
        for d in deferred {
            let cls = index.classes[Int(d.roleClass)]
            if let list = byClass[cls], !list.starts.isEmpty {
                let pivot = lowerBound(list.starts, d.range.lowerBound)
                emit(list.actors[pivot > 0 ? pivot - 1 : 0], d.range, .role)
                continue
            }
            let inDoc = d.roles.filter { countries.contains(index.roles[Int($0)].country) }
            if Set(inDoc.map { index.roles[Int($0)].country }).count == 1 { emitRole(inDoc, d.range) }
        }
    }

    private func lowerBound(_ a: [Int], _ x: Int) -> Int {
        var lo = 0, hi = a.count
        while lo < hi { let mid = (lo + hi) / 2; if a[mid] < x { lo = mid + 1 } else { hi = mid } }
        return lo
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
