import PuenteModel

/// Rules for calendar dates written out: numeric dates, month names, weekdays, years, fiscal
/// years, quarters, halves, seasons and decades.
extension TimeScanner {
    static let monthContextWords: Set<String> = [
        "in", "on", "since", "until", "till", "by", "of", "from", "early", "mid", "late", "last", "next",
        "this", "past", "between", "and", "through", "to", "before", "after", "during", "de", "en", "el",
        "desde", "hasta", "para", "y", "a", "al", "entre", "pasado", "proximo", "throughout", "end",
    ]

    func tense(_ from: Int, _ to: Int) -> Tense? { TenseCues.tense(self, from: from, to: to) }

    /// A month name at `i` and the token index after it (and after an abbreviation's period).
    func month(at i: Int) -> (month: Int, end: Int)? {
        guard let w = word(i), let m = TimeLexicon.months[w] else { return nil }
        let abbreviation = w.utf8.count <= 4 && !["may", "june", "july", "mayo"].contains(w)
        let dotted = abbreviation && isPunct(i + 1, ".") && adjacent(i)
        let nextIsNumber = number(dotted ? i + 2 : i + 1) != nil
        let capital = tokens[i].isCapitalized
        switch w {
        case "may", "march":
            guard capital else { return nil }
            guard nextIsNumber || isWord(i - 1, Self.monthContextWords) || isPunct(i - 1, "-–—")
                    || number(i - 1) != nil || isWord(i - 1, ["st", "nd", "rd", "th"])
                    || (isPunct(i + 1, "-–—") && isMonthName(i + 2)) else { return nil }
        case "mar", "ago":
            guard language == .spanish, dotted || nextIsNumber, !isWord(i - 1, ["years", "days", "months", "weeks"]) else { return nil }
        default:
            if language == .english, TimeLexicon.spanishMonths.contains(w), !nextIsNumber, !isWord(i - 1, "de") {
                return nil  // "Mayo Clinic"
            }
            if TimeLexicon.ambiguousMonths.contains(w) {
                guard dotted || nextIsNumber else { return nil }
            } else if TimeLexicon.fullEnglishMonths.contains(w), !capital {
                return nil
            }
        }
        return (m, dotted ? i + 2 : i + 1)
    }

    /// A capitalized full month name at `i` (no context check; used to accept "May–July").
    func isMonthName(_ i: Int) -> Bool {
        guard let w = word(i), TimeLexicon.months[w] != nil else { return false }
        return tokens[i].isCapitalized && w.utf8.count > 3
    }

    /// `2021-09-09`.
    func isoDate(_ i: Int) -> TimeMatch? {
        guard let y = number(i), y.digitCount == 4, let year = y.intValue,
              isPunct(i + 1, "-"), adjacent(i), let mt = number(i + 2), mt.digitCount == 2, adjacent(i + 1),
              isPunct(i + 3, "-"), adjacent(i + 2), let dt = number(i + 4), dt.digitCount == 2, adjacent(i + 3),
              let m = mt.intValue, let d = dt.intValue, (1...12).contains(m),
              (1...CalendarMath.daysIn(month: m, year: year)).contains(d) else { return nil }
        if adjacent(i + 4), isPunct(i + 5, "-/") || number(i + 5) != nil { return nil }
        if adjacent(i - 1), isPunct(i - 1, "-/") || word(i - 1) != nil { return nil }
        return .date(.day(year: year, month: m, day: d), end: i + 5, relative: false, explicit: true)
    }

