import PuenteModel

/// Rules for lengths of time ("over the next three years", "durante dos años", "a five-year plan")
/// and repetitions ("annually", "every six months", "dos veces al año").
extension TimeScanner {
    /// Prepositions before a duration, and whether the duration runs forward from the document date.
    static let durationPrepositions: [String: Bool] = [
        "over": true, "in": true, "within": true, "en": true, "for": false, "during": false,
        "throughout": false, "durante": false, "por": false,
    ]
    static let forwardWords: Set<String> = ["next", "coming", "following", "proximos", "proximas", "siguientes", "venideros", "venideras"]
    static let backwardWords: Set<String> = ["past", "last", "previous", "ultimos", "ultimas", "pasados", "pasadas", "recent"]

    /// The token index after a duration's preposition at `i` (or `i` itself), and whether it runs forward.
    func durationPreposition(_ i: Int) -> (next: Int, forward: Bool?) {
        guard let w = word(i) else { return (i, nil) }
        if let f = Self.durationPrepositions[w] {
            if w == "en", isWord(i + 1, "un"), isWord(i + 2, "plazo"), isWord(i + 3, "de") { return (i + 4, true) }
            return (i + 1, f)
        }
        if w == "dentro", isWord(i + 1, "de") { return (i + 2, true) }
        if w == "a", isWord(i + 1, "lo"), isWord(i + 2, "largo"), isWord(i + 3, "de") { return (i + 4, false) }
        return (i, nil)
    }

    /// `over the next three years`, `in the next few days`, `for two years`, `within 90 days`,
    /// `durante los próximos dos años`, `en los últimos cinco años`, `en un plazo de 90 días`.
    func durationExpression(_ i: Int) -> TimeMatch? {
        let (afterPrep, prepForward) = durationPreposition(i)
        var j = afterPrep
        let hasArticle = isWord(j, ["the", "los", "las"])
        if hasArticle { j += 1 }
        var forward = prepForward
        var relation = false
        if isWord(j, Self.forwardWords) { forward = true; relation = true; j += 1 } else if isWord(j, Self.backwardWords) { forward = false; relation = true; j += 1 }
        guard relation || (prepForward != nil && !hasArticle) else { return nil }
        if relation, !hasArticle { return nil }  // "last week" is a date, "the last week" a duration
        if hasArticle && !relation { return nil }
        var n: Int?
        if isWord(j, "couple"), isWord(j + 1, "of") { n = 2; j += 2 } else if let c = count(j), word(j) != "a" || !relation {
            n = c
            j += 1
        }
        guard let u = unit(j) else { return nil }
        let plural = word(j)!.hasSuffix("s") && word(j) != "mes"
        if n == nil {
            // "the next year" is one year; "the coming weeks" has no count and is not tagged.
            guard relation, !plural, u != .day else { return nil }
            n = 1
        }
        if n == 1, plural, word(j - 1) != "few" { return nil }
        let duration = u.duration(n!)
        var due: DateValue?
        // Without "next"/"próximos", "in 21 years" runs forward only in a future sentence
        // ("will be repaid in two years", not "the highest in 21 years").
        if !relation, forward == true, tense(i, j + 1) != .future { forward = false }
        if forward == true, let doc = documentDate { due = DateResolution.due(doc, after: duration) }
        return TimeMatch(end: j + 1, value: .duration(duration, due: due), isRelative: due != nil, yearExplicit: false)
    }

    /// `a three-year program`, `5-year plan` (not `45-year-old`).
    func adjectiveDuration(_ i: Int) -> TimeMatch? {
        guard let n = count(i), isPunct(i + 1, "-"), adjacent(i), adjacent(i + 1), let u = singularUnit(i + 2) else { return nil }
        if isPunct(i + 3, "-"), isWord(i + 4, "old") { return nil }
        if isWord(i + 3, "old") { return nil }
        return TimeMatch(end: i + 3, value: .duration(u.duration(n), due: nil), isRelative: false, yearExplicit: false)
    }

    /// `annually`, `semestral`, `semi-annual`, `every six months`, `each year`, `cada dos años`,
    /// `todos los años`, `twice a year`, `three times a year`, `una vez al año`, `dos veces al año`.
    func frequencyExpression(_ i: Int) -> TimeMatch? {
        guard let w = word(i) ?? (number(i) != nil ? "#" : nil) else { return nil }
        if let p = TimeLexicon.frequencyWords[w] {
            return TimeMatch(end: i + 1, value: .frequency(p), isRelative: false, yearExplicit: false)
        }
        if w == "semi", isPunct(i + 1, "-"), adjacent(i), let next = word(i + 2), next.hasPrefix("annual") {
            return TimeMatch(end: i + 3, value: .frequency(ISODuration(months: 6)), isRelative: false, yearExplicit: false)
        }
        if w == "a", isWord(i + 1, "diario") {
            return TimeMatch(end: i + 2, value: .frequency(ISODuration(days: 1)), isRelative: false, yearExplicit: false)
        }
        if w == "every" || w == "each" || w == "cada" {
            var j = i + 1
            var n = 1
            if isWord(j, "other") { n = 2; j += 1 } else if let c = count(j), word(j) != "a" { n = c; j += 1 }
            if let w = word(j), TimeLexicon.weekdays[w] != nil {
                return TimeMatch(end: j + 1, value: .frequency(ISODuration(weeks: n)), isRelative: false, yearExplicit: false)
            }
            guard let u = unit(j) else { return nil }
            return TimeMatch(end: j + 1, value: .frequency(u.duration(n)), isRelative: false, yearExplicit: false)
        }
        if w == "todos" || w == "todas", isWord(i + 1, ["los", "las"]), let u = unit(i + 2), word(i + 2)!.hasSuffix("s") {
            return TimeMatch(end: i + 3, value: .frequency(u.duration(1)), isRelative: false, yearExplicit: false)
        }
        return timesPerUnit(i)
    }

    /// `once a year`, `twice a year` (P6M), `three times a year` (P4M), `dos veces al año`, `una vez por semana`.
    func timesPerUnit(_ i: Int) -> TimeMatch? {
        var times: Int
        var j: Int
        if isWord(i, "once") && language == .english { times = 1; j = i + 1 } else if isWord(i, "twice") { times = 2; j = i + 1 } else if let c = count(i), isWord(i + 1, ["times", "veces", "vez"]) {
            times = c
            j = i + 2
        } else {
            return nil
        }
        guard isWord(j, ["a", "per", "al", "por", "each", "every", "cada"]), let u = singularUnit(j + 1) else { return nil }
        let period: ISODuration
        switch u {
        case .year: guard 12 % times == 0 else { return nil }; period = times == 1 ? ISODuration(years: 1) : ISODuration(months: 12 / times)
        case .month: period = times == 1 ? ISODuration(months: 1) : times == 2 ? ISODuration(weeks: 2) : ISODuration(days: 30 / times)
        case .week: guard 7 % times == 0 else { return nil }; period = times == 1 ? ISODuration(weeks: 1) : ISODuration(days: 7 / times)
        case .day: guard times == 1 else { return nil }; period = ISODuration(days: 1)
        default: return nil
        }
        return TimeMatch(end: j + 2, value: .frequency(period), isRelative: false, yearExplicit: false)
    }
}
