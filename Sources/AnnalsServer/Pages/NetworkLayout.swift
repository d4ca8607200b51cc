import Foundation

/// A force-directed layout (Fruchterman and Reingold): linked nodes pull together, all
/// nodes push apart, the moves cool down step by step. Deterministic: nodes start on a
/// circle in the order given, so the same graph is always drawn the same way.
struct NetworkLayout {
    struct Point: Equatable {
        var x: Double
        var y: Double
    }

    let width: Double
    let height: Double
    private(set) var positions: [Point]

    /// `edges` are index pairs with a weight (how strongly they pull).
    init(nodes: Int, edges: [(Int, Int, Double)], width: Double = 900, height: Double = 640, iterations: Int = 300) {
        self.width = width
        self.height = height
        let centre = Point(x: width / 2, y: height / 2)
        let radius = min(width, height) * 0.4
        positions = (0..<nodes).map { i in
            let angle = 2 * Double.pi * Double(i) / Double(max(nodes, 1))
            return Point(x: centre.x + radius * cos(angle), y: centre.y + radius * sin(angle))
        }
        guard nodes > 1 else { return }
        let k = 0.8 * sqrt(width * height / Double(nodes))
        var temperature = width / 8
        for _ in 0..<iterations {
            var moves = Array(repeating: Point(x: 0, y: 0), count: nodes)
            for a in 0..<nodes {
                for b in (a + 1)..<nodes {
                    var dx = positions[a].x - positions[b].x, dy = positions[a].y - positions[b].y
                    var distance = sqrt(dx * dx + dy * dy)
                    if distance < 0.01 { dx = 0.01 * Double(a - b); dy = 0.01; distance = sqrt(dx * dx + dy * dy) }
                    let push = k * k / distance
                    moves[a].x += dx / distance * push; moves[a].y += dy / distance * push
                    moves[b].x -= dx / distance * push; moves[b].y -= dy / distance * push
                }
            }
            for (a, b, weight) in edges where a != b {
                let dx = positions[a].x - positions[b].x, dy = positions[a].y - positions[b].y
                let distance = max(sqrt(dx * dx + dy * dy), 0.01)
                let pull = distance * distance / k * min(weight, 4) / 2
                moves[a].x -= dx / distance * pull; moves[a].y -= dy / distance * pull
                moves[b].x += dx / distance * pull; moves[b].y += dy / distance * pull
            }
            for i in 0..<nodes {
                // A gentle pull to the centre keeps separate groups on the page.
                moves[i].x += (centre.x - positions[i].x) * 0.02 * k / 10
                moves[i].y += (centre.y - positions[i].y) * 0.02 * k / 10
                let length = max(sqrt(moves[i].x * moves[i].x + moves[i].y * moves[i].y), 0.01)
                let step = min(length, temperature)
                positions[i].x = min(width - 40, max(40, positions[i].x + moves[i].x / length * step))
                positions[i].y = min(height - 30, max(30, positions[i].y + moves[i].y / length * step))
            }
            temperature = max(temperature * 0.97, 1)
        }
    }
}
