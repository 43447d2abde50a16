/// A run of text between block boundaries, with its whitespace collapsed.
struct TextBlock: Sendable, Equatable {
    var text: String
    /// The innermost block element holding the text.
    var tag: HTMLTag
    /// Bytes of non-whitespace text inside links.
    var linkLength: Int
    /// Bytes of non-whitespace text.
    var length: Int

    var linkDensity: Double { length == 0 ? 0 : Double(linkLength) / Double(length) }
}

/// Renders chosen subtrees to text blocks, leaving out boilerplate found inside them.
struct BlockRenderer {
    let tree: HTMLTree
    let statistics: NodeStatistics

    /// The blocks of `roots` (document order), after in-content clean-up.
    func render(_ roots: [Int]) -> [TextBlock] {
        let contentLength = max(1, roots.reduce(0) { $0 + Int(statistics.textLength[$1]) })
        var builder = BlockBuilder()
        var blocks: [TextBlock] = []
        for root in roots {
            var openBlocks: [(end: Int, tag: HTMLTag)] = []
            var node = root
            let stop = Int(tree.end[root])
            while node < stop {
                while let last = openBlocks.last, last.end <= node {
                    openBlocks.removeLast()
                    builder.flush(into: &blocks)
                    builder.tag = openBlocks.last?.tag ?? .div
                }
                let tag = tree.tag[node]
                if tag == .text {
                    builder.append(tree, node, inLink: statistics.inLink[node])
                    node += 1
                    continue
                }
                if statistics.excluded[node] || (node != root && dropsInside(node, contentLength: contentLength)) {
                    node = Int(tree.end[node])
                    continue
                }
                if tag == .td || tag == .th {
                    builder.separateWords()
                } else if tag.isBlock {
                    builder.flush(into: &blocks)
                    if tag != .br && tag != .hr {
                        openBlocks.append((Int(tree.end[node]), tag))
                        builder.tag = tag
                    }
                }
                node += 1
            }
            builder.flush(into: &blocks)
        }
        return blocks
    }

    /// In-content clean-up: link lists, hinted boilerplate, bylines and captions, headers.
    private func dropsInside(_ node: Int, contentLength: Int) -> Bool {
        let hints = tree.hints[node]
        let length = Int(statistics.textLength[node])
        let share = Double(length) / Double(contentLength)
        let density = statistics.linkDensity(node)
        if hints.contains(.articleBody) || hints.contains(.embeddedPost) { return false }
        switch tree.tag[node] {
        case .tr, .td, .th, .tbody, .thead, .li, .p: return false
        default: break
        }
        if hints.contains(.negative), share < 0.3 { return true }
        if hints.contains(.metadata), length < 600 { return true }
        switch tree.tag[node] {
        case .header:
            return share < 0.25
        case .ul, .ol, .dl:
            return density > 0.5
        case .div, .section, .table, .form, .article:
            return density > 0.5 && share < 0.3
        default:
            return false
        }
    }
}

/// Accumulates text with whitespace collapsed to single spaces.
struct BlockBuilder {
    var bytes: [UInt8] = []
    var tag: HTMLTag = .div
    private var pendingSpace = false
    private var length = 0
    private var linkLength = 0

    mutating func append(_ tree: HTMLTree, _ node: Int, inLink: Bool) {
        let start = Int(tree.textStart[node])
        let stop = start + Int(tree.textLength[node])
        var index = start
        while index < stop {
            let byte = tree.textBytes[index]
            if byte == 32 || byte == 9 || byte == 10 || byte == 13 || byte == 12 {
                pendingSpace = true
                index += 1
                continue
            }
            if byte == 0xC2, index + 1 < stop, tree.textBytes[index + 1] == 0xA0 {
                pendingSpace = true
                index += 2
                continue
            }
            if pendingSpace, !bytes.isEmpty { bytes.append(32) }
            pendingSpace = false
            bytes.append(byte)
            length += 1
            if inLink { linkLength += 1 }
            index += 1
        }
    }

    /// Makes the next text start after a space (between table cells).
    mutating func separateWords() { pendingSpace = true }

    mutating func flush(into blocks: inout [TextBlock]) {
        if !bytes.isEmpty {
            blocks.append(TextBlock(text: String(decoding: bytes, as: UTF8.self), tag: tag,
                                    linkLength: linkLength, length: length))
        }
        bytes.removeAll(keepingCapacity: true)
        pendingSpace = false
        length = 0
        linkLength = 0
    }
}
