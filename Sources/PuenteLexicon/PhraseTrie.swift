/// A trie over token hashes; each node lists the patterns that end there.
struct PhraseTrie: Sendable {
    private struct Key: Hashable { var node: Int32; var hash: UInt64 }
    private var root: [UInt64: Int32] = [:]
    private var edges: [Key: Int32] = [:]
    private(set) var terminals: [[Int32]] = [[]]

    /// Adds `pattern` under the token sequence `hashes`.
    mutating func insert(_ hashes: [UInt64], pattern: Int32) {
        guard let first = hashes.first else { return }
        var node: Int32
        if let n = root[first] { node = n } else { node = newNode(); root[first] = node }
        for h in hashes.dropFirst() {
            let key = Key(node: node, hash: h)
            if let n = edges[key] { node = n } else { let n = newNode(); edges[key] = n; node = n }
        }
        if !terminals[Int(node)].contains(pattern) { terminals[Int(node)].append(pattern) }
    }

    private mutating func newNode() -> Int32 {
        terminals.append([])
        return Int32(terminals.count - 1)
    }

    /// Calls `visit(endTokenIndex, patterns)` for every pattern that matches tokens from `start`,
    /// shortest first; a step stops at a hard gap (sentence punctuation, line break).
    func walk(_ tokens: [Token], from start: Int, _ visit: (Int, [Int32]) -> Void) {
        guard var node = root[tokens[start].hash] else { return }
        var i = start
        while true {
            let t = terminals[Int(node)]
            if !t.isEmpty { visit(i + 1, t) }
            i += 1
            guard i < tokens.count, tokens[i].flags & Token.hardBefore == 0,
                  let next = edges[Key(node: node, hash: tokens[i].hash)] else { return }
            node = next
        }
    }

    var nodeCount: Int { terminals.count }
}
