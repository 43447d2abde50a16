/// Turns page bytes in any declared or sniffed charset into UTF-8 for the parser.
///
/// Order: byte-order mark, `<meta charset>` or `http-equiv` content type in the first 4 KiB, else
/// UTF-8 when the bytes are valid UTF-8, else Windows-1252 with a warning.
struct CharsetDecoder {
    /// UTF-8 bytes, or the original bytes with the charset libxml2 should convert from.
    struct Decoded {
        var bytes: [UInt8]
        /// The charset name to hand libxml2; "UTF-8" once Swift has transcoded.
        var encoding: String
        var warnings: [String]
    }

    static func decode(_ input: [UInt8]) -> Decoded {
        if input.starts(with: [0xEF, 0xBB, 0xBF]) {
            return fromUTF8(Array(input.dropFirst(3)), declared: true)
        }
        if input.starts(with: [0xFF, 0xFE]) { return fromUTF16(input.dropFirst(2), bigEndian: false) }
        if input.starts(with: [0xFE, 0xFF]) { return fromUTF16(input.dropFirst(2), bigEndian: true) }
        guard let declared = declaredCharset(in: input) else {
            if isValidUTF8(input) { return Decoded(bytes: input, encoding: "UTF-8", warnings: []) }
            return Decoded(bytes: windows1252ToUTF8(input), encoding: "UTF-8",
                           warnings: ["no charset declared and not valid UTF-8; decoded as Windows-1252"])
        }
        switch declared {
        case "utf-8", "utf8", "unicode-1-1-utf-8":
            return fromUTF8(input, declared: true)
        case "iso-8859-1", "latin1", "latin-1", "windows-1252", "cp1252", "us-ascii", "ascii", "iso8859-1", "l1":
            if declared.contains("ascii") || declared.contains("8859"), isValidUTF8(input), !isASCII(input) {
                return Decoded(bytes: input, encoding: "UTF-8",
                               warnings: ["declared charset \(declared) but the bytes are UTF-8; decoded as UTF-8"])
            }
            return Decoded(bytes: windows1252ToUTF8(input), encoding: "UTF-8", warnings: [])
        case "utf-16", "utf-16le":
            return fromUTF16(input[...], bigEndian: false)
        case "utf-16be":
            return fromUTF16(input[...], bigEndian: true)
        default:
            return Decoded(bytes: input, encoding: declared, warnings: [])
        }
    }

    private static func fromUTF8(_ bytes: [UInt8], declared: Bool) -> Decoded {
        if isValidUTF8(bytes) { return Decoded(bytes: bytes, encoding: "UTF-8", warnings: []) }
        let repaired = Array(String(decoding: bytes, as: UTF8.self).utf8)
        return Decoded(bytes: repaired, encoding: "UTF-8",
                       warnings: ["invalid UTF-8 sequences replaced by U+FFFD"])
    }

    private static func fromUTF16(_ bytes: ArraySlice<UInt8>, bigEndian: Bool) -> Decoded {
        Decoded(bytes: Array(TextDecoding.decodeUTF16(bytes, littleEndian: !bigEndian).utf8), encoding: "UTF-8", warnings: [])
    }

    /// The lower-cased charset named by a `<meta>` in the first 4 KiB, if any.
    static func declaredCharset(in bytes: [UInt8]) -> String? {
        let window = bytes.prefix(4096).map { ($0 >= 65 && $0 <= 90) ? $0 | 0x20 : $0 }
        let key = Array("charset".utf8)
        var start = 0
        while start + key.count < window.count {
            defer { start += 1 }
            guard window[start] == key[0], window[start ..< start + key.count].elementsEqual(key) else { continue }
            guard isInsideMeta(window, at: start) else { continue }
            var cursor = start + key.count
            while cursor < window.count, window[cursor] == 32 { cursor += 1 }
            guard cursor < window.count, window[cursor] == UInt8(ascii: "=") else { continue }
            cursor += 1
            while cursor < window.count, [32, 34, 39].contains(window[cursor]) { cursor += 1 }
            var name: [UInt8] = []
            while cursor < window.count, isCharsetByte(window[cursor]) {
                name.append(window[cursor])
                cursor += 1
            }
            if !name.isEmpty { return String(decoding: name, as: UTF8.self) }
        }
        return nil
    }

    private static func isInsideMeta(_ window: [UInt8], at position: Int) -> Bool {
        var cursor = position
        while cursor > 0 {
            cursor -= 1
            if window[cursor] == UInt8(ascii: ">") { return false }
            if window[cursor] == UInt8(ascii: "<") {
                return window[cursor...].starts(with: Array("<meta".utf8))
            }
        }
        return false
    }

    private static func isCharsetByte(_ byte: UInt8) -> Bool {
        (byte >= 97 && byte <= 122) || (byte >= 48 && byte <= 57) || byte == 45 || byte == 95 || byte == 58 || byte == 46
    }

    private static func isASCII(_ bytes: [UInt8]) -> Bool { !bytes.contains { $0 >= 0x80 } }

    /// Strict UTF-8 validation (no overlongs, no surrogates, nothing above U+10FFFF).
    static func isValidUTF8(_ bytes: [UInt8]) -> Bool {
        bytes.withUnsafeBufferPointer { buffer in
            var index = 0
            let count = buffer.count
            while index < count {
                let lead = buffer[index]
                if lead < 0x80 { index += 1; continue }
                let length: Int
                var lower: UInt8 = 0x80, upper: UInt8 = 0xBF
                switch lead {
                case 0xC2 ... 0xDF: length = 2
                case 0xE0: length = 3; lower = 0xA0
                case 0xE1 ... 0xEC, 0xEE ... 0xEF: length = 3
                case 0xED: length = 3; upper = 0x9F
                case 0xF0: length = 4; lower = 0x90
                case 0xF1 ... 0xF3: length = 4
                case 0xF4: length = 4; upper = 0x8F
                default: return false
                }
                guard index + length <= count else { return false }
                let second = buffer[index + 1]
                guard second >= lower, second <= upper else { return false }
                for offset in 2 ..< max(2, length) where buffer[index + offset] & 0xC0 != 0x80 { return false }
                index += length
            }
            return true
        }
    }

    /// Windows-1252 bytes as UTF-8 (its five unassigned bytes map to the C1 controls, as browsers do).
    static func windows1252ToUTF8(_ bytes: [UInt8]) -> [UInt8] {
        Array(TextDecoding.windows1252(bytes).utf8)
    }
}
