/// A name in a sentence: a run of words (0-based, inclusive) and what it names, in the
/// kinds GUM's entity layer uses (person, place, organization, event, object, abstract,
/// time, substance, animal, plant).
public struct NamedSpan: Sendable, Hashable, Codable {
    public var first: Int
    public var last: Int
    public var kind: String

    public init(first: Int, last: Int, kind: String) {
        self.first = first
        self.last = last
        self.kind = kind
    }

    public var words: ClosedRange<Int> { first...last }
}

/// Names as one label a word (BILOU): a one-word name is U, a longer one B, I…, L, and a
/// word in no name O; each label but O carries the name's kind ("B person").
public enum NameCoding {
    public static let outside = "O"

    /// The labels of `count` words holding `spans` (which do not overlap).
    public static func labels(_ spans: [NamedSpan], count: Int) -> [String] {
        var labels = [String](repeating: outside, count: count)
        for span in spans where span.first >= 0 && span.last < count && span.first <= span.last {
            if span.first == span.last {
                labels[span.first] = "U " + span.kind
                continue
            }
            labels[span.first] = "B " + span.kind
            for k in (span.first + 1)..<span.last { labels[k] = "I " + span.kind }
            labels[span.last] = "L " + span.kind
        }
        return labels
    }

    /// The spans that labels spell, reading leniently: a run opened by B and not closed by
    /// L ends where its kind stops; an I or L with nothing open opens a name.
    public static func spans(_ labels: [String]) -> [NamedSpan] {
        var spans: [NamedSpan] = []
        var open: (start: Int, kind: Substring)?
        func close(at end: Int) {
            if let current = open { spans.append(NamedSpan(first: current.start, last: end, kind: String(current.kind))) }
            open = nil
        }
        for (k, label) in labels.enumerated() {
            let parts = label.split(separator: " ", maxSplits: 1)
            guard parts.count == 2 else { close(at: k - 1); continue }
            let (position, kind) = (parts[0], parts[1])
            if let current = open, current.kind != kind || position == "B" || position == "U" { close(at: k - 1) }
            switch position {
            case "U": spans.append(NamedSpan(first: k, last: k, kind: String(kind)))
            case "L": if open == nil { open = (k, kind) }; close(at: k)
            default: if open == nil { open = (k, kind) }
            }
        }
        close(at: labels.count - 1)
        return spans
    }
}

/// Which label may follow which, by number: after B or I only I or L of the same kind;
/// elsewhere O, B or U; the last word closes any name.
struct LabelRules: Sendable {
    /// Per label: may it open a name (O, B, U), does it leave one open (B, I), its kind's number.
    let opens: [Bool], leavesOpen: [Bool], kinds: [Int]

    init(_ labels: [String]) {
        let parts = labels.map { $0.split(separator: " ", maxSplits: 1) }
        opens = parts.map { $0.count < 2 || $0[0] == "B" || $0[0] == "U" }
        leavesOpen = parts.map { $0.count == 2 && ($0[0] == "B" || $0[0] == "I") }
        let kindNames = parts.map { $0.count == 2 ? String($0[1]) : "" }
        kinds = kindNames.map { name in kindNames.firstIndex(of: name)! }
        successors = []
        successors = ([nil] + labels.indices.map { Optional($0) }).map { previous in labels.indices.filter { allows(previous, $0) } }
    }

    /// By previous label + 1 (0: the sentence's start), the labels that may follow it.
    private(set) var successors: [[Int]]

    /// The best label that may follow `previous` (and, on the last word, end a name).
    func best(_ scores: [Float], after previous: Int?, isLast: Bool) -> Int {
        var best = -1
        for k in scores.indices where allows(previous, k) && !(isLast && leavesOpen[k]) {
            if best < 0 || scores[k] > scores[best] { best = k }
        }
        return max(best, 0)
    }

    func allows(_ previous: Int?, _ next: Int) -> Bool {
        guard let previous, leavesOpen[previous] else { return opens[next] }
        return !opens[next] && kinds[next] == kinds[previous]
    }
}
