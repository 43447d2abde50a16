import Foundation

extension Lexicon {
    /// The lowercase ASCII slug of a name: "Marcelo Ebrard" → `marcelo-ebrard`,
    /// "Alicia Bárcena" → `alicia-barcena`. Person ids are `person:` + this slug.
    public static func slug(_ name: String) -> String {
        var out = ""
        var dash = false
        for s in name.unicodeScalars {
            let f = Folding.fold(s) & ~Folding.upperBit
            if f != 0, let u = Unicode.Scalar(f), u.isASCII {
                if dash && !out.isEmpty { out.append("-") }
                dash = false
                out.unicodeScalars.append(u)
            } else if s != "'" && s != "\u{2019}" && s != "." {
                dash = true
            }
        }
        return out
    }

    /// The id for a mechanism the lexicon lacks: the name's words upper-cased and joined with "-",
    /// accents dropped, a leading "the" removed ("U.S.-Mexico Energy Business Council" →
    /// `US-MEXICO-ENERGY-BUSINESS-COUNCIL`).
    public static func mechanismID(forName name: String) -> String {
        var words = slug(name).split(separator: "-").map { $0.uppercased() }
        if words.first == "THE" || words.first == "EL" || words.first == "LA" { words.removeFirst() }
        return words.joined(separator: "-")
    }
}
