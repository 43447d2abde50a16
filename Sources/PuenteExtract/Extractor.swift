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
    let lexicon: ExtractionLexicon
    let annotator: Annotator

    /// An extractor with the bundled verb lexicon and cue lists, resolving actors and mechanisms with `actors`.
    ///
    /// - Parameter defaultPair: the two countries (ISO 3166-1 alpha-3) that "both countries" and a
    ///   joint "we" mean when a document names fewer than two; Puente's first relationship by default.
    public init(lexicon actors: Lexicon, defaultPair: [String] = ["MEX", "USA"]) throws {
        let lexicon = try ExtractionLexicon.bundled()
        self.lexicon = lexicon
        self.annotator = Annotator(lexicon: lexicon, actorCues: ActorCues(tsv: try TSV.resource("actor-cues.tsv")),
                                   sources: AnnotationSources(mechanismHeads: lexicon.mechanismHeads, resolver: ActorResolver(lexicon: actors)),
                                   defaultPair: defaultPair)
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
