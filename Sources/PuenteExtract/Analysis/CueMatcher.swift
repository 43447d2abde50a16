import PuenteModel

/// Finds the cues of `cues.tsv` in a sentence's words.
enum CueMatcher {
    /// Every match of every cue, by word indices (a word matches by surface form or lemma).
    static func matches(of cues: [String: [Cue]], in words: [Word], language: Language) -> [CueMatch] {
        var out: [CueMatch] = []
        for (start, w) in words.enumerated() where start == 0 || !w.isCapitalized || words[start - 1].isPunctuation {
            var candidates = cues[w.lower] ?? []
            if w.lemma != w.lower, let more = cues[w.lemma] { candidates += more }
            if w.lower.hasSuffix("n't") || w.lower.hasSuffix("n’t"), let more = cues["n't"] { candidates += more }
            for cue in candidates {
                if let end = match(cue.words, from: 0, at: start, in: words) {
                    out.append(CueMatch(role: cue.role, words: start..<end))
                }
            }
        }
        if language == .spanish {
            for (i, w) in words.enumerated() where isSpanishFuture(w) {
                out.append(CueMatch(role: .future, words: i..<(i + 1)))
            }
        }
        return out.sorted { $0.words.lowerBound < $1.words.lowerBound }
    }

    static func matchesWord(_ cueWord: String, _ w: Word) -> Bool {
        w.lower == cueWord || w.lemma == cueWord || (cueWord == "n't" && (w.lower.hasSuffix("n't") || w.lower.hasSuffix("n’t")))
    }

    /// The end index of a match of `pattern[k...]` starting at word `i`, or nil.
    static func match(_ pattern: [String], from k: Int, at i: Int, in words: [Word]) -> Int? {
        if k == pattern.count { return i }
        guard i < words.count else { return nil }
        if pattern[k] == "*" {
            for gap in 0...4 where i + gap <= words.count {
                if let end = match(pattern, from: k + 1, at: i + gap, in: words) { return end }
            }
            return nil
        }
        guard matchesWord(pattern[k], words[i]), !words[i].isPunctuation || pattern[k] == words[i].lower else { return nil }
        return match(pattern, from: k + 1, at: i + 1, in: words)
    }

    static let spanishFutureEndings = ["arán", "erán", "irán", "ará", "erá", "irá", "aremos", "eremos", "iremos", "dremos", "drá", "drán", "harán", "hará", "brá", "brán", "rrá", "rrán"]

    static func isSpanishFuture(_ w: Word) -> Bool {
        w.lower.count > 4 && spanishFutureEndings.contains { w.lower.hasSuffix($0) }
    }
}
