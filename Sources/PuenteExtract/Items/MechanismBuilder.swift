import PuenteModel

/// One mechanism item per mechanism a document names, with cadence, pillars, and establishment
/// and relaunch dates taken from anywhere in the document.
struct MechanismBuilder: Sendable {
    var annotations: Annotations
    var views: [SentenceView]

    static let cadences: [(words: [String], duration: ISODuration)] = [
        (["semiannual", "semi-annual", "semiannually", "biannual", "semestral", "semestralmente"], ISODuration(months: 6)),
        (["quarterly", "trimestral", "trimestralmente"], ISODuration(months: 3)),
        (["monthly", "mensual", "mensualmente"], ISODuration(months: 1)),
        (["annually", "annual", "yearly", "anual", "anualmente"], ISODuration(years: 1)),
    ]
    static let establishWords: Set<String> = ["establish", "established", "create", "created", "creation", "formed", "founded", "launched", "creó", "creación", "estableció", "establecimiento", "fundó"]
    static let relaunchWords: Set<String> = ["relaunch", "relaunched", "relaunching", "relanzamiento", "relanzó", "relanzar", "revived", "reactivated", "reactivación"]

    /// For each sentence, the mechanism it is about (see `PillarReader.owner`), computed once.
    var owners: [String?] {
        var out: [String?] = []
        var latest: [MechanismSpan] = []
        var cursor = 0
        let all = annotations.mechanisms
        for v in views {
            while cursor < all.count, all[cursor].range.upperBound <= v.unit.range.lowerBound {
                latest.append(all[cursor])
                cursor += 1
            }
            out.append(PillarReader.owner(v, earlier: latest))
        }
        return out
    }

    func mechanisms() -> [Mechanism] {
        let owners = self.owners
        var order: [String] = []
        var byID: [String: [MechanismSpan]] = [:]
        for span in annotations.mechanisms {
            if byID[span.id] == nil { order.append(span.id) }
            byID[span.id, default: []].append(span)
        }
        return order.map { build(byID[$0]!, owners: owners) }
    }

    func build(_ spans: [MechanismSpan], owners: [String?]) -> Mechanism {
        let first = spans[0]
        let kindWords = Set(PillarReader.kindWords.filter { $0.value == first.kind }.keys)
        var named = Set<Int>()
        for span in spans {
            let i = Spans.lowerIndex(views, span.range.lowerBound + 1) { $0.unit.range.lowerBound } - 1
            if i >= 0, views[i].unit.range.overlaps(span.range) { named.insert(i) }
        }
        let mentioning = views.indices.filter { i in
            let v = views[i]
            if named.contains(i) { return true }
            // "The dialogue, launched in 2013, …" after the dialogue was named.
            return owners[i] == first.id && v.words.prefix(3).contains { kindWords.contains($0.lower) }
        }.map { views[$0] }
        var evidence: [Evidence] = []
        var cadence: ISODuration?
        var established: DateValue?
        var relaunched: DateValue?
        for v in mentioning {
            let e = ItemText.evidence(v, in: annotations)
            if !evidence.contains(e) { evidence.append(e) }
            let lowers = Set(v.words.map(\.lower))
            if cadence == nil {
                cadence = v.times.lazy.compactMap { t -> ISODuration? in
                    if case let .frequency(d) = t.value { return d } else { return nil }
                }.first ?? Self.cadences.first { !lowers.isDisjoint(with: $0.words) }?.duration
            }
            if established == nil, !lowers.isDisjoint(with: Self.establishWords) || lowers.contains("announced") && lowers.contains("formally") {
                established = v.times.compactMap(\.date).first ?? (lowers.contains("agreed") || lowers.contains("acordaron") ? annotations.datePrecision : nil)
            }
            if relaunched == nil, !lowers.isDisjoint(with: Self.relaunchWords) { relaunched = v.times.compactMap(\.date).first }
        }
        let pillars = PillarReader(annotations: annotations, views: views, owners: owners).pillars(for: first.id)
        for v in pillars.sources where !evidence.contains(ItemText.evidence(v, in: annotations)) {
            evidence.append(ItemText.evidence(v, in: annotations))
        }
        let aliases = (first.aliases + spans.map { annotations.text[$0.range] }).filter { $0 != first.name }.uniqued
        return Mechanism(id: first.id, name: first.name, aliases: aliases, kind: first.kind, members: first.members,
                         cadence: cadence, established: established, relaunched: relaunched,
                         pillars: pillars.items, evidence: evidence.sorted { $0.start < $1.start })
    }
}
