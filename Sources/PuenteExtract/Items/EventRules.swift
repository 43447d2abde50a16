import PuenteModel

/// The decision whether a clause states an event, and of what type.
struct EventCandidate: Sendable {
    var type: EventType
    var mode: String?
    var predicate: Predicate?
    /// Word index where the agreed content starts ("to …", "that …"), for AGREE with a complement.
    var complementStart: Int?
    var roles: ClauseRoles
    var viaNoun: Bool
}

enum EventRules {
    static let agreementObjects: Set<String> = ["agreement", "deal", "accord", "settlement", "acuerdo", "pacto", "memorandum", "mou", "treaty", "tratado"]
    static let declarationObjects: Set<String> = ["declaration", "statement", "declaración", "comunicado"]
    static let aidObjects: Set<String> = ["aid", "assistance", "vaccines", "vaccine", "doses", "funds", "funding", "equipment", "supplies", "money", "loan", "grants", "ayuda", "asistencia", "vacunas", "dosis", "fondos", "equipo", "insumos", "recursos", "donation", "donativo"]
    static let militaryObjects: Set<String> = ["troops", "soldiers", "forces", "guard", "military", "agents", "tropas", "soldados", "elementos", "militares", "agentes", "guardia"]
    static let goodsObjects: Set<String> = ["drugs", "weapons", "arms", "guns", "cash", "fentanyl", "cocaine", "shipment", "shipments", "armas", "drogas", "cargamento", "fentanilo", "cocaína"]
    static let measureObjects: Set<String> = ["sanctions", "tariffs", "restrictions", "ban", "embargo", "duties", "sanciones", "aranceles", "restricciones", "prohibición", "embargo"]
    static let lightVerbs: Set<String> = ["launch", "open", "initiate", "file", "iniciar", "abrir", "presentar", "interponer"]
    static let complaintNouns: Set<String> = ["investigation", "inquiry", "complaint", "complaints", "investigación", "queja", "denuncia", "demanda"]
    static let personObjects: Set<String> = ["president", "secretary", "minister", "delegation", "advisor", "adviser", "ambassador", "presidente", "secretario", "secretaria", "asesora", "asesor", "delegación", "comitiva", "embajador", "canciller"]

    /// The event a clause states, if any: a lexicon verb not under a promise, with two sides.
    static let expressVerbs: Set<String> = ["express", "voice", "convey", "extend", "expresar", "manifestar", "externar", "transmitir"]
    static let concernNouns: Set<String> = ["concern", "concerns", "alarm", "disappointment", "outrage", "preocupación", "inquietud", "molestia", "inconformidad", "descontento", "rechazo"]
    static let supportNouns: Set<String> = ["support", "gratitude", "appreciation", "thanks", "condolences", "solidarity", "congratulations", "apoyo", "agradecimiento", "reconocimiento", "beneplácito", "condolencias", "solidaridad", "felicitaciones"]

    /// "expressed concern about …" (ACCUSE), "expressed its gratitude to …" (SUPPORT).
    static func expressedAttitude(_ after: [String]) -> EventType? {
        let window = Set(after.prefix(4))
        if !window.isDisjoint(with: concernNouns) { return .accuse }
        if !window.isDisjoint(with: supportNouns) { return .support }
        return nil
    }

    static let holdVerbs: Set<String> = ["hold", "have", "sostener", "tener", "mantener"]

    /// The mode of a meeting noun right after a "hold"/"sostener" verb ("held talks", "sostuvo una
    /// llamada telefónica"): "" for a meeting without a mode, nil when there is no meeting noun.
    static func meetingNoun(_ view: SentenceView, _ clause: Clause, after i: Int, lexicon: ExtractionLexicon, language: Language) -> String?? {
        let windowRange = (i + 1)..<min(clause.words.upperBound, i + 5)
        if view.mechanisms(inWords: windowRange).contains(where: { $0.kind == .dialogue || $0.kind == .workingGroup }) { return .some(nil) }
        let window = view.lowers(windowRange)
        for noun in lexicon.nouns[language] ?? [] where noun.type == .consult && firstIndex(of: noun.words, in: window) != nil {
            return .some(noun.mode)
        }
        return nil
    }

