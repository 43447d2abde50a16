/// A document's clean text and metadata, as a record carries it.
public struct Document: Hashable, Sendable {
    /// `sha256:` and the hex SHA-256 of `text`'s UTF-8 bytes.
    public var id: String
    /// The URL or file path it came from.
    public var source: String
    public var title: String?
    public var publisher: String?
    public var published: DateValue?
    public var language: Language?
    /// The clean main text; every evidence offset counts Unicode scalars into it.
    public var text: String

    public init(source: String, title: String?, publisher: String?, published: DateValue?, language: Language?, text: String) {
        self.id = Document.id(of: text)
        self.source = source
        self.title = title
        self.publisher = publisher
        self.published = published
        self.language = language
        self.text = text
    }

    /// The id a document with this clean text has.
    public static func id(of text: String) -> String { "sha256:" + SHA256.hexDigest(of: Array(text.utf8)) }
}

extension Document: Codable {
    enum CodingKeys: String, CodingKey { case id, source, title, publisher, published, language, text }

    public init(from decoder: any Decoder) throws {
        let c = try decoder.container(keyedBy: CodingKeys.self)
        id = try c.decode(String.self, forKey: .id)
        source = try c.decode(String.self, forKey: .source)
        title = try c.decodeIfPresent(String.self, forKey: .title)
        publisher = try c.decodeIfPresent(String.self, forKey: .publisher)
        published = try c.decodeIfPresent(DateValue.self, forKey: .published)
        language = try c.decodeIfPresent(Language.self, forKey: .language)
        text = try c.decode(String.self, forKey: .text)
    }

    public func encode(to encoder: any Encoder) throws {
        var c = encoder.container(keyedBy: CodingKeys.self)
        try c.encode(id, forKey: .id)
        try c.encode(source, forKey: .source)
        try c.encodeKeepingNull(title, forKey: .title)
        try c.encodeKeepingNull(publisher, forKey: .publisher)
        try c.encodeKeepingNull(published, forKey: .published)
        try c.encodeKeepingNull(language, forKey: .language)
        try c.encode(text, forKey: .text)
    }
}

/// One document's extraction: `puente.record/1`.
public struct Record: Hashable, Sendable {
    public static let format = "puente.record/1"

    public var document: Document
    public var actors: [ResolvedActor]
    public var events: [Event]
    public var commitments: [Commitment]
    public var mechanisms: [Mechanism]
    public var observations: [Observation]

    public init(document: Document, actors: [ResolvedActor] = [], events: [Event] = [], commitments: [Commitment] = [],
                mechanisms: [Mechanism] = [], observations: [Observation] = []) {
        self.document = document
        self.actors = actors
        self.events = events
        self.commitments = commitments
        self.mechanisms = mechanisms
        self.observations = observations
    }
}

extension Record: Codable {
    enum CodingKeys: String, CodingKey { case format, document, actors, events, commitments, mechanisms, observations }

    public init(from decoder: any Decoder) throws {
        let c = try decoder.container(keyedBy: CodingKeys.self)
        let format = try c.decode(String.self, forKey: .format)
        guard format == Record.format else {
            throw DecodingError.dataCorruptedError(
                forKey: .format, in: c, debugDescription: "format is '\(format)'; this version of Puente reads \(Record.format)")
        }
        document = try c.decode(Document.self, forKey: .document)
        actors = try c.decodeList([ResolvedActor].self, forKey: .actors)
        events = try c.decodeList([Event].self, forKey: .events)
        commitments = try c.decodeList([Commitment].self, forKey: .commitments)
        mechanisms = try c.decodeList([Mechanism].self, forKey: .mechanisms)
        observations = try c.decodeList([Observation].self, forKey: .observations)
    }

    public func encode(to encoder: any Encoder) throws {
        var c = encoder.container(keyedBy: CodingKeys.self)
        try c.encode(Record.format, forKey: .format)
        try c.encode(document, forKey: .document)
        try c.encode(actors, forKey: .actors)
        try c.encode(events, forKey: .events)
        try c.encode(commitments, forKey: .commitments)
        try c.encode(mechanisms, forKey: .mechanisms)
        try c.encode(observations, forKey: .observations)
    }
}
