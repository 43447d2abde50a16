import PuenteModel

/// The record's actor list: every resolved actor, plus the ids items use that the lexicon lacked.
enum ActorList {
    static func actors(_ annotations: Annotations, used: [String]) -> [ResolvedActor] {
        var out = annotations.resolvedActors
        var known = Set(out.map(\.id))
        for span in annotations.actors where !known.contains(span.id) {
            out.append(fallback(span.id, country: span.country, annotations: annotations))
            known.insert(span.id)
        }
        for id in used.uniqued where !known.contains(id) {
            out.append(fallback(id, country: id.count == 3 ? id : nil, annotations: annotations))
            known.insert(id)
        }
        return out.map { actor in
            var a = actor
            if a.mentions.isEmpty {
                a.mentions = annotations.actors.filter { $0.id == a.id }.map {
                    Evidence(document: annotations.document.id, start: $0.range.lowerBound, end: $0.range.upperBound, quote: annotations.text[$0.range])
                }
            }
            return a
        }
    }

    static func fallback(_ id: String, country: String?, annotations: Annotations) -> ResolvedActor {
        let kind: ActorKind = id.hasPrefix("IGO") ? .igo : id.count == 3 ? .country : id.split(separator: ".").count == 2 ? .government : .agency
        return ResolvedActor(id: id, name: id, kind: kind, country: country == "IGO" ? nil : country,
                             sector: kind == .country || kind == .igo ? nil : "GOV", fromLexicon: false)
    }
}
