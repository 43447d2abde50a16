import Foundation
import PuenteModel

/// Reads a document sentence by sentence, carrying state (last subject, governing dates).
struct RecordAssembler: Sendable {
    let annotations: Annotations
    let lexicon: ExtractionLexicon
    var state = ExtractionState()
    var events: [Event] = []
    var commitments: [Commitment] = []
    var observations: [Observation] = []
    var usedActorIDs: [String] = []

    let countryOf: [String: String]

    init(annotations: Annotations, lexicon: ExtractionLexicon) {
        self.annotations = annotations
        self.lexicon = lexicon
        self.countryOf = Dictionary(annotations.actors.compactMap { a in a.country.map { (a.id, $0) } }, uniquingKeysWith: { a, _ in a })
    }

    var roleContext: RoleContext {
        RoleContext(dyad: annotations.dyad, speakerCountry: annotations.speakerCountry, isJoint: annotations.isJoint,
                    previousSubject: state.previousSubject, countryOf: countryOf, isEnglish: annotations.language == .english)
    }

    mutating func read(_ view: SentenceView) {
        // Headings and the title repeat the story they head; the facts are in the sentences below.
        guard view.unit.kind != .heading, !isTitle(view) else { return }
        let eventBuilder = EventBuilder(annotations: annotations, lexicon: lexicon)
        let commitmentBuilder = CommitmentBuilder(annotations: annotations, lexicon: lexicon)
        var committed = Set<Int>()
        var eventTypes: [Int: EventType] = [:]
        var sentenceEvents: [Event] = []
        noteFollowingDate(view)
        noteListDue(view)
        let start = view.firstWordIndex
        let opensWithVerb = view.clauses.first?.predicates.first?.index == start
            || state.leadInPromises && start < view.words.count && !view.words[start].isNumeric
            && !Self.functionWords.contains(view.words[start].lower) && !view.actors.contains { $0.range.contains(view.words[start].range.lowerBound) }
        let verbFirstBullet = view.unit.kind == .listItem && opensWithVerb
        let quoted = view.words.contains { ["“", "”", "\"", "«", "»"].contains($0.lower) }
        let quoteSpeaker = quoted ? view.clauses.compactMap { speaker(view, $0) }.first : nil
        for (ci, clause) in view.clauses.enumerated() {
            var context = roleContext
            context.isListItem = view.unit.kind == .listItem && clause.words.lowerBound <= start
            context.leadInSubject = state.leadInSubject
            context.sentenceCountries = sentenceEvents.flatMap { e in (e.source + e.target).compactMap { annotations.countryOf($0) } }.uniqued
            if context.sentenceCountries.isEmpty, let previous = state.previousSentenceCountries, previous.paragraph >= view.unit.paragraph - 1 {
                context.sentenceCountries = previous.countries
            }
            var clause = clause
            let bulletTense = view.clauses.first?.predicates.first { $0.index == start }?.tense
            let promisedByLeadIn = verbFirstBullet && ci == 0 && state.leadInPromises && bulletTense != .past && bulletTense != .perfect
            if promisedByLeadIn { clause.cues.insert(CueMatch(role: .future, words: start..<start), at: 0) }
            if let quoteSpeaker, let country = countryOf[quoteSpeaker.id] ?? annotations.countryOf(quoteSpeaker.id) {
                context.speakerCountry = country
                context.isJoint = false
            }
            let candidate = promisedByLeadIn ? nil : EventRules.heldSession(view, clause) ?? EventRules.verbEvent(view, clause, context: context, lexicon: lexicon, language: annotations.language)
                ?? EventRules.deliveryEvent(view, clause, context: context)
                ?? EventRules.nounEvent(view, clause, lexicon: lexicon, language: annotations.language, context: context, documentDate: annotations.date)
                ?? EventRules.possibleMeeting(view, clause, lexicon: lexicon, language: annotations.language)
                ?? EventRules.agentNounEvent(view, clause)
            var built: (EventCandidate, Event)?
            if let candidate {
                let event = eventBuilder.event(candidate, view, clause, state: &state)
                // One event per fact: the same type again in a sentence is a new fact only with other actors.
                let annotations = self.annotations
                let sourceCountries = { (e: Event) in Set(e.source.compactMap { annotations.countryOf($0) }) }
                let repeated = sentenceEvents.contains { $0.type == event.type && (sourceCountries($0) == sourceCountries(event) || event.source.isEmpty) }
                if !repeated, !isSameMeeting(candidate, event) {
                    sentenceEvents.append(event)
                    eventTypes[ci] = event.type
                }
                built = (candidate, event)
                remember(candidate.roles.subject)
            }
            if let c = commitmentBuilder.commitment(view, clause, event: built, context: context, state: state) {
                if !commitments.contains(where: { $0.id == c.id }) { commitments.append(c) }
                committed.insert(ci)
                usedActorIDs += c.actor
                if built == nil { remember(c.actor) }
            }
            if built == nil, !committed.contains(ci) { rememberSubject(view, clause) }
        }
        noteLeadIn(view)
        let countries = sentenceEvents.flatMap { e in (e.source + e.target).compactMap { annotations.countryOf($0) } }.uniqued
        state.previousSentenceCountries = countries.isEmpty ? nil : (countries, view.unit.paragraph)
        events += sentenceEvents
        usedActorIDs += sentenceEvents.flatMap { $0.source + $0.target }
        let now = annotations.datePrecision ?? state.lastEventDate
        let previousUnit = observations.last?.unit
        let previousPeriod = observations.last?.period
        // "That total was 7.6 percent higher …": an anaphoric statistic shares the period of the one before.
        let anaphoric = view.words.first.map { ["that", "this", "ese", "esa", "este", "esta", "esto"].contains($0.lower) } ?? false
        observations += ObservationBuilder(annotations: annotations, now: now).observations(view, committedClauses: committed, eventClauses: eventTypes).map { o in
            // "By May the monthly count had fallen to 117,901": the count of the statistic before.
            var o = o
            let lowers = Set(view.words.map(\.lower))
            if o.unit == nil || ["count", "figure", "total", "number", "cifra", "número"].contains(o.unit ?? ""),
               !lowers.isDisjoint(with: ["count", "figure", "total", "number", "cifra", "número"]),
               let previousUnit, !["USD", "MXN", "percent", "EUR", "GBP", "CAD"].contains(previousUnit) {
                o.unit = previousUnit
            }
            if o.period == nil, anaphoric { o.period = previousPeriod }
            return o
        }
    }

