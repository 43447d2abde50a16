import PuenteModel

/// Decides whether a clause states a commitment, whose, and of which kind and status.
enum CommitmentRules {
    static let relativeMarkers: Set<String> = ["which", "that", "who", "que", "quien", "cual", "cuales"]
    static let copulas: Set<String> = ["be", "ser", "estar"]

    /// The cue that makes a clause a promise or a status report, ignoring cues inside relative clauses.
    static func cue(_ view: SentenceView, _ clause: Clause) -> CueMatch? {
        explicitCue(view, clause) ?? announcedFunding(view, clause)
    }

    static let announcing: Set<String> = ["announce", "pledge", "offer", "commit", "anunciar", "ofrecer", "comprometer"]

    /// "announced $10 million in grant funding": an announced amount is a promise.
    static func announcedFunding(_ view: SentenceView, _ clause: Clause) -> CueMatch? {
        guard let p = clause.predicates.first(where: { announcing.contains($0.lemma) && $0.tense != .nonfinite }) else { return nil }
        let after = view.scalarRange((p.index + 1)..<clause.words.upperBound)
        let hasMoney = view.amounts.contains { a in
            guard after.contains(a.range.lowerBound) else { return false }
            if case .money = a.kind { return true } else { return false }
        }
        return hasMoney ? CueMatch(role: .commitment, words: p.index..<(p.index + 1)) : nil
    }

    static func explicitCue(_ view: SentenceView, _ clause: Clause) -> CueMatch? {
        clause.cues.first { cue in
            guard [.future, .commitment, .inProgress, .fulfilled].contains(cue.role) else { return false }
            let i = cue.words.lowerBound
            if cue.role == .future, i > 0, relativeMarkers.contains(view.words[i - 1].lower) { return false }
            if cue.role == .future, isPassiveOrCopula(view, after: cue.words.upperBound) { return false }
            if cue.role == .fulfilled { return false }
            return true
        }
    }

    /// "will be led", "will be key": a future copula or passive, which promises nothing by itself.
    static func isPassiveOrCopula(_ view: SentenceView, after start: Int) -> Bool {
        var i = start
        while i < view.words.count, ClauseAnalyzer.adverbs.contains(view.words[i].lower) || view.words[i].lower.hasSuffix("ly") { i += 1 }
        guard i < view.words.count else { return false }
        let w = view.words[i]
        return w.lower == "be" || (w.lemma == "ser" && w.lower != "ser")
    }

    static func kind(_ action: [String], amounts: [AmountSpan]) -> CommitmentKind {
        let text = " " + action.joined(separator: " ") + " "
        func has(_ keys: [String]) -> Bool { keys.contains { text.contains($0) } }
        if amounts.contains(where: { if case .money = $0.kind { return true } else { return false } })
            || has([" invest", " fund", " financ", " grant", " invertir", " inversión"]) { return .funding }
        if has([" meet ", " meeting", " reunirán", " reunión", " reunir", " summit", " cumbre"]) { return .meeting }
        if has([" deliver", " send ", " donate", " ship", " enviar", " entregar", " donar"]) { return .delivery }
        if has([" plan ", " plan.", " remediation", " agreement", " reform", " law ", " regulation", " strategy", " policy", " estrategia", " acuerdo", " reforma", " ley "]) { return .policy }
        if has([" cooperat", " work with", " together", " jointly", " share", " exchange", " collaborat", " establish", " pursue", " advanc", " dialogue", " coopera", " conjunta", " intercambio", " trabajar", " diálogo"]) { return .cooperation }
        return .other
    }

    static func status(_ clause: Clause) -> CommitmentStatus {
        if clause.has(.fulfilled) { return .fulfilled }
        if clause.has(.inProgress) { return .inProgress }
        if clause.has(.stalled) { return .stalled }
        if clause.has(.withdrawn) && !clause.isPromise { return .withdrawn }
        return .announced
    }

    static let phraseStops: Set<String> = [
        "in", "on", "at", "toward", "towards", "for", "from", "by", "with", "to", "into", "about", "that", "which", "who",
        "when", "while", "as", "because", "after", "before", "since", "if", "en", "hacia", "para", "por", "con", "sobre",
        "desde", "que", "cuando", "mientras", "como", "si", ":", "–", "—", ";", "“", "\"", "(", ")",
    ]

    /// The noun phrase right before word `i` (the subject of a cue), skipping adverbs, "se" and a
    /// parenthetical between commas ("The United States and Mexico, in cooperation with Canada, will").
    static func subjectPhrase(_ view: SentenceView, clause: Clause, before i: Int, isVerb: (Int) -> Bool) -> Range<Int> {
        var j = i - 1
        while j >= clause.words.lowerBound, ClauseAnalyzer.adverbs.contains(view.words[j].lower) || view.words[j].lower == "se" || (view.words[j].lower.hasSuffix("ly") && j == i - 1) { j -= 1 }
        let end = j + 1
        var start = end
        while j >= clause.words.lowerBound {
            let w = view.words[j].lower
            if w == "," {
                guard start == end, let open = (max(clause.words.lowerBound, j - 10)..<j).last(where: { view.words[$0].lower == "," }) else { break }
                j = open - 1
                start = j + 1
                continue
            }
            if phraseStops.contains(w) || isVerb(j) { break }
            start = j
            j -= 1
        }
        return start < end ? start..<end : end..<end
    }
}
