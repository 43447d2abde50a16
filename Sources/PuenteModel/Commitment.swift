/// A promise about the future: who will do what, for whom, how much, by when.
public struct Commitment: Hashable, Sendable {
    public var id: String
    /// The actors that promise (ids).
    public var actor: [String]
    public var beneficiary: [String]
    /// What is promised, as a verb phrase from the text.
    public var action: String
    public var kind: CommitmentKind
    public var amount: Money?
    public var quantity: Quantity?
    /// When it was announced.
    public var made: DateValue?
    /// When it is due, at the text's precision (month precision when derived from a period).
    public var due: DateValue?
    /// The span it runs over (`P3Y` for "over the next three years").
    public var period: ISODuration?
    /// The status this document reports.
    public var status: CommitmentStatus
    public var mechanism: String?
    public var contexts: [String]
    public var evidence: [Evidence]

    public init(id: String, actor: [String], beneficiary: [String] = [], action: String, kind: CommitmentKind,
                amount: Money? = nil, quantity: Quantity? = nil, made: DateValue? = nil, due: DateValue? = nil,
                period: ISODuration? = nil, status: CommitmentStatus = .announced, mechanism: String? = nil,
                contexts: [String] = [], evidence: [Evidence] = []) {
        self.id = id
        self.actor = actor
        self.beneficiary = beneficiary
        self.action = action
        self.kind = kind
        self.amount = amount
        self.quantity = quantity
        self.made = made
        self.due = due
        self.period = period
        self.status = status
        self.mechanism = mechanism
        self.contexts = contexts
        self.evidence = evidence
    }
}

extension Commitment: Codable {
    enum CodingKeys: String, CodingKey {
        case id, actor, beneficiary, action, kind, amount, quantity, made, due, period, status
        case mechanism, contexts, evidence
    }

    public init(from decoder: any Decoder) throws {
        let c = try decoder.container(keyedBy: CodingKeys.self)
        id = try c.decode(String.self, forKey: .id)
        actor = try c.decodeList([String].self, forKey: .actor)
        beneficiary = try c.decodeList([String].self, forKey: .beneficiary)
        action = try c.decode(String.self, forKey: .action)
        kind = try c.decode(CommitmentKind.self, forKey: .kind)
        amount = try c.decodeIfPresent(Money.self, forKey: .amount)
        quantity = try c.decodeIfPresent(Quantity.self, forKey: .quantity)
        made = try c.decodeIfPresent(DateValue.self, forKey: .made)
        due = try c.decodeIfPresent(DateValue.self, forKey: .due)
        period = try c.decodeIfPresent(ISODuration.self, forKey: .period)
        status = try c.decode(CommitmentStatus.self, forKey: .status)
        mechanism = try c.decodeIfPresent(String.self, forKey: .mechanism)
        contexts = try c.decodeList([String].self, forKey: .contexts)
        evidence = try c.decodeList([Evidence].self, forKey: .evidence)
    }

    public func encode(to encoder: any Encoder) throws {
        var c = encoder.container(keyedBy: CodingKeys.self)
        try c.encode(id, forKey: .id)
        try c.encode(actor, forKey: .actor)
        try c.encode(beneficiary, forKey: .beneficiary)
        try c.encode(action, forKey: .action)
        try c.encode(kind, forKey: .kind)
        try c.encodeKeepingNull(amount, forKey: .amount)
        try c.encodeKeepingNull(quantity, forKey: .quantity)
        try c.encodeKeepingNull(made, forKey: .made)
        try c.encodeKeepingNull(due, forKey: .due)
        try c.encodeKeepingNull(period, forKey: .period)
        try c.encode(status, forKey: .status)
        try c.encodeKeepingNull(mechanism, forKey: .mechanism)
        try c.encode(contexts, forKey: .contexts)
        try c.encode(evidence, forKey: .evidence)
    }
}