    func isTitle(_ view: SentenceView) -> Bool {
        guard let title = annotations.document.title, !title.isEmpty, view.unit.index < 3 else { return false }
        return annotations.text[view.unit.range].trimmingCharacters(in: .whitespacesAndNewlines) == title.trimmingCharacters(in: .whitespacesAndNewlines)
    }

    /// "They discussed …" after a meeting was reported: the same meeting, not a new event.
    func isSameMeeting(_ candidate: EventCandidate, _ event: Event) -> Bool {
        guard event.type == .consult, candidate.roles.subjectIsImplicit, !candidate.viaNoun else { return false }
        return events.contains { $0.type == .consult }
    }

    mutating func remember(_ subject: [String]) {
        if !subject.isEmpty { state.previousSubject = subject }
    }

    /// Keeps the subject of a clause with a named actor before its verb, for later pronouns: the
    /// actors that open the clause ("Vice President Biden noted …", "el presidente López Obrador recibió …").
    mutating func rememberSubject(_ view: SentenceView, _ clause: Clause) {
        if let speaker = speaker(view, clause) {
            state.previousSubject = [speaker.id]
            return
        }
        var spans: [ActorSpan] = []
        for i in clause.words {
            let w = view.words[i]
            if let span = view.actors.first(where: { $0.range.contains(w.range.lowerBound) }) {
                if !spans.contains(where: { $0.range == span.range }) { spans.append(span) }
                continue
            }
            if w.isPunctuation || RoleResolver.determiners.contains(w.lower) || view.isInTime(w.range)
                || EventRules.personObjects.contains(w.lower) || w.isCapitalized { continue }
            break
        }
        if !spans.isEmpty { state.previousSubject = spans.map(\.id).uniqued }
    }

