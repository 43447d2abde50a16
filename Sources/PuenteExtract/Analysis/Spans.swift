/// Range queries over annotation arrays sorted by start offset.
enum Spans {
    /// The elements of `items` (sorted by `start`) whose start lies in `range`, by binary search.
    static func starting<T>(in range: Range<Int>, _ items: [T], at start: (T) -> Int) -> [T] {
        let first = lowerIndex(items, range.lowerBound, start)
        var end = first
        while end < items.count, start(items[end]) < range.upperBound { end += 1 }
        return Array(items[first..<end])
    }

    /// The first index whose start is at or after `offset`.
    static func lowerIndex<T>(_ items: [T], _ offset: Int, _ start: (T) -> Int) -> Int {
        var lo = 0, hi = items.count
        while lo < hi {
            let mid = (lo + hi) / 2
            if start(items[mid]) < offset { lo = mid + 1 } else { hi = mid }
        }
        return lo
    }

    /// The index of the unit (sorted, non-overlapping ranges) that contains `offset`, if any.
    static func unit<T>(containing offset: Int, in units: [T], range: (T) -> Range<Int>) -> T? {
        let i = lowerIndex(units, offset + 1) { range($0).lowerBound } - 1
        guard i >= 0, range(units[i]).contains(offset) else { return nil }
        return units[i]
    }
}
