import PuenteModel

/// The tense of a predicate, as far as extraction needs it.
enum Tense: Sendable, Equatable { case past, perfect, present, progressive, future, nonfinite }

/// A verb of a clause with its verb group.
struct Predicate: Sendable {
    /// Index of the main verb in the sentence's words.
    var index: Int
    /// Index of the first word of its verb group (auxiliaries, modals).
    var groupStart: Int
    var lemma: String
    var entry: VerbEntry?
    var tense: Tense
    var isPassive: Bool
}

/// A cue found in a clause: its role and the sentence word indices it covers.
struct CueMatch: Sendable {
    var role: CueRole
    var words: Range<Int>
}

/// A clause: a span of a sentence's words with its predicates, cues, negation and modality.
struct Clause: Sendable {
    /// Indices into the sentence's words.
    var words: Range<Int>
    var predicates: [Predicate]
    var cues: [CueMatch]

    /// The first finite predicate that the verb lexicon knows, else the first finite verb.
    var main: Predicate? {
        predicates.first { $0.entry != nil && $0.tense != .nonfinite } ?? predicates.first { $0.tense != .nonfinite }
    }

    func has(_ role: CueRole) -> Bool { cues.contains { $0.role == role } }
    func first(_ role: CueRole) -> CueMatch? { cues.first { $0.role == role } }

    /// Whether the clause announces a future action or a promise.
    var isPromise: Bool { has(.future) || has(.commitment) }
    var isNegated: Bool { has(.negation) }
    var isHypothetical: Bool { has(.hypothetical) }
}