    /// `9/9/2021` (month first in English, day first in Spanish; swapped when the first is > 12).
    func slashDate(_ i: Int) -> TimeMatch? {
        guard let a = number(i), a.digitCount <= 2, isPunct(i + 1, "/"), adjacent(i),
              let b = number(i + 2), b.digitCount <= 2, adjacent(i + 1), isPunct(i + 3, "/"), adjacent(i + 2),
              let c = number(i + 4), c.digitCount == 4 || c.digitCount == 2, adjacent(i + 3),
              var first = a.intValue, var second = b.intValue, var year = c.intValue else { return nil }
        if adjacent(i + 4), isPunct(i + 5, "/") || number(i + 5) != nil { return nil }
        if adjacent(i - 1), isPunct(i - 1, "/") { return nil }
        if c.digitCount == 2 { year += year < 50 ? 2000 : 1900 }
        if language == .spanish { swap(&first, &second) }  // now first = month
        if first > 12 { swap(&first, &second) }
        guard (1...12).contains(first), second >= 1, second <= CalendarMath.daysIn(month: first, year: year) else { return nil }
        return .date(.day(year: year, month: first, day: second), end: i + 5, relative: false, explicit: true)
    }

    /// The index after an ordinal suffix ("9th", "1o", "1º") that follows the number at `i`.
    func afterOrdinalSuffix(_ i: Int) -> Int {
        guard adjacent(i) else { return i + 1 }
        if isWord(i + 1, ["th", "st", "nd", "rd", "o", "ro", "er"]) || isPunct(i + 1, "º°ª") { return i + 2 }
        return i + 1
    }

    /// An explicit year after a date, skipping `,`, `of`, `de` or `del`: returns the year and the index after it.
    func trailingYear(_ j: Int) -> (year: Int, end: Int)? {
        var k = j
        if isPunct(k, ",") || isWord(k, ["of", "de", "del"]) { k += 1 }
        guard let y = yearNumber(k) else { return nil }
        if isPunct(k + 1, "-–"), number(k + 2) != nil { return nil }  // "2019-2021" is a range of its own
        return (y, k + 1)
    }

    /// A day and month with a year, or resolved by tense: builds the match.
    func dayMatch(month m: Int, days: (Int, Int?), yearAt j: Int, from i: Int) -> TimeMatch? {
        var end = j
        var year: Int
        var explicit = true
        if let t = trailingYear(j) {
            year = t.year
            end = t.end
        } else {
            guard let doc = documentDate else { return nil }
            year = DateResolution.year(month: m, day: days.0, tense: tense(i, j), documentDate: doc)
            explicit = false
        }
        let length = CalendarMath.daysIn(month: m, year: year)
        guard days.0 <= length else { return nil }
        let first = DateValue.day(year: year, month: m, day: days.0)
        if let d2 = days.1, d2 > days.0, d2 <= length {
            return TimeMatch(end: end, value: .interval(from: first, to: .day(year: year, month: m, day: d2)),
                             isRelative: !explicit, yearExplicit: explicit)
        }
        return .date(first, end: end, relative: !explicit, explicit: explicit)
    }

    /// `9 September 2021`, `9 de septiembre de 2021`, `1o de mayo`, `del 1 al 5 de marzo`.
    func dayFirstDate(_ i: Int) -> TimeMatch? {
        guard let d = dayNumber(i) else { return nil }
        if adjacent(i - 1), isPunct(i - 1, ".,:/") { return nil }
        var j = afterOrdinalSuffix(i)
        var d2: Int?
        if isPunct(j, "-–") || isWord(j, ["al", "y", "to", "and", "a"]), let e = dayNumber(j + 1) {
            d2 = e
            j = afterOrdinalSuffix(j + 1)
        }
        if isWord(j, ["de", "of"]) { j += 1 }
        guard let (m, k) = month(at: j) else { return nil }
        return dayMatch(month: m, days: (d, d2), yearAt: k, from: i)
    }

    /// `September 9, 2021`, `Sept. 9`, `September 9-10`, `September 2021`, `septiembre de 2021`, `September`.
    func monthFirstDate(_ i: Int) -> TimeMatch? {
        guard let (m, j) = month(at: i) else { return nil }
        if let d = dayNumber(j), !(adjacent(j) && isPunct(j + 1, ":%")) {
            var k = afterOrdinalSuffix(j)
            if k == j + 1, adjacent(j), word(j + 1) != nil { return monthOnly(m, i, j) }
            var d2: Int?
            if isPunct(k, "-–") || isWord(k, ["to", "through"]), let e = dayNumber(k + 1) {
                d2 = e
                k = afterOrdinalSuffix(k + 1)
            }
            return dayMatch(month: m, days: (d, d2), yearAt: k, from: i)
        }
        return monthOnly(m, i, j)
    }

