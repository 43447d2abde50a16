import PuenteLexicon
import PuenteModel
import PuenteText

/// The taggers and the actor lexicon, behind one value so that extraction reads them the same way.
struct AnnotationSources: Sendable {
    var mechanismHeads: [Language: [(head: [String], kind: MechanismKind)]]

    func times(_ text: ScalarText, date: CalendarDay?, language: Language) -> [TimeSpan] { [] }

    func amounts(_ text: ScalarText, language: Language) -> [AmountSpan] { [] }

    func actors(_ text: ScalarText, document: Document, date: CalendarDay?, language: Language) -> [ActorSpan] { [] }

    func resolvedActors(_ text: ScalarText, document: Document, date: CalendarDay?, language: Language) -> [ResolvedActor] { [] }

    func publisherCountry(_ document: Document) -> String? { nil }

    func publisherOrg(_ document: Document) -> String? { nil }

    /// A full date in a short line near the top ("September 12, 2022", "05/02/2013").
    func dateline(_ text: ScalarText, sentences: [SentenceUnit], language: Language) -> CalendarDay? { nil }

    /// Lexicon mechanisms plus named structures the lexicon lacks.
    func mechanisms(_ text: ScalarText, sentences: [SentenceUnit], language: Language, lexicon: ExtractionLexicon,
                    actors: [ActorSpan]) -> [MechanismSpan] {
        var out: [MechanismSpan] = []
        let finder = NamedMechanismFinder(heads: mechanismHeads[language] ?? [], language: language)
        for s in sentences where s.kind != .heading {
            for (range, kind) in finder.names(in: s.words) {
                let scalars = s.words[range.lowerBound].range.lowerBound..<s.words[range.upperBound - 1].range.upperBound
                guard !out.contains(where: { $0.range.overlaps(scalars) }) else { continue }
                let name = text[scalars]
                let members = actors.filter { s.range.contains($0.range.lowerBound) }.compactMap(\.country).filter { $0 != "IGO" }.uniqued.sorted()
                out.append(MechanismSpan(range: scalars, id: NamedMechanismFinder.id(forName: name), name: name, kind: kind,
                                         members: members, aliases: []))
            }
        }
        out += abbreviationMentions(of: out, text: text, sentences: sentences)
        return out.sorted { $0.range.lowerBound < $1.range.lowerBound }
    }

    /// "Supply Chain Working Group (SCWG)": every later "SCWG" is a mention of the same mechanism.
    func abbreviationMentions(of named: [MechanismSpan], text: ScalarText, sentences: [SentenceUnit]) -> [MechanismSpan] {
        var out: [MechanismSpan] = []
        let words = sentences.flatMap(\.words)
        for span in named {
            guard let i = words.firstIndex(where: { $0.range.lowerBound >= span.range.upperBound }), i + 2 < words.count,
                  words[i].lower == "(", words[i + 2].lower == ")", words[i + 1].text.count >= 2,
                  words[i + 1].text == words[i + 1].text.uppercased() else { continue }
            let abbreviation = words[i + 1].text
            for w in words where w.text == abbreviation && !named.contains(where: { $0.range.overlaps(w.range) }) {
                var mention = span
                mention.range = w.range
                mention.aliases = [abbreviation]
                out.append(mention)
            }
        }
        return out
    }
}
