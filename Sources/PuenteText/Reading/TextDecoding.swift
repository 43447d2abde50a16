/// Turns bytes into text: UTF-8 (with or without BOM), UTF-16 with a BOM, else Windows-1252.
public enum TextDecoding {
    public struct Result: Sendable {
        public var text: String
        /// Set when the bytes were not valid UTF-8 and were read as Windows-1252.
        public var usedFallback: Bool
    }

    /// Decodes `bytes`; never fails, since every byte has a Windows-1252 reading.
    public static func decode(_ bytes: [UInt8]) -> Result {
        if bytes.starts(with: [0xEF, 0xBB, 0xBF]) {
            return decodeUTF8OrFallback(Array(bytes.dropFirst(3)))
        }
        if bytes.starts(with: [0xFF, 0xFE]) { return Result(text: decodeUTF16(bytes.dropFirst(2), littleEndian: true), usedFallback: false) }
        if bytes.starts(with: [0xFE, 0xFF]) { return Result(text: decodeUTF16(bytes.dropFirst(2), littleEndian: false), usedFallback: false) }
        return decodeUTF8OrFallback(bytes)
    }

    private static func decodeUTF8OrFallback(_ bytes: [UInt8]) -> Result {
        if let text = String(validating: bytes, as: UTF8.self) { return Result(text: text, usedFallback: false) }
        return Result(text: windows1252(bytes), usedFallback: true)
    }

    static func decodeUTF16(_ bytes: ArraySlice<UInt8>, littleEndian: Bool) -> String {
        var units: [UInt16] = []
        units.reserveCapacity(bytes.count / 2)
        var i = bytes.startIndex
        while i + 1 < bytes.endIndex {
            let a = UInt16(bytes[i]), b = UInt16(bytes[i + 1])
            units.append(littleEndian ? a | b << 8 : a << 8 | b)
            i += 2
        }
        return String(decoding: units, as: UTF16.self)
    }

    /// Windows-1252 as browsers read it (WHATWG): Latin-1 with printable characters in 0x80–0x9F,
    /// the five unassigned bytes kept as C1 controls.
    public static func windows1252(_ bytes: [UInt8]) -> String {
        let high: [UInt32] = [
            0x20AC, 0x81, 0x201A, 0x0192, 0x201E, 0x2026, 0x2020, 0x2021, 0x02C6, 0x2030, 0x0160, 0x2039, 0x0152, 0x8D, 0x017D, 0x8F,
            0x90, 0x2018, 0x2019, 0x201C, 0x201D, 0x2022, 0x2013, 0x2014, 0x02DC, 0x2122, 0x0161, 0x203A, 0x0153, 0x9D, 0x017E, 0x0178,
        ]
        var view = String.UnicodeScalarView()
        view.reserveCapacity(bytes.count)
        for b in bytes {
            let value = (0x80...0x9F).contains(b) ? high[Int(b) - 0x80] : UInt32(b)
            view.append(Unicode.Scalar(value) ?? "\u{FFFD}")
        }
        return String(view)
    }

    /// Whether bytes look like a binary file rather than text: NUL bytes, or many control bytes.
    public static func looksBinary(_ bytes: [UInt8]) -> Bool {
        let sample = bytes.prefix(65_536)
        guard !sample.isEmpty else { return false }
        if bytes.starts(with: [0xFF, 0xFE]) || bytes.starts(with: [0xFE, 0xFF]) { return false }
        var control = 0
        for b in sample {
            if b == 0 { return true }
            if b < 0x20 && b != 0x09 && b != 0x0A && b != 0x0D && b != 0x0C { control += 1 }
        }
        return control * 20 > sample.count
    }
}