    private func monthOnly(_ m: Int, _ i: Int, _ j: Int) -> TimeMatch? {
        if let t = trailingYear(j) {
            return .date(.month(year: t.year, month: m), end: t.end, relative: false, explicit: true)
        }
        guard let doc = documentDate else { return nil }
        let y = DateResolution.year(month: m, day: nil, tense: tense(i, j), documentDate: doc)
        return .date(.month(year: y, month: m), end: j, relative: true, explicit: false)
    }

    /// `Tuesday, September 9`, `martes 9 de septiembre`, `el martes pasado`, `Tuesday`.
    func weekdayDate(_ i: Int) -> TimeMatch? {
        guard let wd = weekday(i), !isWord(i - 1, ["santo", "san", "santa", "bloody"]) else { return nil }
        var j = i + 1
        if isPunct(j, ",") { j += 1 }
        if let m = monthFirstDate(j) ?? dayFirstDate(j), case .date(.day) = m.value { return m }
        guard let doc = documentDate else { return nil }
        if isWord(i + 1, ["pasado", "anterior"]) {
            return .date(DateResolution.day(weekday: wd, tense: .past, inclusive: false, documentDate: doc).dateValue,
                         end: i + 2, relative: true, explicit: false)
        }
        if isWord(i + 1, ["proximo", "entrante"]) || (isWord(i + 1, "que") && isWord(i + 2, "viene")) {
            return .date(DateResolution.day(weekday: wd, tense: .future, inclusive: false, documentDate: doc).dateValue,
                         end: isWord(i + 1, "que") ? i + 3 : i + 2, relative: true, explicit: false)
        }
        // A bare weekday in the past may be the document date itself (news style: "met on Tuesday").
        let t = tense(i, i + 1) ?? .past
        let day = DateResolution.day(weekday: wd, tense: t, inclusive: t == .past, documentDate: doc)
        return .date(day.dateValue, end: i + 1, relative: true, explicit: false)
    }

    static let yearPrepositions: Set<String> = ["in", "since", "of", "en", "de", "desde", "del", "by", "until", "from", "between", "circa", "year", "ano", "around", "before", "after", "antes", "despues", "hasta"]

    /// `2021`, `2019-2021`, `2019–21`, `the 1990s`, `the 2022 fiscal year`.
    func yearExpression(_ i: Int) -> TimeMatch? {
        guard let y = yearNumber(i) else { return nil }
        if y < 1900 || y > 2100, !isWord(i - 1, Self.yearPrepositions) { return nil }
        if isPunct(i - 1, "$#€£") { return nil }
        let before = isPunct(i - 1, ".") ? i - 2 : i - 1
        if isWord(before, TimeLexicon.yearBlockers) { return nil }
        if isPunct(i + 1, "%") || isWord(i + 1, TimeLexicon.yearAmountFollowers) { return nil }
        if adjacent(i), isWord(i + 1, "s") {
            guard y % 10 == 0 else { return nil }
            return .date(.decade(startYear: y), end: i + 2, relative: false, explicit: true)
        }
        if isWord(i + 1, "fiscal"), isWord(i + 2, "year") {
            return .date(.fiscalYear(y), end: i + 3, relative: false, explicit: true)
        }
        if isPunct(i + 1, "-–—/"), let t = number(i + 2), let v = t.intValue {
            var y2 = -1
            if t.digitCount == 4 { y2 = v } else if t.digitCount == 2, adjacent(i + 1) { y2 = y / 100 * 100 + v }
            if y2 > y, y2 - y <= 100, !(adjacent(i + 2) && isPunct(i + 3, "-/")) {
                return TimeMatch(end: i + 3, value: .interval(from: .year(y), to: .year(y2)), isRelative: false, yearExplicit: true)
            }
        }
        if adjacent(i), isPunct(i + 1, "-–/"), adjacent(i + 1), number(i + 2) != nil { return nil }  // "2021-1234"
        return .date(.year(y), end: i + 1, relative: false, explicit: true)
    }

