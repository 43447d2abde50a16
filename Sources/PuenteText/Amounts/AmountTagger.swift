import PuenteModel

/// Finds money, counted quantities, percentages and scaled numbers in English and Spanish text.
///
/// One left-to-right pass over folded tokens; at each token that can start an amount the rules
/// are tried once. Runs in time linear in the text.
///
/// Documented choices:
/// - A bare "$" is USD unless "pesos"/"MXN" follows; "MX$"/"MXN$" are MXN; "mdd" is millions of
///   USD and "mdp" millions of MXN (Mexican press).
/// - Spanish "mil" = 10^3, "millones" = 10^6, "mil millones" and "millardos" = 10^9, "billones" = 10^12.
/// - "1,500" is 1500 in both languages; "1.500" is 1500 in Spanish and 1.5 in English; "1,5" is 1.5.
/// - A bare 4-digit number in 1900...2100 is a year, not an amount, unless money, a scale or a
///   percent goes with it. A bare integer with no unit, scale, qualifier or separator is skipped.
/// - The range includes the qualifier ("more than $1 billion").
public enum AmountTagger {
    /// Amounts in `range` of `text` (default: all of it), with scalar offsets into the whole text,
    /// sorted and non-overlapping.
    public static func amounts(in text: ScalarText, range: Range<Int>? = nil, language: Language) -> [AmountExpression] {
        let lower = max(0, min(range?.lowerBound ?? 0, text.count))
        let upper = max(lower, min(range?.upperBound ?? text.count, text.count))
        let tokens = TextTokenizer.tokens(of: text, in: lower..<upper)
        let scanner = AmountScanner(text: text, tokens: tokens, language: language)
        var found: [AmountExpression] = []
        var i = 0
        while i < tokens.count {
            guard scanner.canStart(i), let m = scanner.amount(at: i) else {
                i += 1
                continue
            }
            let r = tokens[m.start].start..<tokens[m.end - 1].end
            found.append(AmountExpression(range: r, text: text[r], value: m.value, upperValue: m.upperValue,
                                          kind: m.kind, qualifier: m.qualifier))
            i = max(m.end, i + 1)
        }
        return found
    }
}

extension AmountScanner {
    static let startWords: Set<String> = {
        var s = Set(AmountLexicon.qualifiers.keys).union(AmountLexicon.numberWords.keys)
            .union(AmountLexicon.dollarPrefixes.keys).union(AmountLexicon.currencyCodes.keys)
        s.formUnion(["between", "entre", "mil"])
        return s
    }()

    /// Cheap check that an amount may start at `i`.
    func canStart(_ i: Int) -> Bool {
        let t = tokens[i]
        switch t.kind {
        case .number: return true
        case .punct: return t.folded == "$" || t.folded == "€" || t.folded == "£"
        case .word: return Self.startWords.contains(t.folded)
        }
    }
}
