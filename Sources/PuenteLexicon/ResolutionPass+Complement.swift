import PuenteModel

extension ResolutionPass {
    static let complementPrepositions: Set<UInt64> = Words.hashes(["for", "of", "para", "de", "del"])
    static let complementConnectors: Set<UInt64> = Words.hashes(["and", "y", "e", "of", "for", "the", "de", "del", "la", "las", "los", "el", "on", "para", "en"])
    /// Capitalised words that name a field or a body, never a person: a title's complement
    /// ("for International Affairs") must not be read as a name.
    static let fieldWords: Set<UInt64> = Words.hashes([
        "affairs", "policy", "security", "growth", "development", "relations", "office", "bureau", "department", "agency",
        "council", "commission", "committee", "division", "unit", "service", "services", "administration", "cooperation",
        "trade", "labor", "labour", "energy", "environment", "economic", "economy", "political", "international", "national",
        "global", "public", "management", "rights", "democracy", "migration", "immigration", "hemisphere", "western", "north",
        "south", "america", "americas", "region", "statistics", "report", "program", "programs", "intelligence", "defense",
        "justice", "finance", "health", "asuntos", "exteriores", "relaciones", "politica", "seguridad", "desarrollo",
        "cooperacion", "comercio", "economia", "norte", "sur", "america", "multilaterales", "derechos", "humanos",
        "oficina", "direccion", "unidad", "secretaria", "subsecretaria", "general", "federal", "nacional", "internacional",
        "mexico", "estados", "unidos", "united", "states", "visits", "meets", "says", "announces", "leaders", "officials",
    ])

    /// After a title: a preposition, a complement of capitalised words (connectors allowed), then a
    /// name of 2–4 capitalised words. Returns (end token of the complement, first and end token of
    /// the name), or nil. The name starts at a known first name, else it is the last two words
    /// (three with a middle initial).
    func complementedName(from s: Int) -> (Int, Int, Int)? {
        guard s < tokens.count, softBefore(s), Self.complementPrepositions.contains(tokens[s].hash) else { return nil }
        var caps: [Int] = []
        var i = s + 1
        while i < tokens.count, softBefore(i), caps.count < 9 {
            let tok = tokens[i]
            let initial = tok.end - tok.start == 1 && !caps.isEmpty
            if tok.isCapitalized, tok.flags & Token.hasLetter != 0, initial || !Words.function.contains(tok.hash) { caps.append(i) }
            else if !tok.isCapitalized, Self.complementConnectors.contains(tok.hash) || Words.particles.contains(tok.hash), !caps.isEmpty {}
            else { break }
            i += 1
        }
        guard caps.count >= 3 else { return nil }
        var from: Int?
        for p in 1..<(caps.count - 1) where caps.count - p <= 4 && isKnownFirstName(tokens[caps[p]].hash) { from = p; break }
        if from == nil {
            var p = caps.count - 2
            if p >= 2, tokens[caps[p]].end - tokens[caps[p]].start == 1 { p -= 1 }
            from = p
        }
        let p = from!
        let nameTokens = caps[p...]
        guard nameTokens.count >= 2, nameTokens.count <= 4 else { return nil }
        for t in nameTokens {
            let tok = tokens[t]
            if Self.fieldWords.contains(tok.hash) { return nil }
            if tok.isAllUpper, tok.end - tok.start > 1 { return nil }
            if spanStarts.contains(t), let sp = spans.first(where: { $0.start == t }),
               !sp.kinds.allSatisfy({ if case .surname = $0 { return true }; return false }) { return nil }
        }
        // The complement ends at its last capitalised word before the name.
        let complementEnd = caps[p - 1] + 1
        // Connectors between complement and name belong to neither: "for Trade and Juan Pérez" is not a title.
        guard (complementEnd..<nameTokens.first!).isEmpty else { return nil }
        return (complementEnd, nameTokens.first!, nameTokens.last! + 1)
    }

    /// Whether a lexicon person's name starts with this word (two letters or more): "Jose", "Juan".
    /// Scans the lexicon; only reached for a title with a long capitalised complement.
    func isKnownFirstName(_ h: UInt64) -> Bool {
        for a in index.actors where a.kind == .person {
            for n in a.names {
                if let f = Tokenizer.tokenize(Array(n.unicodeScalars)).first, f.end - f.start > 1, f.hash == h { return true }
            }
        }
        return false
    }

    /// A country named (or implied by a body) in a title's complement, spans `after…` before token `end`.
    func complementCountry(after last: Int, before end: Int) -> Int32? {
        var n = last + 1
        while n < spans.count, spans[n].start < end {
            let sp = spans[n]
            if let c = country(of: sp) { return c }
            if let (a, _) = sp.actor, let iso = index.actors[Int(a)].country, let c = index.actorIndex[iso] { return c }
            n += 1
        }
        return nil
    }

    /// The country actor mentioned most before scalar offset `end`.
    func mainCountryActor(before end: Int) -> Int32? {
        mainCountry(before: end).flatMap { index.actorIndex[$0] }
    }
}
