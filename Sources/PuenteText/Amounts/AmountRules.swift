import PuenteModel

/// The rules that assemble an amount from a qualifier, a currency, numbers, a range and a unit.
extension AmountScanner {
    /// A currency written after the number at `j` ("dollars", "de dólares", "U.S. dollars",
    /// "pesos mexicanos"); returns the currency and the index after it.
    func currencySuffix(_ j: Int, spanishScale: Bool) -> (String, Int)? {
        var k = j
        if isWord(k, "de") { k += 1 }
        if isWord(k, "us"), isWord(k + 1, "dollars") { k += 1 }
        if isWord(k, "u"), isPunct(k + 1, "."), isWord(k + 2, "s"), isPunct(k + 3, "."), isWord(k + 4, "dollars") { k += 4 }
        if isWord(k, "canadian"), isWord(k + 1, "dollars") { return ("CAD", k + 2) }
        guard let w = word(k), var c = AmountLexicon.currencyWords[w] else { return nil }
        if k > j, !(isWord(j, "de")), w != "dollars" { return nil }
        var end = k + 1
        if isWord(end, "mexicanos") || isWord(end, "estadounidenses") || isWord(end, "americanos") { end += 1 }
        if c == "USD", isWord(k + 1, "canadienses") { c = "CAD"; end = k + 2 }
        return (c, end)
    }

    /// A percent sign or word at `j`: `%`, `percent`, `per cent`, `pct`, `por ciento`.
    func percentSuffix(_ j: Int) -> Int? {
        if isPunct(j, "%") { return j + 1 }
        guard let w = word(j) else { return nil }
        switch w {
        case "percent", "pct", "porciento": return j + 1
        case "per": return isWord(j + 1, "cent") ? j + 2 : nil
        case "por": return isWord(j + 1, "ciento") ? j + 2 : nil
        default: return nil
        }
    }

    /// `percentage points`, `puntos porcentuales`.
    func pointsSuffix(_ j: Int) -> Int? {
        if isWord(j, "percentage"), isWord(j + 1, "points") || isWord(j + 1, "point") { return j + 2 }
        if isWord(j, "puntos") || isWord(j, "punto"), isWord(j + 1, "porcentuales") || isWord(j + 1, "porcentual") { return j + 2 }
        return nil
    }

    static let rangeWords: Set<String> = ["to", "a", "al"]

    /// A second number after a range connector at `j` ("–15 million", "to $15 million", "y 15%").
    func rangeEnd(_ j: Int, opener: Bool) -> ScaledNumber? {
        var k = j
        if isPunct(k, "-–—") {
            k += 1
        } else if let w = word(k), Self.rangeWords.contains(w) || (opener && (w == "and" || w == "y" || w == "e")) {
            if w == "a", language == .english { return nil }
            k += 1
        } else {
            return nil
        }
        var prefix: (currency: String, next: Int, bare: Bool)?
        if let p = currencyPrefix(k) { prefix = p; k = p.next }
        guard var n = scaledNumber(k, afterConnector: true) else { return nil }
        if let p = prefix { n.currency = p.currency; n.bareDollar = p.bare }
        return n
    }

    /// The counted noun after a number at `j`: up to four words, stopping at stop words, numbers,
    /// punctuation, months, weekdays and verbs. Nil when there is none or it names a time unit.
    func unitPhrase(_ j: Int, spanishScale: Bool) -> (unit: String, end: Int)? {
        var k = j
        if spanishScale, isWord(k, "de") { k += 1 }
        var words = 0
        let start = k
        var end = k
        while words < 4, let w = word(k) {
            if AmountLexicon.stopWords.contains(w) || w.unicodeScalars.count < 2 { break }
            if TimeLexicon.months[w] != nil || TimeLexicon.weekdays[w] != nil { break }
            if TimeLexicon.units[w] != nil || w == "hours" || w == "horas" || w == "minutes" || w == "minutos" || w == "old" {
                if words == 0 { return nil }
                break
            }
            if words > 0, isVerbLike(k) { break }
            if AmountLexicon.commonVerbs.contains(w) { break }
            if words > 0, language == .english, tokens[k].isCapitalized, !tokens[k - 1].isCapitalized { break }
            var e = k + 1
            while isPunct(e, "-"), adjacent(e - 1), adjacent(e), word(e + 1) != nil || isNumber(e + 1) { e += 2 }
            end = e
            k = e
            words += 1
            if AmountLexicon.measures.contains(w) { break }
        }
        guard words > 0 else { return nil }
        return (text[tokens[start].start..<tokens[end - 1].end], end)
    }

