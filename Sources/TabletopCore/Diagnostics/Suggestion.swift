/// Finds the closest known spelling for a mistyped name, for `did you mean` hints.
public enum Suggestion {
    /// The candidate nearest to `word` by edit distance, when it is near enough to be a plausible typo.
    ///
    /// Case is ignored when measuring; a candidate that differs only in case always qualifies.
    /// ```
    /// Suggestion.closest(to: "severty", in: ["severity", "title"]) // "severity"
    /// ```
    public static func closest<S: Sequence>(to word: String, in candidates: S) -> String? where S.Element == String {
        let target = Array(word.lowercased().unicodeScalars)
        guard !target.isEmpty else { return nil }
        let limit = max(1, min(3, target.count / 3 + (target.count > 4 ? 1 : 0)))
        var best: (name: String, distance: Int)?
        var prefixMatch: String?
        for candidate in candidates {
            let other = Array(candidate.lowercased().unicodeScalars)
            // A clear abbreviation, such as `contain` for `containment`, qualifies whatever the distance.
            if prefixMatch == nil, target.count >= 4, other.count > target.count, other.starts(with: target) {
                prefixMatch = candidate
            }
            if abs(other.count - target.count) > limit { continue }
            let distance = editDistance(target, other, limit: limit)
            if distance <= limit, distance < (best?.distance ?? Int.max) {
                best = (candidate, distance)
            }
        }
        return best?.name ?? prefixMatch
    }

    /// Optimal-string-alignment distance (Levenshtein plus adjacent transpositions), capped at `limit + 1`.
    static func editDistance(_ a: [Unicode.Scalar], _ b: [Unicode.Scalar], limit: Int) -> Int {
        if a.isEmpty { return b.count }
        if b.isEmpty { return a.count }
        var previousPrevious = [Int](repeating: 0, count: b.count + 1)
        var previous = Array(0...b.count)
        var current = [Int](repeating: 0, count: b.count + 1)
        for i in 1...a.count {
            current[0] = i
            var rowMinimum = current[0]
            for j in 1...b.count {
                let cost = a[i - 1] == b[j - 1] ? 0 : 1
                var value = min(previous[j] + 1, current[j - 1] + 1, previous[j - 1] + cost)
                if i > 1, j > 1, a[i - 1] == b[j - 2], a[i - 2] == b[j - 1] {
                    value = min(value, previousPrevious[j - 2] + 1)
                }
                current[j] = value
                rowMinimum = min(rowMinimum, value)
            }
            if rowMinimum > limit { return limit + 1 }
            (previousPrevious, previous, current) = (previous, current, previousPrevious)
        }
        return previous[b.count]
    }
}
