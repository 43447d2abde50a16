/// Why a document could not be read. Each case says what went wrong and what to do.
public struct ReadingError: Error, Hashable, Sendable, CustomStringConvertible {
    public enum Code: String, Hashable, Sendable {
        case notFound = "not_found"
        case unreadable
        case empty
        case binary
        case tooLarge = "too_large"
        case unsupportedFormat = "unsupported_format"
        case pdfToolMissing = "pdf_tool_missing"
        case pdfConversionFailed = "pdf_conversion_failed"
        case malformedLine = "malformed_line"
        case noText = "no_text"
    }

    public var code: Code
    /// The file (and line, for JSON Lines) the error is about.
    public var location: String
    /// A sentence for people: what is wrong and what to do.
    public var message: String

    public init(_ code: Code, location: String, message: String) {
        self.code = code
        self.location = location
        self.message = message
    }

    public var description: String { "\(location): \(message)" }
}

/// Something a reader did that a person should know about, though the document was read.
public struct ReadingWarning: Hashable, Sendable, CustomStringConvertible {
    public var location: String
    public var message: String

    public init(location: String, message: String) {
        self.location = location
        self.message = message
    }

    public var description: String { "\(location): warning: \(message)" }
}
