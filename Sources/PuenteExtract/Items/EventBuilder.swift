import PuenteModel

/// Turns event candidates into `Event`s: date, mode, location, mechanism, summary.
struct EventBuilder: Sendable {
    var annotations: Annotations
    var lexicon: ExtractionLexicon

    static let visitWords: Set<String> = ["hosted", "host", "hosts", "received", "visited", "delegation", "delegations", "delegación", "comitiva", "recibió", "visitó"]
    static let phoneWords: Set<String> = ["call", "phone", "telephone", "videoconference", "virtual", "virtually", "llamada", "telefónica", "telefónicamente", "videoconferencia", "virtual"]
    static let placePrepositions: Set<String> = ["in", "at", "en"]
    static let sessionWords: Set<String> = ["meeting", "meet", "met", "convene", "convened", "chaired", "co-chaired", "session", "reunión", "reunieron", "dialogue", "relaunching", "relanzamiento"]

    func event(_ candidate: EventCandidate, _ view: SentenceView, _ clause: Clause, state: inout ExtractionState) -> Event {
        let date = eventDate(candidate, view, clause, state: state)
        if let date { state.paragraphDate = (date, view.unit.paragraph) }
        if let date, candidate.type != .agree || candidate.predicate != nil {
            // The latest date reported so far governs: background events ("announced in May 2013")
            // do not move it back.
            if state.lastEventDate.map({ date.interval.first >= $0.interval.first }) ?? true { state.lastEventDate = date }
            state.lastEventParagraph = view.unit.paragraph
        }
        var type = candidate.type
        var mode = candidate.mode
        let location = location(view, clause)
        let clauseWords = Set(view.lowers(clause.words))
        let title = (annotations.document.title ?? "").lowercased()
        if type == .consult, mode == nil, !clauseWords.isDisjoint(with: Self.phoneWords) || title.contains(" call ") || title.contains("llamada") {
            mode = "phone"
        }
        if type == .consult, mode == nil, location != nil || !clauseWords.isDisjoint(with: Self.visitWords) {
            mode = "visit"
        }
        if type == .consult, mode == "phone" { type = .consult }
        let mechanism = sessionMechanism(candidate, view, clause)
        var countries = candidate.roles.allCountries
        var source = candidate.roles.subject
        if let mechanism, countries.count < 2 {
            countries = (countries + mechanism.members).uniqued
            source = (source + mechanism.members).uniqued
        }
        var target = candidate.roles.object.filter { !source.contains($0) }
        let named = Set((source + target).compactMap { annotations.countryOf($0) })
        target += countries.filter { !named.contains($0) && $0 != "IGO" }
        let evidence = ItemText.evidence(view, in: annotations)
        return Event(
            id: ItemText.id(annotations, "event", evidence.start..<evidence.end, "\(type.rawValue).\(clause.words.lowerBound)"),
            type: type, mode: mode, date: date, reported: annotations.datePrecision,
            source: source, target: target,
            participants: (candidate.roles.subject + candidate.roles.object).filter { $0.hasPrefix("person:") }.uniqued,
            location: location, contexts: ItemText.contexts(view, lexicon: lexicon, language: annotations.language),
            mechanism: mechanism?.id, summary: summary(view, clause),
            negated: flag(.negation, candidate, clause), hypothetical: flag(.hypothetical, candidate, clause), evidence: [evidence])
    }

    /// Negation or hypothesis of the event's own verb ("did not sign", "if Mexico rejects"), not of
    /// another verb in the clause ("signed an agreement that does not cover …").
    func flag(_ role: CueRole, _ c: EventCandidate, _ clause: Clause) -> Bool {
        guard let p = c.predicate else { return clause.has(role) }
        let window = (p.groupStart - (role == .hypothetical ? 4 : 2))...p.index
        return clause.cues.contains { $0.role == role && window.contains($0.words.lowerBound) }
            || role == .hypothetical && clause.cues.contains { $0.role == role && $0.words.lowerBound == clause.words.lowerBound }
    }

