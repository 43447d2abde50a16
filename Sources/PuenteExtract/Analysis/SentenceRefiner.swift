import PuenteText

/// Adjusts segmenter sentences for extraction: joins lines of a hard-wrapped sentence and splits
/// list items that hold several sentences.
enum SentenceRefiner {
    static let terminal: Set<String> = [".", "!", "?", ":", ";", "…", "”", "\""]

    static func refine(_ units: [SentenceUnit], text: ScalarText) -> [SentenceUnit] {
        var joined: [SentenceUnit] = []
        for unit in units {
            if var last = joined.last, continues(last, with: unit) {
                last.range = last.range.lowerBound..<unit.range.upperBound
                last.words += unit.words
                if last.kind == .heading { last.kind = .prose }
                joined[joined.count - 1] = last
            } else {
                joined.append(unit)
            }
        }
        let split = joined.flatMap { $0.kind == .listItem ? splitSentences($0) : [$0] }
        return split.enumerated().map { i, u in
            var unit = u
            unit.index = i
            return unit
        }
    }

    /// A hard-wrapped line: the previous unit has no closing mark and this one starts in lower case.
    static func continues(_ previous: SentenceUnit, with next: SentenceUnit) -> Bool {
        guard let last = previous.words.last, let first = next.words.first else { return false }
        guard !terminal.contains(last.lower), previous.kind != .listItem || next.kind != .listItem else { return false }
        let startsLower = first.text.unicodeScalars.first.map { $0.properties.isLowercase } ?? false
        return startsLower && next.range.lowerBound - previous.range.upperBound <= 3
    }

    /// Splits a unit after ". ", "! " or "? " followed by an upper-case word.
    static func splitSentences(_ unit: SentenceUnit) -> [SentenceUnit] {
        var out: [SentenceUnit] = []
        var start = 0
        let w = unit.words
        let abbreviations: Set<String> = ["jr", "sr", "mr", "mrs", "ms", "dr", "sen", "rep", "gov", "gen", "st", "lic", "sra", "dra", "no", "vol", "u.s", "ee.uu"]
        for i in w.indices.dropLast() where [".", "!", "?"].contains(w[i].lower) && i > start + 2 {
            let before = w[i - 1]
            if before.text.count == 1 || abbreviations.contains(before.lower) { continue }
            let next = w[i + 1]
            guard next.isCapitalized || next.lower == "“" || next.lower == "\"", next.range.lowerBound > w[i].range.upperBound else { continue }
            out.append(piece(unit, start..<(i + 1)))
            start = i + 1
        }
        out.append(piece(unit, start..<w.count))
        return out
    }

    static func piece(_ unit: SentenceUnit, _ r: Range<Int>) -> SentenceUnit {
        var u = unit
        u.words = Array(unit.words[r])
        let lower = r.lowerBound == 0 ? unit.range.lowerBound : unit.words[r.lowerBound].range.lowerBound
        let upper = r.upperBound == unit.words.count ? unit.range.upperBound : unit.words[r.upperBound - 1].range.upperBound
        u.range = lower..<upper
        return u
    }
}
