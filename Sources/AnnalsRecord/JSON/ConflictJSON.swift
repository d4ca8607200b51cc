import Foundation
public import AnnalsCore
import AnnalsStore

/// `annals conflicts --json`, per the contract.
public struct ConflictsJSON: Encodable, Sendable {
    public var conflicts: [ConflictJSON]

    public init(conflicts: [ConflictJSON]) {
        self.conflicts = conflicts
    }
}

public struct ConflictJSON: Encodable, Sendable {
    public struct Value: Encodable, Sendable {
        public var value: String
        public var text: String
        public var witnesses: [String]
        public var citations: [Citation]
        /// "source:line" for each citation (not in the JSON).
        public var references: [String] = []

        public enum CodingKeys: String, CodingKey { case value, text, witnesses, citations }
    }

    public var subject: String
    public var property: String
    public var kind: String
    public var reason: String
    public var explanation: String
    public var importance: Double
    public var values: [Value]

    public init(_ conflict: Conflict, reconciled: ReconciledRecord) {
        subject = conflict.subject
        property = conflict.property
        kind = conflict.kind.rawValue
        reason = conflict.reason.rawValue
        explanation = conflict.explanation
        importance = (conflict.importance * 100).rounded() / 100
        values = conflict.values.map { value in
            let cited = reconciled.citations(of: value)
            return Value(value: value.value, text: value.words, witnesses: value.witnesses.map(\.description),
                         citations: cited.map(\.citation), references: cited.map(\.reference))
        }
    }
}
