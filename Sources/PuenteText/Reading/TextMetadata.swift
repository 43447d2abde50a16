import PuenteModel

/// Title and date that a clean text states at its top.
enum TextMetadata {
    /// How many lines from the top may hold the title or the date line.
    static let headLines = 12

    /// The first heading line of four words or more near the top (else the first heading), unless it is a date line.
    static func title(of text: String) -> String? {
        var headings: [String] = []
        for line in headLines(of: text).prefix(5) {
            let scalars = Array(line.unicodeScalars)
            guard LineClassifier.kind(of: 0..<scalars.count, in: scalars) == .heading, scalars.count >= 8 else { continue }
            if DatelineParser.date(in: line) != nil, line.split(separator: " ").count <= 10 { continue }
            headings.append(line)
        }
        return headings.first(where: { $0.split(separator: " ").count >= 4 }) ?? headings.first
    }

    static func date(of text: String, language: Language) -> DateValue? {
        DatelineParser.firstDate(in: headLines(of: text), language: language)
    }

    private static func headLines(of text: String) -> [String] {
        Array(text.split(separator: "\n", maxSplits: headLines, omittingEmptySubsequences: true).prefix(headLines).map(String.init))
    }
}
