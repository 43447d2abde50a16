import PuenteModel

/// Finds the clauses of a sentence with their predicates (voice, tense), cues (modality, status,
/// negation, hypothesis).
struct ClauseAnalyzer: Sendable {
    var lexicon: ExtractionLexicon
    var language: Language

    /// The clauses of a sentence's words.
    func clauses(of words: [Word]) -> [Clause] {
        var predicates = words.indices.compactMap { predicate(at: $0, in: words) }
        // "to highlight … and discuss": a verb coordinated with an infinitive is an infinitive too.
        for k in predicates.indices.dropFirst() where predicates[k - 1].tense == .nonfinite && predicates[k].tense == .present {
            let i = predicates[k].index
            if i > 0, ["and", "or", "y", "o"].contains(words[i - 1].lower), i - predicates[k - 1].index < 14 {
                predicates[k].tense = .nonfinite
            }
        }
        let finite = Set(predicates.filter { $0.tense != .nonfinite && !($0.isPassive && $0.groupStart == $0.index) }.map(\.index))
        let cues = CueMatcher.matches(of: lexicon.cuesByFirstWord[language] ?? [:], in: words, language: language)
        let ranges = ClauseSplitter.clauses(of: words) { finite.contains($0) || isAuxiliary(words[$0]) }
        return ClauseSplitter.mergingVerbless(ranges) { r in r.contains { finite.contains($0) || isAuxiliary(words[$0]) } || cues.contains { r.contains($0.words.lowerBound) && $0.role != .negation } }.map { range in
            Clause(words: range,
                   predicates: predicates.filter { range.contains($0.index) },
                   cues: cues.filter { range.contains($0.words.lowerBound) })
        }
    }

    static let englishAuxiliaries: Set<String> = [
        "will", "would", "shall", "should", "can", "could", "may", "might", "must", "is", "are", "was", "were",
        "has", "have", "had", "be", "been", "being", "do", "does", "did",
    ]
    static let spanishAuxiliaries: Set<String> = ["ha", "han", "he", "hemos", "había", "habían", "fue", "fueron", "es", "son", "será", "serán", "va", "van"]
    static let adverbs: Set<String> = [
        "also", "already", "then", "formally", "jointly", "not", "today", "now", "recently", "successfully",
        "further", "originally", "directly", "continually", "again", "still", "both", "yesterday", "firmly",
        "nuevamente", "también", "ya", "hoy", "ayer", "conjuntamente",
    ]
    static let nounPreceders: Set<String> = [
        "the", "a", "an", "this", "these", "those", "its", "their", "our", "his", "her", "my", "your", "first",
        "second", "third", "new", "joint", "bilateral", "annual", "inaugural", "cabinet-level", "of", "el", "la", "los",
        "las", "un", "una", "su", "sus", "del", "al", "nuestra", "nuestro", "primera", "segunda", "tercera",
    ]
    static let infinitiveMarkers: Set<String> = ["to", "a", "de", "para", "por", "en", "sin"]

    func isAuxiliary(_ w: Word) -> Bool {
        language == .spanish ? Self.spanishAuxiliaries.contains(w.lower) : Self.englishAuxiliaries.contains(w.lower)
    }

    /// The predicate headed by word `i`, when it is a verb.
    func predicate(at i: Int, in words: [Word]) -> Predicate? {
        let w = words[i]
        guard !w.isPunctuation, !w.isNumeric, !isAuxiliary(w) else { return nil }
        let entry = lexicon.verb(w.lemma, language: language)
        let looksVerbal = entry != nil || Lemmatizer.knownExtras.contains(w.lemma) || isFutureForm(w.lower)
        guard looksVerbal else { return nil }
        if isNominal(i, words) { return nil }
        if language == .english, w.isCapitalized, i > 0, !isSentenceStart(i, words) { return nil }
        var start = i
        var auxiliaries: [String] = []
        var j = i - 1
        while j >= 0, j >= i - 4 {
            let lower = words[j].lower
            if isAuxiliary(words[j]) { auxiliaries.append(lower); start = j } else if !Self.adverbs.contains(lower) && !(lower.hasSuffix("ly") && lower.count > 4) { break }
            j -= 1
        }
        let previous = i > 0 ? words[i - 1].lower : ""
        let tense = tense(of: w, auxiliaries: auxiliaries, previous: previous)
        return Predicate(index: i, groupStart: start, lemma: w.lemma, entry: entry, tense: tense,
                         isPassive: isPassive(i, words, auxiliaries: auxiliaries))
    }

