import PuenteModel

/// Who does what to whom in a clause: subject and object actors, with pronouns and collective
/// nouns resolved against the document.
struct ClauseRoles: Sendable {
    /// Actor ids of the subject (the agent of a passive), in order.
    var subject: [String]
    /// Actor ids after the predicate (objects, obliques, locations).
    var object: [String]
    /// Partners introduced by "with"/"con" anywhere in the clause.
    var partners: [String]
    /// Countries of `subject`, of `object`, of `partners`.
    var subjectCountries: [String]
    var objectCountries: [String]
    var partnerCountries: [String]
    /// Whether the subject came from a pronoun, a collective noun or an earlier sentence.
    var subjectIsImplicit = false

    var allCountries: [String] { (subjectCountries + objectCountries).uniqued }
}

/// What the roles resolution needs from the document.
struct RoleContext: Sendable {
    var dyad: [String]
    var speakerCountry: String?
    var isJoint: Bool
    /// The last subject seen (ids and countries), for "they", "he", pro-drop.
    var previousSubject: [String]
    var countryOf: [String: String]
    /// Whether the sentence is a bullet of a list: a verb-first bullet speaks for the document.
    var isListItem = false
    /// The subject of the lead-in sentence above a list ("The delegations agreed on the following:").
    var leadInSubject: [String]?
    /// English text: "a" is an article, not the Spanish preposition.
    var isEnglish = false
    /// Countries of the events found in earlier clauses of the same sentence.
    var sentenceCountries: [String] = []
}

/// Resolves clause roles.
enum RoleResolver {
    static let obliques: Set<String> = ["with", "to", "toward", "towards", "against", "for", "con", "para", "contra", "hacia", "a", "junto"]
    static let determiners: Set<String> = ["the", "el", "la", "los", "las", "our", "its", "their", "su", "sus", "nuestro", "nuestra", "a", "an"]
    static let weWords: Set<String> = ["we", "our", "us", "nosotros", "nuestro", "nuestra", "nuestros", "nuestras"]
    static let wePronouns: Set<String> = ["we", "us", "nosotros"]
    static let actorNouns: Set<String> = [
        "countries", "governments", "presidents", "leaders", "delegations", "nations", "teams", "officials", "administrations",
        "países", "gobiernos", "presidentes", "líderes", "delegaciones", "naciones", "equipos", "funcionarios",
    ]

    /// "we", or "our"/"nuestros" before an actor noun ("our two governments"), not "our vision".
    static func speaksAsWe(_ region: [String]) -> Bool {
        for (i, w) in region.enumerated() {
            if wePronouns.contains(w) { return true }
            if weWords.contains(w), region[(i + 1)...].prefix(2).contains(where: actorNouns.contains) { return true }
        }
        return false
    }
    static let bothWords: Set<String> = ["both", "ambos", "ambas"]
    static let twoNouns: Set<String> = [
        "countries", "governments", "delegations", "nations", "leaders", "presidents", "sides", "países", "gobiernos",
        "delegaciones", "naciones", "partes", "líderes", "presidentes", "mandatarios",
    ]
    static let anaphora: Set<String> = [
        "they", "he", "she", "ellos", "ellas", "él", "ella", "president", "presidente", "presidenta", "mandatario",
        "mandataria", "secretary", "secretario", "secretaria", "minister", "canciller", "officials", "funcionarios", "ambassador",
        "leaders", "presidents", "ministers", "delegations", "delegaciones", "governments", "gobiernos", "líderes", "presidentes", "mandatarios", "cancilleres", "ministros",
    ]
    static let pluralAnaphora: Set<String> = ["they", "ellos", "leaders", "delegations", "delegaciones", "líderes", "mandatarios", "presidents", "presidentes"]
    static let demonymPrefixes: [String] = ["u.s", "american", "mexican", "mexicano", "mexicana", "estadounidense", "canadian", "canadiense"]
    static let jointWords: Set<String> = [
        "shared", "both", "two", "joint", "jointly", "bilateral", "together", "common", "agreement", "compartida",
        "compartido", "ambos", "ambas", "conjunta", "conjunto", "conjuntamente", "binacional", "binational", "mutual",
        "mutually", "mutua", "mutuo", "cross-border", "transfronterizo", "transfronteriza",
    ]

