/// A sum of money: `{"value": 130000000, "currency": "USD"}`.
public struct Money: Codable, Hashable, Sendable {
    /// The amount in whole currency units (dollars, not cents).
    public var value: Double
    /// ISO 4217 code, such as `USD` or `MXN`.
    public var currency: String

    public init(value: Double, currency: String) {
        self.value = value
        self.currency = currency
    }
}

/// A counted quantity: `{"value": 1350000, "unit": "vaccine doses"}`.
public struct Quantity: Codable, Hashable, Sendable {
    public var value: Double
    /// What is counted, as a short noun phrase from the text.
    public var unit: String

    public init(value: Double, unit: String) {
        self.value = value
        self.unit = unit
    }
}
