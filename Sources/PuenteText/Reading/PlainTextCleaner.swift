/// Cleans scraped or plain text into Puente's clean-text form.
///
/// The result has one block per paragraph, heading or list, separated by one blank line; list
/// items stay one per line; hard-wrapped lines are joined with a space; runs of spaces and tabs
/// become one space. Furniture lines are dropped. Sentences keep their characters otherwise.
public enum PlainTextCleaner {
    public static func clean(_ raw: String) -> String {
        var blocks: [[String]] = [[]]
        var inLinkList = false
        for rawLine in normalizedLines(raw) {
            let line = collapseSpaces(rawLine)
            if line.isEmpty {
                if !(blocks.last?.isEmpty ?? true) { blocks.append([]) }
                continue
            }
            if Furniture.opensLinkList(line) { inLinkList = true; continue }
            if inLinkList {
                if isSubstantialProse(line) { inLinkList = false } else { continue }
            }
            if Furniture.isFurniture(line) { continue }
            blocks[blocks.count - 1].append(line)
        }
        var output: [String] = []
        for block in blocks where !block.isEmpty && !isMenu(block) {
            output.append(contentsOf: paragraphs(of: unwrap(block)))
        }
        return output.joined(separator: "\n\n")
    }

    static func normalizedLines(_ raw: String) -> [String] {
        var lines: [String] = []
        var current = String.UnicodeScalarView()
        var previousWasCR = false
        for c in raw.unicodeScalars {
            if c == "\n" && previousWasCR { previousWasCR = false; continue }
            previousWasCR = c == "\r"
            if c == "\n" || c == "\r" || c == "\u{2028}" || c == "\u{2029}" || c == "\u{0C}" {
                lines.append(String(current))
                current = String.UnicodeScalarView()
            } else if c.value < 0x20 && c != "\t" || c.value == 0x7F || c == "\u{FEFF}" {
                continue  // control characters and stray BOMs carry no text
            } else {
                current.append(c)
            }
        }
        lines.append(String(current))
        return lines
    }

    static func collapseSpaces(_ line: String) -> String {
        var out = String.UnicodeScalarView()
        var pendingSpace = false
        for c in line.unicodeScalars {
            if c == " " || c == "\t" {
                pendingSpace = !out.isEmpty
                continue
            }
            if pendingSpace { out.append(" "); pendingSpace = false }
            out.append(c)
        }
        return String(out)
    }

    /// Joins hard-wrapped lines of one block.
    static func unwrap(_ lines: [String]) -> [String] {
        var result: [String] = []
        for line in lines {
            if let last = result.last, shouldJoin(last, line) {
                result[result.count - 1] = last + " " + line
            } else {
                result.append(line)
            }
        }
        return result
    }

    static func shouldJoin(_ line: String, _ next: String) -> Bool {
        if isListItem(next) { return false }
        guard let end = line.unicodeScalars.last, !endsSentence(line) || end == "," else { return false }
        if let first = next.unicodeScalars.first, first.properties.isLowercase { return true }
        let lineLength = line.unicodeScalars.count, nextWords = next.split(separator: " ").count
        if isListItem(line) { return lineLength >= 55 && nextWords >= 4 }
        return lineLength >= 55 && (endsSentence(next) || next.unicodeScalars.count >= 55) && nextWords >= 4
    }

    static func endsSentence(_ line: String) -> Bool {
        var scalars = line.unicodeScalars.reversed().makeIterator()
        guard var last = scalars.next() else { return false }
        if "\"”’»)'".unicodeScalars.contains(last), let before = scalars.next() { last = before }
        return ".!?:;…".unicodeScalars.contains(last)
    }

    static func isListItem(_ line: String) -> Bool {
        let s = Array(line.unicodeScalars)
        return LineClassifier.isListItem(0..<s.count, in: s)
    }

    /// Prose lines become paragraphs of their own; runs of list items stay one block.
    static func paragraphs(of lines: [String]) -> [String] {
        var output: [String] = []
        var list: [String] = []
        for line in lines {
            if isListItem(line) { list.append(line); continue }
            if !list.isEmpty { output.append(list.joined(separator: "\n")); list = [] }
            output.append(line)
        }
        if !list.isEmpty { output.append(list.joined(separator: "\n")) }
        return output
    }

    /// A block of two or more short lines without digits or closing punctuation: navigation.
    static func isMenu(_ block: [String]) -> Bool {
        block.count >= 2 && block.allSatisfy { line in
            !isListItem(line) && line.split(separator: " ").count <= 4 && !endsSentence(line) && !line.contains(where: \.isNumber)
        }
    }

    static func isSubstantialProse(_ line: String) -> Bool {
        endsSentence(line) && line.split(separator: " ").count >= 12
    }
}
