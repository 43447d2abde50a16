import PuenteModel

/// Facts about a whole document that extraction decisions use.
enum DocumentFacts {
    static let monthNames = ["january", "february", "march", "april", "may", "june", "july", "august",
                             "september", "october", "november", "december"]

    /// A date in the source URL: `/2016/02/25/` gives a day, `/2021/07/` or `/2021/july/` a month.
    static func date(fromURL source: String) -> DateValue? {
        let parts = source.split(separator: "/").map { String($0).lowercased() }
        for (i, part) in parts.enumerated() {
            guard part.count == 4, let year = Int(part), (1990...2100).contains(year), i + 1 < parts.count else { continue }
            let month = Int(parts[i + 1]) ?? monthNames.firstIndex(of: parts[i + 1]).map { $0 + 1 }
            guard let m = month, (1...12).contains(m) else { continue }
            if i + 2 < parts.count, parts[i + 2].count <= 2, let d = Int(parts[i + 2]),
               (1...CalendarMath.daysIn(month: m, year: year)).contains(d) {
                return .day(year: year, month: m, day: d)
            }
            return .month(year: year, month: m)
        }
        return nil
    }

    /// The country of a host name by its government domain (`.gob.mx` → MEX, `.gov` → USA).
    static func country(fromURL source: String) -> String? {
        let host = source.split(separator: "/").dropFirst().first.map(String.init)?.lowercased() ?? ""
        if host.hasSuffix(".gob.mx") || host.hasSuffix(".gob.mx.") { return "MEX" }
        if host.hasSuffix(".gov") || host.hasSuffix(".gov.") || host.hasSuffix(".mil") { return "USA" }
        return nil
    }

    static let jointMarkers = ["joint statement", "joint declaration", "declaración conjunta", "comunicado conjunto", "joint readout"]
    static let dayReportMarkers = ["readout", "statement", "communiqué", "comunicado", "declaración", "press release", "remarks"]

    /// Whether the document reports a day's events as issued that day: a readout, statement or communiqué.
    static func isDayReport(title: String?, opening: String) -> Bool {
        let text = ((title ?? "") + " " + opening).lowercased()
        return dayReportMarkers.contains { text.contains($0) }
    }

    /// Whether the title or opening speaks for both sides.
    static func isJoint(title: String?, opening: String) -> Bool {
        let text = ((title ?? "") + " " + opening).lowercased()
        return jointMarkers.contains { text.contains($0) }
    }

    /// The two most mentioned countries (ties broken by first mention).
    static func dyad(_ actors: [ActorSpan]) -> [String] {
        var counts: [String: Int] = [:]
        var first: [String: Int] = [:]
        for (i, a) in actors.enumerated() {
            guard let c = a.country, c != "IGO" else { continue }
            counts[c, default: 0] += 1
            if first[c] == nil { first[c] = i }
        }
        return counts.keys.sorted { (counts[$0]!, -first[$0]!) > (counts[$1]!, -first[$1]!) }.prefix(2).sorted()
    }
}
