/// Where a sentence's words split into clauses: semicolons, colons, ", and"/", but"/", y", and a
/// bare "and"/"y" that follows a finite verb and starts a new subject.
enum ClauseSplitter {
    static let conjunctions: Set<String> = ["and", "but", "while", "whereas", "y", "pero", "mientras", "e"]
    static let subjectStarts: Set<String> = [
        "the", "both", "our", "we", "they", "he", "she", "it", "mexico", "ambos", "ambas", "el", "la", "los", "las",
        "nuestros", "nuestras", "nosotros", "ellos", "méxico", "estados",
    ]

    /// Word-index ranges of the clauses of `words`, in order, covering every word.
    static func clauses(of words: [Word], isFiniteVerb: (Int) -> Bool) -> [Range<Int>] {
        var cuts: [Int] = []
        var sawVerb = false
        var start = 0
        for (i, w) in words.enumerated() {
            if isFiniteVerb(i) { sawVerb = true }
            let isCut: Bool
            if w.lower == ";" {
                isCut = true
            } else if i > 0, words[i - 1].lower == "," || sawVerb && i > start + 2, startsRelativeClause(words, at: i) {
                isCut = true
            } else if conjunctions.contains(w.lower), i > start + 2, sawVerb, i + 1 < words.count,
                      // "a meeting between Sheinbaum and Trump": the pair of "between", not a new clause.
                      !words[max(start, i - 5)..<i].contains(where: { ["between", "entre"].contains($0.lower) }) {
                let next = words[i + 1]
                let afterComma = words[i - 1].lower == ","
                let verbAhead = ((i + 1)..<min(words.count, i + 14)).prefix { words[$0].lower != ";" && words[$0].lower != "," }.contains(where: isFiniteVerb)
                let timeStart: Set<String> = ["last", "this", "next", "in", "on", "yesterday", "today", "later", "then", "el", "ayer", "hoy", "luego", "después", "posteriormente"]
                let clitics: Set<String> = ["le", "les", "lo", "la", "los", "las", "se", "nos", "me"]
                let verbNext = isFiniteVerb(i + 1) || (i + 2 < words.count && clitics.contains(next.lower) && isFiniteVerb(i + 2))
                isCut = verbNext || verbAhead && (afterComma || subjectStarts.contains(next.lower)
                    || (next.isCapitalized && !next.isNumeric) || timeStart.contains(next.lower))
            } else {
                isCut = false
            }
            if isCut {
                cuts.append(i)
                start = i
                sawVerb = false
            }
        }
        var ranges: [Range<Int>] = []
        var lower = 0
        for cut in cuts where cut > lower {
            ranges.append(lower..<cut)
            lower = cut
        }
        if lower < words.count { ranges.append(lower..<words.count) }
        return ranges
    }

    /// ", where", ", donde", ", in which", ", en la que", ", during which": a clause about a new fact.
    static func startsRelativeClause(_ words: [Word], at i: Int) -> Bool {
        let w = words[i].lower
        if ["where", "donde", "whereupon"].contains(w) { return true }
        let next = i + 1 < words.count ? words[i + 1].lower : ""
        let third = i + 2 < words.count ? words[i + 2].lower : ""
        if ["in", "during"].contains(w) && next == "which" { return true }
        return ["en", "durante"].contains(w) && ["la", "el"].contains(next) && ["que", "cual"].contains(third)
    }

    /// Joins each clause without a verb to the clause after it (lists of names before one verb).
    static func mergingVerbless(_ ranges: [Range<Int>], hasVerb: (Range<Int>) -> Bool) -> [Range<Int>] {
        var out: [Range<Int>] = []
        var pending: Int?
        for r in ranges {
            let lower = pending ?? r.lowerBound
            if hasVerb(r) {
                out.append(lower..<r.upperBound)
                pending = nil
            } else {
                pending = lower
            }
        }
        if let pending, let last = ranges.last {
            if let previous = out.popLast() { out.append(previous.lowerBound..<last.upperBound) } else { out.append(pending..<last.upperBound) }
        }
        return out
    }
}
