import Foundation
import PuenteModel

/// Reads pillars or priority areas: an enumeration after "pillars"/"areas"/"pilares" in a sentence,
/// or the list items after such a sentence ending in a colon.
struct PillarReader: Sendable {
    var annotations: Annotations
    var views: [SentenceView]
    /// The mechanism each sentence is about, by index.
    var owners: [String?]

    static let strongCues: Set<String> = ["pillars", "pillar", "areas", "pilares", "ejes", "áreas"]
    static let weakCues: Set<String> = ["priorities", "prioridades", "including", "incluyen", "incluye"]

    /// Pillars from, in order of preference: a list after a cue sentence ending in a colon, an
    /// enumeration after a strong cue ("pillars", "areas"), an enumeration after a weak one ("including").
    func pillars(for id: String) -> (items: [String], sources: [SentenceView]) {
        let owned = views.indices.filter { owners[$0] == id }
        for i in owned {
            let lowers = views[i].words.map(\.lower)
            guard lowers.last == ":", lowers.contains(where: { Self.strongCues.contains($0) || Self.weakCues.contains($0) }) else { continue }
            let items = listItems(after: i)
            if items.count >= 2, items.allSatisfy({ $0.split(separator: " ").count <= 12 }) { return (items, [views[i]]) }
        }
        for cues in [Self.strongCues, Self.weakCues] {
            for i in owned {
                let lowers = views[i].words.map(\.lower)
                guard let cueIndex = lowers.lastIndex(where: cues.contains) else { continue }
                let items = enumeration(views[i], after: cueIndex)
                if items.count >= 2 { return (items, [views[i]]) }
            }
        }
        return ([], [])
    }

    static let kindWords: [String: MechanismKind] = [
        "framework": .framework, "marco": .framework, "entendimiento": .framework, "dialogue": .dialogue, "diálogo": .dialogue,
        "agreement": .agreement, "acuerdo": .agreement, "tratado": .agreement, "group": .workingGroup, "grupo": .workingGroup,
        "initiative": .program, "iniciativa": .program, "program": .program, "programa": .program,
    ]

    /// The mechanism a sentence is about: the one it names, or the latest named before (of the
    /// kind the sentence names: "the new framework" is the latest framework).
    static func owner(_ v: SentenceView, earlier: [MechanismSpan]) -> String? {
        if let own = v.mechanisms.first { return own.id }
        let kinds = Set(v.words.compactMap { kindWords[$0.lower] })
        return (earlier.last { kinds.isEmpty || kinds.contains($0.kind) } ?? earlier.last)?.id
    }

    func listItems(after index: Int) -> [String] {
        var items: [String] = []
        for v in views[(index + 1)...] {
            if v.unit.kind == .listItem {
                // "• Protecting our people: investing in public health …": the label names the pillar.
                let first = v.words.firstIndex { !$0.isPunctuation } ?? 0
                if let colon = v.words.prefix(first + 9).firstIndex(where: { $0.lower == ":" }), colon > first, colon + 1 < v.words.count {
                    items.append(clean(annotations.text[v.scalarRange(first..<colon)]))
                    continue
                }
                items.append(clean(annotations.text[ItemText.trimmedRange(v, in: annotations)]))
            } else if !items.isEmpty || v.unit.kind == .prose {
                break
            }
        }
        return items.filter { !$0.isEmpty }
    }

    /// Items after the cue: split at semicolons if any, else at commas, up to a long or verbal item.
    func enumeration(_ v: SentenceView, after cueIndex: Int) -> [String] {
        var start = cueIndex + 1
        guard start < v.words.count else { return [] }
        if let colon = v.words[start...].firstIndex(where: { [":", "–", "—", "-"].contains($0.lower) }), colon < start + 8 {
            start = colon + 1
        } else if !["including", "incluyen", "incluye"].contains(v.words[cueIndex].lower) {
            return []
        }
        guard start < v.words.count else { return [] }
        let separator = v.words[start...].contains { $0.lower == ";" } ? ";" : ","
        var segments: [Range<Int>] = []
        var itemStart = start
        for i in start...v.words.count {
            let atEnd = i == v.words.count || v.words[i].lower == "." && i == v.words.count - 1
            guard atEnd || v.words[i].lower == separator else { continue }
            if itemStart < i { segments.append(itemStart..<i) }
            itemStart = i + 1
            if atEnd { break }
        }
        if separator == ",", segments.count >= 1, let last = segments.last,
           let and = v.words[last].lastIndex(where: { ["and", "y", "e"].contains($0.lower) }), and > last.lowerBound, and + 1 < last.upperBound {
            segments[segments.count - 1] = last.lowerBound..<and
            segments.append((and + 1)..<last.upperBound)
        }
        var items: [String] = []
        let finite = Set(v.clauses.flatMap(\.predicates).filter { $0.tense != .nonfinite }.map(\.index))
        for segment in segments {
            let words = v.words[segment]
            // "including a 2023 matter …, the two governments agreed on …": a clause, not a list of areas.
            if Self.weakCues.contains(v.words[cueIndex].lower), segment.contains(where: finite.contains) { break }
            if words.count > 10 || words.first.map({ $0.lower.hasSuffix("ing") && items.count > 0 && $0.lower != "partnering" }) == true { break }
            items.append(clean(annotations.text[v.scalarRange(segment)]))
        }
        return items.filter { !$0.isEmpty }
    }

    func clean(_ s: String) -> String {
        var t = s.trimmingCharacters(in: .whitespacesAndNewlines)
        for prefix in ["and ", "y ", "e "] where t.hasPrefix(prefix) { t.removeFirst(prefix.count) }
        while let f = t.first, f.isNumber || f == "." || f == ")" || f == " " || f == "•" { t.removeFirst() }
        return t.trimmingTrailingPunctuation
    }
}

