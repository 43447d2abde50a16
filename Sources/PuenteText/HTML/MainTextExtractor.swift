/// Turns a parsed page into its main text: choose the content elements, render them to blocks,
/// drop boilerplate blocks and the headline, and fall back to JSON-LD `articleBody` when the page
/// itself yields much less.
enum MainTextExtractor {
    /// Blocks shorter than this (in non-whitespace bytes) make a page count as "nearly empty".
    private static let minimumUsefulLength = 250

    static func extract(tree: HTMLTree, metadata: PageMetadata) -> [String] {
        var blocks = attempt(tree: tree, useHints: true, metadata: metadata)
        if length(blocks) < minimumUsefulLength {
            let relaxed = attempt(tree: tree, useHints: false, metadata: metadata)
            if length(relaxed) > length(blocks) { blocks = relaxed }
        }
        var texts = blocks.map(\.text)
        if let body = metadata.structuredBody {
            let paragraphs = structuredParagraphs(body)
            let structuredLength = paragraphs.reduce(0) { $0 + $1.utf8.count }
            let ownLength = texts.reduce(0) { $0 + $1.utf8.count }
            if Double(ownLength) < 0.5 * Double(structuredLength), !body.contains("<") { texts = paragraphs }
        }
        return texts
    }

    private static func attempt(tree: HTMLTree, useHints: Bool, metadata: PageMetadata) -> [TextBlock] {
        let statistics = NodeStatistics(tree: tree, useHints: useHints)
        let roots = ContentScorer.selectContent(tree: tree, statistics: statistics)
        let rendered = BlockRenderer(tree: tree, statistics: statistics).render(roots)
        return BlockFilter(title: metadata.title, heading: metadata.firstHeading).filter(rendered)
    }

    private static func length(_ blocks: [TextBlock]) -> Int { blocks.reduce(0) { $0 + $1.length } }

    /// JSON-LD body text split into paragraphs at line breaks, whitespace collapsed.
    private static func structuredParagraphs(_ body: String) -> [String] {
        body.split(whereSeparator: { $0 == "\n" || $0 == "\r" })
            .compactMap { PageMetadata.cleaned(String($0)) }
    }
}

/// Drops rendered blocks that are navigation remnants or repeat the headline.
struct BlockFilter {
    /// Title and first heading, reduced to lower-case letters and digits.
    private let headlineKeys: [String]

    init(title: String?, heading: String?) {
        headlineKeys = [title, heading].compactMap { $0 }.map(Self.normalized).filter { !$0.isEmpty }
    }

    func filter(_ blocks: [TextBlock]) -> [TextBlock] {
        var kept: [TextBlock] = []
        var headlineSeen = false
        let total = blocks.reduce(0) { $0 + $1.length }
        var seen = 0
        for block in blocks {
            seen += block.length
            if seen - block.length > total / 2, block.linkLength == 0, BoilerplateText.opensTrailer(block.text) { break }
            if !kept.isEmpty, BoilerplateText.isEndMark(block.text) { break }
            if isLinkList(block) || BoilerplateText.isBoilerplate(block.text) { continue }
            if isHeadline(block) {
                if headlineSeen || kept.isEmpty || block.tag == .h1 {
                    headlineSeen = true
                    continue
                }
            }
            kept.append(block)
        }
        return kept
    }

    /// Mostly link text and not a sentence: a menu entry or a teaser.
    private func isLinkList(_ block: TextBlock) -> Bool {
        if block.linkDensity >= 0.9 { return true }
        guard block.linkDensity > 0.5 else { return false }
        guard let last = block.text.unicodeScalars.last else { return true }
        return !(block.length > 40 && ".!?\"”»)".unicodeScalars.contains(last))
    }

    private func isHeadline(_ block: TextBlock) -> Bool {
        if block.tag == .h1 { return true }
        // Punctuation makes a block a little longer than its key; skip the work when lengths differ.
        let plausible = headlineKeys.contains { key in
            let length = key.utf8.count
            return block.length >= length - 4 && block.length <= length + max(12, length / 4)
        }
        guard plausible else { return false }
        return headlineKeys.contains(Self.normalized(block.text))
    }

    private static func normalized(_ text: String) -> String {
        String(text.lowercased().unicodeScalars.filter { $0.properties.isAlphabetic || $0.properties.numericType != nil })
    }
}