    /// Words that open a bullet without being its verb.
    static let functionWords: Set<String> = [
        "the", "a", "an", "for", "in", "on", "to", "with", "by", "as", "at", "from", "our", "their", "this", "these", "those",
        "we", "they", "it", "both", "each", "all", "under", "through", "since", "after", "while", "el", "la", "los", "las",
        "un", "una", "para", "en", "con", "por", "de", "del", "nuestro", "nuestra", "ambos", "ambas", "este", "esta", "desde",
    ]

    static let reportingVerbs: Set<String> = ["say", "said", "tell", "told", "add", "added", "note", "noted", "decir", "dijo", "afirmó", "señaló", "agregó", "añadió", "explicó"]

    /// The speaker of a quotation: "“…,” Blinken said", "said Brown", "dijo Ebrard".
    func speaker(_ view: SentenceView, _ clause: Clause) -> ActorSpan? {
        for i in clause.words where Self.reportingVerbs.contains(view.words[i].lower) || Self.reportingVerbs.contains(view.words[i].lemma) {
            let near = view.actors.filter { a in
                guard let j = view.wordIndex(at: a.range.lowerBound) else { return false }
                return (i - 4...i + 2).contains(j) && j != i
            }
            if let nearest = near.min(by: { abs((view.wordIndex(at: $0.range.lowerBound) ?? 0) - i) < abs((view.wordIndex(at: $1.range.lowerBound) ?? 0) - i) }) {
                return nearest
            }
        }
        return nil
    }

    /// "Our two countries agree to work toward the following goals in 2016:" dates the list below.
    mutating func noteListDue(_ view: SentenceView) {
        if view.words.last?.lower == ":", let d = view.times.compactMap(\.date).last,
           annotations.date.map({ d.interval.last > $0 }) ?? true {
            state.listDue = d
        } else if view.unit.kind == .prose {
            state.listDue = nil
        }
    }

    /// "Under the Framework, the United States will:" gives its subject (and promise) to the bullets below.
    mutating func noteLeadIn(_ view: SentenceView) {
        if view.words.last?.lower == ":", let clause = view.clauses.last {
            let pivot = clause.predicates.first?.index ?? clause.cues.first?.words.lowerBound ?? clause.words.upperBound - 1
            var context = roleContext
            context.isListItem = false
            let roles = RoleResolver.roles(view, clause: clause, pivot: pivot, passive: false, context: context)
            state.leadInSubject = roles.subjectCountries
            let lastWords = view.words.suffix(3).map(\.lower)
            state.leadInPromises = lastWords.contains { ["will", "shall", "to", "would", "se", "comprometen", "comprometió"].contains($0) }
                || view.words.suffix(3).contains { CueMatcher.isSpanishFuture($0) }
                || clause.predicates.contains { $0.entry?.commits == true && $0.entry?.type == .agree && !$0.isPassive }
                || clause.cues.contains { $0.role == .commitment || $0.role == .future }
        } else if view.unit.kind == .prose {
            state.leadInSubject = nil
            state.leadInPromises = false
        }
    }

    /// "sent the following letter yesterday": the date governs what follows.
    mutating func noteFollowingDate(_ view: SentenceView) {
        let lowers = view.words.map(\.lower)
        guard lowers.contains("following") || lowers.contains("siguiente") || lowers.contains("siguientes") else { return }
        if let d = view.times.compactMap(\.date).first, case .day = d { state.followingDate = d }
    }
}
