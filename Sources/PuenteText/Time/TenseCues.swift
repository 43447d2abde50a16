/// The time a sentence points to, read from its verbs and time words.
enum Tense: Sendable { case past, future }

/// Tense inference for partial dates ("On August 10", "el martes"): the nearest tense cue in the
/// same sentence decides. Sentences end at `.`, `!`, `?`, `;` or a blank line.
enum TenseCues {
    static let englishPast: Set<String> = [
        "was", "were", "had", "did", "said", "met", "held", "made", "took", "gave", "sent", "went", "came",
        "began", "spoke", "told", "saw", "led", "left", "paid", "brought", "bought", "found", "sought",
        "won", "lost", "fell", "rose", "grew", "became", "chose", "wrote", "broke", "struck", "thought",
        "ago", "yesterday", "earlier", "previously", "recently", "already", "has", "have", "last", "flew",
        "spent", "kept", "meant", "felt", "stood", "understood", "ran", "knew", "drew", "hit", "shot",
    ]
    static let englishFuture: Set<String> = [
        "will", "shall", "would", "could", "should", "might", "must", "plans", "plan", "intends", "intend",
        "expects", "expected", "aims", "going", "scheduled", "upcoming", "next", "tomorrow", "soon",
        "seeks", "hopes", "ll", "planned", "slated", "due", "forthcoming", "pending",
    ]
    /// Verbs whose "-ed" form followed by "to" states an intention ("pledged to deliver").
    static let intentionVerbs: Set<String> = [
        "pledged", "promised", "committed", "agreed", "vowed", "planned", "decided", "intended",
        "expected", "aimed", "sought", "hoped", "pledges", "promises",
        "comprometio", "comprometieron", "acordo", "acordaron", "prometio", "prometieron", "decidio",
        "decidieron", "planeo",
    ]
    /// Verbs that move something to a new date ("postponed to April 2", "se aplazó hasta marzo").
    static let scheduleVerbs: Set<String> = [
        "postponed", "delayed", "rescheduled", "moved", "pushed", "extended", "deferred", "set",
        "pospuso", "pospusieron", "aplazo", "aplazaron", "reprogramo", "reprogramaron", "extendio",
        "extendieron", "amplio", "ampliaron", "pospuesta", "pospuesto", "aplazada", "aplazado",
    ]
    static let edNotPast: Set<String> = [
        "united", "hundred", "indeed", "need", "speed", "proceed", "exceed", "succeed", "feed", "seed",
        "embed", "bed", "red", "shed", "weed", "bleed", "breed", "related", "based", "limited", "proposed",
        "expected", "scheduled", "planned", "supposed", "interested", "concerned", "advanced", "detailed",
        "unprecedented", "unaccompanied", "armed", "organized", "skilled", "led", "sacred", "hatred",
        "kindred", "naked", "wicked", "aged", "beloved", "alleged", "increased", "reduced", "shared",
    ]
    static let spanishPast: Set<String> = [
        "fue", "fueron", "era", "eran", "fui", "hubo", "habia", "habian", "ha", "han", "hemos", "he",
        "estuvo", "estuvieron", "dijo", "hizo", "hicieron", "tuvo", "tuvieron", "vino", "dio", "ayer",
        "anoche", "anteayer", "hace", "recientemente", "ya", "previamente", "pasado", "pasada", "tenia",
    ]
    static let spanishFuture: Set<String> = [
        "va", "van", "vamos", "planea", "planean", "preve", "prevén", "preven", "pretende", "pretenden",
        "busca", "buscan", "proximo", "proxima", "proximos", "proximas", "podria", "podrian", "deberia",
        "deberian", "seria", "serian", "habria", "tendria", "tendrian", "debera", "deberan",
        "espera", "esperan", "prevista", "previsto", "programada", "programado",
    ]
    static let futureAccentExceptions: Set<String> = ["esta", "estan", "estas", "mas", "jamas", "ademas", "demas", "atras", "alla", "aca", "ahi", "ya", "sofa", "papa", "mama", "panama", "canada", "bogota", "capitan", "aleman", "huracan", "volcan", "afan", "quiza"]
    static let deadlineWords: Set<String> = ["by", "para"]

