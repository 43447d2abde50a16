import Foundation
import PuenteModel

/// Title, publisher, publication date, language and JSON-LD article body read from a page's head.
struct PageMetadata {
    var title: String?
    var publisher: String?
    var published: DateValue?
    var language: Language?
    /// `articleBody` from JSON-LD, when the page has one.
    var structuredBody: String?
    /// The page's first `<h1>` text, whitespace collapsed.
    var firstHeading: String?

    init(tree: HTMLTree, url: String?) {
        let meta = Self.metaValues(tree)
        let linkedData = LinkedData(tree: tree)
        firstHeading = Self.firstText(tree, of: .h1)
        publisher = Self.cleaned(meta["og:site_name"]) ?? linkedData.publisher
        let rawTitle = Self.cleaned(meta["og:title"]) ?? Self.cleaned(meta["twitter:title"])
            ?? Self.firstText(tree, of: .title) ?? linkedData.headline ?? firstHeading
        title = rawTitle.map { TitleCleaner.removingSiteName(from: $0, publisher: publisher) }
        structuredBody = linkedData.articleBody
        published = Self.publicationDate(meta: meta, linkedData: linkedData, tree: tree, url: url)
        language = Self.language(tree: tree, meta: meta)
    }

    /// `<meta>` contents keyed by lower-cased `property`, `name`, `itemprop` or `http-equiv`; first wins.
    /// These attributes may list several names (`itemprop="datePublished dateCreated"`); each counts.
    private static func metaValues(_ tree: HTMLTree) -> [String: String] {
        var values: [String: String] = [:]
        for node in 0 ..< tree.count where tree.tag[node] == .meta {
            guard let attributes = tree.attributes[Int32(node)], let content = attributes["content"] else { continue }
            for key in ["property", "name", "itemprop", "http-equiv"] {
                for name in (attributes[key] ?? "").lowercased().split(separator: " ") where values[String(name)] == nil {
                    values[String(name)] = content
                }
            }
        }
        return values
    }

    private static func firstText(_ tree: HTMLTree, of tag: HTMLTag) -> String? {
        guard let node = tree.tag.firstIndex(of: tag) else { return nil }
        return cleaned(tree.subtreeText(node))
    }

    /// Whitespace collapsed and trimmed; nil when nothing is left.
    static func cleaned(_ text: String?) -> String? {
        guard let text else { return nil }
        let collapsed = text.split(whereSeparator: { $0.isWhitespace }).joined(separator: " ")
        return collapsed.isEmpty ? nil : collapsed
    }

    private static func publicationDate(meta: [String: String], linkedData: LinkedData, tree: HTMLTree, url: String?) -> DateValue? {
        if let value = linkedData.datePublished.flatMap(DateParser.parse) { return value }
        let keys = [
            "article:published_time", "og:published_time", "datepublished", "date", "pubdate", "publishdate",
            "publish-date", "publish_date", "dc.date", "dc.date.issued", "dcterms.created", "dcterms.issued",
            "sailthru.date", "parsely-pub-date", "article.published", "citation_publication_date", "fecha",
        ]
        for key in keys {
            if let value = meta[key].flatMap(DateParser.parse) { return value }
        }
        for node in 0 ..< tree.count where tree.tag[node] == .time {
            if let value = tree.attributes[Int32(node)]?["datetime"].flatMap(DateParser.parse) { return value }
        }
        return url.flatMap(DatelineParser.date(inURL:))
    }

    private static func language(tree: HTMLTree, meta: [String: String]) -> Language? {
        var candidates: [String] = []
        if let html = tree.tag.firstIndex(of: .html), let lang = tree.attributes[Int32(html)]?["lang"] {
            candidates.append(lang)
        }
        candidates += [meta["og:locale"], meta["content-language"], meta["language"]].compactMap { $0 }
        for candidate in candidates {
            let code = candidate.lowercased().prefix(while: { $0.isLetter })
            if code == "en" { return .english }
            if code == "es" { return .spanish }
        }
        return nil
    }
}

/// Strips a trailing site name (" | The White House", " - The New York Times") from a title.
///
/// With a known publisher, only a tail that names it goes; without one, a short tail (five words at
/// most, shorter than the rest) after the last separator goes.
enum TitleCleaner {
    static func removingSiteName(from title: String, publisher: String?) -> String {
        for separator in [" | ", " - ", " – ", " — ", " :: ", " · "] {
            guard let range = title.range(of: separator, options: .backwards) else { continue }
            let head = String(title[..<range.lowerBound])
            let tail = String(title[range.upperBound...])
            guard head.count >= 15 else { continue }
            if let publisher {
                let tailKey = tail.lowercased(), publisherKey = publisher.lowercased()
                if tailKey.contains(publisherKey) || publisherKey.contains(tailKey) { return head }
                continue
            }
            if tail.split(separator: " ").count <= 5, tail.count < head.count { return head }
        }
        return title
    }
}