    static let enactVerbs: Set<String> = ["approve", "pass", "sign", "enact", "adopt", "aprobar", "promulgar", "firmar", "expedir"]
    static let lawNouns: Set<String> = ["law", "bill", "decree", "reform", "measure", "legislation", "ley", "decreto", "reforma", "iniciativa"]
    static let renewVerbs: Set<String> = ["renew", "reiterate", "repeat", "issue", "make", "renovar", "reiterar", "repetir", "hacer", "lanzar"]
    static let requestNouns: Set<String> = ["call", "calls", "appeal", "request", "demand", "plea", "llamado", "llamamiento", "petición", "solicitud", "exhorto"]
    static let detaineeWords: Set<String> = ["people", "persons", "suspects", "fugitives", "detainees", "prisoners", "inmates", "capos", "alleged",
                                             "personas", "presuntos", "detenidos", "reos", "presos", "prófugos", "narcotraficantes"]

    static let takePlace: [[String]] = [["take", "place"], ["takes", "place"], ["be", "held"], ["happen"], ["occur"], ["llevarse", "a", "cabo"], ["realizarse"], ["celebrarse"], ["tener", "lugar"]]

    /// "a meeting between Sheinbaum and Trump could take place in the coming months": a possible meeting.
    static func possibleMeeting(_ view: SentenceView, _ clause: Clause, lexicon: ExtractionLexicon, language: Language) -> EventCandidate? {
        guard clause.isHypothetical else { return nil }
        let lowers = view.lowers(clause.words)
        guard takePlace.contains(where: { firstIndex(of: $0, in: lowers) != nil }) else { return nil }
        for noun in lexicon.nouns[language] ?? [] where noun.type == .consult {
            guard let at = firstIndex(of: noun.words, in: lowers) else { continue }
            let i = clause.words.lowerBound + at + noun.words.count
            guard i < clause.words.upperBound, ["between", "with", "entre", "con"].contains(view.words[i].lower) else { continue }
            let spans = view.actors(inWords: i..<clause.words.upperBound)
            let countries = spans.compactMap(\.country).uniqued
            guard countries.count >= 2 else { continue }
            let roles = ClauseRoles(subject: spans.map(\.id).uniqued, object: [], partners: [], subjectCountries: countries, objectCountries: [],
                                    partnerCountries: [], subjectIsImplicit: false)
            return EventCandidate(type: .consult, mode: noun.mode, predicate: nil, complementStart: nil, roles: roles, viaNoun: true)
        }
        return nil
    }

    static let actionNouns: [String: EventType] = [
        "arrest": .coerce, "detention": .coerce, "deportation": .coerce, "expulsion": .sanction, "extradition": .cooperate,
        "captura": .coerce, "detención": .coerce, "deportación": .coerce, "expulsión": .sanction, "extradición": .cooperate,
    ]

    /// "the arrest by U.S. authorities of former Mexican defense minister Salvador Cienfuegos": an act named by
    /// a noun with its agent ("by", "por parte de") and someone of another country.
    static func agentNounEvent(_ view: SentenceView, _ clause: Clause) -> EventCandidate? {
        guard !clause.isPromise, !clause.isHypothetical else { return nil }
        for i in clause.words {
            guard let type = actionNouns[view.words[i].lower], i + 1 < clause.words.upperBound else { continue }
            var j = i + 1
            if view.words[j].lower == "por", j + 2 < clause.words.upperBound, view.words[j + 1].lower == "parte", view.words[j + 2].lower == "de" { j += 2 }
            guard ["by", "por", "de"].contains(view.words[j].lower) else { continue }
            let window = (j + 1)..<min(clause.words.upperBound, j + 14)
            let spans = view.actors(inWords: window)
            guard let agent = spans.first, let agentCountry = agent.country,
                  view.wordIndex(at: agent.range.lowerBound).map({ $0 <= j + 3 }) == true else { continue }
            let others = spans.dropFirst().filter { $0.country != nil && $0.country != agentCountry }
            guard !others.isEmpty else { continue }
            let roles = ClauseRoles(subject: [agent.id], object: others.map(\.id).uniqued, partners: [], subjectCountries: [agentCountry],
                                    objectCountries: others.compactMap(\.country).uniqued, partnerCountries: [], subjectIsImplicit: false)
            return EventCandidate(type: type, mode: nil, predicate: nil, complementStart: nil, roles: roles, viaNoun: false)
        }
        return nil
    }

