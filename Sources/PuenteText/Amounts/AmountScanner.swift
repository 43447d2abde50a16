import PuenteModel

/// One amount candidate, in token indices.
struct AmountMatch {
    var start: Int
    var end: Int
    var value: Double
    var upperValue: Double?
    var kind: AmountExpression.Kind
    var qualifier: AmountExpression.Qualifier?
}

/// A number with its scale word: "1.5 billion", "32 mil", "$130M", "un millón".
struct ScaledNumber {
    var start: Int
    var end: Int
    var value: Double
    var hasScale: Bool
    var hasThousands: Bool
    var isYearLike: Bool
    /// A currency implied by the scale word ("mdd") or a prefix ("$", "US$").
    var currency: String?
    /// The currency came from a bare "$", which "pesos" after the number overrides.
    var bareDollar: Bool
    /// Spanish scale word ("millones") that may be followed by "de" and the unit.
    var spanishScale: Bool
    /// The factor the scale word applied (10^6 for "million"); 1 without one.
    var multiplier: Double = 1
}

/// Read-only view of the tokens that the amount rules match against.
struct AmountScanner {
    let text: ScalarText
    let tokens: [TextToken]
    let language: Language

    var count: Int { tokens.count }

    func word(_ i: Int) -> String? {
        guard i >= 0, i < tokens.count, tokens[i].kind == .word else { return nil }
        return tokens[i].folded
    }

    func isWord(_ i: Int, _ w: String) -> Bool { word(i) == w }

    func isPunct(_ i: Int, _ chars: String) -> Bool {
        guard i >= 0, i < tokens.count, tokens[i].kind == .punct, let p = tokens[i].folded.unicodeScalars.first else { return false }
        return chars.unicodeScalars.contains(p)
    }

    func isNumber(_ i: Int) -> Bool { i >= 0 && i < tokens.count && tokens[i].kind == .number }

    func adjacent(_ i: Int) -> Bool { i >= 0 && i + 1 < tokens.count && tokens[i].end == tokens[i + 1].start }

    /// A currency written before the number at `i`: `$`, `US$`, `MX$`, `USD`, `€`, `£`; returns the
    /// currency, the index after it, and whether it was a bare `$`.
    func currencyPrefix(_ i: Int) -> (currency: String, next: Int, bare: Bool)? {
        if isPunct(i, "$") { return ("USD", i + 1, true) }
        if isPunct(i, "€") { return ("EUR", i + 1, false) }
        if isPunct(i, "£") { return ("GBP", i + 1, false) }
        guard let w = word(i) else { return nil }
        if let c = AmountLexicon.dollarPrefixes[w], adjacent(i), isPunct(i + 1, "$") { return (c, i + 2, false) }
        if let c = AmountLexicon.currencyCodes[w], tokens[i].isCapitalized || language == .spanish, isNumber(i + 1) { return (c, i + 1, false) }
        return nil
    }

    /// The number at `i` with its scale: digits or a number word before a scale word.
    func scaledNumber(_ i: Int, afterConnector: Bool = false) -> ScaledNumber? {
        var value: Double
        var j: Int
        var thousands = false
        var yearLike = false
        if isNumber(i) {
            guard let n = readDigits(i, afterConnector: afterConnector) else { return nil }
            value = n.value
            j = n.end
            thousands = n.hasThousands
            yearLike = n.isYearLike
        } else if let w = word(i) {
            if w == "mil", isWord(i + 1, "millones") {
                value = 1
                j = i
            } else if w == "half", isWord(i + 1, "a"), let next = word(i + 2), ["million", "billion", "thousand"].contains(next) {
                value = 0.5
                j = i + 2
            } else {
                guard let v = AmountLexicon.numberWords[w], let next = word(i + 1), AmountLexicon.scales[next] != nil,
                      next != "mdd", next != "mdp" else { return nil }
                if (w == "a" || w == "an"), !["million", "billion", "thousand", "trillion"].contains(next) { return nil }
                value = v
                j = i + 1
            }
        } else {
            return nil
        }
        var result = ScaledNumber(start: i, end: j, value: value, hasScale: false, hasThousands: thousands,
                                  isYearLike: yearLike, currency: nil, bareDollar: false, spanishScale: false)
        applyScale(&result)
        guard result.end > i else { return nil }  // "mil" alone in English text
        return result
    }

