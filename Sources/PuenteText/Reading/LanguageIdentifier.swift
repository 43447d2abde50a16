import PuenteModel

/// Tells English from Spanish (and both from other languages) by function-word profiles.
public enum LanguageIdentifier {
    /// The outcome: a language Puente reads, another language, or too little text to say.
    public enum Guess: Hashable, Sendable {
        case language(Language)
        /// A language Puente does not read, by its ISO 639-1 code, or `und` when it has no profile here.
        case other(String)
        case undetermined
    }

    static let profiles: [(code: String, words: Set<String>)] = [
        ("en", ["the", "of", "and", "to", "in", "is", "that", "for", "on", "with", "was", "as", "are", "by", "this", "be", "it", "from", "at", "have", "has", "will", "their", "which", "an", "were", "its", "our"]),
        ("es", ["de", "la", "que", "el", "en", "los", "del", "se", "las", "por", "un", "para", "con", "una", "su", "al", "lo", "como", "más", "pero", "sus", "le", "ya", "fue", "este", "entre", "sobre", "también"]),
        ("fr", ["le", "les", "des", "et", "est", "une", "dans", "qui", "pour", "pas", "sur", "au", "avec", "ce", "il", "sont", "du", "nous", "aux", "ont"]),
        ("pt", ["o", "os", "das", "dos", "não", "uma", "com", "para", "em", "que", "do", "da", "no", "na", "foi", "são", "ao", "pelo", "pela", "mais"]),
        ("de", ["der", "die", "und", "das", "ist", "nicht", "mit", "den", "von", "zu", "ein", "eine", "sich", "auf", "für", "dem", "auch", "wird", "des", "im"]),
        ("it", ["il", "di", "che", "della", "per", "non", "sono", "gli", "nel", "del", "una", "con", "dei", "alla", "anche", "più", "è", "ha", "delle", "questo"]),
    ]

    /// Guesses the language of `text` from its first 20,000 scalars.
    public static func identify(_ text: String) -> Guess {
        var counts = [Int](repeating: 0, count: profiles.count)
        var words = 0
        var word = ""
        func flush() {
            guard !word.isEmpty else { return }
            words += 1
            for (i, profile) in profiles.enumerated() where profile.words.contains(word) { counts[i] += 1 }
            word = ""
        }
        for c in text.unicodeScalars.prefix(20_000) {
            if c.properties.isAlphabetic { word.unicodeScalars.append(contentsOf: c.properties.lowercaseMapping.unicodeScalars) } else { flush() }
        }
        flush()
        guard words >= 3, let best = counts.indices.max(by: { counts[$0] < counts[$1] }), counts[best] > 0 else { return .undetermined }
        // Short texts need a clear winner; a tie between profiles says nothing.
        let runnerUp = counts.enumerated().filter { $0.offset != best }.map(\.element).max() ?? 0
        guard counts[best] > runnerUp else { return .undetermined }
        // English and Spanish prose is a fifth or more function words; far fewer hits mean a
        // language without a profile here (Indonesian, Korean…) that shares a few short words.
        if words >= 30 && counts[best] * 100 < words * 8 { return .other("und") }
        let code = profiles[best].code
        return Language(rawValue: code).map(Guess.language) ?? .other(code)
    }
}
