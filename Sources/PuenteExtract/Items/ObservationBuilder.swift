import PuenteModel

/// Reads statistics: counts, totals and rates with what is counted, the period, the reporting body
/// and a comparison; amounts of promises and deliveries are not statistics.
struct ObservationBuilder: Sendable {
    var annotations: Annotations
    /// The date "now" means: the document date, else the date of the events being reported.
    var now: DateValue? = nil

    static let statisticCues: Set<String> = [
        "trade", "exports", "imports", "comprises", "total", "totaled", "benefited", "paid", "generates", "generated",
        "seized", "crossed", "arrested", "rate", "reached", "surpassed", "grew", "increased", "decreased", "fell",
        "rose", "reported", "recorded", "registered", "reportó", "registró", "deaths", "homicides", "encounters", "apprehensions", "investment", "comercio", "exportaciones",
        "importaciones", "tasa", "detained", "apprehended", "encountered", "encounters", "deported", "killed", "murders",
        "unemployment", "inflation", "registraron", "reportaron", "aseguraron", "aseguró", "incautaron", "incautó", "received", "recibido", "recibió", "far", "date", "ahora", "died", "deaths", "sumaron", "sumó", "totalizaron", "murieron", "fallecieron", "gdp", "remittances", "detenidos", "detenciones", "remesas", "desempleo", "inflación", "pib", "alcanzó", "superó", "creció", "aumentó", "disminuyó", "cayó", "decomisaron", "homicidios",
    ]
    /// A statistic cue that is a verb ("totaled", "sumaron"): it ends the subject of the statistic.
    static func isStatisticVerb(_ w: String) -> Bool {
        statisticCues.contains(w) && (["ed", "ó", "aron", "ieron", "ises", "ates", "ew", "ell", "ose"].contains { w.hasSuffix($0) } || w == "paid")
    }

    static let measureUnits: Set<String> = ["kilograms", "kilogram", "kg", "kilos", "tons", "tonnes", "pounds", "lbs", "kilogramos", "kilos", "toneladas", "libras", "gramos", "grams"]
    static let approximators: Set<String> = ["more", "over", "nearly", "almost", "about", "around", "approximately", "roughly", "than", "más", "casi", "alrededor", "cerca", "aproximadamente", "some", "unos"]
    static let excludedUnits: Set<String> = ["mile", "miles", "km", "kilometers", "kilómetros", "year", "years", "años", "hours", "days", "días", "meses", "months", "page", "pages"]

    /// Observations of a sentence whose clauses are not promises or deliveries.
    func observations(_ view: SentenceView, committedClauses: Set<Int>, eventClauses: [Int: EventType]) -> [Observation] {
        var out: [Observation] = []
        let comparisons = Set(view.amounts.compactMap { comparisonAmount(after: $0, view: view)?.range.lowerBound })
        for (ci, clause) in view.clauses.enumerated() {
            guard !committedClauses.contains(ci), eventClauses[ci] != .aid, !clause.isPromise else { continue }
            let lowers = view.lowers(clause.words)
            if let count = ordinalCount(view, clause) { out.append(count) }
            for amount in view.amounts(inWords: clause.words) where !comparisons.contains(amount.range.lowerBound) && !isActionObject(amount, view: view, clause: clause)
                && isStatistic(amount, view: view, clause: clause, lowers: lowers) {
                out.append(observation(amount, view: view, clause: clause))
            }
        }
        return out
    }

    /// "This is the 24th time the United States has invoked the RRM since …": a running count.
    func ordinalCount(_ view: SentenceView, _ clause: Clause) -> Observation? {
        for i in clause.words.dropLast() where ["time", "occasion", "vez"].contains(view.words[i + 1].lower) {
            var w = view.words[i].lower
            // "24th" may come as "24" + "th".
            if i > clause.words.lowerBound, view.words[i - 1].isNumeric, ["st", "nd", "rd", "th"].contains(w) { w = view.words[i - 1].lower + w }
            guard let suffixStart = w.firstIndex(where: { !$0.isNumber }), suffixStart != w.startIndex,
                  ["st", "nd", "rd", "th", "a", "o", "ª", "º"].contains(String(w[suffixStart...])),
                  let n = Double(w[..<suffixStart]), n >= 2 else { continue }
            let evidence = ItemText.evidence(view, in: annotations)
            return Observation(metric: ItemText.text(view, clause.words, in: annotations).trimmingTrailingPunctuation, value: n, unit: "times",
                               period: nil, comparison: nil, sourceOrg: reportingBody(view) ?? annotations.publisherOrg, place: nil, evidence: [evidence])
        }
        return nil
    }

    static let actionTypes: Set<EventType> = [.aid, .mobilize, .sanction, .consult, .agree, .support, .cooperate, .request, .threaten]

