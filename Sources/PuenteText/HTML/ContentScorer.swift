/// Chooses the elements that hold the article body.
///
/// Paragraph-like elements give points (one, plus one per comma, plus one per 100 bytes of text up to
/// three) to their parent, half to the grandparent and less further up; class hints and tag
/// semantics shift an element's start score, and its link density scales the total. The best
/// element wins; siblings that score close to it or look like paragraphs join it.
enum ContentScorer {
    /// The chosen elements in document order; empty when the page has no paragraph text.
    static func selectContent(tree: HTMLTree, statistics: NodeStatistics) -> [Int] {
        // NaN marks elements no paragraph has scored.
        var scores = [Double](repeating: .nan, count: tree.count)
        for node in 0 ..< tree.count where isParagraph(tree, statistics, node) {
            let length = Double(statistics.textLength[node])
            guard length >= 25 else { continue }
            let points = 1 + Double(statistics.commas[node]) + min(length / 100, 3)
            var ancestor = Int(tree.parent[node])
            var level = 0
            while ancestor >= 0, level < 5 {
                if scores[ancestor].isNaN { scores[ancestor] = initialScore(tree, ancestor) }
                let divider = level == 0 ? 1.0 : (level == 1 ? 2.0 : Double(level) * 3)
                scores[ancestor] += points / divider
                ancestor = Int(tree.parent[ancestor])
                level += 1
            }
        }
        var best = -1
        var bestScore = -Double.infinity
        for (node, score) in scores.enumerated() where !score.isNaN {
            let final = score * (1 - statistics.linkDensity(node))
            scores[node] = final
            if final > bestScore || (final == bestScore && node < best) {
                best = node
                bestScore = final
            }
        }
        if let marked = markedArticleBody(tree: tree, statistics: statistics, competing: best) {
            best = marked
            bestScore = max(bestScore, scores[marked].isNaN ? 0 : scores[marked])
        } else if best >= 0 {
            best = sharedAncestor(of: best, score: bestScore, scores: scores, tree: tree)
        }
        // No paragraph long enough to score (a short note): the whole body, cleaned, is the text.
        guard best >= 0 else { return tree.tag.firstIndex(of: .body).map { [$0] } ?? [] }
        best = climbSingleChildWrappers(tree: tree, statistics: statistics, from: best)
        return withSiblings(of: best, score: bestScore, tree: tree, statistics: statistics, scores: scores)
    }

    private static func isParagraph(_ tree: HTMLTree, _ statistics: NodeStatistics, _ node: Int) -> Bool {
        guard !statistics.excluded[node] else { return false }
        switch tree.tag[node] {
        case .p, .pre, .td, .blockquote: return true
        case .li:
            // Long list items with few links are prose (a list-shaped article), not menus.
            return !statistics.hasBlockDescendant[node] && statistics.textLength[node] >= 80 && statistics.linkDensity(node) < 0.2
        case .text:
            // Loose text beside block elements, as if wrapped in its own paragraph.
            let parent = Int(tree.parent[node])
            return parent >= 0 && statistics.hasBlockDescendant[parent] && !isParagraph(tree, statistics, parent)
        case .div, .section, .article, .font, .center, .main:
            return !statistics.hasBlockDescendant[node] && tree.parent[node] >= 0
                && !(tree.tag[Int(tree.parent[node])] == .p)
        default: return false
        }
    }

    private static func initialScore(_ tree: HTMLTree, _ node: Int) -> Double {
        var score: Double
        switch tree.tag[node] {
        case .div, .article, .main: score = 5
        case .pre, .td, .blockquote: score = 3
        case .section: score = 2
        case .address, .ol, .ul, .dl, .dd, .dt, .li, .form: score = -3
        case .h1, .h2, .h3, .h4, .h5, .h6, .th: score = -5
        default: score = 0
        }
        let hints = tree.hints[node]
        if hints.contains(.negative) { score -= 25 }
        if hints.contains(.positive) { score += 25 }
        if hints.contains(.articleBody) { score += 25 }
        if tree.tag[node] == .article { score += 10 }
        return score
    }