    /// Multiplies by a scale word at `number.end` ("million", "mil millones", glued "bn").
    func applyScale(_ n: inout ScaledNumber) {
        var j = n.end
        if isPunct(j, "-"), adjacent(j - 1), adjacent(j), let w = word(j + 1), AmountLexicon.scales[w] != nil { j += 1 }  // "$1.5-billion"
        guard let w = word(j) else { return }
        if adjacent(j - 1), j == n.end, let s = AmountLexicon.gluedScales[w] {
            if (w == "m" || w == "b"), !isPunct(n.start - 1, "$") && !isWord(n.start - 1, "us") { return }
            n.value *= s
            n.multiplier = s
            n.end = j + 1
            n.hasScale = true
            return
        }
        guard var s = AmountLexicon.scales[w] else { return }
        if w == "mil", language == .english { return }
        var end = j + 1
        var last = w
        if w == "mil" {
            if let rest = tokens.indices.contains(j + 1) && isNumber(j + 1) && !adjacent(j) ? tokens[j + 1] : nil,
               rest.digitCount <= 3, let r = rest.intValue, !isPunct(j + 2, ",.") || !adjacent(j + 1) {
                // "4 mil 500 millones" = 4,500 millones; "4 mil 500 pesos" = 4,500.
                n.value = n.value * 1000 + Double(r)
                s = 1
                end = j + 2
                last = word(end) ?? ""
                if let next = AmountLexicon.scales[last], last != "mil" { s = next; end += 1 } else { last = "mil" }
            } else if let next = word(j + 1), ["millones", "millon", "mdd", "mdp"].contains(next) {
                s = 1e3 * AmountLexicon.scales[next]!
                end = j + 2
                last = next
            }
        }
        n.value *= s
        n.multiplier = s
        n.end = end
        n.hasScale = true
        n.currency = AmountLexicon.scaleCurrencies[last]
        n.spanishScale = ["mil", "millon", "millones", "millardo", "millardos", "billon", "billones"].contains(last)
    }

    /// Digit groups joined by `,`/`.` at `i`, rejecting numbers glued to words, times, dates and codes.
    func readDigits(_ i: Int, afterConnector: Bool = false) -> ReadNumber? {
        if adjacent(i - 1), !afterConnector {
            if word(i - 1) != nil { return nil }
            if isPunct(i - 1, ":/.,") , isNumber(i - 2), adjacent(i - 2) { return nil }
            if isPunct(i - 1, "-"), adjacent(i - 2), word(i - 2) != nil || isNumber(i - 2) { return nil }
        }
        let before = isPunct(i - 1, ".") || isPunct(i - 1, "#") ? i - 2 : i - 1
        if let w = word(before), AmountLexicon.numberBlockers.contains(w) { return nil }
        if let w = word(i - 1), let m = TimeLexicon.months[w], m > 0, tokens[i - 1].isCapitalized || language == .spanish,
           !TimeLexicon.ambiguousMonths.contains(w) || tokens[i - 1].isCapitalized {
            return nil  // "the August 10 meeting": a day, not a count
        }
        var groups = [tokens[i].folded]
        var separators: [Character] = []
        var j = i + 1
        while j + 1 < count, isPunct(j, ",."), adjacent(j - 1), adjacent(j), isNumber(j + 1) {
            separators.append(tokens[j].folded == "," ? "," : ".")
            groups.append(tokens[j + 1].folded)
            j += 2
            if groups.count > 8 { return nil }
        }
        // Typographic thousands spaces: "5 000", "1 500 000" (no-break or thin spaces only).
        while separators.isEmpty || separators.allSatisfy({ $0 == " " }), j < count, isNumber(j),
              tokens[j].digitCount == 3, tokens[j].start == tokens[j - 1].end + 1, groups.count < 6,
              [0xA0, 0x202F, 0x2009].contains(text.scalars[tokens[j - 1].end].value) {
            separators.append(" ")
            groups.append(tokens[j].folded)
            j += 1
        }
        if separators.first == " " {
            separators = []
            groups = [groups.joined()]
        }
        if separators.isEmpty, groups[0].utf8.count > 1, groups[0].utf8.first == UInt8(ascii: "0") { return nil }  // "000", "05"
        if adjacent(j - 1) {
            if isPunct(j, ":/"), isNumber(j + 1) { return nil }
            if isPunct(j, "-"), let w = word(j + 1), adjacent(j), AmountLexicon.scales[w] == nil { return nil }
            if let w = word(j), AmountLexicon.gluedScales[w] == nil, AmountLexicon.scales[w] == nil { return nil }
        }
        guard let (v, thousands) = NumberReading.value(groups: groups, separators: separators, language: language) else { return nil }
        let yearLike = separators.isEmpty && groups[0].utf8.count == 4 && v >= 1900 && v <= 2100
        return ReadNumber(value: v, end: j, hasThousands: thousands, isYearLike: yearLike)
    }

    /// A qualifier phrase at `i` and the index after it.
    func qualifierPhrase(_ i: Int) -> (AmountExpression.Qualifier, Int)? {
        guard let w = word(i), let options = AmountLexicon.qualifiers[w] else { return nil }
        for option in options {
            var ok = true
            for (k, word) in option.words.enumerated() where k > 0 {
                if !isWord(i + k, word) { ok = false; break }
            }
            if ok { return (option.qualifier, i + option.words.count) }
        }
        return nil
    }
}
