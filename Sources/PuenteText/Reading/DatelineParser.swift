import PuenteModel

/// Finds a document's own date in the lines at its top ("September 12, 2022", "12 de septiembre
/// de 2022", "WASHINGTON, June 8, 2021 –", "05/02/2013") and in URL paths ("/2021/06/08/").
///
/// Only a full date written out counts in the text: a lone year near the top is more often a
/// copyright or a topic than the date of publication, and relative words need a date to start from.
enum DatelineParser {
    /// The first date line among `lines` (the top of a document), skipping copyright lines.
    static func firstDate(in lines: [String], language: Language) -> DateValue? {
        for line in lines where !line.lowercased().contains("copyright") && !line.contains("©") {
            if let date = dateLine(line, language: language) { return date }
        }
        return nil
    }

    /// The date of a line that is a date line ("June 8, 2021", "Ciudad de México, 16 de febrero de
    /// 2024", "Updated: 05/02/2013") or opens with a dateline ("WASHINGTON, June 8, 2021 – …").
    /// A date inside a body sentence ("On Nov. 15, 2019, the ambassador testified…") is what the
    /// story is about, not when it was published.
    static func dateLine(_ line: String, language: Language) -> DateValue? {
        let text = ScalarText(line)
        for expression in TimeTagger.expressions(in: text, documentDate: nil, language: language) where !expression.isRelative {
            guard case .date(let value) = expression.value, case .day = value else { continue }
            guard expression.range.lowerBound <= 40 else { return nil }
            let words = line.split(separator: " ").count
            let after = text[expression.range.upperBound..<min(text.count, expression.range.upperBound + 3)]
            let opensDateline = after.hasPrefix(" –") || after.hasPrefix(" —") || after.hasPrefix(" -") || after.hasPrefix(":")
                || after.hasPrefix(" |") || after.hasPrefix(".–") || after.hasPrefix(" /")
            let isSentence = line.hasSuffix(".") && !line.hasSuffix(" a.m.") && !line.hasSuffix(" p.m.")
            return (words <= 10 && !isSentence) || opensDateline ? value : nil
        }
        return nil
    }

    /// The first absolute day-precision date in one line.
    static func date(in line: String, language: Language = .english) -> DateValue? {
        for expression in TimeTagger.expressions(in: ScalarText(line), documentDate: nil, language: language) where !expression.isRelative {
            if case .date(let value) = expression.value, case .day = value { return value }
        }
        return nil
    }

    /// A date in a URL path: `/2021/06/08/`, `/2021-06-08-note`, `/2013/may/`, `/2021/06/`.
    static func date(inURL url: String) -> DateValue? {
        let parts = url.split(whereSeparator: { $0 == "/" || $0 == "?" || $0 == "#" }).map { $0.lowercased() }
        for (i, part) in parts.enumerated() {
            if part.count >= 10, let d = DateValue(isoString: String(part.prefix(10))), case .day = d { return d }
            guard part.count == 4, let y = Int(part), (1990...2100).contains(y), i + 1 < parts.count else { continue }
            let m = Int(parts[i + 1]) ?? TimeLexicon.months[parts[i + 1]]
            guard let m, (1...12).contains(m) else { continue }
            if i + 2 < parts.count, parts[i + 2].count <= 2, let d = Int(parts[i + 2]), (1...CalendarMath.daysIn(month: m, year: y)).contains(d) {
                return .day(year: y, month: m, day: d)
            }
            return .month(year: y, month: m)
        }
        return nil
    }
}
