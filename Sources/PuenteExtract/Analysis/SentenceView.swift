import PuenteModel

/// One sentence with its clauses and the annotations inside it.
struct SentenceView: Sendable {
    var unit: SentenceUnit
    var clauses: [Clause]
    var actors: [ActorSpan]
    var times: [TimeSpan]
    var amounts: [AmountSpan]
    var mechanisms: [MechanismSpan]

    var words: [Word] { unit.words }

    /// The index of the first real word, after bullets and list numbers ("•", "1.", "a)").
    var firstWordIndex: Int {
        var i = 0
        while i < words.count {
            let w = words[i]
            if w.isPunctuation { i += 1; continue }
            if i + 1 < words.count, [".", ")"].contains(words[i + 1].lower), w.isNumeric || w.text.count == 1 { i += 2; continue }
            break
        }
        // "Ports of entry: The United States will invest …": a short label before a colon heads the
        // bullet; the clause starts after it.
        if let colon = (i..<min(words.count, i + 7)).first(where: { words[$0].lower == ":" }), colon > i, colon + 2 < words.count,
           words[i].isCapitalized, words[colon + 1].isCapitalized || words[colon + 1].isNumeric,
           !clauses.contains(where: { c in c.predicates.contains { $0.index < colon && $0.tense != .nonfinite } }) {
            i = colon + 1
        }
        return min(i, max(0, words.count - 1))
    }

    /// The scalar range covered by the words `range` (empty at the sentence start when empty).
    func scalarRange(_ range: Range<Int>) -> Range<Int> {
        guard !range.isEmpty, range.upperBound <= words.count else {
            let at = range.lowerBound < words.count ? words[range.lowerBound].range.lowerBound : unit.range.upperBound
            return at..<at
        }
        return words[range.lowerBound].range.lowerBound..<words[range.upperBound - 1].range.upperBound
    }

    func actors(inWords range: Range<Int>) -> [ActorSpan] {
        let r = scalarRange(range)
        return actors.filter { r.contains($0.range.lowerBound) }
    }

    func times(inWords range: Range<Int>) -> [TimeSpan] {
        let r = scalarRange(range)
        return times.filter { r.overlaps($0.range) }
    }

    func amounts(inWords range: Range<Int>) -> [AmountSpan] {
        let r = scalarRange(range)
        return amounts.filter { r.overlaps($0.range) }
    }

    func mechanisms(inWords range: Range<Int>) -> [MechanismSpan] {
        let r = scalarRange(range)
        return mechanisms.filter { r.overlaps($0.range) }
    }

    /// Lower-cased words of a range.
    func lowers(_ range: Range<Int>) -> [String] {
        words[range.clamped(to: words.indices)].map(\.lower)
    }

    /// The index of the word that starts at or covers scalar offset `offset`.
    func wordIndex(at offset: Int) -> Int? {
        words.firstIndex { $0.range.upperBound > offset }
    }

    /// Whether a scalar range falls inside a time expression.
    func isInTime(_ range: Range<Int>) -> Bool { times.contains { $0.range.overlaps(range) } }
}

extension Array where Element == String {
    /// Countries in first-seen order without repeats.
    var uniqued: [String] {
        var seen = Set<String>()
        return filter { seen.insert($0).inserted }
    }
}
