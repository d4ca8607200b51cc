import AnnalsCore
import AnnalsRecord

extension RecordService {
    /// People and organisations as a graph: the most mentioned ones, linked by the sentences
    /// that name both and by the kinship claims between them.
    struct Network: Sendable {
        struct Node: Sendable {
            var id: String
            var name: String
            var type: EntityType
            var mentions: Int
        }
        struct Edge: Sendable {
            var a: Int
            var b: Int
            var sentences: Int
            /// Kinship between the two: the word ("wife") and the statement ("Natalia Sedova is the wife of Leon Trotsky").
            var relations: [String]
            var statements: [String]
        }
        var nodes: [Node]
        var edges: [Edge]
    }

    func network(limit: Int = 40) throws -> Network {
        let reconciled = try reconciledRecord()
        let loaded = reconciled.record.entities
        let chosen = loaded.index.entities.filter { $0.type == .person || $0.type == .org }
            .sorted { ($0.mentions.count, $1.name) > ($1.mentions.count, $0.name) }.prefix(limit)
        let nodes = chosen.map { Network.Node(id: $0.id, name: $0.name, type: $0.type, mentions: $0.mentions.count) }
        let position = Dictionary(uniqueKeysWithValues: nodes.enumerated().map { ($1.id, $0) })
        // Who is named in each sentence.
        var named: [String: Set<Int>] = [:]
        for entity in chosen {
            for mention in entity.mentions {
                guard let s = loaded.structure(mention.document).sentenceIndex(containing: mention.range.start) else { continue }
                named["\(mention.document):\(s)", default: []].insert(position[entity.id]!)
            }
        }
        var shared: [Int: [Int: Int]] = [:]
        for group in named.values where group.count > 1 {
            let members = group.sorted()
            for (i, a) in members.enumerated() { for b in members[(i + 1)...] { shared[a, default: [:]][b, default: 0] += 1 } }
        }
        var relations: [Int: [Int: Set<String>]] = [:]
        var statements: [Int: [Int: Set<String>]] = [:]
        for located in reconciled.record.claims where located.claim.kind == .relation {
            guard let subject = loaded.entity(for: located.claim.subject).flatMap({ position[$0.id] }),
                  let object = loaded.entity(for: located.claim.object).flatMap({ position[$0.id] }), subject != object else { continue }
            let (a, b) = (min(subject, object), max(subject, object))
            relations[a, default: [:]][b, default: []].insert(located.claim.predicate)
            statements[a, default: [:]][b, default: []].insert("\(nodes[object].name) is the \(located.claim.predicate) of \(nodes[subject].name)")
        }
        var edges: [Network.Edge] = []
        for a in 0..<nodes.count {
            for b in (a + 1)..<max(nodes.count, a + 1) {
                let count = shared[a]?[b] ?? 0
                let kin = relations[a]?[b].map { Array($0).sorted() } ?? []
                if count >= 2 || !kin.isEmpty {
                    edges.append(Network.Edge(a: a, b: b, sentences: count, relations: kin, statements: statements[a]?[b].map { Array($0).sorted() } ?? []))
                }
            }
        }
        return Network(nodes: Array(nodes), edges: edges)
    }
}