    /// A noun or adjective use: after a determiner, possibly with "-ly" adverbs between ("a recently negotiated agreement").
    func isNominal(_ i: Int, _ words: [Word]) -> Bool {
        guard !(language == .spanish && isFutureForm(words[i].lower)) else { return false }
        var j = i - 1
        while j >= 0, words[j].lower.hasSuffix("ly"), j > i - 3 { j -= 1 }
        return j >= 0 && Self.nounPreceders.contains(words[j].lower)
    }

    func isSentenceStart(_ i: Int, _ words: [Word]) -> Bool {
        i == 0 || [":", "•", "-", "–", "“", "\""].contains(words[i - 1].lower)
    }

    func isFutureForm(_ lower: String) -> Bool {
        guard language == .spanish, lower.count > 4 else { return false }
        return ["rá", "rán", "remos", "ré", "rás"].contains { lower.hasSuffix($0) }
    }

    func tense(of w: Word, auxiliaries: [String], previous: String) -> Tense {
        if auxiliaries.contains(where: { ["will", "shall", "would"].contains($0) }) || isFutureForm(w.lower) { return .future }
        if language == .english {
            if Self.infinitiveMarkers.contains(previous) && (previous == "to" || w.lower.hasSuffix("ing")) { return .nonfinite }
            if ["for", "by", "of", "in", "after", "before", "since", "while", "when"].contains(previous), w.lower.hasSuffix("ing") { return .nonfinite }
            if auxiliaries.contains(where: { ["has", "have", "had"].contains($0) }) { return .perfect }
            if auxiliaries.contains("did") { return .past }  // did not reach
            if w.lower.hasSuffix("ing") { return auxiliaries.isEmpty ? .nonfinite : .progressive }
            if w.lower.hasSuffix("ed") || w.lower != w.lemma && !w.lower.hasSuffix("s") { return .past }
            return .present
        }
        if ["ar", "er", "ir"].contains(where: { w.lower.hasSuffix($0) }) { return .nonfinite }
        if w.lower.hasSuffix("ando") || w.lower.hasSuffix("iendo") { return auxiliaries.isEmpty ? .nonfinite : .progressive }
        if auxiliaries.contains(where: { ["ha", "han", "he", "hemos", "había", "habían"].contains($0) }) { return .perfect }
        if ["ó", "aron", "ieron", "é", "í", "amos"].contains(where: { w.lower.hasSuffix($0) }) { return .past }
        return .present
    }

    func isPassive(_ i: Int, _ words: [Word], auxiliaries: [String]) -> Bool {
        let beForms: Set<String> = ["is", "are", "was", "were", "be", "been", "being", "fue", "fueron", "es", "son", "será", "serán", "sido"]
        let participle = language == .english
            ? (words[i].lower.hasSuffix("ed") || words[i].lower.hasSuffix("en")
               || words[i].lower != words[i].lemma && !words[i].lower.hasSuffix("ing") && !words[i].lower.hasSuffix("s"))
            : ["ado", "ada", "ados", "adas", "ido", "ida", "idos", "idas"].contains { words[i].lower.hasSuffix($0) }
        guard participle else { return false }
        if auxiliaries.contains(where: beForms.contains) { return true }
        let next = words[(i + 1)...].prefix(6).map(\.lower)
        guard let by = next.firstIndex(of: language == .english ? "by" : "por") else { return false }
        // "spoke by phone", "habló por teléfono": a means, not an agent.
        let means: Set<String> = ["phone", "telephone", "video", "videoconference", "teleconference", "letter", "email", "mail", "land", "air", "sea",
                                  "teléfono", "vía", "videoconferencia", "videollamada", "carta", "escrito"]
        if by + 1 < next.count, means.contains(next[by + 1]) { return false }
        return !auxiliaries.contains { ["has", "have", "had"].contains($0) }
    }
}
