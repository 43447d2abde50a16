import PuenteModel

/// Rules for expressions read against the document date: "yesterday", "last week", "this past
/// January", "two years ago", "el pasado martes", "hace tres días", and modified periods
/// ("in late 2020", "a finales de 2021").
extension TimeScanner {
    /// Which way a relative word points.
    enum Relation { case previous, current, next }

    /// `today`, `yesterday`, `tomorrow`, `hoy`, `ayer`, `anteayer`, `mañana`, `pasado mañana`.
    func relativeDay(_ i: Int) -> TimeMatch? {
        guard let w = word(i), let doc = documentDate else { return nil }
        var offset: Int
        var end = i + 1
        switch w {
        case "today", "tonight": offset = 0
        case "hoy":
            if isWord(i + 1, "en"), isWord(i + 2, "dia") { return nil }
            offset = 0
        case "yesterday", "ayer", "anoche": offset = -1
        case "anteayer": offset = -2
        case "tomorrow": offset = 1
        case "manana":
            guard language == .spanish,
                  !isWord(i - 1, ["la", "esta", "esa", "por", "de", "cada", "una", "toda", "en", "del", "las", "su"]) else { return nil }
            offset = 1
        case "pasado":
            guard isWord(i + 1, "manana") else { return nil }
            offset = 2
            end = i + 2
        default: return nil
        }
        return .date(doc.adding(days: offset).dateValue, end: end, relative: true, explicit: false)
    }

    /// A singular calendar unit usable after "last"/"next"/"this" ("year", "semana", …).
    func singularUnit(_ i: Int) -> TimeUnit? {
        guard let w = word(i), let u = TimeLexicon.units[w] else { return nil }
        if w.hasSuffix("s"), w != "mes" { return nil }
        return u
    }

    /// The value of a unit, month, weekday or season at `j` taken in `relation` to the document date.
    func relativeTarget(_ j: Int, _ relation: Relation, inclusiveFrom i: Int) -> TimeMatch? {
        guard let doc = documentDate else { return nil }
        let shift = relation == .previous ? -1 : relation == .next ? 1 : 0
        if let u = singularUnit(j), u != .day {
            guard let v = DateResolution.shifted(doc, by: shift, u) else { return nil }
            return .date(v, end: j + 1, relative: true, explicit: false)
        }
        if let wd = TimeLexicon.weekdays[word(j) ?? ""] {
            let day: CalendarDay
            switch relation {
            case .previous: day = DateResolution.day(weekday: wd, tense: .past, inclusive: false, documentDate: doc)
            case .next: day = DateResolution.day(weekday: wd, tense: .future, inclusive: false, documentDate: doc)
            case .current: day = DateResolution.day(weekday: wd, tense: tense(i, j + 1), inclusive: true, documentDate: doc)
            }
            // "el próximo jueves 18 de marzo": the written date wins.
            let k = isPunct(j + 1, ",") ? j + 2 : j + 1
            if let m = dayFirstDate(k) ?? monthFirstDate(k), case .date(.day) = m.value { return m }
            return .date(day.dateValue, end: j + 1, relative: true, explicit: false)
        }
        if let w = word(j), let m = TimeLexicon.months[w], !TimeLexicon.ambiguousMonths.contains(w) || w == "may" || w == "march" {
            let y: Int
            switch relation {
            case .previous: y = m < doc.month ? doc.year : doc.year - 1
            case .next: y = m > doc.month ? doc.year : doc.year + 1
            case .current: y = doc.year
            }
            return .date(.month(year: y, month: m), end: j + 1, relative: true, explicit: false)
        }
        if let s = season(j) {
            let y: Int
            switch relation {
            case .previous: y = DateResolution.year(season: s, tense: .past, strict: true, documentDate: doc)
            case .next: y = DateResolution.year(season: s, tense: .future, strict: true, documentDate: doc)
            case .current: y = DateResolution.year(season: s, tense: nil, strict: false, documentDate: doc)
            }
            return .date(.season(year: y, season: s), end: j + 1, relative: true, explicit: false)
        }
        return nil
    }

    /// `last week`, `next year`, `this past January`, `this coming Tuesday`, `earlier this year`.
    func relativeUnit(_ i: Int) -> TimeMatch? {
        guard let w = word(i) else { return nil }
        switch w {
        case "last": return relativeTarget(i + 1, .previous, inclusiveFrom: i)
        case "next": return relativeTarget(i + 1, .next, inclusiveFrom: i)
        case "this":
            if isWord(i + 1, "past") { return relativeTarget(i + 2, .previous, inclusiveFrom: i) }
            if isWord(i + 1, "coming") { return relativeTarget(i + 2, .next, inclusiveFrom: i) }
            return relativeTarget(i + 1, .current, inclusiveFrom: i)
        case "earlier", "later":
            guard isWord(i + 1, "this"), singularUnit(i + 2) != nil else { return nil }
            return relativeTarget(i + 2, .current, inclusiveFrom: i)
        default: return nil
        }
    }

    static let spanishPrevious: Set<String> = ["pasado", "pasada", "anterior"]
    static let spanishNext: Set<String> = ["proximo", "proxima", "entrante"]

