import PuenteModel

/// Finds a document's own date in the lines at its top ("September 12, 2022", "12 de septiembre
/// de 2022", "WASHINGTON, June 8, 2021 –", "05/02/2013") and in URL paths ("/2021/06/08/").
///
/// Only full dates, or month and year, count: a lone year near the top is more often a copyright
/// or a topic than the date of publication.
enum DatelineParser {
    static let months: [String: Int] = [
        "january": 1, "jan": 1, "february": 2, "feb": 2, "march": 3, "mar": 3, "april": 4, "apr": 4, "may": 5,
        "june": 6, "jun": 6, "july": 7, "jul": 7, "august": 8, "aug": 8, "september": 9, "sept": 9, "sep": 9,
        "october": 10, "oct": 10, "november": 11, "nov": 11, "december": 12, "dec": 12,
        "enero": 1, "ene": 1, "febrero": 2, "marzo": 3, "abril": 4, "abr": 4, "mayo": 5, "junio": 6, "julio": 7,
        "agosto": 8, "ago": 8, "septiembre": 9, "setiembre": 9, "octubre": 10, "noviembre": 11, "diciembre": 12, "dic": 12,
    ]

    /// The first date stated in `lines` (the top of a document), at the precision given.
    static func firstDate(in lines: [String]) -> DateValue? {
        for line in lines {
            if line.lowercased().contains("copyright") || line.contains("©") { continue }
            if let date = date(in: line) { return date }
        }
        return nil
    }

    /// A full date anywhere in one line.
    static func date(in line: String) -> DateValue? {
        let words = tokens(line)
        for i in words.indices {
            if let d = monthDayYear(words, i) ?? dayMonthYear(words, i) ?? numeric(words[i]) { return d }
        }
        return nil
    }

    /// A date in a URL path: `/2021/06/08/`, `/2021-06-08`, `/2013/may/`, `/2021/06/`.
    static func date(inURL url: String) -> DateValue? {
        let parts = url.split(whereSeparator: { $0 == "/" || $0 == "?" || $0 == "#" }).map { $0.lowercased() }
        for (i, part) in parts.enumerated() {
            if let d = numeric(String(part.prefix(10))), case .day = d { return d }
            guard part.count == 4, let y = Int(part), (1990...2100).contains(y), i + 1 < parts.count else { continue }
            let m = Int(parts[i + 1]) ?? months[parts[i + 1]]
            guard let m, (1...12).contains(m) else { continue }
            if i + 2 < parts.count, parts[i + 2].count <= 2, let d = Int(parts[i + 2]), (1...CalendarMath.daysIn(month: m, year: y)).contains(d) {
                return .day(year: y, month: m, day: d)
            }
            return .month(year: y, month: m)
        }
        return nil
    }

    private static func tokens(_ line: String) -> [String] {
        line.lowercased().split(whereSeparator: { $0 == " " || $0 == "," || $0 == "–" || $0 == "—" || $0 == "|" || $0 == "(" || $0 == ")" })
            .map { String($0).trimmingCharacters(".") }
            .filter { !$0.isEmpty }
    }

    /// "September 12, 2022", "Sept. 12 2022", "12th"
    private static func monthDayYear(_ w: [String], _ i: Int) -> DateValue? {
        guard let m = months[w[i]], i + 2 < w.count, let d = dayNumber(w[i + 1]), let y = year(w[i + 2]) else { return nil }
        return valid(y, m, d)
    }

    /// "12 de septiembre de 2022", "12 September 2022"
    private static func dayMonthYear(_ w: [String], _ i: Int) -> DateValue? {
        guard let d = dayNumber(w[i]) else { return nil }
        var j = i + 1
        if j < w.count, w[j] == "de" { j += 1 }
        guard j < w.count, let m = months[w[j]] else { return nil }
        j += 1
        if j < w.count, w[j] == "de" || w[j] == "del" { j += 1 }
        guard j < w.count, let y = year(w[j]) else { return nil }
        return valid(y, m, d)
    }

    /// "2022-09-12", "05/02/2013" (US order, month first), "12/09/2022" when the first part exceeds 12.
    private static func numeric(_ word: String) -> DateValue? {
        let dash = word.split(separator: "-")
        if dash.count == 3, dash[0].count == 4, let y = Int(dash[0]), let m = Int(dash[1]), let d = Int(dash[2].prefix(2)) {
            return valid(y, m, d)
        }
        let slash = word.split(separator: "/")
        if slash.count == 3, slash[2].count == 4, let a = Int(slash[0]), let b = Int(slash[1]), let y = Int(slash[2]) {
            return a > 12 ? valid(y, b, a) : valid(y, a, b)
        }
        return nil
    }

    private static func dayNumber(_ word: String) -> Int? {
        let digits = word.prefix(while: { $0.isNumber })
        let rest = word.dropFirst(digits.count)
        guard !digits.isEmpty, digits.count <= 2, ["", "st", "nd", "rd", "th", "º", "o"].contains(String(rest)) else { return nil }
        return Int(digits)
    }

    private static func year(_ word: String) -> Int? {
        guard word.count == 4, let y = Int(word), (1900...2100).contains(y) else { return nil }
        return y
    }

    private static func valid(_ y: Int, _ m: Int, _ d: Int) -> DateValue? {
        guard (1900...2100).contains(y), (1...12).contains(m), (1...CalendarMath.daysIn(month: m, year: y)).contains(d) else { return nil }
        return .day(year: y, month: m, day: d)
    }
}

extension String {
    func trimmingCharacters(_ set: String) -> String {
        var s = Substring(self)
        while let f = s.first, set.contains(f) { s = s.dropFirst() }
        while let l = s.last, set.contains(l) { s = s.dropLast() }
        return String(s)
    }
}