    /// An amount right after an action verb ("deployed about 30,000 troops", "sent 1 million doses"):
    /// the number belongs to the action, not to a statistic.
    func isActionObject(_ a: AmountSpan, view: SentenceView, clause: Clause) -> Bool {
        guard let i = view.wordIndex(at: a.range.lowerBound),
              let p = clause.predicates.last(where: { $0.index < i && $0.tense != .nonfinite }), i - p.index <= 4,
              let entry = p.entry, Self.actionTypes.contains(entry.type), entry.object == nil || entry.object == "aid" || entry.object == "military" else { return false }
        return true
    }

    func isStatistic(_ a: AmountSpan, view: SentenceView, clause: Clause, lowers: [String]) -> Bool {
        if let i = view.wordIndex(at: a.range.lowerBound), i > 0, view.words[i - 1].lower == "per" || view.words[i - 1].lower == "cada" { return false }
        if let i = view.wordIndex(at: a.range.upperBound), i < view.words.count, ["per", "por"].contains(view.words[i].lower),
           i + 1 < view.words.count, view.words[i + 1].isNumeric || view.words[i + 1].lower == "cada" { return true }
        let big: Bool
        switch a.kind {
        case .percent: big = true
        case .money: big = a.value >= 1000
        case let .quantity(unit):
            let head = unit.lowercased().split(separator: " ").first.map(String.init) ?? ""
            // "seized 380 kilograms of fentanyl": a measured quantity is a statistic at any size.
            big = (a.value >= 1000 || Self.measureUnits.contains(head) && a.value >= 1) && !Self.excludedUnits.contains(head)
        case .number: big = a.value >= 1000 && !(1900...2100).contains(a.value)
        }
        guard big else { return false }
        if let i = view.wordIndex(at: a.range.upperBound), i < view.words.count, Self.excludedUnits.contains(view.words[i].lower) { return false }
        let before = view.wordIndex(at: a.range.lowerBound).map { Array(view.words[max(0, $0 - 2)..<$0]).map(\.lower) } ?? []
        return !Set(lowers).isDisjoint(with: Self.statisticCues) || !Set(before).isDisjoint(with: Self.approximators) || a.isQualified
            || reportingBody(view) != nil
    }

    func observation(_ a: AmountSpan, view: SentenceView, clause: Clause) -> Observation {
        let unit: String?
        switch a.kind {
        case let .money(currency):
            // "24,000 pounds of fentanyl": a weight, not sterling.
            let next = view.wordIndex(at: a.range.upperBound).map { view.words[$0].lower }
            unit = currency == "GBP" && annotations.text[a.range].lowercased().hasSuffix("pounds") && next == "of" ? "pounds" : currency
        case .percent: unit = "percent"
        case let .quantity(u):
            // "249,785 Border Patrol apprehensions": the counted noun, without the names before it.
            let parts = u.split(separator: " ")
            let rest = parts.drop { $0.first?.isUppercase == true }
            unit = rest.isEmpty || rest.count == parts.count ? u : rest.joined(separator: " ")
        case .number: unit = nextNoun(after: a, view: view) ?? subjectHead(view, clause: clause, before: a)
        }
        let evidence = ItemText.evidence(view, in: annotations)
        // "7.6 percent higher than in 2022": the year after "than" is what it is compared with.
        var dates = view.times(inWords: clause.words).filter { t in
            guard let i = view.wordIndex(at: t.range.lowerBound) else { return true }
            return !view.lowers(max(0, i - 2)..<i).contains { $0 == "than" || $0 == "que" }
        }.compactMap(\.period)
        if dates.isEmpty, !Set(view.lowers(clause.words)).isDisjoint(with: ["now", "currently", "today", "actualmente", "hoy", "ahora"]),
           let now {
            let day = now.interval.first
            dates = [.month(year: day.year, month: day.month)]
        }
        return Observation(metric: metric(a, view: view, clause: clause), value: a.value, unit: unit,
                           period: dates.first, comparison: comparison(a, view: view),
                           sourceOrg: reportingBody(view) ?? annotations.publisherOrg, place: nil, evidence: [evidence])
    }

    static let prepositions: Set<String> = ["to", "of", "for", "across", "in", "at", "by", "from", "with", "a", "de", "del", "en", "por", "para", "con", "hacia"]

    /// The counted noun right after a bare number, past names and adjectives ("5 million U.S. jobs" → jobs).
    func nextNoun(after a: AmountSpan, view: SentenceView) -> String? {
        guard let first = view.wordIndex(at: a.range.upperBound) else { return nil }
        for i in first..<min(view.words.count, first + 4) {
            let w = view.words[i]
            if w.isPunctuation || Self.metricStops.contains(w.lower) || Self.prepositions.contains(w.lower) || view.isInTime(w.range) { return nil }
            if w.isCapitalized || view.actors.contains(where: { $0.range.contains(w.range.lowerBound) }) { continue }
            return w.lower
        }
        return nil
    }

