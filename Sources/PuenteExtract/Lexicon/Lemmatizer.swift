import PuenteModel

/// Lemmas of English and Spanish verb forms: irregular forms from the lexicon, regular ones by
/// stripping inflections and keeping the first candidate the lexicon knows.
enum Lemmatizer {
    /// The lemma of `word` (any case), or the lower-cased word when no candidate is known.
    static func lemma(of word: String, language: Language, lexicon: ExtractionLexicon) -> String {
        let lower = word.lowercased()
        if let irregular = lexicon.irregular[language]?[lower] { return irregular }
        let candidates = language == .spanish ? spanishCandidates(lower) : englishCandidates(lower)
        let known = lexicon.verbs[language] ?? [:]
        return candidates.first { known[$0] != nil || knownExtras.contains($0) } ?? lower
    }

    /// Verbs the cue lists need that are not event predicates.
    static let knownExtras: Set<String> = [
        "plan", "intend", "commit", "promise", "vow", "expect", "continue", "work", "develop", "review",
        "reaffirm", "reiterate", "express", "look", "fulfil", "fulfill", "arrive", "delay", "postpone",
        "stall", "abandon", "file", "open", "exchange", "share", "monitor", "build", "create", "adopt", "cancel", "implement", "advance", "pursue", "formalize", "initiate", "hold",
        "say", "tell", "add", "note", "state", "have", "express", "voice", "convey", "extend", "manifestar", "externar", "transmitir", "sostener", "tener", "mantener", "stress", "explain", "report", "decir", "agregar", "añadir", "señalar",
        "afirmar", "explicar", "informar", "subrayar", "destacar",
        "comprometer", "planear", "prever", "refrendar", "reafirmar", "reiterar", "expresar", "cumplir",
        "llegar", "retrasar", "posponer", "cancelar", "abandonar", "continuar", "trabajar", "impulsar",
        "offer", "disburse", "spend", "renew", "repeat", "approve", "enact", "ofrecer", "desembolsar", "renovar", "aprobar", "promulgar",
    ]

    /// English: -s, -es, -ies, -ed, -ied, -ing, with a dropped e or a doubled consonant.
    static func englishCandidates(_ w: String) -> [String] {
        var out = [w]
        func strip(_ suffix: String, add: String = "") {
            guard w.hasSuffix(suffix), w.count > suffix.count + 1 else { return }
            out.append(String(w.dropLast(suffix.count)) + add)
        }
        strip("ies", add: "y"); strip("ied", add: "y")
        for suffix in ["ing", "ed"] {
            strip(suffix); strip(suffix, add: "e")
            if w.hasSuffix(suffix) {
                let stem = w.dropLast(suffix.count)
                if stem.count > 2, let last = stem.last, stem.dropLast().last == last { out.append(String(stem.dropLast())) }
            }
        }
        strip("es"); strip("s")
        return out
    }

    /// Spanish endings of -ar, -er and -ir verbs, longest first.
    static let spanishEndings: [String] = [
        "aríamos", "eríamos", "iríamos", "ábamos", "aremos", "eremos", "iremos", "asteis", "isteis",
        "ieron", "iendo", "yendo", "aron", "ando", "aban", "ados", "adas", "idos", "idas", "arán", "erán", "irán",
        "aría", "ería", "iría", "amos", "emos", "imos", "aste", "iste", "aba", "ado", "ada", "ido", "ida",
        "ará", "erá", "irá", "aré", "eré", "iré", "ían", "ía", "ió", "an", "en", "as", "es", "ar", "er", "ir",
        "é", "ó", "í", "a", "e", "o",
    ]

    /// Spanish: the stem plus -ar, -er or -ir for each ending the word carries.
    static func spanishCandidates(_ w: String) -> [String] {
        var out = [w]
        for clitic in ["se", "nos", "les", "los", "las", "le", "lo", "la"] where w.hasSuffix(clitic) {
            let stem = String(w.dropLast(clitic.count))
            if ["ar", "er", "ir"].contains(where: { stem.hasSuffix($0) }) { out.append(stem) }
        }
        for base in [w, folded(w)] {
            for ending in spanishEndings where base.hasSuffix(ending) && base.count > ending.count + 1 {
                let stem = String(base.dropLast(ending.count))
                out.append(contentsOf: [stem + "ar", stem + "er", stem + "ir"])
            }
        }
        return out
    }

    /// Removes the acute accent from vowels ("reúnen" → "reunen").
    static func folded(_ w: String) -> String {
        String(w.map { ch -> Character in
            switch ch {
            case "á": return "a"
            case "é": return "e"
            case "í": return "i"
            case "ó": return "o"
            case "ú": return "u"
            default: return ch
            }
        })
    }
}