    /// `'90s`.
    func apostropheDecade(_ i: Int) -> TimeMatch? {
        guard isPunct(i, "'’"), adjacent(i), let t = number(i + 1), t.digitCount == 2, let v = t.intValue,
              v % 10 == 0, adjacent(i + 1), isWord(i + 2, "s") else { return nil }
        return .date(.decade(startYear: v >= 30 ? 1900 + v : 2000 + v), end: i + 3, relative: false, explicit: true)
    }

    /// `FY2024`, `FY 24`, `fiscal year 2024`, `fiscal 2024`, `año fiscal 2024`; `ejercicio fiscal 2024` is a calendar year.
    func fiscalYear(_ i: Int) -> TimeMatch? {
        guard let w = word(i) else { return nil }
        var j = i + 1
        var calendar = false
        switch w {
        case "fy":
            if isPunct(j, "-"), adjacent(i) { j += 1 }
        case "fiscal":
            if isWord(j, "year") { j += 1 }
        case "ano":
            guard isWord(j, "fiscal") else { return nil }
            j += 1
        case "ejercicio":
            guard isWord(j, "fiscal") else { return nil }
            j += 1
            if isWord(j, ["de", "del"]) { j += 1 }
            calendar = true
        default: return nil
        }
        guard let t = number(j), let v = t.intValue else { return nil }
        let year: Int
        if t.digitCount == 4, (1900...2100).contains(v) { year = v } else if t.digitCount == 2, w == "fy" { year = 2000 + v } else { return nil }
        if adjacent(j), number(j + 1) != nil || word(j + 1) != nil { return nil }
        return .date(calendar ? .year(year) : .fiscalYear(year), end: j + 1, relative: false, explicit: true)
    }

    /// A year after a quarter, half or season: `2021`, `of 2021`, `de 2021`, `of this year`, `del año pasado`, `'21`.
    func periodYear(_ j: Int) -> (year: Int, end: Int, relative: Bool)? {
        var k = j
        if isWord(k, ["of", "de", "del", ","]) || isPunct(k, ",") { k += 1 }
        if let y = yearNumber(k) { return (y, k + 1, false) }
        guard let doc = documentDate else { return nil }
        if isWord(k, ["the", "el", "este", "this"]), isWord(k + 1, ["year", "ano"]),
           !isWord(k + 2, ["pasado", "anterior", "proximo", "que", "before", "after"]) {
            return (doc.year, k + 2, true)
        }
        if isWord(k - 1, "del"), isWord(k, "ano"), !isWord(k + 1, ["pasado", "anterior", "proximo", "que"]) {
            return (doc.year, k + 1, true)
        }
        if let m = relativeUnit(k) ?? spanishRelative(k), case let .date(.year(y)) = m.value { return (y, m.end, true) }
        return nil
    }

