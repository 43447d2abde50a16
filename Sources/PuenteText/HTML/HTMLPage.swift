import PuenteModel

/// A web page reduced to its main text and metadata.
///
/// Built from raw bytes in one step: inflate gzip, decode the charset, parse with libxml2, choose
/// the article body by text and link density, block structure, tag semantics and class hints.
/// The headline is not part of `mainText`; it is `title`.
public struct HTMLPage: Sendable {
    /// Largest inflated size of a gzip page, in bytes; bigger pages give empty text and a warning.
    public static let maximumInflatedSize = 200 * 1024 * 1024

    /// The article body: blocks (paragraphs, headings, list items) separated by one blank line
    /// ("\n\n"). Characters are the page's own with entities decoded; runs of whitespace inside a
    /// block are one space; no block has leading or trailing spaces. Empty when nothing was found.
    public var mainText: String
    /// `og:title`, `<title>` without a trailing site name, JSON-LD headline, or the first `<h1>`.
    public var title: String?
    /// `og:site_name` or JSON-LD `publisher.name`.
    public var publisher: String?
    /// Publication date at the precision the page gives (JSON-LD, meta tags, `<time>`, dated URL).
    public var published: DateValue?
    /// English or Spanish when `<html lang>`, `og:locale` or `content-language` says so.
    public var language: Language?
    /// What went wrong or was guessed while reading the page, in plain words.
    public var warnings: [String]

    /// Parses raw bytes of a page (gzip-compressed or not; any charset) and extracts its main text
    /// and metadata. Never throws: an empty or unreadable page gives empty `mainText` and a warning.
    public init(parsing bytes: [UInt8], url: String? = nil) {
        mainText = ""
        warnings = []
        guard let input = Self.inflated(bytes, warnings: &warnings) else { return }
        guard !input.isEmpty else {
            warnings.append("page is empty")
            return
        }
        guard let tree = Self.parse(input, warnings: &warnings) else {
            warnings.append("libxml2 could not parse the page")
            return
        }
        let metadata = PageMetadata(tree: tree, url: url)
        title = metadata.title
        publisher = metadata.publisher
        published = metadata.published
        language = metadata.language
        mainText = MainTextExtractor.extract(tree: tree, metadata: metadata).joined(separator: "\n\n")
        if mainText.isEmpty { warnings.append("no main text found") }
    }

    /// The bytes, inflated when they are gzip; nil (with a warning) when they cannot be.
    private static func inflated(_ bytes: [UInt8], warnings: inout [String]) -> [UInt8]? {
        guard GzipInflater.isGzip(bytes) else { return bytes }
        switch GzipInflater.inflate(bytes, limit: maximumInflatedSize) {
        case let .inflated(inflated):
            return inflated
        case .tooLarge:
            warnings.append("gzip content inflates beyond \(maximumInflatedSize) bytes; page skipped")
        case .corrupt:
            warnings.append("gzip content is corrupt; page skipped")
        }
        return nil
    }

    /// Decodes the charset and parses; charsets libxml2 cannot convert fall back to UTF-8 or Windows-1252.
    private static func parse(_ input: [UInt8], warnings: inout [String]) -> HTMLTree? {
        let decoded = CharsetDecoder.decode(input)
        warnings += decoded.warnings
        var bytes = decoded.bytes
        var encoding = decoded.encoding
        if encoding != "UTF-8", !LibXMLConverter.supportsEncoding(encoding) {
            let isUTF8 = CharsetDecoder.isValidUTF8(input)
            warnings.append("charset \(encoding) is not supported; decoded as \(isUTF8 ? "UTF-8" : "Windows-1252")")
            bytes = isUTF8 ? input : CharsetDecoder.windows1252ToUTF8(input)
            encoding = "UTF-8"
        }
        return LibXMLConverter.convert(bytes, encoding: encoding)
    }
}
