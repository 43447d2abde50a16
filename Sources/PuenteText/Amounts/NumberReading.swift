import PuenteModel

/// A number read from digit tokens joined by `,` and `.`.
struct ReadNumber {
    var value: Double
    /// Token index after the number.
    var end: Int
    /// Written with a thousands separator ("5,871", "1.500" in Spanish).
    var hasThousands: Bool
    /// A plain 4-digit integer in 1900...2100, which reads as a year unless a unit says otherwise.
    var isYearLike: Bool
}

/// Reads "1,500", "1.500", "1,5", "1.5", "2,500,000", "1.234,56" by the rules of the text's language.
enum NumberReading {
    /// At most this many digits in a number; longer digit runs are not amounts.
    static let maxDigits = 15

    /// The value of digit `groups` separated by `separators` (`,` or `.`), or nil when the groups
    /// cannot form a number.
    ///
    /// Rules: with both separators, the last one is the decimal mark; a separator repeated is a
    /// thousands separator; a single one before exactly three digits is a thousands separator,
    /// except `.` in English ("1.500" is 1.5 in English, 1500 in Spanish); otherwise it is decimal.
    static func value(groups: [String], separators: [Character], language: Language) -> (Double, Bool)? {
        let digits = groups.reduce(0) { $0 + $1.utf8.count }
        guard digits <= maxDigits, let first = groups.first else { return nil }
        guard !separators.isEmpty else { return (integer(first), false) }
        var decimalIndex: Int?  // index into separators
        let distinct = Set(separators)
        if distinct.count == 2 {
            decimalIndex = separators.count - 1
            guard separators[..<(separators.count - 1)].allSatisfy({ $0 != separators.last! }) else { return nil }
        } else if separators.count == 1 {
            let threeDigits = groups[1].utf8.count == 3
            if !threeDigits || (separators[0] == "." && language == .english) { decimalIndex = 0 }
        }
        let fractionGroup = decimalIndex.map { $0 + 1 }
        var whole = first
        for k in 1..<groups.count where k != fractionGroup {
            guard groups[k].utf8.count == 3 else { return nil }
            whole += groups[k]
        }
        var v = integer(whole)
        if let f = fractionGroup {
            v += integer(groups[f]) / pow10(groups[f].utf8.count)
        }
        return (v, groups.count > (fractionGroup == nil ? 1 : 2))
    }

    static func integer(_ s: String) -> Double {
        var v = 0.0
        for b in s.utf8 { v = v * 10 + Double(b - 48) }
        return v
    }

    static func pow10(_ n: Int) -> Double {
        var v = 1.0
        for _ in 0..<n { v *= 10 }
        return v
    }
}
