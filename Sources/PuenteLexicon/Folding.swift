import Foundation

/// Case and accent folding of single scalars: `É` → `e`, `ñ` → `n`; 0 for scalars that are not
/// letters or digits.
enum Folding {
    /// Folded values for U+0000–U+024F, with the uppercase flag in bit 31.
    static let table: [UInt32] = (0..<0x250).map { v in
        guard let s = Unicode.Scalar(UInt32(v)) else { return 0 }
        return foldSlow(s)
    }

    static let upperBit: UInt32 = 1 << 31

    /// The folded value of `s` (bit 31 set when `s` is uppercase), or 0 for a separator.
    @inline(__always)
    static func fold(_ s: Unicode.Scalar) -> UInt32 {
        let v = s.value
        if v < 0x250 { return table[Int(v)] }
        return foldSlow(s)
    }

    static func foldSlow(_ s: Unicode.Scalar) -> UInt32 {
        let p = s.properties
        if p.numericType != nil, p.generalCategory == .decimalNumber { return s.value }
        guard p.isAlphabetic else { return 0 }
        let upper: UInt32 = p.isUppercase ? upperBit : 0
        let base = String(s).decomposedStringWithCanonicalMapping.unicodeScalars.first ?? s
        let lower = base.properties.lowercaseMapping.unicodeScalars.first ?? base
        return lower.value | upper
    }

    @inline(__always) static func isApostrophe(_ s: Unicode.Scalar) -> Bool {
        s == "'" || s == "\u{2019}" || s == "\u{02BC}"
    }
}
