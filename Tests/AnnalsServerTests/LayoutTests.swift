import Testing
@testable import AnnalsServer

/// The arithmetic behind the timeline and the network drawings.
struct LayoutTests {
    @Test func timelinePlacesYearsLeftToRightWithinItsPeriod() {
        let layout = TimelineLayout(lanes: [("a.txt", [1880.5, 1900.0]), ("b.txt", [1890.0, 1950.0])], from: 1880, to: 1910)
        // 1950 is outside the period asked for.
        #expect(layout.marks.count == 3)
        #expect(layout.marks.map(\.lane) == [0, 0, 1])
        #expect(layout.x(for: 1880) == TimelineLayout.left && layout.x(for: 1910) == TimelineLayout.width - TimelineLayout.right)
        let xs = layout.marks.map(\.x)
        #expect(xs[0] < xs[2] && xs[2] < xs[1])
        #expect(layout.ticks.first.map { $0 >= 1880 } == true && layout.ticks.allSatisfy { $0 % 5 == 0 })
        #expect(TimelineLayout.year(ofISO: "1879-11-07").map { $0 > 1879.8 && $0 < 1879.9 } == true)
        #expect(TimelineLayout.year(ofISO: "1917-11-07/1917-11-08").map { Int($0) } == 1917)
    }

    @Test func networkLayoutIsDeterministicInBoundsAndPullsLinksTogether() {
        let edges: [(Int, Int, Double)] = [(0, 1, 3), (1, 2, 3), (0, 2, 3), (3, 4, 3)]
        let a = NetworkLayout(nodes: 6, edges: edges), b = NetworkLayout(nodes: 6, edges: edges)
        #expect(a.positions == b.positions)
        #expect(a.positions.allSatisfy { $0.x >= 40 && $0.x <= a.width - 40 && $0.y >= 30 && $0.y <= a.height - 30 })
        func distance(_ i: Int, _ j: Int) -> Double {
            let dx = a.positions[i].x - a.positions[j].x, dy = a.positions[i].y - a.positions[j].y
            return (dx * dx + dy * dy).squareRoot()
        }
        // Linked nodes end nearer each other than the unlinked one (5) is to them.
        #expect(distance(0, 1) < distance(0, 5) && distance(3, 4) < distance(3, 5))
    }
}
