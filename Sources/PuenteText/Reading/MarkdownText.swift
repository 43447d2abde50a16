/// Turns Markdown into plain text for the cleaner: markers go, text stays.
///
/// Headings lose their `#`, emphasis and code marks go, links keep their text, images and code
/// fences go, `*`/`+` bullets become `•` so list items stay list items.
enum MarkdownText {
    static func plainText(_ markdown: String) -> String {
        var output: [String] = []
        var inFence = false
        for line in PlainTextCleaner.normalizedLines(markdown) {
            let trimmed = line.trimmingSpaces()
            if trimmed.hasPrefix("```") || trimmed.hasPrefix("~~~") { inFence.toggle(); continue }
            if inFence { continue }
            // Reference definitions ("[1]: https://…") and horizontal rules carry no text.
            if trimmed.hasPrefix("["), trimmed.contains("]: ") { continue }
            if trimmed.count >= 3, Set(trimmed.filter { $0 != " " }).count == 1, "-*_".contains(trimmed.first!) { output.append(""); continue }
            output.append(inline(block(trimmed)))
        }
        return output.joined(separator: "\n")
    }

    private static func block(_ line: String) -> String {
        var s = Substring(line)
        while s.hasPrefix(">") { s = s.dropFirst().drop(while: { $0 == " " }) }
        if s.hasPrefix("#") {
            let hashes = s.prefix(while: { $0 == "#" })
            if hashes.count <= 6 { s = s.dropFirst(hashes.count).drop(while: { $0 == " " }) }
            while s.hasSuffix("#") { s = s.dropLast() }
            return String(s).trimmingSpaces()
        }
        if s.hasPrefix("* ") || s.hasPrefix("+ ") { return "• " + s.dropFirst(2) }
        return String(s)
    }

    /// Removes inline marks: `![alt](url)`, `[text](url)`, `**`, `__`, `*`, `_` around words, backticks.
    private static func inline(_ line: String) -> String {
        let s = Array(line)
        var out = ""
        var i = 0
        while i < s.count {
            let c = s[i]
            if c == "!", i + 1 < s.count, s[i + 1] == "[", let close = linkEnd(s, from: i + 1) {
                i = close.end
                continue
            }
            if c == "[", let close = linkEnd(s, from: i) {
                out += String(s[(i + 1)..<close.textEnd])
                i = close.end
                continue
            }
            if c == "`" { i += 1; continue }
            if c == "*" || c == "_" {
                // Emphasis marks touch a word on one side; a lone "*" between spaces stays.
                let before = i > 0 ? s[i - 1] : " "
                let after = i + 1 < s.count ? s[i + 1] : " "
                let isMark = (before == " " || before == c || before.isPunctuation) != (after == " " || after.isPunctuation)
                    || after == c || before == c
                if isMark && !(c == "_" && before.isLetter && after.isLetter) { i += 1; continue }
            }
            out.append(c)
            i += 1
        }
        return out
    }

    /// For `[text](url)` starting at `open`, the end of the text and of the whole link.
    private static func linkEnd(_ s: [Character], from open: Int) -> (textEnd: Int, end: Int)? {
        guard let close = s[open...].firstIndex(of: "]"), close + 1 < s.count, s[close + 1] == "(",
              let paren = s[(close + 1)...].firstIndex(of: ")") else { return nil }
        return (close, paren + 1)
    }
}
