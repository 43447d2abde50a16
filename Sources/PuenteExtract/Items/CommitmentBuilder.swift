import PuenteModel

/// Builds commitments from promise clauses and from agreements with content.
struct CommitmentBuilder: Sendable {
    var annotations: Annotations
    var lexicon: ExtractionLexicon

    /// The commitment a clause states, given the event (if any) found in it.
    func commitment(_ view: SentenceView, _ clause: Clause, event: (EventCandidate, Event)?, context: RoleContext,
                    state: ExtractionState) -> Commitment? {
        var actor: [String]
        var actionStart: Int
        var actionEnd = clause.words.upperBound
        let recent = state.lastEventParagraph >= view.unit.paragraph - 1 ? state.lastEventDate : nil
        var made = state.followingDate ?? annotations.datePrecision ?? recent
        if let (candidate, built) = event, candidate.type == .agree, let predicate = candidate.predicate,
           candidate.predicate?.entry?.commits == true, !(candidate.predicate?.isPassive == true && candidate.predicate?.entry?.joint == true && candidate.predicate?.lemma != "negotiate" && candidate.predicate?.lemma != "negociar") {
            let start = candidate.complementStart ?? predicate.index + 1
            guard !endsWithColon(view), !built.negated, !createsMechanism(view, clause, from: start) else { return nil }
            actor = (candidate.roles.subjectCountries + candidate.roles.partnerCountries).uniqued
            if actor.count < 2 { actor = candidate.roles.allCountries }
            actionStart = start
            made = built.date ?? made
        } else {
            guard event == nil || event?.0.type != .agree, let cue = CommitmentRules.cue(view, clause) else { return nil }
            let roles = rolesForCue(view, clause, cue: cue, context: context)
            actor = roles.subjectCountries
            let isVerbForm = cue.role == .future && cue.words.count == 1 && CueMatcher.isSpanishFuture(view.words[cue.words.lowerBound])
            actionStart = isVerbForm ? cue.words.lowerBound : cue.words.upperBound
            if let (_, built) = event, let d = built.date { made = d }
            // "In April, Washington announced it would …": a past date before the promise is when it was made.
            if event?.1.date == nil, cue.role != .fulfilled,
               let d = view.times(inWords: clause.words.lowerBound..<cue.words.lowerBound).compactMap(\.date).last,
               let today = annotations.date, d.interval.last <= today {
                made = d
            }
            if cue.role == .fulfilled {
                actor = event?.0.roles.subjectCountries ?? actor
                if actor.isEmpty { actor = promiser(view, clause) }
                made = view.times(inWords: cue.words.upperBound..<clause.words.upperBound).compactMap(\.date).first
                // What was delivered and the promise it keeps: the whole clause.
                actionStart = clause.words.lowerBound
                actionEnd = clause.words.upperBound
            }
        }
        actor = actor.filter { $0 != "IGO" }.sorted()
        guard !actor.isEmpty, actionStart < actionEnd, actionEnd <= clause.words.upperBound,
              view.words[actionStart..<actionEnd].contains(where: { !$0.isPunctuation }) else { return nil }
        let actionRange = actionStart..<actionEnd
        var status = CommitmentRules.status(clause)
        if status == .announced, event == nil, CommitmentRules.partOfPromise(view, clause) != nil { status = .inProgress }
        let amounts = view.amounts(inWords: clause.words)
        var kind = CommitmentRules.kind(Array(view.words[actionRange]), amounts: amounts)
        if kind == .other, event != nil { kind = CommitmentRules.kind(Array(view.words[clause.words]), amounts: amounts) }
        if kind == .other, !Set(view.lowers(clause.words)).isDisjoint(with: CommitmentRules.meetingNouns) { kind = .meeting }
        if kind == .cooperation || kind == .other && clause.has(.fulfilled), quantity(amounts, kind: kind) != nil { kind = .delivery }

        let beneficiary = view.actors(inWords: actionRange).filter { RoleResolver.isOblique($0, view) || $0.id.count == 3 }
            .compactMap(\.country).filter { !actor.contains($0) && $0 != "IGO" }.uniqued
        let evidence = ItemText.evidence(view, in: annotations)
        var (due, period) = dueAndPeriod(view, actionRange, made: made)
        if let d = due, let m = made, d.interval.last <= m.interval.last { due = nil }
        if case let .season(year, _)? = due { due = .year(year) }  // "starting this fall": the year
        if let listDue = state.listDue, period == nil, view.times(inWords: actionRange).isEmpty { due = listDue }
        return Commitment(
            id: ItemText.id(annotations, "commitment", evidence.start..<evidence.end, actor.joined(separator: "+") + ".\(clause.words.lowerBound)"),
            actor: actor, beneficiary: kind == .funding || kind == .delivery || kind == .cooperation ? beneficiary : [],
            action: ItemText.text(view, actionRange, in: annotations).trimmingTrailingPunctuation,
            kind: kind, amount: status == .inProgress ? largestMoney(amounts) : money(amounts), quantity: quantity(amounts, kind: kind),
            made: made, due: due, period: period, status: status,
            mechanism: (view.mechanisms(inWords: clause.words).last ?? documentMechanism(before: view))?.id,
            contexts: ItemText.contexts(view, lexicon: lexicon, language: annotations.language), evidence: [evidence])
    }