    /// "approved a law restricting the activities of foreign agents": the law's verb is the event.
    static func lawEvent(_ view: SentenceView, _ clause: Clause, context: RoleContext) -> EventCandidate? {
        guard let p = clause.predicates.first(where: { enactVerbs.contains($0.lemma) && $0.tense != .nonfinite && $0.tense != .future }),
              let q = clause.predicates.first(where: { $0.index > p.index + 1 && $0.entry?.type == .sanction }),
              view.lowers((p.index + 1)..<q.index).contains(where: lawNouns.contains), !clause.isPromise else { return nil }
        let r = RoleResolver.roles(view, clause: clause, pivot: p.index, passive: p.isPassive, context: context)
        guard r.allCountries.count >= 2, !r.subjectCountries.isEmpty else { return nil }
        return EventCandidate(type: .sanction, mode: nil, predicate: p, complementStart: nil, roles: r, viaNoun: false)
    }

    /// "the High-Level Economic Dialogue (HLED) held in Washington on September 28": a dated session.
    static func heldSession(_ view: SentenceView, _ clause: Clause) -> EventCandidate? {
        guard !clause.isPromise else { return nil }
        for p in clause.predicates where ["hold", "celebrar", "realizar", "celebrate"].contains(p.lemma) {
            let before = view.scalarRange(max(clause.words.lowerBound, p.index - 3)..<p.index)
            guard let m = view.mechanisms.first(where: { before.contains($0.range.upperBound - 1) && ($0.kind == .dialogue) }),
                  m.members.count >= 2,
                  view.times(inWords: p.index..<clause.words.upperBound).contains(where: { $0.date != nil }) else { continue }
            let roles = ClauseRoles(subject: m.members, object: [], partners: [], subjectCountries: m.members, objectCountries: [],
                                    partnerCountries: [], subjectIsImplicit: false)
            return EventCandidate(type: .consult, mode: nil, predicate: p, complementStart: nil, roles: roles, viaNoun: false)
        }
        return nil
    }

    /// A promise cue before the predicate or on it ("will hold talks"), not one in a later complement
    /// ("held a call in which they agreed to pause tariffs").
    static func promisedBefore(_ clause: Clause, _ p: Predicate) -> Bool {
        clause.cues.contains { ($0.role == .future || $0.role == .commitment) && $0.words.lowerBound <= p.index }
    }

