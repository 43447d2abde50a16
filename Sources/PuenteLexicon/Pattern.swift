/// What a matched phrase can mean; one phrase may carry several meanings ("President" is a title
/// and a role class).
enum PatternKind: Hashable, Sendable {
    case actor(Int32, ActorMention.Match)
    case adjective(Int32)
    case surname(Int32)
    case role(Int32)
    case roleClass(Int32)
    case title(Int32)
    case groupNoun(government: Bool)
    case mechanism(Int32)
    case blocker
}

/// A phrase of the lexicon compiled to token hashes with its case rule.
struct Pattern: Sendable {
    var kind: PatternKind
    /// The first word must be capitalised in the text.
    var firstUpper: Bool
    /// Bit i set: word i must be in capitals in the text.
    var capsMask: UInt64

    /// Whether the text tokens from `start` satisfy the case rule.
    func accepts(_ tokens: [Token], from start: Int, to end: Int) -> Bool {
        if firstUpper && !tokens[start].isCapitalized && !tokens[start].isAllUpper { return false }
        var mask = capsMask
        var i = start
        while mask != 0 && i < end {
            if mask & 1 != 0 && !tokens[i].isAllUpper { return false }
            mask >>= 1
            i += 1
        }
        return true
    }
}

/// A trie plus the patterns its terminals point to.
struct PatternSet: Sendable {
    private(set) var trie = PhraseTrie()
    private(set) var patterns: [Pattern] = []
    private var seen: [String: Int32] = [:]

    /// Adds `phrase` with meaning `kind`; capitals in the phrase become case rules unless `anyCase`.
    mutating func add(_ phrase: String, _ kind: PatternKind, anyCase: Bool = false, acronymsOnly: Bool = false) {
        let tokens = Tokenizer.tokenize(Array(phrase.unicodeScalars))
        guard !tokens.isEmpty, tokens.count <= 64 else { return }
        var mask: UInt64 = 0
        if !anyCase {
            for (i, t) in tokens.enumerated() where t.isAllUpper && (t.end - t.start > 1 || tokens.count > 1) {
                mask |= 1 << UInt64(i)
            }
        }
        let first = !anyCase && !acronymsOnly && tokens[0].isCapitalized
        let key = "\(tokens.map(\.hash))|\(kind)|\(first)|\(mask)"
        if seen[key] != nil { return }
        patterns.append(Pattern(kind: kind, firstUpper: first, capsMask: mask))
        let index = Int32(patterns.count - 1)
        seen[key] = index
        trie.insert(tokens.map(\.hash), pattern: index)
    }

    /// The longest match at `start`: end token index and the meanings that pass their case rules.
    func longest(_ tokens: [Token], at start: Int) -> (end: Int, kinds: [PatternKind])? {
        var best: (Int, [PatternKind])?
        trie.walk(tokens, from: start) { end, ids in
            var kinds: [PatternKind] = []
            for id in ids {
                let p = patterns[Int(id)]
                if p.accepts(tokens, from: start, to: end) { kinds.append(p.kind) }
            }
            if !kinds.isEmpty { best = (end, kinds) }
        }
        return best
    }
}
