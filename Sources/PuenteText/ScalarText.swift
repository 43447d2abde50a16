/// Text addressed by Unicode-scalar offsets, the unit every Puente offset counts in.
///
/// Holds the scalars in an array so that slicing by offset is O(1); `String` indices are not.
public struct ScalarText: Sendable {
    public let string: String
    public let scalars: [Unicode.Scalar]

    public init(_ string: String) {
        self.string = string
        self.scalars = Array(string.unicodeScalars)
    }

    public var count: Int { scalars.count }

    /// The text of the scalars in `range` (clamped to the text).
    public subscript(range: Range<Int>) -> String {
        let lower = max(0, min(range.lowerBound, scalars.count))
        let upper = max(lower, min(range.upperBound, scalars.count))
        // Most slices (tokens, sentences of English text) are ASCII: copy bytes, skip transcoding.
        if scalars[lower..<upper].allSatisfy({ $0.value < 0x80 }) {
            return String(unsafeUninitializedCapacity: upper - lower) { buffer in
                for (i, scalar) in scalars[lower..<upper].enumerated() { buffer[i] = UInt8(truncatingIfNeeded: scalar.value) }
                return upper - lower
            }
        }
        var view = String.UnicodeScalarView()
        view.append(contentsOf: scalars[lower..<upper])
        return String(view)
    }
}