    /// `Q3 2021`, `H1`, `the third quarter of 2021`, `el primer semestre`, `la segunda mitad de 2021`.
    func quarterOrHalf(_ i: Int) -> TimeMatch? {
        guard let w = word(i) else { return nil }
        var n: Int
        var isHalf: Bool
        var j: Int
        if (w == "q" || w == "h"), adjacent(i), let t = number(i + 1), t.digitCount == 1, let v = t.intValue {
            isHalf = w == "h"
            guard (1...(isHalf ? 2 : 4)).contains(v), !(adjacent(i + 1) && word(i + 2) != nil) else { return nil }
            n = v
            j = i + 2
        } else if let o = TimeLexicon.ordinals[w], let kind = word(i + 1) {
            switch kind {
            case "quarter", "trimestre": isHalf = false
            case "half", "semestre", "mitad": isHalf = true
            default: return nil
            }
            guard !isHalf || o <= 2 else { return nil }
            n = o
            j = i + 2
            if let t = periodYear(j) {
                return .date(isHalf ? .half(year: t.year, half: n) : .quarter(year: t.year, quarter: n),
                             end: t.end, relative: t.relative, explicit: !t.relative)
            }
            if kind == "half" || kind == "mitad" { return nil }
        } else {
            return nil
        }
        if let t = periodYear(j) {
            return .date(isHalf ? .half(year: t.year, half: n) : .quarter(year: t.year, quarter: n),
                         end: t.end, relative: t.relative, explicit: !t.relative)
        }
        guard let doc = documentDate else { return nil }
        let tq = isHalf ? 2 * n - 1 : n
        let y = DateResolution.year(quarter: tq, tense: tense(i, j), documentDate: doc)
        return .date(isHalf ? .half(year: y, half: n) : .quarter(year: y, quarter: n), end: j, relative: true, explicit: false)
    }

    static let seasonContext: Set<String> = ["in", "en", "el", "la", "during", "durante", "since", "desde", "by", "para", "this", "until", "hasta"]

    /// `the fall of 2023` (→ 2023-FA), `verano de 2021`, `in the summer` (by tense).
    func seasonExpression(_ i: Int) -> TimeMatch? {
        guard let s = season(i) else { return nil }
        if let t = periodYear(i + 1) {
            return .date(.season(year: t.year, season: s), end: t.end, relative: t.relative, explicit: !t.relative)
        }
        var ok = isWord(i - 1, Self.seasonContext)
        if isWord(i - 1, "the"), isWord(i - 2, ["in", "during", "over", "by", "since", "until", "through"]) { ok = true }
        guard ok, !isWord(i + 1, ["of", "de", "del"]), let doc = documentDate else { return nil }
        let y = DateResolution.year(season: s, tense: tense(i, i + 1), strict: false, documentDate: doc)
        return .date(.season(year: y, season: s), end: i + 1, relative: true, explicit: false)
    }

    /// `the nineties`, `los años noventa`, `los años 90`, `la década de 1990`, `la década de los noventa`.
    func decadeWords(_ i: Int) -> TimeMatch? {
        guard let w = word(i) else { return nil }
        var j = i + 1
        switch w {
        case "the":
            guard let d = word(j).flatMap({ TimeLexicon.decades[$0] }), word(j)!.hasSuffix("ies") else { return nil }
            return .date(.decade(startYear: 1900 + d), end: j + 1, relative: false, explicit: true)
        case "los":
            let hasAnos = isWord(j, "anos")
            if hasAnos { j += 1 }
            if let d = word(j).flatMap({ TimeLexicon.decades[$0] }), hasAnos || !isWord(j + 1, ["anos", "dias", "meses"]) {
                guard hasAnos || isPunct(j + 1, ",.;") || word(j + 1) == nil || isWord(j + 1, ["y", "en", "del", "de", "cuando"]) else { return nil }
                return .date(.decade(startYear: 1900 + d), end: j + 1, relative: false, explicit: true)
            }
            if let t = number(j), t.digitCount == 2, let v = t.intValue, v % 10 == 0 {
                var end = j + 1
                if adjacent(j), isWord(j + 1, "s") { end += 1 } else if !hasAnos {
                    guard isPunct(j + 1, ",.;") || isWord(j + 1, ["y", "en", "del", "cuando"]) else { return nil }
                }
                return .date(.decade(startYear: v >= 30 ? 1900 + v : 2000 + v), end: end, relative: false, explicit: true)
            }
            return nil
        case "decada":
            guard isWord(j, "de") else { return nil }
            j += 1
            if let y = yearNumber(j), y % 10 == 0 { return .date(.decade(startYear: y), end: j + 1, relative: false, explicit: true) }
            guard isWord(j, "los") else { return nil }
            return decadeWords(j)
        default:
            return nil
        }
    }
}
