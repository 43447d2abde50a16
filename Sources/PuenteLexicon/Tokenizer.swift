/// A word of a text after folding: offsets, a hash of the folded letters and case flags.
struct Token: Sendable {
    /// Scalar offsets of the word in the text (an abbreviation's final dot included).
    var start: Int
    var end: Int
    /// FNV-1a hash of the folded scalars; equal words hash equal.
    var hash: UInt64
    /// Case and gap flags, see the static masks.
    var flags: UInt8

    static let firstUpper: UInt8 = 1
    static let allUpper: UInt8 = 2
    /// The gap before this token holds a comma.
    static let commaBefore: UInt8 = 4
    /// The gap before this token holds sentence punctuation, a line break or a bracket.
    static let hardBefore: UInt8 = 8
    static let hasLetter: UInt8 = 16

    var isCapitalized: Bool { flags & Self.firstUpper != 0 }
    var isAllUpper: Bool { flags & Self.allUpper != 0 }
}

/// Splits text into folded words in one pass: letters and digits form words; `U.S.` and `EE.UU.`
/// are one word; `'s` possessives are dropped; other apostrophes inside words are ignored.
enum Tokenizer {
    static let fnvOffset: UInt64 = 0xcbf29ce484222325
    static let fnvPrime: UInt64 = 0x100000001b3

    static func tokenize(_ scalars: [Unicode.Scalar]) -> [Token] {
        var tokens: [Token] = []
        tokens.reserveCapacity(scalars.count / 5)
        let n = scalars.count
        var i = 0
        var gap: UInt8 = 0
        var prevShort = false
        while i < n {
            let s = scalars[i]
            var f = Folding.fold(s)
            if f == 0 {
                gap |= gapFlag(s, afterShortWord: prevShort)
                i += 1
                continue
            }
            let start = i
            var hash = fnvOffset
            var segment = 0, letters = 0, uppers = 0
            var firstUpper = false
            var end = -1
            while true {
                if f != 0 {
                    let isUpper = f & Folding.upperBit != 0
                    let v = f & ~Folding.upperBit
                    if v > 0x39 { letters += 1; if isUpper { uppers += 1 } }
                    if i == start { firstUpper = isUpper }
                    hash = (hash ^ UInt64(v)) &* fnvPrime
                    segment += 1
                    i += 1
                } else if s2(scalars, i) == "." && segment <= 2 && isShortSegment(scalars, i + 1) {
                    segment = 0
                    i += 1
                } else if Folding.isApostrophe(scalars[i]), i + 1 < n, Folding.fold(scalars[i + 1]) != 0 {
                    let next = Folding.fold(scalars[i + 1]) & ~Folding.upperBit
                    if next == 0x73, i + 2 >= n || Folding.fold(scalars[i + 2]) == 0 {
                        end = i
                        i += 2
                        break
                    }
                    i += 1
                } else {
                    break
                }
                if i >= n { break }
                f = Folding.fold(scalars[i])
            }
            if end < 0 {
                end = i
                // Keep the final dot of an abbreviation such as "U.S." in the word.
                if i < n, scalars[i] == ".", segment <= 2, letters >= 2, uppers == letters, i - start > letters { end = i + 1; i += 1 }
            }
            var flags: UInt8 = gap
            if firstUpper { flags |= Token.firstUpper }
            if letters > 0 { flags |= Token.hasLetter }
            if letters > 0 && uppers == letters { flags |= Token.allUpper }
            tokens.append(Token(start: start, end: end, hash: hash, flags: flags))
            prevShort = (letters <= 2 && letters > 0 && uppers > 0) || (letters <= 3 && firstUpper && uppers == 1)
            gap = 0
        }
        return tokens
    }

    @inline(__always) private static func s2(_ scalars: [Unicode.Scalar], _ i: Int) -> Unicode.Scalar { scalars[i] }

    /// Whether a segment of one or two letters, then a non-letter, starts at `i`.
    @inline(__always) private static func isShortSegment(_ scalars: [Unicode.Scalar], _ i: Int) -> Bool {
        let n = scalars.count
        guard i < n, Folding.fold(scalars[i]) != 0 else { return false }
        if i + 1 >= n || Folding.fold(scalars[i + 1]) == 0 { return true }
        return i + 2 >= n || Folding.fold(scalars[i + 2]) == 0
    }

    @inline(__always) private static func gapFlag(_ s: Unicode.Scalar, afterShortWord: Bool) -> UInt8 {
        switch s {
        case " ", "-", "\u{2013}", "\u{2014}", "\u{00A0}", "\t", "'", "\u{2019}", "/", "\"", "\u{201C}", "\u{201D}", "&": return 0
        case ",": return Token.commaBefore
        case ".": return afterShortWord ? 0 : Token.hardBefore
        default: return Token.hardBefore
        }
    }

    /// The hash of one folded word, for lookups of fixed words ("of", "de").
    static func hash(_ word: String) -> UInt64 {
        tokenize(Array(word.unicodeScalars)).first?.hash ?? 0
    }
}
