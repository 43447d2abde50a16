/// Tells headings and list items from prose lines.
enum LineClassifier {
    static func kind(of line: Range<Int>, in s: [Unicode.Scalar]) -> Sentence.Kind {
        if isListItem(line, in: s) { return .listItem }
        if isHeading(line, in: s) { return .heading }
        return .prose
    }

    /// "• …", "- …", "* …", "1. …", "2) …", "a) …", "(iii) …".
    static func isListItem(_ line: Range<Int>, in s: [Unicode.Scalar]) -> Bool {
        guard let first = line.first else { return false }
        let c = s[first]
        if "•◦▪‣·●○■□–—-*".unicodeScalars.contains(c) {
            return line.count > 1 && ScalarClass.isWhitespace(s[first + 1])
        }
        var i = first
        if c == "(" { i += 1 }
        let markerStart = i
        while i < line.upperBound, i - markerStart < 4, ScalarClass.isLetter(s[i]) || ("0"..."9").contains(s[i]) { i += 1 }
        guard i > markerStart, i + 1 < line.upperBound, s[i] == "." || s[i] == ")" else { return false }
        guard ScalarClass.isWhitespace(s[i + 1]) else { return false }
        let marker = s[markerStart..<i]
        let numeric = marker.allSatisfy { ("0"..."9").contains($0) }
        let letter = marker.count == 1 && marker.first!.properties.isLowercase
        let roman = marker.allSatisfy { "ivxlIVXL".unicodeScalars.contains($0) }
        return numeric || letter || roman
    }

    /// A short line with no closing punctuation: a title, a section heading, a dateline.
    static func isHeading(_ line: Range<Int>, in s: [Unicode.Scalar]) -> Bool {
        guard let lastIndex = line.last else { return false }
        let last = s[lastIndex]
        if ".!?;:…,".unicodeScalars.contains(last) { return false }
        if TextSegmenter.isClosingMark(last), lastIndex > line.lowerBound, ".!?".unicodeScalars.contains(s[lastIndex - 1]) { return false }
        var words = 0
        var inWord = false
        for i in line {
            let isSpace = ScalarClass.isWhitespace(s[i])
            if !isSpace && !inWord { words += 1 }
            inWord = !isSpace
        }
        return words <= 20
    }
}
