/// What alignment works out once instead of for every pair: classes of claims that every
/// comparison treats alike, and the words of each compared sentence.
extension FactAligner {
    /// Claims that every comparison treats alike, gathered into classes: what an alignment
    /// reads of a claim is equal for them all. A claim that cannot share a fact even with
    /// its own copy ("member" and "member" share no distinctive title word) stays alone.
    struct Classes {
        struct Signature: Hashable {
            var identity: Identity
            var date: HistoricalDate?
            var object: String?
            var place: String?
            var placeName: String?
            var sentence: String
            var subjectName: String
            var trigger: String
            var value: String?
        }

        var representatives: [Int] = []
        var members: [[Int]] = []
        var classOf: [Int]

        init(claims: [WitnessedClaim], identities: [Identity?], aligner: FactAligner) {
            classOf = Array(repeating: -1, count: claims.count)
            var bySignature: [Signature: Int] = [:]
            for (index, identity) in identities.enumerated() {
                guard let identity else { continue }
                let x = claims[index]
                let signature = Signature(identity: identity, date: x.claim.date, object: x.object, place: x.place, placeName: x.claim.place?.name,
                                          sentence: x.sentence, subjectName: x.subjectName, trigger: x.triggerText, value: x.claim.value)
                if let c = bySignature[signature] {
                    classOf[index] = c
                    members[c].append(index)
                    continue
                }
                classOf[index] = representatives.count
                if !aligner.excluded(index, identity, index, identity) { bySignature[signature] = representatives.count }
                representatives.append(index)
                members.append([index])
            }
        }
    }

    /// What comparing two events' sentences needs, worked out once per claim compared.
    struct Features {
        /// The content words of the sentence, by stem.
        var wordsByStem: [Int: [String: Set<String>]] = [:]
        /// The words of the subject's name and the trigger, which do not count as shared content.
        var ownWords: [Int: Set<String>] = [:]

        init(aligner: FactAligner, representatives: [Int]) {
            for index in representatives {
                let x = aligner.claims[index]
                guard x.claim.kind == .event else { continue }
                var byStem: [String: Set<String>] = [:]
                for word in ContentWords.words(of: x.sentence) where word.count >= 4 && !word.allSatisfy(\.isNumber) && !ContentWords.stopWords.contains(word) {
                    byStem[ContentWords.stem(word), default: []].insert(word)
                }
                wordsByStem[index] = byStem
                ownWords[index] = Set(ContentWords.words(of: x.subjectName + " " + x.triggerText))
            }
        }

        /// Whether two sentences share a content word, the subjects' names and the triggers aside.
        func shareContent(_ a: Int, _ b: Int, triggers: Set<String>) -> Bool {
            guard let x = wordsByStem[a], let y = wordsByStem[b] else { return false }
            let own = (ownWords[a] ?? []).union(ownWords[b] ?? [])
            for (stem, words) in x where !triggers.contains(stem) {
                guard let other = y[stem], !words.subtracting(own).isEmpty, !other.subtracting(own).isEmpty else { continue }
                return true
            }
            return false
        }
    }
}
