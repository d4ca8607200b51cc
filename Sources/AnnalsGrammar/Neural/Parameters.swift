import Foundation

/// Where one weight matrix (or vector: one row) lives in a model's single block of floats.
struct Tensor: Sendable, Hashable {
    let offset: Int
    let rows: Int
    let cols: Int
    var count: Int { rows * cols }

    @inline(__always)
    func at(_ base: UnsafePointer<Float>) -> UnsafePointer<Float> { base + offset }
    @inline(__always)
    func at(_ base: UnsafeMutablePointer<Float>) -> UnsafeMutablePointer<Float> { base + offset }
}

/// Hands out tensors one after another in one block, remembering how each starts.
struct TensorLayout {
    private(set) var count = 0
    /// Each tensor and how its values start: a scale for random values, or a constant.
    private(set) var starts: [(Tensor, Start)] = []

    enum Start {
        case random(Float)
        case constant(Float)
    }

    mutating func tensor(_ rows: Int, _ cols: Int, start: Start? = nil) -> Tensor {
        let tensor = Tensor(offset: count, rows: rows, cols: cols)
        count += rows * cols
        // Glorot: uniform within ±√(6 / (fan in + fan out)).
        starts.append((tensor, start ?? .random((6 / Float(rows + cols)).squareRoot())))
        return tensor
    }

    /// The starting values, drawn from `seed`.
    func initialValues(seed: UInt64) -> [Float] {
        var values = [Float](repeating: 0, count: count)
        var generator = SeededGenerator(seed: seed)
        for (tensor, start) in starts {
            for i in tensor.offset..<(tensor.offset + tensor.count) {
                switch start {
                case .random(let scale): values[i] = Float.random(in: -scale...scale, using: &generator)
                case .constant(let value): values[i] = value
                }
            }
        }
        return values
    }
}

/// Adam (Kingma and Ba 2015) over a model's whole block of floats, with the gradient's
/// norm clipped.
final class AdamOptimizer {
    let rate: Float, beta1: Float, beta2: Float, epsilon: Float, clip: Float
    private var m: [Float], v: [Float]
    private var step = 0

    init(count: Int, rate: Float = 0.002, beta1: Float = 0.9, beta2: Float = 0.9, epsilon: Float = 1e-8, clip: Float = 5) {
        self.rate = rate
        self.beta1 = beta1
        self.beta2 = beta2
        self.epsilon = epsilon
        self.clip = clip
        m = [Float](repeating: 0, count: count)
        v = [Float](repeating: 0, count: count)
    }

    func update(_ values: UnsafeMutablePointer<Float>, gradient: UnsafePointer<Float>, count: Int, rateScale: Float = 1) {
        step += 1
        var norm: Double = 0
        for i in 0..<count { norm += Double(gradient[i]) * Double(gradient[i]) }
        let scale = norm.squareRoot() > Double(clip) ? Float(Double(clip) / norm.squareRoot()) : 1
        let correction1 = 1 - powf(beta1, Float(step)), correction2 = 1 - powf(beta2, Float(step))
        let size = rate * rateScale * correction2.squareRoot() / correction1
        m.withUnsafeMutableBufferPointer { m in
            v.withUnsafeMutableBufferPointer { v in
                for i in 0..<count {
                    let g = gradient[i] * scale
                    m[i] = beta1 * m[i] + (1 - beta1) * g
                    v[i] = beta2 * v[i] + (1 - beta2) * g * g
                    values[i] -= size * m[i] / (v[i].squareRoot() + epsilon)
                }
            }
        }
    }
}