    /// The date an event happened: its own time expression, else the document or paragraph date.
    func eventDate(_ c: EventCandidate, _ view: SentenceView, _ clause: Clause, state: ExtractionState) -> DateValue? {
        let limit = c.complementStart ?? clause.words.upperBound
        var lower = clause.words.lowerBound
        if let p = c.predicate, p.isPassive, p.groupStart == p.index { lower = p.index }  // "… negotiated by X in May"
        // "MEXICO CITY, Feb. 28, 2025 (Wire) — Mexico on Thursday sent …": the dateline dates the story, not the event.
        if let dash = view.words.prefix(16).firstIndex(where: { ["—", "–", "--"].contains($0.lower) }), lower <= dash,
           view.times(inWords: lower..<dash).contains(where: { $0.date != nil }) {
            lower = dash + 1
        }
        let own = view.times(inWords: lower..<max(lower, limit)).filter { !belongsToAnotherVerb($0, view, c.predicate) && !startsAState($0, view, c.predicate) }.compactMap(\.date)
        if let first = own.first { return first }
        if c.viaNoun { return nil }
        let tense = c.predicate?.tense ?? .past
        switch tense {
        case .perfect where view.unit.kind == .listItem:
            return nil
        case .perfect where !annotations.isDayReport && annotations.publisherOrg == nil:
            // "She has sharply criticized …" in a news story (not a government statement): when is not told.
            return state.followingDate
        case .present, .perfect, .progressive:
            return state.followingDate ?? annotations.datePrecision
        default:
            // "In 2019, Trump threatened tariffs …, and Mexico agreed …": the date of the sentence's earlier clause.
            var sentenceStart = 0
            if let dash = view.words.prefix(16).firstIndex(where: { ["—", "–", "--"].contains($0.lower) }) { sentenceStart = dash + 1 }
            if sentenceStart < clause.words.lowerBound,
               let d = view.times(inWords: sentenceStart..<clause.words.lowerBound).compactMap(\.date).last { return d }
            if let (d, paragraph) = state.paragraphDate, paragraph == view.unit.paragraph { return d }
            if state.lastEventParagraph >= view.unit.paragraph - 6, let last = state.lastEventDate { return last }
            // A joint statement reports what the sides did on the day it is issued.
            // (A passive participle, "a remediation negotiated by …", describes the background instead.)
            let background = c.predicate.map { $0.isPassive && $0.groupStart == $0.index } ?? true
            return annotations.isDayReport && state.lastEventDate == nil && !background ? annotations.datePrecision : nil
        }
    }

    /// "thanked him for the operations Mexico has carried out since January": a "since" after the event's
    /// verb starts a state, it does not date the event.
    func startsAState(_ t: TimeSpan, _ view: SentenceView, _ p: Predicate?) -> Bool {
        guard let p, let i = view.wordIndex(at: t.range.lowerBound), i > p.index else { return false }
        let first = view.words[i].lower
        let before = i > 0 ? view.words[i - 1].lower : ""
        return ["since", "desde"].contains(first) || ["since", "desde"].contains(before)
    }

    /// "the donations the United States made in March": a date right after another verb dates that verb.
    func belongsToAnotherVerb(_ t: TimeSpan, _ view: SentenceView, _ p: Predicate?) -> Bool {
        guard let p, let i = view.wordIndex(at: t.range.lowerBound), i > p.index + 1 else { return false }
        for j in max(p.index + 1, i - 2)..<i {
            let w = view.words[j]
            if !w.isPunctuation, !w.isCapitalized, w.lower != w.lemma || w.lower.hasSuffix("ed") { return true }
        }
        return false
    }

    /// "in Mexico City", "at the National Palace", "en Palacio Nacional".
    func location(_ view: SentenceView, _ clause: Clause) -> String? {
        for i in clause.words where Self.placePrepositions.contains(view.words[i].lower) {
            var j = i + 1
            if j < clause.words.upperBound, ["the", "la", "el"].contains(view.words[j].lower) { j += 1 }
            var end = j
            while end < clause.words.upperBound, view.words[end].isCapitalized || (end > j && ["de", "of", "del"].contains(view.words[end].lower) && end + 1 < clause.words.upperBound && view.words[end + 1].isCapitalized) {
                end += 1
            }
            guard end > j else { continue }
            let range = view.scalarRange(j..<end)
            guard !view.isInTime(range) else { continue }
            return annotations.text[range]
        }
        return nil
    }

    /// The mechanism an event is a session of: one named in the clause, else (for a meeting) the
    /// last one named in the paragraph before.
    func sessionMechanism(_ c: EventCandidate, _ view: SentenceView, _ clause: Clause) -> MechanismSpan? {
        guard c.type == .consult else { return nil }
        let lowers = Set(view.lowers(clause.words))
        guard !lowers.isDisjoint(with: Self.sessionWords) else { return nil }
        if let own = view.mechanisms(inWords: clause.words).first { return own }
        let paragraphStart = annotations.sentences.first { $0.paragraph >= view.unit.paragraph - 1 }?.range.lowerBound ?? 0
        return annotations.mechanisms.last { $0.range.lowerBound >= paragraphStart && $0.range.upperBound <= view.unit.range.lowerBound }
    }

    func summary(_ view: SentenceView, _ clause: Clause) -> String {
        let text = ItemText.text(view, clause.words, in: annotations)
        let scalars = Array(text.unicodeScalars)
        guard scalars.count > 160 else { return text }
        var v = String.UnicodeScalarView()
        v.append(contentsOf: scalars[0..<157])
        return String(v) + "…"
    }
}
