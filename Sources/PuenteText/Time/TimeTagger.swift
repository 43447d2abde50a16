import PuenteModel

/// Finds time expressions in English and Spanish text and resolves them against a document date.
///
/// One left-to-right pass over folded tokens; at each token that can start an expression the rules
/// are tried and the longest match wins. Runs in time linear in the text (each rule looks at a
/// bounded number of tokens; tense inference scans at most 40 tokens either side).
///
/// Documented choices:
/// - "in late 2020" is `.date(.year(2020))` with `modifier: .late`; "mid-September" is the month with `.mid`.
/// - "the fall of 2023" is `.season(2023, .fall)` (`2023-FA`).
/// - "last week" is the ISO week of the document date minus 7 days; "this week" the current one.
/// - "in recent months", "in the coming weeks" (no count) are not tagged; "few"/"several" count as 3.
/// - "two years ago" is a year, "six months ago" a month, "three days ago" a day (the unit's precision).
/// - Durations running forward ("over the next three years", "within 90 days", "in two years")
///   carry `due` = document date + duration, at month precision for years and months and day
///   precision for weeks and days; "for two years", "over the past year" have `due == nil`.
/// - "ejercicio fiscal 2024" (Mexico's fiscal year is the calendar year) is `.year(2024)`;
///   "FY2024", "fiscal year 2024", "año fiscal 2024" are `.fiscalYear(2024)`.
/// - Without a document date, expressions that need one are skipped.
public enum TimeTagger {
    /// Time expressions in `range` of `text` (default: all of it), with scalar offsets into the
    /// whole text, sorted and non-overlapping.
    ///
    /// - Parameters:
    ///   - documentDate: the date relative expressions and partial dates resolve against.
    ///   - language: decides day/month order in `9/10/2021` and Spanish-only words.
    public static func expressions(
        in text: ScalarText, range: Range<Int>? = nil, documentDate: CalendarDay?, language: Language
    ) -> [TimeExpression] {
        let lower = max(0, min(range?.lowerBound ?? 0, text.count))
        let upper = max(lower, min(range?.upperBound ?? text.count, text.count))
        let tokens = TextTokenizer.tokens(of: text, in: lower..<upper)
        let scanner = TimeScanner(text: text, tokens: tokens, documentDate: documentDate, language: language)
        var found: [TimeExpression] = []
        var i = 0
        while i < tokens.count {
            guard scanner.canStart(i), let m = scanner.match(at: i) else {
                i += 1
                continue
            }
            let r = scanner.scalarRange(i, m.end)
            found.append(TimeExpression(range: r, text: text[r], value: m.value, isRelative: m.isRelative, modifier: m.modifier))
            i = max(m.end, i + 1)
        }
        return found
    }
}

extension TimeScanner {
    /// Cheap check that a rule may match at `i`.
    func canStart(_ i: Int) -> Bool {
        let t = tokens[i]
        switch t.kind {
        case .number: return true
        case .punct: return t.folded == "'" || t.folded == "’"
        case .word: return TimeLexicon.rules[t.folded] != nil
        }
    }

    /// The longest match at `i`, with ranges ("from 2019 to 2021", "May–July 2021") joined.
    func match(at i: Int) -> TimeMatch? {
        if tokens[i].kind == .word, TimeLexicon.rules[tokens[i].folded]?.contains(.interval) == true,
           let m = openedInterval(i) { return m }
        guard let m = matchCore(i) else { return nil }
        if let x = m.dateValue, m.modifier == nil, isPunct(m.end, "-–—"),
           let y = matchCore(m.end + 1), y.dateValue != nil, y.modifier == nil,
           let joined = interval(m, y, end: y.end), case .interval = joined.value, isSameKind(x, y.dateValue!) {
            return joined
        }
        return m
    }

    private func isSameKind(_ a: DateValue, _ b: DateValue) -> Bool {
        switch (a, b) {
        case (.month, .month), (.day, .day), (.year, .year), (.quarter, .quarter), (.season, .season): return true
        default: return false
        }
    }

