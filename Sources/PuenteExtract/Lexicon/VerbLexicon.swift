import PuenteModel

/// One predicate of the verb lexicon (`Resources/verbs.tsv`).
struct VerbEntry: Hashable, Sendable {
    var lemma: String
    var type: EventType
    var mode: String?
    /// An agreement verb whose complement is also a commitment ("agreed to hold…").
    var commits: Bool
    /// An event only when both sides are the subject (or subject and a "with" partner).
    var joint: Bool
    /// A required object: `agreement`, `declaration`, `person`, `actor`, `with`, `delegation`.
    var object: String?
}

/// A cue role from `Resources/cues.tsv`.
enum CueRole: String, Sendable {
    case future, commitment, inProgress = "in_progress", fulfilled, stalled, withdrawn, negation, hypothetical
}

/// A multi-word cue: words matched in order, `*` spanning up to four words.
struct Cue: Hashable, Sendable {
    var words: [String]
    var role: CueRole
}

/// The extractor's data files, loaded once: verbs, irregular forms, cues, event nouns,
/// context keywords and mechanism name heads, per language.
struct ExtractionLexicon: Sendable {
    var verbs: [Language: [String: VerbEntry]] = [:]
    var irregular: [Language: [String: String]] = [:]
    var cues: [Language: [Cue]] = [:]
    /// Cues by their first word, for matching a sentence word by word.
    var cuesByFirstWord: [Language: [String: [Cue]]] = [:]
    /// Context keywords by their first three letters.
    var contextsByStem: [Language: [String: [(prefix: String, context: String)]]] = [:]
    var nouns: [Language: [(words: [String], type: EventType, mode: String?)]] = [:]
    var contexts: [Language: [(prefix: String, context: String)]] = [:]
    var mechanismHeads: [Language: [(head: [String], kind: MechanismKind)]] = [:]

    /// Loads the bundled data files.
    static func bundled() throws -> ExtractionLexicon {
        try ExtractionLexicon(
            verbs: TSV.resource("verbs.tsv"), irregular: TSV.resource("irregular.tsv"),
            cues: TSV.resource("cues.tsv"), nouns: TSV.resource("nouns.tsv"),
            contexts: TSV.resource("contexts.tsv"), mechanisms: TSV.resource("mechanisms.tsv"))
    }

    /// Builds the lexicon from the texts of the data files (tests pass literals).
    init(verbs: String, irregular: String, cues: String, nouns: String, contexts: String, mechanisms: String) {
        for row in TSV.rows(verbs, minimumColumns: 5) {
            guard let language = Language(rawValue: row[0]), let type = EventType(rawValue: row[2]) else { continue }
            let flags = Set(row[4].split(separator: ",").map(String.init))
            let object = flags.first { $0.hasPrefix("object:") }.map { String($0.dropFirst(7)) }
            self.verbs[language, default: [:]][row[1]] = VerbEntry(
                lemma: row[1], type: type, mode: row[3] == "-" ? nil : row[3],
                commits: flags.contains("commits"), joint: flags.contains("joint"), object: object)
        }
        for row in TSV.rows(irregular, minimumColumns: 3) {
            guard let language = Language(rawValue: row[0]) else { continue }
            self.irregular[language, default: [:]][row[1]] = row[2]
        }
        for row in TSV.rows(cues, minimumColumns: 3) {
            guard let language = Language(rawValue: row[0]), let role = CueRole(rawValue: row[2]) else { continue }
            self.cues[language, default: []].append(Cue(words: row[1].split(separator: " ").map(String.init), role: role))
        }
        for (language, list) in self.cues {
            for cue in list { self.cuesByFirstWord[language, default: [:]][cue.words[0], default: []].append(cue) }
        }
        for row in TSV.rows(nouns, minimumColumns: 4) {
            guard let language = Language(rawValue: row[0]), let type = EventType(rawValue: row[2]) else { continue }
            self.nouns[language, default: []].append((row[1].split(separator: " ").map(String.init), type, row[3] == "-" ? nil : row[3]))
        }
        for row in TSV.rows(contexts, minimumColumns: 3) {
            guard let language = Language(rawValue: row[0]) else { continue }
            self.contexts[language, default: []].append((row[1], row[2]))
        }
        for (language, list) in self.contexts {
            for entry in list { self.contextsByStem[language, default: [:]][String(entry.prefix.prefix(3)), default: []].append(entry) }
        }
        for row in TSV.rows(mechanisms, minimumColumns: 3) {
            guard let language = Language(rawValue: row[0]), let kind = MechanismKind(rawValue: row[2]) else { continue }
            self.mechanismHeads[language, default: []].append((row[1].split(separator: " ").map(String.init), kind))
        }
    }

    init() {}

    /// The lexicon entry for a word's lemma, if any.
    func verb(_ lemma: String, language: Language) -> VerbEntry? { verbs[language]?[lemma] }
}