    static func verbEvent(_ view: SentenceView, _ clause: Clause, context: RoleContext, lexicon: ExtractionLexicon, language: Language) -> EventCandidate? {
        if let law = lawEvent(view, clause, context: context) { return law }
        let reporting = Set(["say", "note", "state", "add", "stress", "tell", "explain", "decir", "señalar", "destacar", "afirmar", "subrayar", "indicar"])
        for p in clause.predicates where p.tense != .nonfinite && p.tense != .future && !reporting.contains(p.lemma) {
            if Self.lightVerbs.contains(p.lemma), !Set(view.lowers(min(p.index + 1, clause.words.upperBound)..<clause.words.upperBound).prefix(4)).isDisjoint(with: Self.complaintNouns) {
                let r = RoleResolver.roles(view, clause: clause, pivot: p.index, passive: p.isPassive, context: context)
                guard r.allCountries.count >= 2, !r.subjectCountries.isEmpty else { return nil }
                return EventCandidate(type: .accuse, mode: nil, predicate: p, complementStart: nil, roles: r, viaNoun: false)
            }
            if Self.holdVerbs.union(["convene", "host", "convocar", "celebrar", "realizar"]).contains(p.lemma),
               let meeting = meetingNoun(view, clause, after: p.index, lexicon: lexicon, language: language) {
                let r = RoleResolver.roles(view, clause: clause, pivot: p.index, passive: p.isPassive, context: context)
                guard r.allCountries.count >= 2, !r.subjectCountries.isEmpty, !promisedBefore(clause, p) else { return nil }
                return EventCandidate(type: .consult, mode: meeting, predicate: p, complementStart: nil, roles: r, viaNoun: false)
            }
            if Self.expressVerbs.contains(p.lemma), let type = expressedAttitude(view.lowers(min(p.index + 1, clause.words.upperBound)..<clause.words.upperBound)) {
                let r = RoleResolver.roles(view, clause: clause, pivot: p.index, passive: p.isPassive, context: context)
                guard r.allCountries.count >= 2, !r.subjectCountries.isEmpty, !clause.isPromise else { return nil }
                return EventCandidate(type: type, mode: nil, predicate: p, complementStart: nil, roles: r, viaNoun: false)
            }
            // "renewed his call for the United States to invest …": a request named by a noun.
            if Self.renewVerbs.contains(p.lemma), view.lowers(min(p.index + 1, clause.words.upperBound)..<min(p.index + 4, clause.words.upperBound)).contains(where: Self.requestNouns.contains) {
                let r = RoleResolver.roles(view, clause: clause, pivot: p.index, passive: p.isPassive, context: context)
                if r.allCountries.count >= 2, !r.subjectCountries.isEmpty, !clause.isPromise {
                    return EventCandidate(type: .request, mode: nil, predicate: p, complementStart: nil, roles: r, viaNoun: false)
                }
            }
            // "sent a diplomatic note to the U.S. Embassy": a formal protest.
            if ["send", "deliver", "present", "issue", "enviar", "entregar", "remitir", "presentar", "girar"].contains(p.lemma),
               view.lowers(min(p.index + 1, clause.words.upperBound)..<min(p.index + 5, clause.words.upperBound)).contains(where: { ["note", "notes", "nota", "notas"].contains($0) }),
               view.lowers(clause.words).contains(where: { ["diplomatic", "diplomática", "diplomáticas", "protest", "protesta", "extrañamiento"].contains($0) }) {
                let r = RoleResolver.roles(view, clause: clause, pivot: p.index, passive: p.isPassive, context: context)
                if r.allCountries.count >= 2, !r.subjectCountries.isEmpty, !clause.isPromise {
                    return EventCandidate(type: .accuse, mode: nil, predicate: p, complementStart: nil, roles: r, viaNoun: false)
                }
            }
            guard let entry = p.entry else { continue }
            if let cue = clause.cues.first(where: { ($0.role == .future || $0.role == .commitment) && $0.words.lowerBound < p.index }),
               !(entry.type == .agree && cue.words.contains(p.index)) {
                return nil
            }
            let after = view.lowers(min(p.index + 1, clause.words.upperBound)..<clause.words.upperBound)
            guard objectOK(entry, after: after, view: view, clause: clause, p: p) else {
                // "a deadline set by Trump": without its particle ("set up", "hand over") it is another verb.
                if ["up", "over"].contains(entry.object ?? "") { continue }
                return nil
            }
            var roles = RoleResolver.roles(view, clause: clause, pivot: p.index, passive: p.isPassive, context: context,
                                           droppingObjectsAfter: entry.type == .consult ? ["for", "por"] : [])
            if entry.type == .consult, let m = view.mechanisms(inWords: clause.words).first, roles.allCountries.count < 2 {
                roles.objectCountries = (roles.objectCountries + m.members).uniqued
            }
            // "Since 2013, the HLED has been co-chaired by …": a standing state, not an event.
            if p.tense == .perfect, p.isPassive, view.lowers(clause.words).contains(where: { $0 == "since" || $0 == "desde" }) { return nil }
            // "officials meet annually": a habit (the mechanism's cadence), not an event.
            if view.times(inWords: clause.words).contains(where: { if case .frequency = $0.value { return true } else { return false } }),
               p.tense == .present { return nil }
            let bilateral = entry.joint
                ? roles.subjectCountries.count >= 2 || (!roles.subjectCountries.isEmpty && !roles.partnerCountries.filter { !roles.subjectCountries.contains($0) }.isEmpty)
                : roles.allCountries.count >= 2
            // "Trump threatened tariffs …, and Mexico agreed to deploy …": a response to the other side named earlier in the sentence.
            if !bilateral, [.agree, .reject, .concede, .retreat].contains(entry.type), !entry.joint, roles.subjectCountries.count == 1,
               let other = context.sentenceCountries.first(where: { !roles.subjectCountries.contains($0) }) {
                roles.object = (roles.object + [other]).uniqued  // target only: the promise stays the subject's
                return EventCandidate(type: entry.type, mode: entry.mode, predicate: p, complementStart: entry.commits ? complementStart(view, clause, after: p.index) : nil,
                                      roles: roles, viaNoun: false)
            }
            guard bilateral, !roles.subjectCountries.isEmpty || p.isPassive else { return nil }
            let complement = entry.commits ? complementStart(view, clause, after: p.index) : nil
            let welcomesVisitor = ["welcome"].contains(p.lemma) && !Set(after.prefix(5)).isDisjoint(with: Self.personObjects)
            let callsOn = ["call", "llamar"].contains(p.lemma) && ["on", "upon", "a", "for"].contains(after.first ?? "")
            // "sent 29 people accused of drug trafficking to the United States": a transfer of detainees.
            let transfersPeople = entry.type == .aid && !Set(after.prefix(8)).isDisjoint(with: Self.detaineeWords)
            return EventCandidate(type: callsOn ? .request : welcomesVisitor ? .consult : transfersPeople ? .cooperate : entry.type, mode: callsOn ? nil : welcomesVisitor ? "visit" : entry.mode, predicate: p, complementStart: complement, roles: roles, viaNoun: false)
        }
        return nil
    }

