public import AnnalsCore

/// What a store opening on documents read by older stages tells the person waiting:
/// first how many documents it will read again and why, then each one as it is done.
public enum Rereading: Sendable, Equatable {
    /// `changed`: the stages whose fingerprints differ from the stored ones; `run`: those
    /// with every stage that reads their output.
    case starting(documents: Int, changed: Set<StageName>, run: Set<StageName>)
    /// `done` of `total` documents read again and stored.
    case progress(done: Int, total: Int)
}
