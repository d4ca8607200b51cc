/// Levenshtein distance: the fewest insertions, deletions and substitutions that turn
/// one sequence into the other. Used to suggest a name after a typo and to catch
/// one-letter slips in names.
public enum EditDistance {
    public static func between<S: Collection>(_ a: S, _ b: S) -> Int where S.Element: Equatable {
        let a = Array(a), b = Array(b)
        if a.isEmpty { return b.count }
        if b.isEmpty { return a.count }
        var previous = Array(0...b.count)
        var current = Array(repeating: 0, count: b.count + 1)
        for i in 1...a.count {
            current[0] = i
            for j in 1...b.count {
                current[j] = min(previous[j] + 1, current[j - 1] + 1, previous[j - 1] + (a[i - 1] == b[j - 1] ? 0 : 1))
            }
            swap(&previous, &current)
        }
        return previous[b.count]
    }
}
