import PuenteLexicon
import PuenteModel
import PuenteText

/// The taggers and the actor lexicon, behind one value so that extraction reads them the same way.
struct AnnotationSources: Sendable {
    var mechanismHeads: [Language: [(head: [String], kind: MechanismKind)]]
    var resolver: ActorResolver

    func times(_ text: ScalarText, date: CalendarDay?, language: Language) -> [TimeSpan] {
        Self.taggedTimes(text, date: date, language: language)
    }

    func amounts(_ text: ScalarText, language: Language) -> [AmountSpan] {
        Self.taggedAmounts(text, language: language)
    }

    /// Actor mentions and resolved actors from the lexicon.
    func resolution(_ text: ScalarText, document: Document, date: CalendarDay?, language: Language) -> ([ActorSpan], [ResolvedActor]) {
        let resolution = resolver.resolve(text, documentID: document.id, date: date, language: language)
        let spans = resolution.mentions.map { m in
            ActorSpan(range: m.range, id: m.actorID, country: m.kind == .igo ? "IGO" : m.country)
        }
        return (spans, resolution.actors)
    }

    /// The publisher as an actor: its country and, for a government body, its id.
    func publisher(_ document: Document) -> (country: String?, org: String?) {
        guard let name = document.publisher, !name.isEmpty else { return (nil, nil) }
        let mentions = resolver.resolve(ScalarText(name), documentID: document.id, date: nil, language: nil).mentions
        let org = mentions.first { [.agency, .government].contains($0.kind) }?.actorID
        return (mentions.first { $0.country != nil }?.country, org)
    }

    /// A full date in a short line near the top ("September 12, 2022", "05/02/2013").
    func dateline(_ text: ScalarText, sentences: [SentenceUnit], language: Language) -> CalendarDay? {
        Self.taggedDateline(text, sentences: sentences, language: language)
    }

    /// Lexicon mechanisms plus named structures the lexicon lacks.
    func mechanisms(_ text: ScalarText, sentences: [SentenceUnit], language: Language, lexicon: ExtractionLexicon,
                    actors: [ActorSpan]) -> [MechanismSpan] {
        let known: [MechanismSpan] = resolver.mechanismMentions(in: text).compactMap { m in
            guard let entry = resolver.lexicon.mechanism(id: m.mechanismID) else { return nil }
            return MechanismSpan(range: m.range, id: entry.id, name: language == .spanish ? entry.nameES ?? entry.name : entry.name,
                                 kind: entry.kind, members: entry.members, aliases: entry.aliases + (entry.nameES.map { [$0] } ?? []))
        }
        var out = known
        let finder = NamedMechanismFinder(heads: mechanismHeads[language] ?? [], language: language)
        let documentCountries = Set(actors.compactMap(\.country).filter { $0 != "IGO" })
        let institutions = actors.filter { a in a.id.count > 3 && !a.id.hasPrefix("person:") }
        for s in sentences where s.kind != .heading {
            for (range, kind) in finder.names(in: s.words) {
                let scalars = s.words[range.lowerBound].range.lowerBound..<s.words[range.upperBound - 1].range.upperBound
                let nearby = Spans.starting(in: max(0, scalars.lowerBound - 400)..<scalars.upperBound, known, at: \.range.lowerBound)
                guard !nearby.contains(where: { $0.range.overlaps(scalars) }) else { continue }
                // "National Security Council" is an institution the actor lexicon knows, not a mechanism.
                let head = language == .spanish ? s.words[range.lowerBound].range : s.words[range.upperBound - 1].range
                guard !institutions.contains(where: { $0.range.overlaps(head) }) else { continue }
                // "the interagency Labor Committee": one government's own body.
                if range.lowerBound > 0, ["interagency", "inter-agency", "interinstitucional", "domestic"].contains(s.words[range.lowerBound - 1].lower) { continue }
                let name = text[scalars]
                let members = actors.filter { s.range.contains($0.range.lowerBound) }.compactMap(\.country).filter { $0 != "IGO" }.uniqued.sorted()
                guard NamedMechanismFinder.isInternational(name: name, kind: kind, members: members, documentCountries: documentCountries) else { continue }
                out.append(MechanismSpan(range: scalars, id: Lexicon.mechanismID(forName: name), name: name, kind: kind,
                                         members: members, aliases: []))
            }
        }
        out.sort { $0.range.lowerBound < $1.range.lowerBound }
        out += abbreviationMentions(of: Array(out[known.count...]), all: out, sentences: sentences)
        return out.sorted { $0.range.lowerBound < $1.range.lowerBound }
    }

    /// "Supply Chain Working Group (SCWG)": every later "SCWG" is a mention of the same mechanism.
    func abbreviationMentions(of named: [MechanismSpan], all: [MechanismSpan], sentences: [SentenceUnit]) -> [MechanismSpan] {
        guard !named.isEmpty else { return [] }
        let words = sentences.flatMap(\.words)
        var abbreviations: [String: MechanismSpan] = [:]
        for span in named {
            let i = Spans.lowerIndex(words, span.range.upperBound) { $0.range.lowerBound }
            guard i + 2 < words.count, words[i].lower == "(", words[i + 2].lower == ")", words[i + 1].text.count >= 2,
                  words[i + 1].text == words[i + 1].text.uppercased(), abbreviations[words[i + 1].text] == nil else { continue }
            abbreviations[words[i + 1].text] = span
        }
        guard !abbreviations.isEmpty else { return [] }
        var out: [MechanismSpan] = []
        for w in words {
            guard var mention = abbreviations[w.text] else { continue }
            let nearby = Spans.starting(in: max(0, w.range.lowerBound - 400)..<w.range.upperBound, all, at: \.range.lowerBound)
            guard !nearby.contains(where: { $0.range.overlaps(w.range) }) else { continue }
            mention.range = w.range
            mention.aliases = [w.text]
            out.append(mention)
        }
        return out
    }
}
