/// Per-node text measures over an `HTMLTree`, computed in two linear passes.
///
/// Lengths count non-whitespace UTF-8 bytes of visible text; excluded subtrees count nothing.
struct NodeStatistics {
    /// True for nodes whose subtree is never article text (by tag, visibility, role or hints).
    var excluded: [Bool]
    /// True for text nodes inside an `<a>`.
    var inLink: [Bool]
    var textLength: [Int32]
    var linkLength: [Int32]
    var commas: [Int32]
    /// True when the element has a block-level element among its descendants.
    var hasBlockDescendant: [Bool]

    /// Measures `tree`. With `useHints`, elements whose class or id names boilerplate are excluded
    /// unless they hold at least half of the page's text (a page wrapper named "has-sidebar").
    init(tree: HTMLTree, useHints: Bool) {
        let count = tree.count
        excluded = Array(repeating: false, count: count)
        inLink = Array(repeating: false, count: count)
        textLength = Array(repeating: 0, count: count)
        linkLength = Array(repeating: 0, count: count)
        commas = Array(repeating: 0, count: count)
        hasBlockDescendant = Array(repeating: false, count: count)
        markStructuralExclusions(tree)
        accumulate(tree)
        guard useHints else { return }
        let total = max(1, textLength.max() ?? 1)
        var changed = false
        for node in 0 ..< count where !excluded[node] && Self.isUnlikely(tree, node, share: Double(textLength[node]) / Double(total)) {
            excluded[node] = true
            changed = true
        }
        if changed {
            propagateExclusion(tree)
            accumulate(tree)
        }
    }

    private static func isUnlikely(_ tree: HTMLTree, _ node: Int, share: Double) -> Bool {
        let hints = tree.hints[node]
        guard tree.tag[node] != .text, !hints.contains(.articleBody), !hints.contains(.embeddedPost) else { return false }
        switch tree.tag[node] {
        case .html, .body, .main, .a, .p, .td, .tr, .tbody, .table: return false
        default: break
        }
        if hints.contains(.comments) { return share < 0.8 }
        if hints.contains(.negative), share < 0.5 {
            return !hints.contains(.positive) || share < 0.15
        }
        return false
    }

    private mutating func markStructuralExclusions(_ tree: HTMLTree) {
        for node in 0 ..< tree.count {
            let tag = tree.tag[node]
            let parent = Int(tree.parent[node])
            if parent >= 0 {
                if excluded[parent] { excluded[node] = true }
                if inLink[parent] || tree.tag[parent] == .a { inLink[node] = true }
            }
            if tag.isNeverContent || tree.hints[node].contains(.hidden) || tree.hints[node].contains(.boilerplateRole) {
                excluded[node] = true
            }
        }
    }

    private mutating func propagateExclusion(_ tree: HTMLTree) {
        for node in 0 ..< tree.count {
            let parent = Int(tree.parent[node])
            if parent >= 0, excluded[parent] { excluded[node] = true }
        }
    }

    private mutating func accumulate(_ tree: HTMLTree) {
        for node in 0 ..< tree.count {
            textLength[node] = 0
            linkLength[node] = 0
            commas[node] = 0
            hasBlockDescendant[node] = false
        }
        var node = tree.count - 1
        while node >= 0 {
            defer { node -= 1 }
            if excluded[node] { continue }
            if tree.tag[node] == .text {
                var length: Int32 = 0
                var commaCount: Int32 = 0
                let start = Int(tree.textStart[node])
                for index in start ..< start + Int(tree.textLength[node]) {
                    let byte = tree.textBytes[index]
                    if byte > 32 { length += 1 }
                    if byte == 44 { commaCount += 1 }
                }
                textLength[node] = length
                commas[node] = commaCount
                if inLink[node] { linkLength[node] = length }
            }
            let parent = Int(tree.parent[node])
            guard parent >= 0 else { continue }
            textLength[parent] += textLength[node]
            linkLength[parent] += linkLength[node]
            commas[parent] += commas[node]
            if (tree.tag[node].isBlock && tree.tag[node] != .br && tree.tag[node] != .hr) || hasBlockDescendant[node] { hasBlockDescendant[parent] = true }
        }
    }

    /// Share of a node's text that sits inside links, 0...1.
    func linkDensity(_ node: Int) -> Double {
        textLength[node] == 0 ? 0 : Double(linkLength[node]) / Double(textLength[node])
    }
}