    static func objectOK(_ entry: VerbEntry, after: [String], view: SentenceView, clause: Clause, p: Predicate) -> Bool {
        guard let object = entry.object else { return true }
        return object.split(separator: "|").contains { alternative in
            var e = entry
            e.object = String(alternative)
            return objectMatches(e, after: after, view: view, clause: clause, p: p)
        }
    }

    static func objectMatches(_ entry: VerbEntry, after: [String], view: SentenceView, clause: Clause, p: Predicate) -> Bool {
        let window = Set(after.prefix(8))
        switch entry.object {
        case "agreement": return !window.isDisjoint(with: agreementObjects)
        case "declaration": return !window.isDisjoint(with: declarationObjects) || !Set(view.lowers(clause.words.lowerBound..<p.index)).isDisjoint(with: declarationObjects)
        case "person": return !window.isDisjoint(with: personObjects) || !view.actors(inWords: (p.index + 1)..<min(p.index + 6, clause.words.upperBound)).isEmpty
        case "with": return window.contains("with") || window.contains("con")
        case "on": return after.first == "on" || after.first == "upon" || after.first == "a"
        case "measures": return !window.isDisjoint(with: measureObjects)
        case "that": return after.prefix(2).contains("that") || after.prefix(2).contains("que")
        case "actor": return !view.actors(inWords: (p.index + 1)..<min(p.index + 6, clause.words.upperBound)).isEmpty
        case "aid": return !window.isDisjoint(with: aidObjects) || !view.amounts(inWords: clause.words).isEmpty
        case "military": return !window.isDisjoint(with: militaryObjects)
        case "goods": return !window.isDisjoint(with: goodsObjects) || !view.amounts(inWords: clause.words).isEmpty
        case "for": return after.first == "for"
        case "over": return after.first == "over"
        case "up": return after.first == "up"
        case "mechanism":
            // "the Framework, adopted by both governments in 2021": a passive's mechanism stands before it.
            let before = p.isPassive ? max(clause.words.lowerBound, p.index - 12)..<p.index : p.index..<p.index
            return !view.mechanisms(inWords: (p.index + 1)..<min(p.index + 8, clause.words.upperBound)).isEmpty
                || !view.mechanisms(inWords: before).isEmpty
        case "delegation": return window.contains("delegación") || window.contains("delegation") || window.contains("comitiva")
        default: return true
        }
    }