    /// The roles for a promise cue: the noun phrase before it, or after "it is expected that".
    func rolesForCue(_ view: SentenceView, _ clause: Clause, cue: CueMatch, context: RoleContext) -> ClauseRoles {
        var roles = RoleResolver.roles(view, clause: clause, pivot: cue.words.lowerBound, passive: false, context: context)
        let ending = cue.words.isEmpty ? "" : view.words[cue.words.upperBound - 1].lower
        let verbs = Set(clause.predicates.filter { $0.tense != .nonfinite }.map(\.index))
        var region = (ending == "that" || ending == "que") && cue.words.lowerBound <= clause.words.lowerBound + 1
            ? cue.words.upperBound..<min(clause.words.upperBound, cue.words.upperBound + 8)
            : CommitmentRules.subjectPhrase(view, clause: clause, before: cue.words.lowerBound) { verbs.contains($0) }
        if ending == "would", cue.words.count > 1 {
            // "X said (that) Y would …": Y promises; "X announced it would …": X does.
            let inner = CommitmentRules.subjectPhrase(view, clause: clause, before: cue.words.upperBound - 1) { verbs.contains($0) }
            let pronouns: Set<String> = ["it", "he", "she", "they", "we"]
            if !(inner.count == 1 && pronouns.contains(view.words[inner.lowerBound].lower)) { region = inner }
            if inner.count == 1, view.words[inner.lowerBound].lower == "we" { region = inner }
        }
        // In English "a" is an article ("a U.S. delegation would travel"), not the Spanish "a".
        let obliques = annotations.language == .english ? RoleResolver.obliques.subtracting(["a"]) : RoleResolver.obliques
        var named = view.actors(inWords: region).filter { !RoleResolver.isOblique($0, view, only: obliques) }.compactMap(\.country)
        // "Mexico announced that it will deploy …": the pronoun is the actor who opens the clause.
        if named.isEmpty, region.count == 1, ["it", "he", "she", "they"].contains(view.words[region.lowerBound].lower) {
            named = view.actors(inWords: clause.words.lowerBound..<region.lowerBound).filter { !RoleResolver.isOblique($0, view) }.compactMap(\.country)
        }
        // "México anunció que desplegará …": no subject after "que", so the announcer promises.
        if named.isEmpty, region.isEmpty, cue.words.lowerBound > clause.words.lowerBound, ["que", "that"].contains(view.words[cue.words.lowerBound - 1].lower) {
            named = view.actors(inWords: clause.words.lowerBound..<(cue.words.lowerBound - 1)).filter { !RoleResolver.isOblique($0, view, only: obliques) }.compactMap(\.country)
            // "… y anunció que destinará …": the announcer is the subject of the verb before "que".
            let verb = cue.words.lowerBound - 2
            if named.isEmpty, verb >= clause.words.lowerBound, CommitmentRules.complementVerbs.contains(view.words[verb].lemma) {
                return rolesForCue(view, clause, cue: CueMatch(role: cue.role, words: verb..<(verb + 1)), context: context)
            }
        }
        if !named.isEmpty {
            roles.subjectCountries = named.uniqued
        } else if let m = view.mechanisms(inWords: region).first {
            roles.subjectCountries = m.members
        } else if !Set(view.lowers(region)).isDisjoint(with: CommitmentRules.meetingNouns) {
            // "La próxima reunión se celebrará en Washington": the sides of the meeting (its mechanism's members).
            roles.subjectCountries = (view.mechanisms.first ?? documentMechanism(before: view))?.members ?? context.dyad
        } else {
            let words = view.lowers(region)
            roles.subjectCountries = RoleResolver.implicitSubject(words, clause: view.lowers(clause.words), context: context,
                                                                  pivot: view.words[min(cue.words.lowerBound, view.words.count - 1)])
            if words.isEmpty, context.previousSubject.isEmpty == false, cue.words.lowerBound > clause.words.lowerBound + 2 {
                roles.subjectCountries = []
            }
            // "Progress on earlier commitments continues.": a status report with no one named keeps no promise.
            if words.isEmpty, cue.role == .inProgress, cue.words.lowerBound <= clause.words.lowerBound + 1 {
                roles.subjectCountries = []
            }
        }
        return roles
    }

