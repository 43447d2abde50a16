import PuenteModel
import PuenteText

/// The state of resolving one document: tokens, longest-match spans, mentions so far.
struct ResolutionPass {
    let index: ActorIndex
    let tokens: [Token]
    /// The document's scalars.
    let source: [Unicode.Scalar]
    let date: CalendarDay?
    let language: Language?
    var spans: [Span] = []
    /// Token indices where a span starts.
    var spanStarts: Set<Int> = []
    var mentions: [ActorMention] = []
    /// Person indices named in full (or by title and surname) so far.
    var seen: Set<Int32> = []
    /// Unknown people by id: name, country, sector, role.
    var unknown: [String: (name: String, country: String?, sector: String?, role: ActorRole?)] = [:]
    /// Role-class phrases without a country, resolved from context at the end.
    var deferred: [(range: Range<Int>, roleClass: Int32, roles: [Int32])] = []

    init(index: ActorIndex, source: [Unicode.Scalar], date: CalendarDay?, language: Language?) {
        self.index = index; self.source = source; self.tokens = Tokenizer.tokenize(source)
        self.date = date; self.language = language
    }

    mutating func run() {
        findSpans()
        var j = 0
        while j < spans.count { j += handle(j) }
        resolveDeferred()
        resolveDefinites()
        mentions.sort { $0.range.lowerBound < $1.range.lowerBound }
    }

    private mutating func findSpans() {
        var i = 0
        while i < tokens.count {
            guard let (end, kinds) = index.patterns.longest(tokens, at: i) else { i += 1; continue }
            var k = kinds
            if k.count > 1 { k.removeAll { $0 == .blocker } }
            spans.append(Span(start: i, end: end, kinds: k))
            spanStarts.insert(i)
            i = end
        }
    }

    /// Scalar range of tokens `s..<e`.
    func range(_ s: Int, _ e: Int) -> Range<Int> { tokens[s].start..<tokens[e - 1].end }

    /// Whether token `t` follows the previous one with only spaces or hyphens between.
    func softBefore(_ t: Int) -> Bool { t < tokens.count && tokens[t].flags & (Token.hardBefore | Token.commaBefore) == 0 }

    func adjacent(_ a: Span, _ b: Span) -> Bool { a.end == b.start && softBefore(b.start) }

    /// Whether `b` follows `a` after a lone "and", "y" or "or" (or a comma).
    func coordinated(_ a: Span, _ b: Span) -> Bool {
        (b.start == a.end + 1 && softBefore(a.end) && softBefore(b.start) && Words.and.contains(tokens[a.end].hash))
            || (b.start == a.end && tokens[b.start].flags & Token.commaBefore != 0 && tokens[b.start].flags & Token.hardBefore == 0)
    }

    /// The country actor index a span names (name, alias or adjective), if any.
    func country(of span: Span) -> Int32? {
        if let (a, how) = span.actor, how != .metonym, index.actors[Int(a)].kind == .country { return a }
        return span.adjective
    }

    mutating func emit(_ actor: Int32, _ r: Range<Int>, _ how: ActorMention.Match) {
        let a = index.actors[Int(actor)]
        mentions.append(ActorMention(range: r, actorID: a.id, country: a.country, kind: a.kind, how: how))
        if a.kind == .person && how != .role { seen.insert(actor) }
    }

    /// Handles the span at `j`; returns how many spans it consumed.
    private mutating func handle(_ j: Int) -> Int {
        let sp = spans[j]
        if sp.isBlocker { return 1 }
        if let c = country(of: sp), j + 1 < spans.count, adjacent(sp, spans[j + 1]), spans[j + 1].isTitleLike,
           let used = titled(head: j + 1, from: j, country: c) {
            return used
        }
        if sp.isTitleLike, !namesBody(sp), let used = titled(head: j, from: j, country: nil) { return used }
        if let (a, how) = sp.actor {
            if how == .metonym, sp.start > 0, softBefore(sp.start), Words.locative.contains(tokens[sp.start - 1].hash) { return 1 }
            if how != .metonym, index.actors[Int(a)].kind != .country, tokens[sp.start].isAllUpper, inCapitalsRun(sp) { return 1 }
            // Mexican Spanish writes "EU" for Estados Unidos; the European Union is "UE".
            if language == .spanish, index.actors[Int(a)].id == "IGO.EU", sp.end - sp.start == 1,
               tokens[sp.start].hash == Words.eu, let usa = index.actorIndex["USA"] {
                emit(usa, range(sp.start, sp.end), .alias)
                return 1
            }
            emit(a, range(sp.start, sp.end), how)
            return 1
        }
        if let c = sp.adjective, j + 1 < spans.count, adjacent(sp, spans[j + 1]), let g = spans[j + 1].groupNoun {
            emitGroup(c, government: g, range(sp.start, spans[j + 1].end))
            return 2
        }
        // "Mexican and American negotiators"
        if let c = sp.adjective, j + 2 < spans.count, coordinated(sp, spans[j + 1]), let c2 = spans[j + 1].adjective,
           adjacent(spans[j + 1], spans[j + 2]), let g = spans[j + 2].groupNoun {
            emitGroup(c, government: g, range(sp.start, sp.end))
            emitGroup(c2, government: g, range(spans[j + 1].start, spans[j + 2].end))
            return 3
        }
        if let g = sp.groupNoun, j + 1 < spans.count, adjacent(sp, spans[j + 1]), let c = spans[j + 1].adjective {
            emitGroup(c, government: g, range(sp.start, spans[j + 1].end))
            // "autoridades mexicanas y estadounidenses"
            if j + 2 < spans.count, coordinated(spans[j + 1], spans[j + 2]), let c2 = spans[j + 2].adjective {
                emitGroup(c2, government: g, range(spans[j + 2].start, spans[j + 2].end))
                return 3
            }
            return 2
        }
        if let g = sp.surname { shortForm(sp, group: g, previousSpanEnd: j > 0 ? spans[j - 1].end : -1) }
        return 1
    }

    /// Whether a one-word acronym of up to three letters sits among other words in capitals
    /// ("UN ACUERDO", "WHO WILL PAY"): a headline, not the acronym.
    func inCapitalsRun(_ sp: Span) -> Bool {
        guard sp.end - sp.start == 1, tokens[sp.start].end - tokens[sp.start].start <= 3 else { return false }
        func caps(_ t: Int) -> Bool { t >= 0 && t < tokens.count && tokens[t].isAllUpper && tokens[t].end - tokens[t].start >= 2 }
        return (caps(sp.start - 1) && softBefore(sp.start)) || (caps(sp.end) && softBefore(sp.end))
    }

    /// Whether a span that is both a body and an office names the body: "Secretaría de Economía" (the
    /// ministry) folds like "secretaria de Economía" (the minister); the accent decides.
    func namesBody(_ sp: Span) -> Bool {
        guard let (a, _) = sp.actor, index.actors[Int(a)].kind != .person, sp.role != nil || sp.roleClass != nil else { return false }
        return source[tokens[sp.start].start..<tokens[sp.start].end].contains { $0 == "\u{ED}" || $0 == "\u{CD}" }
    }

    /// "Mexican officials" → MEX; "the Mexican government" → MEX.GOV when the lexicon has it.
    private mutating func emitGroup(_ c: Int32, government: Bool, _ r: Range<Int>) {
        let iso = index.actors[Int(c)].id
        if government, let gov = index.actorIndex[iso + ".GOV"] { emit(gov, r, .adjective); return }
        emit(c, r, .adjective)
    }
}
