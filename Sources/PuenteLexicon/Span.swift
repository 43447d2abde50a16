/// A longest match over tokens `start..<end` with every meaning that passed its case rule.
struct Span: Sendable {
    var start: Int
    var end: Int
    var kinds: [PatternKind]

    var actor: (Int32, ActorMention.Match)? {
        for k in kinds { if case let .actor(i, m) = k { return (i, m) } }
        return nil
    }
    var adjective: Int32? {
        for k in kinds { if case let .adjective(i) = k { return i } }
        return nil
    }
    var surname: Int32? {
        for k in kinds { if case let .surname(i) = k { return i } }
        return nil
    }
    var role: Int32? {
        for k in kinds { if case let .role(i) = k { return i } }
        return nil
    }
    var roleClass: Int32? {
        for k in kinds { if case let .roleClass(i) = k { return i } }
        return nil
    }
    var title: Int32? {
        for k in kinds { if case let .title(i) = k { return i } }
        return nil
    }
    var groupNoun: Bool? {
        for k in kinds { if case let .groupNoun(g) = k { return g } }
        return nil
    }
    var isBlocker: Bool { kinds.count == 1 && kinds[0] == .blocker }
    /// Whether the span can stand before a name as a title.
    var isTitleLike: Bool { title != nil || role != nil || roleClass != nil }
}

/// Fixed function words, hashed once.
enum Words {
    static let of: Set<UInt64> = hashes(["of", "de", "del", "for"])
    static let host: Set<UInt64> = hashes(["to", "in", "en", "ante"])
    static let locative: Set<UInt64> = hashes(["in", "at", "to", "from", "into", "near", "toward", "towards", "visited", "visiting",
                                               "visit", "outside", "around", "en", "a", "desde", "hacia", "visito", "visita", "llego", "viajo"])
    static let particles: Set<UInt64> = hashes(["de", "la", "del", "los", "las", "van", "von", "da", "dos", "y", "di", "le"])
    static let function: Set<UInt64> = hashes([
        "the", "a", "an", "and", "but", "or", "in", "on", "at", "of", "for", "to", "with", "as", "by", "from", "when", "after",
        "before", "while", "if", "this", "that", "then", "so", "yet", "meanwhile", "however", "said", "says", "el", "la", "los",
        "las", "un", "una", "y", "o", "en", "de", "del", "con", "por", "para", "segun", "tras", "cuando", "mientras", "al", "pero",
        "ante", "dijo", "como", "sin", "sobre", "entre", "hoy", "ayer", "today", "yesterday", "both", "ambos", "both"])
    static let former: Set<UInt64> = hashes(["former", "ex", "late", "expresidente", "then", "outgoing", "saliente", "exsecretario", "exsecretaria"])
    static let deputy: Set<UInt64> = hashes(["deputy", "assistant", "associate", "principal", "vice"])
    static let adjunct: Set<UInt64> = hashes(["adjunto", "adjunta", "adjuntos", "suplente"])
    static let and: Set<UInt64> = hashes(["and", "y", "e", "or", "o"])
    static let eu: UInt64 = Tokenizer.hash("eu")
    static let the: Set<UInt64> = hashes(["the", "el", "la", "los", "las"])

    static func hashes(_ words: [String]) -> Set<UInt64> { Set(words.map(Tokenizer.hash)) }
}
