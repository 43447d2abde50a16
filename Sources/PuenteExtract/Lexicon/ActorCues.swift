import PuenteText

/// Country-level actor cues (`Resources/actor-cues.tsv`): names, demonyms and well-known bodies,
/// used where the actor lexicon finds nothing.
struct ActorCues: Sendable {
    struct Entry: Sendable {
        var words: [String]
        var id: String
        var country: String
    }

    /// Entries by their first word, longest first.
    var byFirstWord: [String: [Entry]] = [:]

    init(tsv: String) {
        for row in TSV.rows(tsv, minimumColumns: 3) {
            let phrase = ScalarText(row[0])
            let words = Tokenizer.tokens(in: phrase, range: 0..<phrase.count).map(\.text)
            guard let first = words.first else { continue }
            byFirstWord[first, default: []].append(Entry(words: words, id: row[1], country: row[2]))
        }
        for key in byFirstWord.keys { byFirstWord[key]?.sort { $0.words.count > $1.words.count } }
    }

    init() {}

    /// Actor spans in a sentence's words, including the parts of hyphenated words ("U.S.-Mexico").
    func spans(in words: [Word]) -> [ActorSpan] {
        var out: [ActorSpan] = []
        var i = 0
        while i < words.count {
            if let entry = byFirstWord[words[i].text]?.first(where: { matches($0, words, at: i) }) {
                let end = i + entry.words.count - 1
                out.append(ActorSpan(range: words[i].range.lowerBound..<words[end].range.upperBound, id: entry.id, country: entry.country))
                i = end + 1
                continue
            }
            out.append(contentsOf: hyphenParts(of: words[i]))
            i += 1
        }
        return out
    }

    func matches(_ entry: Entry, _ words: [Word], at i: Int) -> Bool {
        guard i + entry.words.count <= words.count else { return false }
        return entry.words.indices.allSatisfy { words[i + $0].text == entry.words[$0] }
    }

    func hyphenParts(of word: Word) -> [ActorSpan] {
        guard word.text.unicodeScalars.contains("-") else { return [] }
        var out: [ActorSpan] = []
        var offset = word.range.lowerBound
        for part in word.text.split(separator: "-", omittingEmptySubsequences: false) {
            let length = part.unicodeScalars.count
            if let entry = byFirstWord[String(part)]?.first(where: { $0.words.count == 1 }) {
                out.append(ActorSpan(range: offset..<(offset + length), id: entry.id, country: entry.country))
            }
            offset += length + 1
        }
        return out
    }
}
