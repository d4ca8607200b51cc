/// Mention ranking, left to right: each mention is linked to the best-scoring earlier
/// mention among those it could mean, or starts an entity of its own when that scores
/// higher. The candidates are the mentions of the last three sentences, the latest
/// mention with the same words, head noun or last name, and the latest mention of the
/// entity the document has spoken of most (who a biography is about). Entities grow as
/// mentions join them, so a later "he" sees what the earlier ones were linked to.
enum CorefDecoding {
    struct Outcome {
        /// The entity of each mention, numbered from 0 in order of first mention.
        var entity: [Int] = []
        /// With gold entities: decisions made and how many were right, all and pronouns alone.
        var decisions = 0, right = 0, pronounDecisions = 0, pronounRight = 0
        /// Pronouns whose entity was named before, and how many were put with that name
        /// (the nearest earlier name of their entity is one of the gold entity's).
        var namedDecisions = 0, namedRight = 0
    }

    static let window = 3, maximumCandidates = 50

    /// `gold`: each mention's gold entity (nil: not a mention there); with `learn`, each
    /// wrong decision calls it with the features of the best right one and the chosen one.
    static func resolve(_ mentions: [CorefMention], score: ([UInt64]) -> Float, gold: [Int?]? = nil,
                        learn: ((_ truth: [UInt64], _ guess: [UInt64]) -> Void)? = nil) -> Outcome {
        var outcome = Outcome()
        var entities: [CorefEntity] = []
        var latest: [UInt64: Int] = [:]
        let keys = mentions.map(CorefKeys.init)
        var salient: Int?
        var goldSeen = Set<Int>(), goldNamed = Set<Int>()
        // The current sentence's mentions by the word they depend on (their predicate).
        var arguments: [Int: [Int]] = [:], argumentSentence = -1
        for (j, a) in mentions.enumerated() {
            if a.sentence != argumentSentence { (arguments, argumentSentence) = ([:], a.sentence) }
            let coarguments = a.kind == .pronoun && a.predicate >= 0 ? Set((arguments[a.predicate] ?? []).map { outcome.entity[$0] }) : []
            let candidates = candidates(of: j, mentions, keys: keys, latest: latest, salient: salient.flatMap { entities[$0].mentions.last }).filter { i in
                CorefRules.mayRefer(a, to: entities[outcome.entity[i]], number: outcome.entity[i], coarguments: coarguments)
            }
            let latestKeys = keys[j].latestKeys
            let seen = a.kind == .pronoun ? (false, false) : (latest[latestKeys[0]] != nil, latest[latestKeys[1]] != nil)
            var options: [[UInt64]] = [CorefFeatures.new(a, keys[j], seen: seen)]
            options.reserveCapacity(candidates.count + 1)
            // The entities of the nearer candidates, by how well they agree with the mention.
            var nearer = [Set<Int>](repeating: [], count: CorefText.agreements.count)
            for i in candidates {
                let e = outcome.entity[i], agreement = CorefFeatures.agreement(a, entities[e]).rawValue
                let rank = nearer[agreement].count - (nearer[agreement].contains(e) ? 1 : 0)
                options.append(CorefFeatures.link(a, keys[j], mentions[i], keys[i], mentionDistance: j - i, entity: entities[e], isSalient: e == salient, rank: rank))
                nearer[agreement].insert(e)
            }
            let scores = options.map(score)
            var best = 0
            for k in scores.indices where scores[k] > scores[best] { best = k }
            if let gold {
                let right = rightOptions(j, candidates: candidates, gold: gold, seen: goldSeen)
                if !right.isEmpty {
                    outcome.decisions += 1
                    if a.kind == .pronoun { outcome.pronounDecisions += 1 }
                    if right.contains(best) {
                        outcome.right += 1
                        if a.kind == .pronoun { outcome.pronounRight += 1 }
                    } else if let learn, let truth = right.max(by: { scores[$0] < scores[$1] }) {
                        learn(options[truth], options[best])
                    }
                }
            }
            let e: Int
            if best == 0 {
                e = entities.count
                entities.append(CorefEntity())
            } else {
                e = outcome.entity[candidates[best - 1]]
            }
            if let gold, let g = gold[j] {
                if a.kind == .pronoun, goldNamed.contains(g) {
                    outcome.namedDecisions += 1
                    if let name = entities[e].mentions.last(where: { mentions[$0].kind == .proper }), gold[name] == g { outcome.namedRight += 1 }
                }
                goldSeen.insert(g)
                if a.kind == .proper { goldNamed.insert(g) }
            }
            entities[e].add(a, keys: keys[j], number: j)
            outcome.entity.append(e)
            arguments[a.predicate, default: []].append(j)
            if salient == nil || entities[e].mentions.count > entities[salient!].mentions.count { salient = e }
            if a.kind != .pronoun { for key in latestKeys { latest[key] = j } }
        }
        return outcome
    }

    static func candidates(of j: Int, _ mentions: [CorefMention], keys: [CorefKeys], latest: [UInt64: Int], salient: Int?) -> [Int] {
        let a = mentions[j]
        var found: [Int] = []
        var i = j - 1
        while i >= 0, mentions[i].sentence >= a.sentence - window, found.count < maximumCandidates {
            found.append(i)
            i -= 1
        }
        let further = (a.kind == .pronoun ? [] : keys[j].latestKeys.compactMap { latest[$0] }) + [salient].compactMap { $0 }
        for k in further where !found.contains(k) { found.append(k) }
        return found
    }

    /// The options that would be right: the candidates of the mention's gold entity, or a
    /// new entity when it has no earlier mention. Empty when its earlier mentions are all
    /// out of reach (nothing to learn from) or it is no gold mention and nothing is wrong.
    static func rightOptions(_ j: Int, candidates: [Int], gold: [Int?], seen: Set<Int>) -> [Int] {
        guard let g = gold[j], seen.contains(g) else { return [0] }
        return candidates.indices.filter { gold[candidates[$0]] == g }.map { $0 + 1 }
    }
}
