/// A word, digit run or single punctuation scalar of a text, addressed by Unicode-scalar offsets.
///
/// Shared by the time and amount taggers. Words are folded (lowercased, Latin accents stripped,
/// `ñ` to `n`) so that lookups match "Septiembre", "septiembre" and "SEPTIEMBRE" alike.
struct TextToken: Sendable {
    enum Kind: UInt8, Sendable { case word, number, punct }

    var kind: Kind
    /// First scalar offset (inclusive) into the whole text.
    var start: Int
    /// Last scalar offset (exclusive) into the whole text.
    var end: Int
    /// Folded word, the digits of a number, or the punctuation scalar.
    var folded: String
    /// The word starts with an uppercase letter.
    var isCapitalized: Bool
    /// Newlines in the whitespace before this token (capped at 2; 2 means a blank line).
    var newlinesBefore: UInt8
}

/// Splits a range of a `ScalarText` into `TextToken`s in one pass.
enum TextTokenizer {
    /// Tokens of `text` within `range`, in order. Runs in time linear in the range's length.
    static func tokens(of text: ScalarText, in range: Range<Int>) -> [TextToken] {
        let scalars = text.scalars
        var tokens: [TextToken] = []
        tokens.reserveCapacity(range.count / 5 + 1)
        var buffer: [UInt8] = []
        buffer.reserveCapacity(160)
        var i = range.lowerBound
        let end = range.upperBound
        var newlines: UInt8 = 0
        while i < end {
            let s = scalars[i]
            let v = s.value
            if isSpace(v) {
                if v == 0x0A { newlines = min(newlines + 1, 2) }
                i += 1
                continue
            }
            let start = i
            buffer.removeAll(keepingCapacity: true)
            if v >= 0x30 && v <= 0x39 {
                while i < end, scalars[i].value >= 0x30, scalars[i].value <= 0x39 {
                    // Digit runs longer than 32 keep a 32-digit prefix; no rule accepts them.
                    if buffer.count < 32 { buffer.append(UInt8(truncatingIfNeeded: scalars[i].value)) }
                    i += 1
                }
                tokens.append(TextToken(kind: .number, start: start, end: i, folded: String(decoding: buffer, as: UTF8.self),
                                        isCapitalized: false, newlinesBefore: newlines))
            } else if isLetter(s) {
                let capital = (v >= 0x41 && v <= 0x5A) || (v >= 0xC0 && v <= 0xDE && v != 0xD7)
                var letters = 0
                while i < end, isLetter(scalars[i]) {
                    if letters < 40 {
                        let f = fold(scalars[i])
                        if f.value < 0x80 { buffer.append(UInt8(truncatingIfNeeded: f.value)) } else { UTF8.encode(f) { buffer.append($0) } }
                        letters += 1
                    }
                    i += 1
                }
                tokens.append(TextToken(kind: .word, start: start, end: i, folded: String(decoding: buffer, as: UTF8.self),
                                        isCapitalized: capital, newlinesBefore: newlines))
            } else {
                i += 1
                tokens.append(TextToken(kind: .punct, start: start, end: i, folded: String(s),
                                        isCapitalized: false, newlinesBefore: newlines))
            }
            newlines = 0
        }
        return tokens
    }

    static func isSpace(_ v: UInt32) -> Bool {
        v == 0x20 || v == 0x0A || v == 0x09 || v == 0x0D || v == 0xA0 || v == 0x0B || v == 0x0C
            || (v >= 0x2000 && v <= 0x200A) || v == 0x202F || v == 0x3000
    }

    static func isLetter(_ s: Unicode.Scalar) -> Bool {
        let v = s.value
        if v < 0x80 { return (v >= 0x61 && v <= 0x7A) || (v >= 0x41 && v <= 0x5A) }
        if v >= 0xC0 && v <= 0x24F { return v != 0xD7 && v != 0xF7 }
        if v < 0x300 { return false }
        return s.properties.isAlphabetic
    }

    /// Lowercases ASCII and Latin-1 letters and strips their accents; other scalars pass through.
    static func fold(_ s: Unicode.Scalar) -> Unicode.Scalar {
        let v = s.value
        if v < 0x80 { return (v >= 0x41 && v <= 0x5A) ? Unicode.Scalar(v + 32)! : s }
        guard v >= 0xC0 && v <= 0xFF else { return s }
        let index = Int(v - 0xC0)
        return latin1Folds[index]
    }

    private static let latin1Folds: [Unicode.Scalar] = Array(
        "aaaaaaaceeeeiiiidnooooo×ouuuuyþsaaaaaaaceeeeiiiidnooooo÷ouuuuyþy".unicodeScalars)
}

extension TextToken {
    var isWord: Bool { kind == .word }
    var isNumber: Bool { kind == .number }
    var isPunct: Bool { kind == .punct }

    /// The integer value of a number token of at most 9 digits.
    var intValue: Int? {
        guard kind == .number, folded.utf8.count <= 9 else { return nil }
        return Int(folded)
    }

    var digitCount: Int { kind == .number ? folded.utf8.count : 0 }
}
