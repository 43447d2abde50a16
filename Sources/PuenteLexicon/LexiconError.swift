/// The one error type of PuenteLexicon: what went wrong, in which file and entry, and what to do.
public struct LexiconError: Error, Equatable, Sendable, CustomStringConvertible {
    /// What kind of failure this is; stable for scripts and tests.
    public enum Code: String, Sendable {
        /// The file could not be read.
        case fileUnreadable = "file_unreadable"
        /// The file is not valid JSON or YAML of the lexicon schema.
        case malformedFile = "malformed_file"
        /// An entry breaks a rule of the schema (empty id, bad date, bad duration).
        case invalidEntry = "invalid_entry"
        /// An entry refers to a role or actor id that no file defines.
        case unknownReference = "unknown_reference"
        /// The shipped resources are missing from the bundle.
        case missingResource = "missing_resource"
    }

    public var code: Code
    /// The file path or resource name.
    public var file: String
    /// The id of the offending entry, when one is at fault.
    public var entry: String?
    /// What is wrong and what to do about it.
    public var message: String
    /// The underlying error's description, if any.
    public var cause: String?

    public init(code: Code, file: String, entry: String? = nil, message: String, cause: String? = nil) {
        self.code = code
        self.file = file
        self.entry = entry
        self.message = message
        self.cause = cause
    }

    public var description: String {
        var s = "\(file)"
        if let entry { s += ": entry '\(entry)'" }
        s += ": \(message)"
        if let cause { s += " (\(cause))" }
        return s
    }
}