    /// Where an agreement's content starts: "to"/"a"/"que"/"that"/"on"/"for" after the verb, or its object.
    static func complementStart(_ view: SentenceView, _ clause: Clause, after index: Int) -> Int? {
        let markers: Set<String> = ["to", "that", "que", "a"]
        let end = clause.words.upperBound
        var i = index + 1
        while i < min(end, index + 3) {
            if markers.contains(view.words[i].lower) { return i }
            i += 1
        }
        // "acordaron reunirse en junio": a Spanish infinitive right after the verb is the content.
        if index + 1 < end {
            let w = view.words[index + 1].lower
            if ["ar", "er", "ir", "arse", "erse", "irse", "arlo", "arla"].contains(where: { w.hasSuffix($0) }) && w.count > 4 && !view.words[index + 1].isCapitalized { return index + 1 }
        }
        return nil
    }

    /// "The first batch of 1.35 million doses arrived in Mexico, following a promise from Vice President
    /// Harris": a delivery that keeps a promise is an AID event from the promiser.
    static func deliveryEvent(_ view: SentenceView, _ clause: Clause, context: RoleContext) -> EventCandidate? {
        guard clause.has(.fulfilled), !view.amounts(inWords: clause.words).isEmpty else { return nil }
        let spans = view.actors(inWords: clause.words)
        let givers = spans.filter { RoleResolver.isOblique($0, view, only: ["from", "by", "de", "del", "por"]) }
        guard let giver = givers.first?.country else { return nil }
        let receivers = spans.filter { $0.country != nil && $0.country != giver }
        guard !receivers.isEmpty else { return nil }
        let roles = ClauseRoles(subject: givers.map(\.id), object: receivers.map(\.id), partners: [],
                                subjectCountries: [giver], objectCountries: receivers.compactMap(\.country).uniqued,
                                partnerCountries: [], subjectIsImplicit: false)
        return EventCandidate(type: .aid, mode: nil, predicate: nil, complementStart: nil, roles: roles, viaNoun: false)
    }

    /// An event named by a noun ("at their meeting in July", "relaunching the HLED a year ago").
    static func nounEvent(_ view: SentenceView, _ clause: Clause, lexicon: ExtractionLexicon, language: Language,
                          context: RoleContext, documentDate: CalendarDay?) -> EventCandidate? {
        guard !clause.isPromise else { return nil }
        let lowers = view.lowers(clause.words)
        for noun in lexicon.nouns[language] ?? [] {
            guard let at = firstIndex(of: noun.words, in: lowers) else { continue }
            let nounRange = view.scalarRange((clause.words.lowerBound + at)..<(clause.words.lowerBound + at + noun.words.count))
            guard !view.mechanisms.contains(where: { $0.range.overlaps(nounRange) }) else { continue }
            let dated = view.times(inWords: clause.words).contains { t in
                guard let d = t.date else { return false }
                return documentDate.map { d.interval.first <= $0 } ?? true
            }
            guard dated else { continue }
            let roles = RoleResolver.roles(view, clause: clause, pivot: clause.words.lowerBound + at, passive: false, context: context)
            var countries = roles.allCountries
            if RoleResolver.speaksAsWe(lowers) {
                countries += RoleResolver.implicitSubject(["we"], clause: lowers, context: context, pivot: view.words[clause.words.lowerBound])
            }
            countries += view.mechanisms(inWords: clause.words).flatMap(\.members)
            countries = countries.uniqued
            guard countries.count >= 2 else { continue }
            var r = roles
            r.subjectCountries = countries
            r.subject = (r.subject + countries).uniqued
            return EventCandidate(type: noun.type, mode: noun.mode, predicate: nil, complementStart: nil, roles: r, viaNoun: true)
        }
        return nil
    }

    static func firstIndex(of phrase: [String], in words: [String]) -> Int? {
        guard !phrase.isEmpty, words.count >= phrase.count else { return nil }
        return (0...(words.count - phrase.count)).first { i in phrase.indices.allSatisfy { words[i + $0] == phrase[$0] } }
    }
}
