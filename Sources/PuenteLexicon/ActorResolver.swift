import PuenteModel
import PuenteText

/// Finds actor and mechanism mentions in a document's clean text with a compiled lexicon.
///
/// Build one per lexicon and share it: it is immutable and `Sendable`. Matching folds case, accents,
/// punctuation and possessives, walks a token trie once over the text, and takes the longest match.
public struct ActorResolver: Sendable {
    public let lexicon: Lexicon
    let index: ActorIndex
    let mechanisms: PatternSet
    let mechanismIDs: [String]

    public init(lexicon: Lexicon) {
        self.lexicon = lexicon
        self.index = ActorIndex(lexicon)
        var set = PatternSet()
        var ids: [String] = []
        for (i, m) in lexicon.mechanisms.enumerated() {
            ids.append(m.id)
            for n in m.allNames { set.add(n, .mechanism(Int32(i)), acronymsOnly: true) }
        }
        self.mechanisms = set
        self.mechanismIDs = ids
    }

    /// Finds and resolves actor mentions in `text` (a document's clean text) as of `date` (the
    /// document date: roles and "the president" resolve for that day; nil leaves roles at their
    /// organisation). Offsets are Unicode-scalar offsets into `text`; mentions are sorted,
    /// non-overlapping, longest match first. Matching is bilingual whatever `language` says; Spanish
    /// only changes "EU" from the European Union to the United States, as Mexican writers use it.
    public func resolve(_ text: ScalarText, documentID: String, date: CalendarDay?, language: Language?) -> ActorResolution {
        var pass = ResolutionPass(index: index, source: text.scalars, date: date, language: language)
        pass.run()
        return pass.resolution(text: text, documentID: documentID)
    }

    /// Mentions of the lexicon's mechanisms by name or alias, English or Spanish (case and accents
    /// folded; acronyms such as `DEAN` and `RRM` only in capitals), longest match first.
    public func mechanismMentions(in text: ScalarText) -> [MechanismMention] {
        let tokens = Tokenizer.tokenize(text.scalars)
        var out: [MechanismMention] = []
        var i = 0
        while i < tokens.count {
            guard let (end, kinds) = mechanisms.longest(tokens, at: i), case let .mechanism(m) = kinds[0] else { i += 1; continue }
            out.append(MechanismMention(range: tokens[i].start..<tokens[end - 1].end, mechanismID: mechanismIDs[Int(m)]))
            i = end
        }
        return out
    }

    /// Size of the compiled matcher: phrases and trie nodes.
    public var statistics: (phrases: Int, trieNodes: Int) { (index.patterns.patterns.count, index.patterns.trie.nodeCount) }
}