    /// The roles of `clause` around the verb group starting at word `pivot` (the predicate or cue).
    static func roles(_ view: SentenceView, clause: Clause, pivot: Int, passive: Bool, context: RoleContext,
                      droppingObjectsAfter dropped: Set<String> = []) -> ClauseRoles {
        var before = clause.words.lowerBound..<max(clause.words.lowerBound, min(pivot, clause.words.upperBound))
        // "the task force that their governments set up": the subject of a relative clause follows its "that".
        if let marker = before.last(where: { ["that", "which", "que"].contains(view.words[$0].lower) }), marker + 1 < before.upperBound,
           marker > before.lowerBound + 2, pivot - marker <= 4,
           view.lowers((marker + 1)..<before.upperBound).contains(where: { ["their", "both", "sus", "ambos", "ambas"].contains($0) }) {
            before = (marker + 1)..<before.upperBound
        }
        let after = min(pivot + 1, clause.words.upperBound)..<clause.words.upperBound
        let subjectObliques = obliques.union(["in", "en", "at"]).subtracting(context.isEnglish ? ["a"] : [])
        var subjectSpans = view.actors(inWords: before).filter { !isOblique($0, view, only: subjectObliques) }
        var objectSpans = view.actors(inWords: after).filter { dropped.isEmpty || !isOblique($0, view, only: dropped) }
        if passive, let by = after.first(where: { ["by", "por"].contains(view.words[$0].lower) }) {
            let agent = view.actors(inWords: by..<after.upperBound)
            if !agent.isEmpty {
                objectSpans = view.actors(inWords: before) + view.actors(inWords: after.lowerBound..<by)
                subjectSpans = agent
            } else if !Set(view.lowers((by + 1)..<min(by + 3, after.upperBound))).isDisjoint(with: bothWords.union(["two", "dos"])) {
                // "adopted by both governments": the pair is the agent.
                return ClauseRoles(subject: context.dyad, object: [], partners: [], subjectCountries: context.dyad, objectCountries: [],
                                   partnerCountries: [], subjectIsImplicit: false)
            }
        }
        let partners = view.actors(inWords: clause.words).filter { isOblique($0, view, only: ["with", "con", "junto"]) }
        var subject = subjectSpans.map(\.id).uniqued
        var subjectCountries = subjectSpans.compactMap(\.country).uniqued
        let implicit = subjectCountries.isEmpty
        // "held a phone call in which they agreed …", "una llamada, en la que acordaron …": the meeting's sides.
        let lowers = view.lowers(clause.words.lowerBound..<min(clause.words.upperBound, clause.words.lowerBound + 4))
        if subjectCountries.isEmpty, context.sentenceCountries.count >= 2,
           ["in which", "during which", "en la que", "en la cual", "durante la cual", "en el que", "en el cual"].contains(where: { lowers.joined(separator: " ").hasPrefix($0) || lowers.dropFirst().joined(separator: " ").hasPrefix($0) }) {
            subjectCountries = context.sentenceCountries
            if subject.isEmpty { subject = subjectCountries }
        }
        if subjectCountries.isEmpty {
            subjectCountries = implicitSubject(view.lowers(before), clause: view.lowers(clause.words), context: context, pivot: view.words[min(pivot, view.words.count - 1)])
            if subject.isEmpty { subject = subjectCountries }
        }
        return ClauseRoles(
            subject: subject, object: objectSpans.map(\.id).uniqued, partners: partners.map(\.id).uniqued,
            subjectCountries: subjectCountries, objectCountries: objectSpans.compactMap(\.country).uniqued,
            partnerCountries: partners.compactMap(\.country).uniqued, subjectIsImplicit: implicit)
    }

    /// Whether a span follows an oblique preposition ("with Mexico", "to the United States").
    static func isOblique(_ span: ActorSpan, _ view: SentenceView, only: Set<String> = obliques) -> Bool {
        guard var i = view.wordIndex(at: span.range.lowerBound) else { return false }
        var steps = 0
        while i > 0, steps < 3 {
            i -= 1
            steps += 1
            let w = view.words[i].lower
            if only.contains(w) { return !(w == "a" && only == obliques && steps > 1) }
            if !determiners.contains(w) { return false }
        }
        return false
    }

    /// Countries for a subject with no named actor: "we", "both countries", "they", pro-drop.
    static func implicitSubject(_ words: [String], clause: [String], context: RoleContext, pivot: Word) -> [String] {
        let region = words.filter { $0.unicodeScalars.contains { $0.properties.isAlphabetic } }
        let set = Set(region)
        if !set.isDisjoint(with: bothWords) || (set.contains("two") || set.contains("dos")) && !set.isDisjoint(with: twoNouns) {
            return context.dyad
        }
        let firstPersonVerb = pivot.lower.hasSuffix("mos") && !pivot.isCapitalized
        if let our = region.firstIndex(where: { ["our", "nuestros", "nuestras", "their"].contains($0) }),
           region[(our + 1)...].prefix(2).contains(where: actorNouns.contains) {
            return context.dyad
        }
        if speaksAsWe(region) || firstPersonVerb && region.isEmpty {
            if context.isJoint || !Set(clause).isDisjoint(with: jointWords) || context.speakerCountry == nil { return context.dyad }
            return [context.speakerCountry!]
        }
        let fillers: Set<String> = ["and", "y", "e", "but", "pero", "le", "les", "lo", "la", "se", "nos", "also", "también", "then", "luego"]
        if region.isEmpty, context.isListItem, let lead = context.leadInSubject, !lead.isEmpty { return lead }
        if region.isEmpty, context.isListItem {
            return context.isJoint || context.speakerCountry == nil ? context.dyad : [context.speakerCountry!]
        }
        let meaningful = region.filter { $0.count > 1 && !determiners.contains($0) && !fillers.contains($0) && !["–", ","].contains($0) }
        if !set.isDisjoint(with: anaphora) && meaningful.count <= 3 || meaningful.isEmpty {
            let previous = context.previousSubject.compactMap { context.countryOf[$0] ?? ($0.count == 3 ? $0 : nil) }.uniqued
            // "They committed …", "The delegations agreed …" after one side spoke: a plural refers to both sides.
            if previous.count == 1, !set.isDisjoint(with: pluralAnaphora), meaningful.count <= 2, !set.contains(where: { w in demonymPrefixes.contains { w.hasPrefix($0) } }) {
                return context.dyad
            }
            return previous
        }
        return []
    }
}
