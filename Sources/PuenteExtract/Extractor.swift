import PuenteLexicon
import PuenteModel
import PuenteText

/// Turns a document into its record: events, commitments, mechanisms and observations, each with
/// evidence quoting the document exactly.
///
/// Pure: the same document always gives the same record. Rules follow
/// `shared/design/annotation-guide.md`; the verb lexicon and cue lists are data files in
/// `Resources/` that people can read and extend.
public struct Extractor: Sendable {
    /// The loaded tables live in one shared immutable object, so copying an extractor (a static in
    /// tests, a value handed to workers) is one retain. Copied member by member, the struct crashed
    /// in its outlined copy (bad pointer) once the lexicon's index grew a field (2026-11-24); the
    /// cause was not found, and the shared object removes the copy.
    private let engine: Engine

    private final class Engine: Sendable {
        let lexicon: ExtractionLexicon
        let annotator: Annotator

        init(lexicon: ExtractionLexicon, annotator: Annotator) {
            self.lexicon = lexicon
            self.annotator = annotator
        }
    }

    var lexicon: ExtractionLexicon { engine.lexicon }
    var annotator: Annotator { engine.annotator }

    /// An extractor with the bundled verb lexicon and cue lists, resolving actors and mechanisms with `actors`.
    ///
    /// - Parameter defaultPair: the two countries (ISO 3166-1 alpha-3) that "both countries" and a
    ///   joint "we" mean when a document names fewer than two; Puente's first relationship by default.
    public init(lexicon actors: Lexicon, defaultPair: [String] = ["MEX", "USA"]) throws {
        let lexicon = try ExtractionLexicon.bundled()
        let annotator = Annotator(lexicon: lexicon, actorCues: ActorCues(tsv: try TSV.resource("actor-cues.tsv")),
                                  sources: AnnotationSources(mechanismHeads: lexicon.mechanismHeads, resolver: ActorResolver(lexicon: actors)),
                                  defaultPair: defaultPair)
        engine = Engine(lexicon: lexicon, annotator: annotator)
    }

    /// An extractor with the bundled actor lexicon.
    public init(defaultPair: [String] = ["MEX", "USA"]) throws {
        try self.init(lexicon: Lexicon.bundled(), defaultPair: defaultPair)
    }

    /// The record of `document`.
    public func record(for document: Document) -> Record {
        let annotations = annotator.annotate(document)
        let analyzer = ClauseAnalyzer(lexicon: lexicon, language: annotations.language)
        let views = annotations.sentences.map { s in
            SentenceView(unit: s, clauses: analyzer.clauses(of: s.words),
                         actors: Spans.starting(in: s.range, annotations.actors, at: \.range.lowerBound),
                         times: Spans.starting(in: s.range, annotations.times, at: \.range.lowerBound),
                         amounts: Spans.starting(in: s.range, annotations.amounts, at: \.range.lowerBound),
                         mechanisms: Spans.starting(in: s.range, annotations.mechanisms, at: \.range.lowerBound))
        }
        var reader = RecordAssembler(annotations: annotations, lexicon: lexicon)
        for view in views { reader.read(view) }
        let mechanisms = MechanismBuilder(annotations: annotations, views: views).mechanisms()
        return Record(document: document, actors: ActorList.actors(annotations, used: reader.usedActorIDs),
                      events: reader.events, commitments: reader.commitments, mechanisms: mechanisms,
                      observations: reader.observations)
    }
}
