import PuenteModel

/// One span of a document that names an actor.
public struct ActorMention: Hashable, Sendable {
    /// How the span names the actor.
    public enum Match: String, Hashable, Sendable, CaseIterable {
        /// A full name from the lexicon ("Marcelo Ebrard", "Department of State").
        case name
        /// An acronym or nickname ("AMLO", "DEA", "T-MEC").
        case alias
        /// A title and a surname ("Secretary Blinken", "el canciller Ebrard").
        case titleAndSurname
        /// A role phrase resolved for the document date ("the Secretary of State").
        case role
        /// A country adjective with a group noun ("Mexican officials", "autoridades mexicanas").
        case adjective
        /// A surname after the full name, or a surname known alone ("Ebrard", "Biden").
        case shortForm
        /// A capital or seat standing for the actor ("Washington", "Palacio Nacional").
        case metonym
        /// A titled name absent from the lexicon ("Deputy Secretary Jane Doe").
        case unknownPerson
    }

    /// Unicode-scalar offsets into the document's clean text.
    public var range: Range<Int>
    public var actorID: String
    /// ISO3 of the actor, nil for international bodies.
    public var country: String?
    public var kind: ActorKind
    public var how: Match

    public init(range: Range<Int>, actorID: String, country: String?, kind: ActorKind, how: Match) {
        self.range = range; self.actorID = actorID; self.country = country; self.kind = kind; self.how = how
    }
}

/// The actors of one document: every mention and one `ResolvedActor` per actor id.
public struct ActorResolution: Hashable, Sendable {
    /// Sorted by range, non-overlapping.
    public var mentions: [ActorMention]
    /// One per actor id in order of first mention, each with all its mentions as evidence.
    public var actors: [ResolvedActor]

    public init(mentions: [ActorMention] = [], actors: [ResolvedActor] = []) {
        self.mentions = mentions; self.actors = actors
    }
}

/// A span that names a mechanism of the lexicon.
public struct MechanismMention: Hashable, Sendable {
    /// Unicode-scalar offsets into the document's clean text.
    public var range: Range<Int>
    public var mechanismID: String

    public init(range: Range<Int>, mechanismID: String) {
        self.range = range; self.mechanismID = mechanismID
    }
}