    /// The largest element marked as the article body, if it holds a fair share of the best
    /// candidate's text.
    private static func markedArticleBody(tree: HTMLTree, statistics: NodeStatistics, competing: Int) -> Int? {
        var chosen: Int?
        var chosenLength: Int32 = 0
        for node in 0 ..< tree.count where tree.hints[node].contains(.articleBody) && !statistics.excluded[node] {
            if statistics.textLength[node] > chosenLength {
                chosen = node
                chosenLength = statistics.textLength[node]
            }
        }
        guard let chosen, chosenLength >= 200 else { return nil }
        if competing >= 0 {
            let competingLength = statistics.textLength[competing]
            // The marked element sits inside the winner or holds most of its text.
            let inside = chosen > competing && chosen < Int(tree.end[competing])
            if !inside, Double(chosenLength) < 0.5 * Double(competingLength) { return nil }
            if inside, Double(chosenLength) < 0.35 * Double(competingLength) { return nil }
        }
        return chosen
    }

    /// The article split over several close-scoring elements: when at least three of the runners-up
    /// scoring within 75% of the best share an ancestor with it, that ancestor holds the article.
    private static func sharedAncestor(of best: Int, score: Double, scores: [Double], tree: HTMLTree) -> Int {
        var runnersUp: [Int] = []
        for (node, value) in scores.enumerated() where node != best && !value.isNaN && value >= 0.75 * score {
            runnersUp.append(node)
        }
        guard runnersUp.count >= 3 else { return best }
        var ancestor = Int(tree.parent[best])
        while ancestor >= 0, tree.tag[ancestor] != .body, tree.tag[ancestor] != .html {
            let stop = Int(tree.end[ancestor])
            let bestEnd = Int(tree.end[best])
            let inside = runnersUp.filter { node in
                let withinAncestor = node > ancestor && node < stop
                let withinBest = node >= best && node < bestEnd
                let aboveBest = node < best && Int(tree.end[node]) >= bestEnd
                return withinAncestor && !withinBest && !aboveBest
            }
            if inside.count >= 3 { return ancestor }
            ancestor = Int(tree.parent[ancestor])
        }
        return best
    }

    /// Moves up while the parent holds no more text than the node (a wrapper with one child).
    private static func climbSingleChildWrappers(tree: HTMLTree, statistics: NodeStatistics, from node: Int) -> Int {
        var current = node
        while case let parent = Int(tree.parent[current]), parent >= 0,
              tree.tag[parent] != .body, tree.tag[parent] != .html,
              statistics.textLength[parent] == statistics.textLength[current] {
            current = parent
        }
        return current
    }

    private static func withSiblings(of best: Int, score: Double, tree: HTMLTree, statistics: NodeStatistics,
                                     scores: [Double]) -> [Int] {
        let parent = Int(tree.parent[best])
        guard parent >= 0 else { return [best] }
        let threshold = max(10, score * 0.2)
        var chosen: [Int] = []
        for sibling in tree.children(of: parent) {
            if sibling == best { chosen.append(sibling); continue }
            guard !statistics.excluded[sibling], tree.tag[sibling] != .text else { continue }
            var bonus = 0.0
            if tree.hints[sibling].contains(.articleBody) || tree.hints[sibling] == tree.hints[best] && !tree.hints[best].isEmpty {
                bonus = score * 0.2
            }
            if !scores[sibling].isNaN, scores[sibling] + bonus >= threshold {
                chosen.append(sibling)
                continue
            }
            if tree.tag[sibling] == .p || (tree.tag[sibling] == .div && !statistics.hasBlockDescendant[sibling]) {
                let length = statistics.textLength[sibling]
                let density = statistics.linkDensity(sibling)
                if length > 80 && density < 0.25 {
                    chosen.append(sibling)
                } else if length > 0, length <= 80, density == 0, endsSentence(tree, sibling) {
                    chosen.append(sibling)
                }
            }
        }
        return chosen
    }

    private static func endsSentence(_ tree: HTMLTree, _ node: Int) -> Bool {
        let text = tree.subtreeText(node)
        guard let last = text.unicodeScalars.last(where: { !$0.properties.isWhitespace }) else { return false }
        return ".!?…\"”".unicodeScalars.contains(last)
    }
}
