import Foundation

/// Reads Puente's tab-separated data files: `#` starts a comment line, blank lines are skipped.
enum TSV {
    /// The rows of `text`, each split at tabs, with at least `minimumColumns` columns.
    static func rows(_ text: String, minimumColumns: Int) -> [[String]] {
        text.split(whereSeparator: \.isNewline).compactMap { line in
            guard !line.hasPrefix("#") else { return nil }
            let columns = line.split(separator: "\t", omittingEmptySubsequences: false)
                .map { $0.trimmingCharacters(in: .whitespaces) }
            return columns.count >= minimumColumns ? columns : nil
        }
    }

    /// The contents of the bundled resource `Resources/<name>`.
    static func resource(_ name: String) throws -> String {
        guard let url = Bundle.module.url(forResource: "Resources/" + name, withExtension: nil)
            ?? Bundle.module.url(forResource: name, withExtension: nil) else {
            throw ExtractionError.missingResource(name)
        }
        return try String(contentsOf: url, encoding: .utf8)
    }
}

/// What went wrong while setting up extraction.
public enum ExtractionError: Error, CustomStringConvertible, Sendable {
    /// A data file of the extractor is missing from its bundle: reinstall or rebuild Puente.
    case missingResource(String)

    public var description: String {
        switch self {
        case let .missingResource(name):
            return "extraction data file '\(name)' is missing from the PuenteExtract bundle; rebuild or reinstall Puente"
        }
    }
}
