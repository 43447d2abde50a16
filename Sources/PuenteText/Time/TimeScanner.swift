import PuenteModel

/// One candidate time expression: the tokens it spans and its value.
struct TimeMatch {
    /// Token index one past the last token of the match.
    var end: Int
    var value: TimeExpression.Value
    var isRelative: Bool
    var modifier: TimeExpression.Modifier?
    /// The year came from the text (not from the document date).
    var yearExplicit: Bool

    init(end: Int, value: TimeExpression.Value, isRelative: Bool, modifier: TimeExpression.Modifier? = nil, yearExplicit: Bool) {
        self.end = end
        self.value = value
        self.isRelative = isRelative
        self.modifier = modifier
        self.yearExplicit = yearExplicit
    }

    static func date(_ d: DateValue, end: Int, relative: Bool, explicit: Bool) -> TimeMatch {
        TimeMatch(end: end, value: .date(d), isRelative: relative, yearExplicit: explicit)
    }

    var dateValue: DateValue? {
        if case let .date(d) = value { return d }
        return nil
    }
}

/// Read-only view of the tokens that the time rules match against.
struct TimeScanner {
    let text: ScalarText
    let tokens: [TextToken]
    let documentDate: CalendarDay?
    let language: Language

    var count: Int { tokens.count }

    /// The folded word at `i`, or nil for numbers, punctuation and out-of-range indices.
    func word(_ i: Int) -> String? {
        guard i >= 0, i < tokens.count, tokens[i].kind == .word else { return nil }
        return tokens[i].folded
    }

    func isWord(_ i: Int, _ candidates: Set<String>) -> Bool {
        guard let w = word(i) else { return false }
        return candidates.contains(w)
    }

    /// The word at `i` is one of `candidates` (a short literal list; no hashing).
    func isWord(_ i: Int, _ candidates: [String]) -> Bool {
        guard let w = word(i) else { return false }
        for c in candidates where c == w { return true }
        return false
    }

    func isWord(_ i: Int, _ w: String) -> Bool { word(i) == w }

    func punct(_ i: Int) -> Unicode.Scalar? {
        guard i >= 0, i < tokens.count, tokens[i].kind == .punct else { return nil }
        return tokens[i].folded.unicodeScalars.first
    }

    func isPunct(_ i: Int, _ chars: String) -> Bool {
        guard let p = punct(i) else { return false }
        return chars.unicodeScalars.contains(p)
    }

    func number(_ i: Int) -> TextToken? {
        guard i >= 0, i < tokens.count, tokens[i].kind == .number else { return nil }
        return tokens[i]
    }

    /// Tokens `i` and `i + 1` touch (no whitespace between them).
    func adjacent(_ i: Int) -> Bool {
        i >= 0 && i + 1 < tokens.count && tokens[i].end == tokens[i + 1].start
    }

    /// A number of 1 or 2 digits in 1...31.
    func dayNumber(_ i: Int) -> Int? {
        guard let t = number(i), t.digitCount <= 2, let v = t.intValue, (1...31).contains(v) else { return nil }
        return v
    }

    /// A 4-digit number in 1000...2199, not glued to other digits by `.` or `,`.
    func yearNumber(_ i: Int) -> Int? {
        guard let t = number(i), t.digitCount == 4, let v = t.intValue, (1000...2199).contains(v) else { return nil }
        if isPunct(i - 1, ".,"), adjacent(i - 1), number(i - 2) != nil, adjacent(i - 2) { return nil }
        if isPunct(i + 1, ".,:"), adjacent(i), number(i + 2) != nil, adjacent(i + 1) { return nil }
        if adjacent(i), let next = word(i + 1), next != "s" { return nil }
        if adjacent(i - 1), word(i - 1) != nil { return nil }
        if adjacent(i - 1), isPunct(i - 1, "-"), adjacent(i - 2), number(i - 2) != nil { return nil }
        return v
    }

    /// A count of time units: digits (up to 999) or a number word.
    func count(_ i: Int) -> Int? {
        if let t = number(i) { return t.digitCount <= 3 ? t.intValue.flatMap { $0 > 0 ? $0 : nil } : nil }
        guard let w = word(i) else { return nil }
        return TimeLexicon.numbers[w]
    }

    /// The time unit at `i`.
    func unit(_ i: Int) -> TimeUnit? { word(i).flatMap { TimeLexicon.units[$0] } }

    /// A weekday at `i`; English names need a capital.
    func weekday(_ i: Int) -> Int? {
        guard let w = word(i), let d = TimeLexicon.weekdays[w] else { return nil }
        if d <= 7, w.hasSuffix("day"), !tokens[i].isCapitalized { return nil }
        return d
    }

    func season(_ i: Int) -> DateValue.Season? { word(i).flatMap { TimeLexicon.seasons[$0] } }

    /// The scalar range covered by tokens `from..<to`.
    func scalarRange(_ from: Int, _ to: Int) -> Range<Int> { tokens[from].start..<tokens[to - 1].end }
}
