import Foundation
import AnnalsCore

/// Resolves what a person typed to name a document into one revision, or explains
/// why it cannot (nothing matches; several match).
public struct RevisionResolver: Sendable {
    let revisions: [Revision]

    public init(revisions: [Revision]) {
        self.revisions = revisions
    }

    public func resolve(_ reference: String) throws(StoreError) -> Revision {
        let wanted = reference.trimmingCharacters(in: .whitespaces)
        var name = wanted
        var number: Int?
        if let at = wanted.lastIndex(of: "@"), let n = Int(wanted[wanted.index(after: at)...]) {
            name = String(wanted[..<at])
            number = n
        }
        let latest = revisions.filter(\.isLatest)
        let bySource = revisions.filter { $0.source == name }
        if !bySource.isEmpty {
            if let number {
                if let match = bySource.first(where: { $0.number == number }) { return match }
                throw StoreError(.noSuchRevision(source: name, number: number, available: bySource.map(\.number)))
            }
            return bySource.last!
        }
        let lowered = wanted.lowercased()
        if lowered.count >= 4, lowered.allSatisfy(\.isHexDigit) {
            let matches = unique(revisions.filter { $0.document.hex.hasPrefix(lowered) })
            if matches.count == 1 { return matches[0] }
            if matches.count > 1 { throw ambiguous(reference, matches) }
        }
        let titled = latest.filter { $0.summary.title.lowercased() == lowered }
        if titled.count == 1 { return titled[0] }
        if titled.count > 1 { throw ambiguous(reference, titled) }
        let prefixed = latest.filter { $0.source.lowercased().hasPrefix(lowered) }
        if prefixed.count == 1 { return prefixed[0] }
        if prefixed.count > 1 { throw ambiguous(reference, prefixed) }
        // "lenin" for "Vladimir Lenin" or 01_lenin.txt: the words of a title or a source name.
        let words = Self.words(of: wanted)
        if !words.isEmpty {
            let named = latest.filter { Self.words(of: $0.summary.title).contains(words) || Self.words(of: $0.source).contains(words) }
            if named.count == 1 { return named[0] }
            if named.count > 1 { throw ambiguous(reference, named) }
        }
        throw StoreError(.noSuchDocument(reference: reference, suggestion: closestSource(to: wanted, in: latest)))
    }

    /// A name's words, lower-cased, accents dropped ("01_Lenin.txt" → ["01", "lenin", "txt"]).
    static func words(of name: String) -> [String] {
        name.folding(options: [.caseInsensitive, .diacriticInsensitive], locale: nil)
            .split { !$0.isLetter && !$0.isNumber }.map(String.init)
    }

    /// One revision per document, preferring the latest of its source.
    private func unique(_ matches: [Revision]) -> [Revision] {
        var seen: [DocumentID: Revision] = [:]
        for revision in matches where seen[revision.document] == nil || revision.isLatest {
            seen[revision.document] = revision
        }
        return seen.values.sorted { ($0.source, $0.number) < ($1.source, $1.number) }
    }

    private func ambiguous(_ reference: String, _ matches: [Revision]) -> StoreError {
        StoreError(.ambiguousDocument(reference: reference, candidates: matches.map { "\($0.source)@\($0.number)" }))
    }

    /// The source name nearest in spelling, to suggest after a typo.
    private func closestSource(to reference: String, in candidates: [Revision]) -> String? {
        Self.nearest(to: reference, among: candidates.map(\.source))
    }

    /// The name nearest in spelling to `reference`, if any is near enough to suggest.
    public static func nearest(to reference: String, among names: [String]) -> String? {
        let target = Array(reference.lowercased().prefix(200))
        let scored = names.map { ($0, EditDistance.between(target, Array($0.lowercased().prefix(200)))) }
        guard let best = scored.min(by: { ($0.1, $0.0) < ($1.1, $1.0) }), best.1 <= max(2, target.count / 3) else { return nil }
        return best.0
    }

}