    /// Who made a promise a sentence reports kept: "following a promise from Vice President Harris".
    func promiser(_ view: SentenceView, _ clause: Clause) -> [String] {
        view.actors(inWords: clause.words).filter { RoleResolver.isOblique($0, view, only: ["from", "by", "de", "por", "del"]) }
            .compactMap(\.country).uniqued
    }

    /// The one mechanism a document is about, when it names only one and named it before `view`.
    func documentMechanism(before view: SentenceView) -> MechanismSpan? {
        let ids = Set(annotations.mechanisms.map(\.id))
        guard ids.count == 1, let first = annotations.mechanisms.first, first.range.lowerBound < view.unit.range.lowerBound else { return nil }
        return first
    }

    func endsWithColon(_ view: SentenceView) -> Bool { view.words.last?.lower == ":" }

    func createsMechanism(_ view: SentenceView, _ clause: Clause, from start: Int) -> Bool {
        let lowers = Set(view.lowers(start..<clause.words.upperBound))
        return !lowers.isDisjoint(with: ["creation", "creación"])
    }

    func dueAndPeriod(_ view: SentenceView, _ range: Range<Int>, made: DateValue?) -> (DateValue?, ISODuration?) {
        for t in view.times(inWords: range) {
            switch t.value {
            case let .duration(d, due):
                // A period gives `due` at month precision ("within 90 days" from 2023-10-05 → 2024-01).
                let computed = (made.map { d.added(to: $0.interval.first) } ?? due.map { $0.interval.last }).map { end -> DateValue in
                    .month(year: end.year, month: end.month)
                }
                return (computed, d)
            case .frequency:
                continue
            default:
                guard let d = t.date else { continue }
                let i = view.wordIndex(at: t.range.lowerBound) ?? 0
                let before = view.lowers(max(0, i - 2)..<i) + view.lowers(i..<min(view.words.count, i + 3)).filter { $0 == "end" || $0 == "fin" || $0 == "finales" }.map { _ in "end" }
                switch d {
                // "by the end of 2024" → 2024-12; "in the first half of 2024" → 2024-06.
                case let .year(y) where before.contains("end") || before.contains("fin") || before.contains("finales"): return (.month(year: y, month: 12), nil)
                case let .half(y, h): return (.month(year: y, month: h * 6), nil)
                case let .quarter(y, q): return (.month(year: y, month: q * 3), nil)
                default: return (d, nil)
                }
            }
        }
        return (nil, nil)
    }

    func money(_ amounts: [AmountSpan]) -> Money? {
        for a in amounts { if case let .money(currency) = a.kind { return Money(value: a.value, currency: currency) } }
        return nil
    }

    /// "has disbursed $40 million of the $100 million it pledged": the promise is the larger sum.
    func largestMoney(_ amounts: [AmountSpan]) -> Money? {
        var best: Money?
        for a in amounts { if case let .money(currency) = a.kind, a.value > (best?.value ?? -1) { best = Money(value: a.value, currency: currency) } }
        return best
    }

    func quantity(_ amounts: [AmountSpan], kind: CommitmentKind) -> Quantity? {
        for a in amounts { if case let .quantity(unit) = a.kind { return Quantity(value: a.value, unit: unit) } }
        return nil
    }
}

extension String {
    /// The string without trailing punctuation, quotes and spaces.
    var trimmingTrailingPunctuation: String {
        var s = self
        while let last = s.last, ".,;:”\"’ ".contains(last) { s.removeLast() }
        return s
    }
}
