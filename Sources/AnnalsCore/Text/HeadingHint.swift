/// A heading whose place is known from markup (HTML `h1`–`h6`), handed to the
/// structure analyzer instead of guessing from shape.
public struct HeadingHint: Sendable, Hashable {
    /// 1 for `h1` … 6 for `h6`.
    public var level: Int
    /// The heading's words in the stored text.
    public var range: TextRange

    public init(level: Int, range: TextRange) {
        self.level = level
        self.range = range
    }
}
