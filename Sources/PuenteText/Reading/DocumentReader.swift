import Foundation
import PuenteModel

/// Reads one document's bytes into a `Document`: clean main text and metadata.
///
/// Values the caller knows (from JSON Lines or the command line) win over what the document says.
public struct DocumentReader: Sendable {
    /// The kinds of input a single document comes in.
    public enum Format: String, Sendable, CaseIterable {
        case plainText = "txt", markdown = "md", html, pdf
    }

    /// Metadata given from outside the document.
    public struct Hints: Sendable {
        public var title: String?
        public var publisher: String?
        public var published: DateValue?
        public var language: Language?

        public init(title: String? = nil, publisher: String? = nil, published: DateValue? = nil, language: Language? = nil) {
            self.title = title
            self.publisher = publisher
            self.published = published
            self.language = language
        }
    }

    /// A document read, with what a person should know about the reading.
    public struct Result: Sendable {
        public var document: Document
        public var warnings: [ReadingWarning]
    }

    /// Documents larger than this many bytes are refused.
    public var maximumSize: Int
    /// How PDF files become text.
    public var pdfConverter: PDFConverter

    public init(maximumSize: Int = 32 << 20, pdfConverter: PDFConverter = PDFConverter()) {
        self.maximumSize = maximumSize
        self.pdfConverter = pdfConverter
    }

    /// The format a path's extension names (`.html.gz` is HTML), or nil.
    public static func format(ofPath path: String) -> Format? {
        var name = path.lowercased()
        if name.hasSuffix(".gz") { name.removeLast(3) }
        switch name.split(separator: ".").last.map(String.init) {
        case "txt", "text": return .plainText
        case "md", "markdown": return .markdown
        case "html", "htm", "xhtml": return .html
        case "pdf": return .pdf
        default: return nil
        }
    }

    /// Guesses the format of bytes with no name (standard input).
    public static func sniffFormat(_ bytes: [UInt8]) -> Format {
        if bytes.starts(with: Array("%PDF".utf8)) { return .pdf }
        if bytes.starts(with: [0x1F, 0x8B]) { return .html }
        let head = String(decoding: bytes.prefix(2048), as: UTF8.self).lowercased()
        if head.contains("<html") || head.contains("<!doctype html") || head.contains("<body") || head.contains("<p>") { return .html }
        return .plainText
    }

    /// Reads `bytes` of `format` that came from `source` (a path or URL).
    public func read(_ bytes: [UInt8], format: Format, source: String, hints: Hints = Hints()) throws(ReadingError) -> Result {
        guard !bytes.isEmpty else {
            throw ReadingError(.empty, location: source, message: "the file is empty; give a document with text in it")
        }
        guard bytes.count <= maximumSize else {
            throw ReadingError(.tooLarge, location: source, message: "the document is \(Self.describeSize(bytes.count)); Puente reads documents up to \(Self.describeSize(maximumSize)), so split it into smaller documents")
        }
        var warnings: [ReadingWarning] = []
        var extracted: (text: String, title: String?, publisher: String?, published: DateValue?, language: Language?)
        switch format {
        case .html:
            let page = HTMLPage(parsing: bytes, url: source)
            warnings += page.warnings.map { ReadingWarning(location: source, message: $0) }
            extracted = (PlainTextCleaner.clean(page.mainText), page.title, page.publisher, page.published, page.language)
        case .pdf:
            let raw = try pdfConverter.text(ofPDF: bytes, source: source)
            extracted = (PlainTextCleaner.clean(raw), nil, nil, nil, nil)
        case .plainText, .markdown:
            guard !TextDecoding.looksBinary(bytes) else {
                throw ReadingError(.binary, location: source, message: "the file looks binary, not text; give a .txt, .md, .html, .pdf or .jsonl document")
            }
            let decoded = TextDecoding.decode(bytes)
            if decoded.usedFallback {
                warnings.append(ReadingWarning(location: source, message: "the text is not valid UTF-8; read it as Windows-1252"))
            }
            let plain = format == .markdown ? MarkdownText.plainText(decoded.text) : decoded.text
            extracted = (PlainTextCleaner.clean(plain), nil, nil, nil, nil)
        }
        return try assemble(extracted, source: source, hints: hints, warnings: warnings)
    }

    /// Builds a document from text that is already decoded (a JSON Lines `text` field).
    public func read(text: String, source: String, hints: Hints = Hints()) throws(ReadingError) -> Result {
        try assemble((PlainTextCleaner.clean(text), nil, nil, nil, nil), source: source, hints: hints, warnings: [])
    }

    private func assemble(
        _ extracted: (text: String, title: String?, publisher: String?, published: DateValue?, language: Language?),
        source: String, hints: Hints, warnings: [ReadingWarning]
    ) throws(ReadingError) -> Result {
        var warnings = warnings
        let text = extracted.text
        guard !text.isEmpty else {
            throw ReadingError(.noText, location: source, message: "no main text was found in it; check that it is an article, statement or report with running text")
        }
        let title = hints.title ?? extracted.title ?? TextMetadata.title(of: text)
        var language = hints.language
        if language == nil {
            switch LanguageIdentifier.identify(text) {
            case .language(let found): language = found
            case .other(let code):
                let looks = code == "und" ? "does not look like English or Spanish" : "looks like language '\(code)'"
                warnings.append(ReadingWarning(location: source, message: "the text \(looks); Puente reads English and Spanish, so no items will be extracted (give --language to override)"))
            case .undetermined:
                language = extracted.language
                if language == nil {
                    warnings.append(ReadingWarning(location: source, message: "could not tell the language from so little text; give --language en or es"))
                }
            }
        }
        let published = hints.published ?? extracted.published
            ?? TextMetadata.date(of: text, language: language ?? .english) ?? DatelineParser.date(inURL: source)
        let document = Document(source: source, title: title, publisher: hints.publisher ?? extracted.publisher,
                                published: published, language: language, text: text)
        return Result(document: document, warnings: warnings)
    }

    /// A size for messages: "2.0 MB", "50 MB".
    public static func describeSize(_ bytes: Int) -> String {
        let mb = Double(bytes) / Double(1 << 20)
        return mb >= 10 ? "\(Int(mb.rounded())) MB" : "\((mb * 10).rounded() / 10) MB"
    }
}
