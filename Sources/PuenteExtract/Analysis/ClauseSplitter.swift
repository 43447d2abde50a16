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
            } else if conjunctions.contains(w.lower), i > start + 2, sawVerb, i + 1 < words.count {
                let next = words[i + 1]
                let afterComma = words[i - 1].lower == ","
                isCut = afterComma || subjectStarts.contains(next.lower) || (next.isCapitalized && !next.isNumeric)
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
}
