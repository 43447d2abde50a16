/// Character classes with an ASCII fast path: Unicode property look-ups dominate tokenizing
/// time otherwise, and most scalars of English and Spanish text are ASCII.
enum ScalarClass {
    @inline(__always) static func isASCIILetter(_ c: Unicode.Scalar) -> Bool {
        (c.value >= 0x41 && c.value <= 0x5A) || (c.value >= 0x61 && c.value <= 0x7A)
    }

    @inline(__always) static func isDigit(_ c: Unicode.Scalar) -> Bool { c.value >= 0x30 && c.value <= 0x39 }

    @inline(__always) static func isLetter(_ c: Unicode.Scalar) -> Bool {
        c.value < 0x80 ? isASCIILetter(c) : c.properties.isAlphabetic
    }

    @inline(__always) static func isWhitespace(_ c: Unicode.Scalar) -> Bool {
        c.value < 0x80 ? (c == " " || (c.value >= 0x09 && c.value <= 0x0D)) : c.properties.isWhitespace
    }

    @inline(__always) static func isUppercase(_ c: Unicode.Scalar) -> Bool {
        c.value < 0x80 ? (c.value >= 0x41 && c.value <= 0x5A) : c.properties.isUppercase
    }
}