    /// `el pasado martes`, `el martes pasado`, `la semana pasada`, `el próximo año`, `el año que viene`,
    /// `este año`, `esta semana`, `el pasado 9 de septiembre`.
    func spanishRelative(_ i: Int) -> TimeMatch? {
        guard let w = word(i) else { return nil }
        var j = i
        var current = false
        if w == "el" || w == "la" { j += 1 } else if ["este", "esta"].contains(w) { j += 1; current = true }
        guard let head = word(j) else {
            return nil
        }
        if !current {
            if Self.spanishPrevious.contains(head) || Self.spanishNext.contains(head) {
                let relation: Relation = Self.spanishNext.contains(head) ? .next : .previous
                if let m = relativeTarget(j + 1, relation, inclusiveFrom: i) { return m }
                if let m = dayFirstDate(j + 1) { return m }
                return nil
            }
            guard singularUnit(j) != nil || TimeLexicon.weekdays[head] != nil || TimeLexicon.months[head] != nil
                    || TimeLexicon.seasons[head] != nil else { return nil }
            if isWord(j + 1, Self.spanishPrevious) { return relativeTarget(j, .previous, inclusiveFrom: i).map { with($0, end: j + 2) } }
            if isWord(j + 1, Self.spanishNext) { return relativeTarget(j, .next, inclusiveFrom: i).map { with($0, end: j + 2) } }
            if isWord(j + 1, "que"), isWord(j + 2, "viene") { return relativeTarget(j, .next, inclusiveFrom: i).map { with($0, end: j + 3) } }
            return nil
        }
        return relativeTarget(j, .current, inclusiveFrom: i)
    }

    private func with(_ m: TimeMatch, end: Int) -> TimeMatch {
        var copy = m
        copy.end = end
        return copy
    }

    /// `two years ago`, `a week ago`, `hace tres días`, `hace un año`.
    func agoExpression(_ i: Int) -> TimeMatch? {
        guard let doc = documentDate else { return nil }
        if isWord(i, "hace") {
            guard let n = count(i + 1), let u = unit(i + 2) else { return nil }
            return agoValue(doc, n, u, end: i + 3)
        }
        guard let n = count(i), let u = unit(i + 1), isWord(i + 2, "ago") else { return nil }
        return agoValue(doc, n, u, end: i + 3)
    }

    private func agoValue(_ doc: CalendarDay, _ n: Int, _ u: TimeUnit, end: Int) -> TimeMatch? {
        let v: DateValue? = u == .decade ? .year(doc.year - 10 * n) : DateResolution.shifted(doc, by: -n, u)
        return v.map { .date($0, end: end, relative: true, explicit: false) }
    }

    static let englishModifiers: [String: TimeExpression.Modifier] = ["early": .early, "mid": .mid, "late": .late]
    static let englishPartWords: [String: TimeExpression.Modifier] = [
        "beginning": .start, "start": .start, "end": .end, "middle": .mid, "close": .end,
    ]
    static let spanishPlural: [String: TimeExpression.Modifier] = [
        "finales": .late, "fines": .late, "principios": .early, "inicios": .early, "comienzos": .early, "mediados": .mid,
    ]
    static let spanishSingular: [String: TimeExpression.Modifier] = [
        "final": .end, "fin": .end, "cierre": .end, "inicio": .start, "principio": .start, "comienzo": .start,
    ]

    /// `late 2020`, `mid-2021`, `early next year`, `the end of 2021`, `a finales de 2021`,
    /// `a mediados del próximo año`, `al cierre de 2022`, `around 2020`.
    func modifiedDate(_ i: Int) -> TimeMatch? {
        guard let w = word(i) else { return nil }
        if let mod = Self.englishModifiers[w] {
            let j = isPunct(i + 1, "-") && adjacent(i) ? i + 2 : i + 1
            return inner(j, mod)
        }
        if w == "around" || w == "circa" {
            guard let m = yearExpression(i + 1), case .date(.year) = m.value else { return nil }
            return TimeMatch(end: m.end, value: m.value, isRelative: false, modifier: .approx, yearExplicit: true)
        }
        var j = i
        if ["the", "a", "al", "hacia", "para", "desde", "hasta", "el", "de"].contains(w) { j += 1 }
        guard let head = word(j) else { return nil }
        if let mod = Self.englishPartWords[head], isWord(j + 1, "of") {
            return inner(j + 2, mod)
        }
        if let mod = Self.spanishPlural[head] ?? Self.spanishSingular[head], isWord(j + 1, ["de", "del"]) {
            if Self.spanishSingular[head] != nil, j == i { return nil }
            if head == "fin", isWord(j + 2, "semana") { return nil }  // "fin de semana" is the weekend
            return inner(j + 2, mod)
        }
        return nil
    }

    /// The date after a modifier, with `the year`, `este año` and `año` (after `del`) read as the current year.
    private func inner(_ j: Int, _ mod: TimeExpression.Modifier) -> TimeMatch? {
        if let doc = documentDate {
            var k = j
            if isWord(k, ["the", "this", "el", "este", "esta", "la"]) || isWord(k - 1, ["del", "de"]) {
                if isWord(k, ["the", "this", "el", "este", "esta", "la"]) { k += 1 }
                if let u = singularUnit(k), u == .year || u == .month || u == .week || u == .decade,
                   !isWord(k + 1, ["pasado", "pasada", "anterior", "proximo", "proxima", "que", "before", "after", "of"]) {
                    if let v = DateResolution.shifted(doc, by: 0, u) {
                        return TimeMatch(end: k + 1, value: .date(v), isRelative: true, modifier: mod, yearExplicit: false)
                    }
                }
            }
        }
        guard var m = matchCore(j, nested: true), case .date = m.value, m.modifier == nil else { return nil }
        m.modifier = mod
        return m
    }
}