    static let openers: [String: Set<String>] = [
        "from": ["to", "through", "until", "till", "-", "–", "—"],
        "between": ["and", "-", "–"],
        "desde": ["hasta", "a", "al"],
        "entre": ["y", "e"],
        "de": ["a", "al", "-", "–"],
        "del": ["a", "al", "-", "–"],
    ]

    /// `from 2019 to 2021`, `between May and July 2021`, `de 2019 a 2021`, `entre mayo y julio`.
    func openedInterval(_ i: Int) -> TimeMatch? {
        guard let w = word(i), let connectors = Self.openers[w] else { return nil }
        guard let x = matchCore(i + 1), x.dateValue != nil, x.modifier == nil, x.end < count else { return nil }
        let c = tokens[x.end].folded
        guard connectors.contains(c), let y = matchCore(x.end + 1), y.dateValue != nil, y.modifier == nil else { return nil }
        return interval(x, y, end: y.end)
    }

    /// Joins two dates into an interval, lending the explicit year of one to the other.
    func interval(_ x: TimeMatch, _ y: TimeMatch, end: Int) -> TimeMatch? {
        guard var a = x.dateValue, var b = y.dateValue else { return nil }
        var relative = x.isRelative || y.isRelative
        if !x.yearExplicit, y.yearExplicit {
            a = a.replacingYear(b.year)
            if a.interval.first > b.interval.first { a = a.replacingYear(b.year - 1) }
            relative = y.isRelative
        } else if x.yearExplicit, !y.yearExplicit {
            b = b.replacingYear(a.year)
            if b.interval.first < a.interval.first { b = b.replacingYear(a.year + 1) }
            relative = x.isRelative
        }
        guard a.interval.first <= b.interval.last else { return nil }
        return TimeMatch(end: end, value: .interval(from: a, to: b), isRelative: relative,
                         yearExplicit: x.yearExplicit || y.yearExplicit)
    }

    /// The longest single expression starting at token `i`. A `nested` call (inside a modifier)
    /// tries no modifier rules, so "late late late …" costs constant time per token.
    func matchCore(_ i: Int, nested: Bool = false) -> TimeMatch? {
        guard i < count else { return nil }
        var best: TimeMatch?
        func offer(_ m: TimeMatch?) {
            if let m, m.end > (best?.end ?? i) { best = m }
        }
        switch tokens[i].kind {
        case .number:
            offer(isoDate(i))
            offer(slashDate(i))
            offer(dayFirstDate(i))
            if best == nil { offer(yearExpression(i)) }
            offer(agoExpression(i))
            offer(adjectiveDuration(i))
            offer(timesPerUnit(i))
        case .punct:
            offer(apostropheDecade(i))
        case .word:
            guard let rules = TimeLexicon.rules[tokens[i].folded] else { return nil }
            if rules.contains(.month) { offer(monthFirstDate(i)) }
            if rules.contains(.weekday) { offer(weekdayDate(i)) }
            if rules.contains(.relativeDay) { offer(relativeDay(i)) }
            if rules.contains(.relativeUnit) { offer(relativeUnit(i)) }
            if rules.contains(.spanishRelative), language == .spanish || tokens[i].folded != "the" { offer(spanishRelative(i)) }
            if rules.contains(.ago) { offer(agoExpression(i)) }
            if rules.contains(.modified), !nested { offer(modifiedDate(i)) }
            if rules.contains(.duration) { offer(durationExpression(i)) }
            if rules.contains(.frequency) { offer(frequencyExpression(i)) }
            if rules.contains(.fiscal) { offer(fiscalYear(i)) }
            if rules.contains(.quarter) { offer(quarterOrHalf(i)) }
            if rules.contains(.season) { offer(seasonExpression(i)) }
            if rules.contains(.decade) { offer(decadeWords(i)) }
            if rules.contains(.adjective) { offer(adjectiveDuration(i)) }
        }
        return best
    }
}
