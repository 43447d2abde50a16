/// PLOVER event types (the 16 Puente codes).
public enum EventType: String, Codable, Sendable, CaseIterable {
    case agree = "AGREE", consult = "CONSULT", support = "SUPPORT", concede = "CONCEDE"
    case cooperate = "COOPERATE", aid = "AID", retreat = "RETREAT", request = "REQUEST"
    case accuse = "ACCUSE", reject = "REJECT", threaten = "THREATEN", protest = "PROTEST"
    case sanction = "SANCTION", mobilize = "MOBILIZE", coerce = "COERCE", assault = "ASSAULT"
}

/// What an actor is.
public enum ActorKind: String, Codable, Sendable, CaseIterable {
    case country, government, agency, person, igo, ngo, company, union, group
}

/// What a commitment promises.
public enum CommitmentKind: String, Codable, Sendable, CaseIterable {
    case funding, delivery, policy, meeting, cooperation, other
}

/// A commitment's state as one document reports it.
public enum CommitmentStatus: String, Codable, Sendable, CaseIterable {
    case announced
    case inProgress = "in_progress"
    case fulfilled
    case partiallyFulfilled = "partially_fulfilled"
    case stalled, withdrawn
}

/// The shape of a standing structure.
public enum MechanismKind: String, Codable, Sendable, CaseIterable {
    case dialogue, framework, agreement
    case workingGroup = "working_group"
    case program
}

/// The languages Puente reads.
public enum Language: String, Codable, Sendable, CaseIterable {
    case english = "en", spanish = "es"
}
