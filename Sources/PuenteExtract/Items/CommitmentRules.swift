import PuenteModel

/// Decides whether a clause states a commitment, whose, and of which kind and status.
enum CommitmentRules {
    static let relativeMarkers: Set<String> = ["which", "that", "who", "que", "quien", "cual", "cuales"]
    static let copulas: Set<String> = ["be", "ser", "estar"]

    /// The cue that makes a clause a promise or a status report, ignoring cues inside relative clauses.
    static func cue(_ view: SentenceView, _ clause: Clause) -> CueMatch? {
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
    static func isPassiveOrCopula(_ view: SentenceView, after i: Int) -> Bool {
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
}