    /// The tense that governs tokens `from..<to` of `scanner`, or nil when the sentence has no cue.
    static func tense(_ scanner: TimeScanner, from: Int, to: Int) -> Tense? {
        var best: (distance: Int, tense: Tense)?
        func consider(_ i: Int, _ distance: Int) {
            guard let t = cue(scanner, i, before: i < from) else { return }
            if best == nil || distance < best!.distance { best = (distance, t) }
        }
        // A deadline preposition right before the expression ("by December 1") points forward.
        var before = from - 1
        if scanner.isWord(before, ["the", "el", "la", "mid", "early", "late", "finales", "fines"]) { before -= 1 }
        if scanner.isWord(before, deadlineWords) { best = (0, .future) }
        var i = from - 1
        var steps = 0
        while i >= 0, steps < 40, !isBoundary(scanner, i, after: false) {
            consider(i, 2 * (from - i))
            i -= 1
            steps += 1
        }
        i = to
        steps = 0
        while i < scanner.count, steps < 40, !isBoundary(scanner, i, after: true) {
            consider(i, 2 * (i - to + 1) + 1)
            i += 1
            steps += 1
        }
        return best?.tense
    }

    /// Token `i` ends (or, scanning forward, starts) a sentence boundary.
    static func isBoundary(_ scanner: TimeScanner, _ i: Int, after: Bool) -> Bool {
        let t = scanner.tokens[i]
        if after, t.newlinesBefore >= 2 { return true }
        if !after, i + 1 < scanner.count, scanner.tokens[i + 1].newlinesBefore >= 2 { return true }
        guard t.kind == .punct, let p = t.folded.unicodeScalars.first else { return false }
        switch p {
        case "!", "?", ";": return true
        case ".":
            if let w = scanner.word(i - 1), scanner.adjacent(i - 1), w.unicodeScalars.count <= 1 || abbreviations.contains(w) { return false }
            if scanner.number(i + 1) != nil, scanner.adjacent(i) { return false }
            return true
        default: return false
        }
    }

    static let abbreviations: Set<String> = ["mr", "mrs", "ms", "dr", "sept", "jan", "feb", "aug", "oct", "nov", "dec", "apr", "jun", "jul", "no", "st", "jr", "sr", "gen", "gov", "sen", "rep", "lic", "ing", "sra", "dra", "vs", "etc"]

    /// The tense cue of one token, if it has one.
    ///
    /// An intention or scheduling verb before the expression ("pledged to deliver … by December 1",
    /// "postponed to April 2") points forward; after it ("On December 30, they agreed to …") it is
    /// an ordinary past verb. A participle after "be"/"is" ("will be released") leaves the tense to
    /// the auxiliary.
    static func cue(_ scanner: TimeScanner, _ i: Int, before: Bool) -> Tense? {
        guard let w = scanner.word(i) else { return nil }
        if before, intentionVerbs.contains(w), scanner.isWord(i + 1, ["to", "a"]) { return .future }
        if before, scheduleVerbs.contains(w), scanner.isWord(i + 1, ["to", "until", "for", "a", "al", "para", "hasta"]) { return .future }
        if scanner.isWord(i - 1, ["be", "been", "being", "is", "are", "am", "get", "gets", "ser", "sera", "es", "son"]),
           w.hasSuffix("ed") || w.hasSuffix("ado") || w.hasSuffix("ido") || w.hasSuffix("ada") || w.hasSuffix("ida") {
            return nil
        }
        if englishFuture.contains(w) || spanishFuture.contains(w) { return .future }
        if w == "may", !scanner.tokens[i].isCapitalized { return .future }  // the modal, not the month
        if englishPast.contains(w) || spanishPast.contains(w) { return .past }
        let n = w.utf8.count
        if n >= 4, w.hasSuffix("ed"), !edNotPast.contains(w) { return .past }
        if n >= 5, w.hasSuffix("aron") || w.hasSuffix("ieron") || w.hasSuffix("aban") { return .past }
        let t = scanner.tokens[i]
        let last = scanner.text.scalars[t.end - 1]
        if n >= 3, last == "ó" { return .past }
        if n >= 4, !futureAccentExceptions.contains(w), !t.isCapitalized {  // not "Culiacán", "Yucatán"
            if last == "á" { return .future }
            if last == "n", t.end - 2 > t.start, scanner.text.scalars[t.end - 2] == "á" { return .future }
        }
        return nil
    }
}