    /// The head noun of the clause's subject: "Unaccompanied children crossing the border" → children.
    func subjectHead(_ view: SentenceView, clause: Clause, before a: AmountSpan) -> String? {
        var head: String?
        for i in clause.words {
            let w = view.words[i]
            if w.lower == "," { head = nil; continue }
            if w.range.lowerBound >= a.range.lowerBound || w.isPunctuation || w.lower.hasSuffix("ing") || Self.prepositions.contains(w.lower)
                || clause.predicates.contains(where: { $0.index == i }) || Self.isStatisticVerb(w.lower) { break }
            if w.lower == "," { head = nil; continue }
            if !RoleResolver.determiners.contains(w.lower) { head = w.lower }
        }
        return head
    }

    static let metricStops: Set<String> = ["in", "on", "at", "during", "since", "from", "compared", "according", "en", "durante", "desde", "según", "the", "el", "la"]

    /// What is counted: the words after the amount ("42,000 workers in Mexico"), or the subject
    /// before it when what follows is a date or nothing ("Remittances to Mexico totaled $40.6 billion").
    func metric(_ a: AmountSpan, view: SentenceView, clause: Clause) -> String {
        let whole = ItemText.text(view, clause.words, in: annotations).trimmingTrailingPunctuation
        guard let i = view.wordIndex(at: a.range.upperBound), let first = view.wordIndex(at: a.range.lowerBound) else { return whole }
        var end = i
        while end < clause.words.upperBound, end < i + 10, !view.words[end].isPunctuation, !view.isInTime(view.words[end].range) { end += 1 }
        let after = end > i && !Self.metricStops.contains(view.words[i].lower) ? annotations.text[view.scalarRange(i..<end)] : nil
        if after != nil, case .quantity = a.kind { return annotations.text[view.scalarRange(first..<end)] }
        let verbs = Set(clause.predicates.map(\.index))
        var subjectStart = clause.words.lowerBound
        if ["according", "según", "de"].contains(view.words[subjectStart].lower),
           let comma = view.words[subjectStart..<first].firstIndex(where: { $0.lower == "," }) {
            subjectStart = comma + 1
        }
        var subjectEnd = subjectStart
        while subjectEnd < first, !verbs.contains(subjectEnd), !Self.isStatisticVerb(view.words[subjectEnd].lower) || subjectEnd == subjectStart,
              view.words[subjectEnd].lower != "," || subjectEnd == subjectStart { subjectEnd += 1 }
        if subjectEnd > subjectStart + 1 {
            let subject = annotations.text[view.scalarRange(subjectStart..<subjectEnd)]
            return after.map { subject + " (" + $0 + ")" } ?? subject
        }
        return after ?? whole
    }

    /// "compared to 4,995 in December", "frente a", "up from".
    func comparison(_ a: AmountSpan, view: SentenceView) -> Observation.Comparison? {
        guard let other = comparisonAmount(after: a, view: view) else { return nil }
        let period = view.times.first { $0.range.lowerBound > other.range.lowerBound }?.date
        return Observation.Comparison(value: other.value, period: period)
    }

    /// The amount an amount is compared with: the next amount after "compared to", "from", "frente a".
    func comparisonAmount(after a: AmountSpan, view: SentenceView) -> AmountSpan? {
        let markers: Set<String> = ["compared", "from", "frente", "comparación", "versus", "vs"]
        guard let at = view.words.firstIndex(where: { $0.range.lowerBound >= a.range.upperBound && markers.contains($0.lower) }) else { return nil }
        let offset = view.words[at].range.lowerBound
        guard let other = view.amounts.first(where: { $0.range.lowerBound > offset }),
              !view.amounts.contains(where: { $0.range.lowerBound > a.range.lowerBound && $0.range.lowerBound < offset }),
              other.range.lowerBound - offset < 40 else { return nil }
        return other
    }

    /// "according to CBP", "data from INEGI", "según el INEGI".
    func reportingBody(_ view: SentenceView) -> String? {
        let lowers = view.words.map(\.lower)
        for (i, w) in lowers.enumerated() where w == "according" || w == "según" || (w == "con" && i > 0 && lowers[i - 1] == "acuerdo") || (w == "from" && i > 0 && ["data", "figures", "statistics"].contains(lowers[i - 1])) || (w == "de" && i > 0 && ["datos", "cifras"].contains(lowers[i - 1])) {
            let offset = view.words[i].range.upperBound
            if let actor = view.actors.first(where: { $0.range.lowerBound >= offset && $0.range.lowerBound < offset + 60 }) { return actor.id }
        }
        return nil
    }
}
