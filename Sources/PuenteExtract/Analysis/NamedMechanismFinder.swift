import PuenteModel

/// Finds named standing structures the lexicon lacks: capitalised names with a head such as
/// "Working Group", "Council", "Committee" (English, head last) or "Comité", "Consejo" (Spanish, head first).
struct NamedMechanismFinder: Sendable {
    var heads: [(head: [String], kind: MechanismKind)]
    var language: Language

    static let connectors: Set<String> = ["of", "for", "de", "del", "para", "sobre"]

    /// Name spans in a sentence's words: (first word, end word index, kind).
    func names(in words: [Word]) -> [(range: Range<Int>, kind: MechanismKind)] {
        var out: [(Range<Int>, MechanismKind)] = []
        for (head, kind) in heads {
            for i in words.indices where matches(head, words, at: i) {
                let name = language == .spanish ? forward(from: i, head: head.count, words) : backward(to: i, head: head.count, words)
                if let name, !out.contains(where: { $0.0.overlaps(name) }) { out.append((name, kind)) }
            }
        }
        return out
    }

    func matches(_ head: [String], _ words: [Word], at i: Int) -> Bool {
        i + head.count <= words.count && head.indices.allSatisfy { words[i + $0].text == head[$0] }
    }

    func backward(to i: Int, head: Int, _ words: [Word]) -> Range<Int>? {
        var start = i
        while start > 0 {
            let w = words[start - 1]
            if w.isCapitalized && !w.isPunctuation && !w.lower.hasSuffix("’s") && !w.lower.hasSuffix("'s") { start -= 1; continue }
            if Self.connectors.contains(w.lower), start - 2 >= 0, words[start - 2].isCapitalized, start < i { start -= 1; continue }
            break
        }
        while start < i, Self.connectors.contains(words[start].lower) || words[start].text == "The" { start += 1 }
        guard i - start >= 1 else { return nil }
        var end = i + head
        while end + 1 < words.count, ["on", "of", "for"].contains(words[end].lower), words[end + 1].isCapitalized {
            end += 2
            while end < words.count, words[end].isCapitalized, !words[end].isPunctuation { end += 1 }
        }
        return start..<end
    }

    func forward(from i: Int, head: Int, _ words: [Word]) -> Range<Int>? {
        var end = i + head
        while end < words.count {
            let w = words[end]
            if (w.isCapitalized || w.isNumeric == false && w.text.uppercased() == w.text && w.text.count > 1) && !w.isPunctuation { end += 1; continue }
            if Self.connectors.contains(w.lower), end + 1 < words.count, words[end + 1].isCapitalized { end += 1; continue }
            break
        }
        guard end - (i + head) >= 1 else { return nil }
        return i..<end
    }

    static let bodyHeads: Set<String> = ["council", "committee", "commission", "forum", "initiative", "partnership", "consejo", "comité", "comisión", "foro", "iniciativa"]
    static let internationalWords: Set<String> = ["bilateral", "binational", "trilateral", "joint", "north", "binacional", "trilateral", "conjunto", "conjunta", "mixta", "mixto", "bilaterales"]

    /// Whether a new name is a structure between countries: councils, committees and commissions
    /// must say so ("Joint", "Trilateral", "U.S.-Mexico") or sit in a document about two countries;
    /// a "Senate Foreign Relations Committee" in a one-country text is not a mechanism.
    static func isInternational(name: String, kind: MechanismKind, members: [String], documentCountries: Set<String>) -> Bool {
        let words = name.lowercased().split { !$0.isLetter }.map(String.init)
        guard words.contains(where: bodyHeads.contains) else { return true }
        if members.count >= 2 || words.contains(where: internationalWords.contains) { return true }
        return documentCountries.count >= 2 && !words.contains { ["senate", "house", "congressional", "senado", "cámara", "federal", "national", "nacional"].contains($0) }
    }

    /// An id for a name: its words upper-cased and joined by "-", without periods or accents.
    static func id(forName name: String) -> String {
        let folded = Lemmatizer.folded(name.lowercased()).uppercased()
        let parts = folded.split { !$0.isLetter && !$0.isNumber && $0 != "." }
            .map { $0.replacingOccurrences(of: ".", with: "") }.filter { !$0.isEmpty }
        return parts.joined(separator: "-")
    }
}

import Foundation
