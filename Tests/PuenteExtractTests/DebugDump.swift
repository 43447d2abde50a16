import Foundation
import PuenteModel
import Testing
@testable import PuenteExtract

/// A developer aid, skipped unless `PUENTE_DEBUG_SENTENCE` is set: prints the clauses, predicates, cues,
/// actors and items of that text (`PUENTE_DEBUG_LANG=es` for Spanish, `PUENTE_DEBUG_UNDATED=1` for no date).
/// It asserts nothing, so it never runs as part of the suite.
@Suite struct DebugDump {
    @Test(.enabled(if: ProcessInfo.processInfo.environment["PUENTE_DEBUG_SENTENCE"] != nil, "set PUENTE_DEBUG_SENTENCE to dump a sentence"))
    func dump() throws {
        let text = try #require(ProcessInfo.processInfo.environment["PUENTE_DEBUG_SENTENCE"])
        let lexicon = try ExtractionLexicon.bundled()
        let extractor = try Extractor()
        let doc = Document(source: "https://x.gov/a", title: nil, publisher: nil, published: ProcessInfo.processInfo.environment["PUENTE_DEBUG_UNDATED"] == nil ? .day(year: 2016, month: 12, day: 1) : nil, language: ProcessInfo.processInfo.environment["PUENTE_DEBUG_LANG"] == "es" ? .spanish : .english, text: text)
        let annotations = extractor.annotator.annotate(doc)
        let analyzer = ClauseAnalyzer(lexicon: lexicon, language: doc.language ?? .english)
        for s in annotations.sentences {
            for c in analyzer.clauses(of: s.words) {
                print("CLAUSE", s.words[c.words].map(\.text).joined(separator: " "))
                for p in c.predicates { print("  PRED", s.words[p.index].text, p.lemma, p.entry?.type.rawValue ?? "-", p.tense, p.isPassive) }
                for q in c.cues { print("  CUE", q.role, s.words[q.words].map(\.text)) }
            }
        }
        print("ACTORS", annotations.actors.map { "\(annotations.text[$0.range])=\($0.id)/\($0.country ?? "-")" })
        let r = extractor.record(for: doc)
        for e in r.events { print("EVENT", e.type, e.source, e.target, e.date?.isoString ?? "nil") }
        for c in r.commitments { print("COMMIT", c.actor, c.kind, c.status) }
        for m in r.mechanisms { print("MECH", m.id, m.pillars) }
        for o in r.observations { print("OBS", o.value, o.unit ?? "-", o.metric) }
    }
}