/// Reads the Article (or similar) objects of a page's JSON-LD scripts.
struct LinkedData {
    var headline: String?
    var publisher: String?
    var datePublished: String?
    var articleBody: String?

    init(tree: HTMLTree) {
        for node in 0 ..< tree.count where tree.tag[node] == .script {
            guard let type = tree.attributes[Int32(node)]?["type"]?.lowercased(), type.contains("ld+json") else { continue }
            let text = tree.subtreeText(node)
            guard let data = text.data(using: .utf8),
                  let json = try? JSONSerialization.jsonObject(with: data, options: [.fragmentsAllowed]) else { continue }
            for object in Self.objects(in: json) { absorb(object) }
        }
    }

    private static func objects(in json: Any) -> [[String: Any]] {
        var result: [[String: Any]] = []
        var pending: [Any] = [json]
        while let next = pending.popLast(), result.count < 200 {
            if let array = next as? [Any] {
                pending.append(contentsOf: array.reversed())
            } else if let object = next as? [String: Any] {
                result.append(object)
                if let graph = object["@graph"] { pending.append(graph) }
            }
        }
        return result
    }

    private mutating func absorb(_ object: [String: Any]) {
        let types: [String] = (object["@type"] as? String).map { [$0] } ?? (object["@type"] as? [String]) ?? []
        let isArticle = types.contains {
            $0.hasSuffix("Article") || $0.hasSuffix("Posting") || $0.hasSuffix("Review") || $0 == "Report" || $0 == "WebPage"
        }
        guard isArticle else { return }
        if headline == nil { headline = PageMetadata.cleaned(object["headline"] as? String) }
        if datePublished == nil { datePublished = object["datePublished"] as? String }
        if articleBody == nil, let body = object["articleBody"] as? String, !body.isEmpty { articleBody = body }
        if publisher == nil {
            let value = object["publisher"]
            let named = (value as? [String: Any]) ?? (value as? [[String: Any]])?.first
            publisher = PageMetadata.cleaned(named?["name"] as? String) ?? PageMetadata.cleaned(value as? String)
        }
    }
}

/// Parses ISO-like dates in metadata and dated URL paths, keeping their precision.
enum DateParser {
    /// `2021-06-08…` → day, `2021-06` → month, `2021` → year; also `2021/06/08`; written-out
    /// dates ("November 20, 2019 12:32", "20 Nov 2019 08:02 GMT") through the time tagger. Nil otherwise.
    static func parse(_ text: String) -> DateValue? {
        parseISO(text) ?? DatelineParser.date(in: String(text.prefix(80)))
    }

    private static func parseISO(_ text: String) -> DateValue? {
        let digits = Array(text.trimmingCharacters(in: .whitespaces).utf8)
        guard let year = number(digits, 0, 4), (1900 ... 2100).contains(year) else { return nil }
        guard digits.count > 4 else { return .year(year) }
        let separator = digits[4]
        if separator == UInt8(ascii: "-") || separator == UInt8(ascii: "/") {
            guard let month = number(digits, 5, 2), (1 ... 12).contains(month) else { return nil }
            if digits.count == 7 { return .month(year: year, month: month) }
            guard digits.count >= 10, digits[7] == separator, let day = number(digits, 8, 2) else {
                return digits.count == 7 ? .month(year: year, month: month) : nil
            }
            return DateValue(isoString: "\(year)-\(pad(month))-\(pad(day))")
        }
        if let month = number(digits, 4, 2), let day = number(digits, 6, 2), digits.count == 8 || (digits.count > 8 && digits[8] == UInt8(ascii: "T")) {
            return DateValue(isoString: "\(year)-\(pad(month))-\(pad(day))")
        }
        return nil
    }

    private static func number(_ bytes: [UInt8], _ start: Int, _ length: Int) -> Int? {
        guard start + length <= bytes.count else { return nil }
        var value = 0
        for byte in bytes[start ..< start + length] {
            guard byte >= 48, byte <= 57 else { return nil }
            value = value * 10 + Int(byte - 48)
        }
        return value
    }

    private static func pad(_ value: Int) -> String { value < 10 ? "0\(value)" : "\(value)" }
}
