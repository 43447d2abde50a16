import PuenteLexicon
import PuenteModel
import PuenteText

/// Builds the `Annotations` of a document: sentences and words from the segmenter, then times,
/// amounts, actors and mechanisms from the taggers and the lexicon.
struct Annotator: Sendable {
    var lexicon: ExtractionLexicon
    var actorCues: ActorCues
    var sources: AnnotationSources
    /// The countries "both countries" means when a document names fewer than two.
    var defaultPair: [String]

    func annotate(_ document: Document) -> Annotations {
        let text = ScalarText(document.text)
        let language = document.language ?? .english
        let segmented = TextSegmenter.sentences(in: text, language: document.language)
        var lemmas: [String: String] = [:]
        let lexicon = self.lexicon
        let lemma: (String) -> String = { form in
            if let known = lemmas[form] { return known }
            let found = Lemmatizer.lemma(of: form, language: language, lexicon: lexicon)
            lemmas[form] = found
            return found
        }
        let sentences = SentenceRefiner.refine(segmented.enumerated().map { i, s in
            SentenceUnit(index: i, range: s.range, kind: Self.kind(s.kind), paragraph: s.paragraph,
                         words: s.tokens.map { Word($0, lemma: lemma) })
        }, text: text)
        var date = Self.publishedDay(document.published)
        var datePrecision = document.published ?? DocumentFacts.date(fromURL: document.source)
        if date == nil, case let .day(y, m, d)? = datePrecision { date = CalendarDay(year: y, month: m, day: d) }
        if datePrecision == nil, let dateline = sources.dateline(text, sentences: sentences, language: language) {
            datePrecision = dateline.dateValue
            date = dateline
        }
        var times = sources.times(text, date: date, language: language)
        if date == nil, case let .month(y, m)? = datePrecision {
            times = Self.resolvingInMonth(year: y, month: m, text: text, sources: sources, language: language)
        } else if date == nil {
            times = Self.addingYearlessDates(times, text: text, sources: sources, language: language)
        }
        let amounts = sources.amounts(text, language: language).sorted { $0.range.lowerBound < $1.range.lowerBound }
        var (actors, resolvedActors) = sources.resolution(text, document: document, date: date, language: language)
        let resolved = actors
        for s in sentences {
            let near = Spans.starting(in: max(0, s.range.lowerBound - 200)..<s.range.upperBound, resolved, at: \.range.lowerBound)
            for span in actorCues.spans(in: s.words) where !near.contains(where: { $0.range.overlaps(span.range) }) {
                actors.append(span)
            }
        }
        actors.sort { $0.range.lowerBound < $1.range.lowerBound }
        actors.removeAll { Self.isDateline($0, text: text, sentences: sentences) }
        let mechanisms = sources.mechanisms(text, sentences: sentences, language: language, lexicon: lexicon, actors: actors)
        actors.removeAll { a in
            Spans.starting(in: max(0, a.range.lowerBound - 300)..<a.range.upperBound, mechanisms, at: \.range.lowerBound).contains { $0.range.overlaps(a.range) }
        }
        let opening = text[0..<min(text.count, 400)]
        let publisher = sources.publisher(document)
        let publisherCountry = publisher.country ?? DocumentFacts.country(fromURL: document.source)
        var annotations = Annotations(
            document: document, text: text, language: language, date: date, datePrecision: datePrecision,
            sentences: sentences, times: times, amounts: amounts, actors: actors, mechanisms: mechanisms,
            resolvedActors: resolvedActors,
            speakerCountry: publisherCountry, dyad: Self.pair(DocumentFacts.dyad(actors), default: defaultPair),
            isJoint: DocumentFacts.isJoint(title: document.title, opening: opening),
            publisherOrg: publisher.org)
        annotations.indexCountries()
        annotations.isDayReport = annotations.isJoint || DocumentFacts.isDayReport(title: document.title, opening: text[0..<min(text.count, 200)])
        return annotations
    }

    /// For an undated document, "September 20" takes the latest year the document states (as if it
    /// were written that year, after the date); expressions relative to the writing day stay unresolved.
    static func addingYearlessDates(_ times: [TimeSpan], text: ScalarText, sources: AnnotationSources, language: Language) -> [TimeSpan] {
        guard let year = times.compactMap({ t -> Int? in
            guard !t.isRelative, let d = t.date, (1900...2100).contains(d.year) else { return nil }
            return d.year
        }).max() else { return times }
        let assumed = CalendarDay(year: year, month: 12, day: 31)
        let extra = sources.times(text, date: assumed, language: language).filter { t in
            guard t.isRelative, !times.contains(where: { $0.range.overlaps(t.range) }) else { return false }
            let words = text[t.range].lowercased().split { !$0.isLetter }.map(String.init)
            return !words.contains(where: deictic.contains)
        }
        return (times + extra).sorted { $0.range.lowerBound < $1.range.lowerBound }
    }

    /// "WASHINGTON –", "MEXICO CITY, Oct 8 (Reuters) -": a place in capitals opening a sentence says
    /// where the story was filed, not who acted.
    static func isDateline(_ span: ActorSpan, text: ScalarText, sentences: [SentenceUnit]) -> Bool {
        guard let s = Spans.unit(containing: span.range.lowerBound, in: sentences, range: \.range),
              let first = s.words.first(where: { !$0.isPunctuation }), first.range.lowerBound == span.range.lowerBound else { return false }
        let letters = text[span.range].unicodeScalars.filter { $0.properties.isAlphabetic }
        guard !letters.isEmpty, letters.allSatisfy({ $0.properties.isUppercase }), letters.count > 3 else { return false }
        let after = s.words.filter { $0.range.lowerBound >= span.range.upperBound }.prefix(8).map(\.lower)
        return after.contains { ["–", "—", "-", "--"].contains($0) }
    }

    /// For a document dated only to a month: relative expressions resolve against the middle of the
    /// month, and those that would need the day ("today", "yesterday", "last week") keep month precision.
    static func resolvingInMonth(year: Int, month: Int, text: ScalarText, sources: AnnotationSources, language: Language) -> [TimeSpan] {
        let assumed = CalendarDay(year: year, month: month, day: 15)
        return sources.times(text, date: assumed, language: language).map { t in
            let words = text[t.range].lowercased().split { !$0.isLetter }.map(String.init)
            guard t.isRelative, let d = t.date, words.contains(where: deictic.contains) else { return t }
            switch d {
            case let .day(y, m, _): var c = t; c.value = .date(.month(year: y, month: m)); return c
            case let .week(y, w):
                let monday = DateValue.week(year: y, week: w).interval.first
                var c = t; c.value = .date(.month(year: monday.year, month: monday.month)); return c
            default: return t
            }
        }.sorted { $0.range.lowerBound < $1.range.lowerBound }
    }

    /// Words of expressions relative to the day of writing.
    static let deictic: Set<String> = ["today", "yesterday", "tomorrow", "ago", "last", "next", "this", "past", "coming", "hoy", "ayer",
                                       "mañana", "hace", "pasado", "pasada", "próximo", "próxima", "este", "esta", "week", "semana"]

    static func pair(_ found: [String], default pair: [String]) -> [String] {
        found.count >= 2 ? found : pair
    }

    static func kind(_ kind: Sentence.Kind) -> SentenceUnit.Kind {
        switch kind {
        case .prose: return .prose
        case .heading: return .heading
        case .listItem: return .listItem
        }
    }

    static func publishedDay(_ value: DateValue?) -> CalendarDay? {
        if case let .day(y, m, d)? = value { return CalendarDay(year: y, month: m, day: d) }
        return nil
    }
}
