import PuenteModel

/// Decides whether a clause states a commitment, whose, and of which kind and status.
enum CommitmentRules {
    static let relativeMarkers: Set<String> = ["which", "that", "who", "que", "quien", "cual", "cuales"]
    static let complementVerbs: Set<String> = ["announce", "say", "state", "add", "anunciar", "decir", "afirmar", "informar", "señalar", "asegurar", "agregar", "añadir", "indicar"]
    static let copulas: Set<String> = ["be", "ser", "estar"]

    /// The cue that makes a clause a promise or a status report, ignoring cues inside relative clauses.
    static func cue(_ view: SentenceView, _ clause: Clause) -> CueMatch? {
        guard let cue = partOfPromise(view, clause) ?? explicitCue(view, clause) ?? announcedFunding(view, clause) else { return nil }
        // "will not accept": a refusal, not a promise (a "not" elsewhere in the clause does not count).
        let window = (cue.words.lowerBound - 2)...(cue.words.upperBound + 1)
        return clause.cues.contains { $0.role == .negation && window.contains($0.words.lowerBound) } ? nil : cue
    }

    static let promising: Set<String> = ["pledge", "promise", "commit", "prometer", "comprometer", "ofrecer", "offer"]

    /// "has already deployed 5,000 of the 10,000 troops it promised": part of a promise done, work under way.
    static func partOfPromise(_ view: SentenceView, _ clause: Clause) -> CueMatch? {
        let amounts = view.amounts(inWords: clause.words)
        guard amounts.count >= 2 else { return nil }
        for (a, b) in zip(amounts, amounts.dropFirst()) {
            guard let ia = view.wordIndex(at: a.range.upperBound), let ib = view.wordIndex(at: b.range.lowerBound), let end = view.wordIndex(at: b.range.upperBound - 1) else { continue }
            let between = view.lowers(ia..<ib)
            guard between.contains("of") || between.contains("de"), between.count <= 3 else { continue }
            let after = view.words[(end + 1)..<min(clause.words.upperBound, end + 6)]
            guard after.contains(where: { promising.contains($0.lemma) }) else { continue }
            guard let verb = clause.predicates.last(where: { $0.index < (view.wordIndex(at: a.range.lowerBound) ?? 0) && $0.tense != .nonfinite }) else { continue }
            return CueMatch(role: .inProgress, words: verb.index..<(verb.index + 1))
        }
        return nil
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
            // "the group, which will present …" is a relative clause; "México anunció que desplegará …" is reported speech.
            let reported = i > 1 && complementVerbs.contains(view.words[i - 2].lemma)
            if cue.role == .future, i > 0, relativeMarkers.contains(view.words[i - 1].lower), !reported { return false }
            if cue.role == .future, isPassiveOrCopula(view, after: cue.words.upperBound), !isMeetingHeld(view, clause, cue: cue) { return false }
            return true
        }
    }

    /// "The next meeting will be held in Washington in September": a meeting promised by the sides.
    static func isMeetingHeld(_ view: SentenceView, _ clause: Clause, cue: CueMatch) -> Bool {
        let before = Set(view.lowers(clause.words.lowerBound..<cue.words.lowerBound))
        let after = view.lowers(cue.words.upperBound..<min(clause.words.upperBound, cue.words.upperBound + 3))
        return !before.isDisjoint(with: meetingNouns) && (after.contains("held") || after.contains("convened"))
    }

    /// "will be led", "will be key": a future copula or passive, which promises nothing by itself.
    static func isPassiveOrCopula(_ view: SentenceView, after start: Int) -> Bool {
        var i = start
        while i < view.words.count, ClauseAnalyzer.adverbs.contains(view.words[i].lower) || view.words[i].lower.hasSuffix("ly") { i += 1 }
        guard i < view.words.count else { return false }
        let w = view.words[i]
        return w.lower == "be" || (w.lemma == "ser" && w.lower != "ser")
    }

    static let kindByVerb: [String: CommitmentKind] = [
        "invest": .funding, "fund": .funding, "finance": .funding, "allocate": .funding, "spend": .funding, "grant": .funding,
        "invertir": .funding, "financiar": .funding, "destinar": .funding, "aportar": .funding,
        "meet": .meeting, "reunir": .meeting, "travel": .meeting, "visit": .meeting, "speak": .meeting, "talk": .meeting,
        "viajar": .meeting, "visitar": .meeting, "hablar": .meeting,
        "send": .delivery, "deliver": .delivery, "donate": .delivery, "ship": .delivery,
        "enviar": .delivery, "entregar": .delivery, "donar": .delivery,
        "work": .cooperation, "cooperate": .cooperation, "collaborate": .cooperation, "exchange": .cooperation,
        "share": .cooperation, "pursue": .cooperation, "advance": .cooperation, "establish": .cooperation,
        "create": .cooperation, "formalize": .cooperation, "convene": .cooperation, "coordinate": .cooperation,
        "trabajar": .cooperation, "cooperar": .cooperation, "colaborar": .cooperation, "intercambiar": .cooperation,
        "compartir": .cooperation, "establecer": .cooperation, "crear": .cooperation, "coordinar": .cooperation,
        "implement": .policy, "adopt": .policy, "reform": .policy, "enact": .policy, "approve": .policy, "negotiate": .policy,
        "implementar": .policy, "adoptar": .policy, "reformar": .policy, "aprobar": .policy, "negociar": .policy,
        "monitor": .other, "initiate": .other, "review": .other, "develop": .other, "build": .other, "open": .other,
        "monitorear": .other, "iniciar": .other, "revisar": .other, "construir": .other, "abrir": .other,
    ]
    static let meetingNouns: Set<String> = ["meeting", "meetings", "dialogue", "summit", "session", "talks", "reunión", "reuniones", "diálogo", "cumbre", "sesión"]
    static let skipped: Set<String> = ["to", "continue", "a", "de", "continuar", "seguir", "also", "further", "jointly", "will", "be", "the"]
    static let keywordKinds: [(prefixes: [String], kind: CommitmentKind)] = [
        (["invest", "funding", "funds", "financ", "grant", "inversi", "invert", "fondos"], .funding),
        (["plan", "remediation", "agreement", "reform", "law", "regulation", "strategy", "policy", "estrategia", "acuerdo", "reforma", "ley"], .policy),
        (["cooperat", "together", "jointly", "share", "exchange", "collaborat", "dialogue", "coopera", "conjunta", "intercambio", "diálogo"], .cooperation),
    ]

    /// The kind of a promised action: by its first verb, then by keywords.
    static func kind(_ action: [Word], amounts: [AmountSpan]) -> CommitmentKind {
        if amounts.contains(where: { if case .money = $0.kind { return true } else { return false } }) { return .funding }
        let lowers = action.map(\.lower)
        let head = action.filter { !skipped.contains($0.lower) && !skipped.contains($0.lemma) && !$0.isPunctuation && !$0.lower.hasSuffix("ly") && !$0.isCapitalized }
        if let verb = head.prefix(6).first(where: { kindByVerb[$0.lemma] != nil || kindByVerb[$0.lower] != nil }),
           var kind = kindByVerb[verb.lemma] ?? kindByVerb[verb.lower] {
            if ["hold", "celebrar", "convene", "convocar"].contains(verb.lemma) { kind = .meeting }
            return kind
        }
        if let verb = action.first(where: { !skipped.contains($0.lower) }), ["hold", "celebrar", "convene", "convocar", "host"].contains(verb.lemma),
           !Set(lowers).isDisjoint(with: meetingNouns) {
            return .meeting
        }
        for (prefixes, kind) in keywordKinds where lowers.contains(where: { w in prefixes.contains { w.hasPrefix($0) } && !w.hasPrefix("fundament") }) {
            return kind
        }
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
        let auxiliaries: Set<String> = ["has", "have", "had", "is", "are", "was", "were", "ha", "han", "había", "habían"]
        while j >= clause.words.lowerBound, ClauseAnalyzer.adverbs.contains(view.words[j].lower) || view.words[j].lower == "se" || (view.words[j].lower.hasSuffix("ly") && j == i - 1)
                || auxiliaries.contains(view.words[j].lower) && j >= i - 2 { j -= 1 }
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
            // A stop word inside an actor's name ("Under Secretary for Economic Growth Jose Fernandez",
            // "Bureau of International Labor Affairs"): the phrase takes the whole name.
            let at = view.words[j].range.lowerBound
            if let a = view.actors.first(where: { $0.range.lowerBound < at && at < $0.range.upperBound }),
               let first = view.wordIndex(at: a.range.lowerBound), first >= clause.words.lowerBound, first < j {
                start = first
                j = first - 1
                continue
            }
            if phraseStops.contains(w) || isVerb(j) { break }
            start = j
            j -= 1
        }
        return start < end ? start..<end : end..<end
    }
}