    /// English "-ed"/"-ing" forms and Spanish past/future endings after a noun read as verbs.
    func isVerbLike(_ k: Int) -> Bool {
        guard let w = word(k) else { return false }
        if w.hasSuffix("ed") || w.hasSuffix("ing") { return true }
        if w.hasSuffix("aron") || w.hasSuffix("ieron") || w.hasSuffix("aban") || w.hasSuffix("rian") || w.hasSuffix("ran") { return true }
        let last = text.scalars[tokens[k].end - 1]
        return last == "ó" || last == "á"
    }

    /// The amount starting at token `i`, if any: an optional qualifier or "between", a number
    /// (with currency and scale), an optional range end, then a percent, currency or counted noun.
    func amount(at i: Int) -> AmountMatch? {
        var j = i
        var qualifier: AmountExpression.Qualifier?
        let opener = isWord(i, "between") || isWord(i, "entre")
        if opener {
            j += 1
        } else if let (q, next) = qualifierPhrase(i) {
            qualifier = q
            j = next
        }
        guard var first = prefixedNumber(j) else { return nil }
        var upper = rangeEnd(first.end, opener: opener)
        if opener, upper == nil { return nil }
        var lowerValue = first.value
        if var u = upper {
            if !first.hasScale, u.hasScale { lowerValue *= u.multiplier }
            if u.currency == nil { u.currency = first.currency; u.bareDollar = first.bareDollar }
            if first.currency == nil { first.currency = u.currency; first.bareDollar = u.bareDollar }
            guard u.value >= lowerValue else { return nil }
            upper = u
        }
        guard let (kind, end) = classify(first, upper, qualifier: qualifier) else { return nil }
        if upper != nil, isPunct(first.end, "-–—"), !first.hasScale, !(upper?.hasScale ?? false) {
            switch kind {
            case .number, .quantity: return nil  // "117-58", "555-1234", "2019-2021 period"
            case .money, .percent: break
            }
        }
        return AmountMatch(start: i, end: end, value: lowerValue, upperValue: upper?.value, kind: kind, qualifier: qualifier)
    }

    /// A number at `j` with an optional currency before it ("$", "US$", "MXN").
    func prefixedNumber(_ j: Int) -> ScaledNumber? {
        let prefix = currencyPrefix(j)
        guard var n = scaledNumber(prefix?.next ?? j) else { return nil }
        if let p = prefix {
            n.currency = p.currency
            n.bareDollar = p.bare
            n.start = j
        }
        return n
    }

    /// What the numbers count, read from the words after them, and the index after the amount.
    func classify(_ first: ScaledNumber, _ upper: ScaledNumber?, qualifier: AmountExpression.Qualifier?) -> (AmountExpression.Kind, Int)? {
        let last = upper ?? first
        let end = last.end
        if let p = percentSuffix(end) { return (.percent, p) }
        if let p = pointsSuffix(end) { return (.quantity(unit: text[tokens[end].start..<tokens[p - 1].end]), p) }
        if let (c, next) = currencySuffix(end, spanishScale: last.spanishScale) {
            // A bare "$" gives way to the word after the number ("$500 pesos").
            let currency = first.currency == nil || first.bareDollar || (last.currency == "USD" && c == "MXN") ? c : first.currency!
            return (.money(currency: currency), next)
        }
        if let c = first.currency ?? last.currency { return (.money(currency: c), end) }
        if first.isYearLike, !first.hasScale { return nil }
        if let (unit, next) = unitPhrase(end, spanishScale: last.spanishScale) { return (.quantity(unit: unit), next) }
        guard first.hasScale || last.hasScale || qualifier != nil || first.hasThousands else { return nil }
        return (.number, end)
    }
}
