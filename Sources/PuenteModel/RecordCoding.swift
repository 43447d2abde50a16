import Foundation

/// The JSON encoders and decoders that write and read records as the format specifies.
///
/// Keys are sorted: Foundation's encoder otherwise writes them in hash order, which changes from
/// run to run, and the same document must always give the same bytes.
public enum RecordCoding {
    /// One record a line (no pretty printing, slashes unescaped).
    public static func lineEncoder() -> JSONEncoder {
        let encoder = JSONEncoder()
        encoder.outputFormatting = [.sortedKeys, .withoutEscapingSlashes]
        return encoder
    }

    /// Indented output for `--format json`.
    public static func prettyEncoder() -> JSONEncoder {
        let encoder = JSONEncoder()
        encoder.outputFormatting = [.prettyPrinted, .sortedKeys, .withoutEscapingSlashes]
        return encoder
    }

    public static func decoder() -> JSONDecoder { JSONDecoder() }
}
