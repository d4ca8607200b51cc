import Foundation

/// One direction of a long short-term memory layer (Hochreiter and Schmidhuber 1997) over
/// a sentence: gates z = W·x + U·h₋₁ + b in the order input, forget, cell, output.
struct LSTMWeights: Sendable, Hashable {
    let w: Tensor, u: Tensor, b: Tensor
    let input: Int, hidden: Int

    init(_ layout: inout TensorLayout, input: Int, hidden: Int) {
        self.input = input
        self.hidden = hidden
        w = layout.tensor(4 * hidden, input)
        u = layout.tensor(4 * hidden, hidden)
        b = layout.tensor(1, 4 * hidden, start: .constant(0))
    }

    /// Forget gates start open, so that memory flows from the first updates.
    var forgetBias: Range<Int> { (b.offset + hidden)..<(b.offset + 2 * hidden) }
}

/// What one direction's pass over a sentence keeps for the backward pass.
final class LSTMTape {
    let count: Int, hidden: Int, reverse: Bool
    /// Gates after their squashing, n × 4H; cells and outputs, n × H.
    let gates: FloatBuffer, cells: FloatBuffer, outputs: FloatBuffer

    init(count: Int, hidden: Int, reverse: Bool) {
        self.count = count
        self.hidden = hidden
        self.reverse = reverse
        gates = FloatBuffer(count * 4 * hidden)
        cells = FloatBuffer(count * hidden)
        outputs = FloatBuffer(count * hidden)
    }

    /// The position read at step `s` (backwards for the right-to-left direction).
    @inline(__always)
    func position(_ s: Int) -> Int { reverse ? count - 1 - s : s }
}

enum LSTM {
    /// Runs one direction over x (n × input), filling a tape; `inputs`, when given, fills
    /// the gates' W·x + b for every word instead (``InputTables``).
    static func forward(_ weights: LSTMWeights, _ p: UnsafePointer<Float>, x: UnsafePointer<Float>, count n: Int, reverse: Bool,
                        inputs: ((UnsafeMutablePointer<Float>) -> Void)? = nil) -> LSTMTape {
        let h = weights.hidden
        let tape = LSTMTape(count: n, hidden: h, reverse: reverse)
        let gates = tape.gates.pointer, cells = tape.cells.pointer, outputs = tape.outputs.pointer
        if let inputs { inputs(gates) } else { Kernel.affine(weights.w.at(p), weights.b.at(p), x, count: n, rows: 4 * h, cols: weights.input, gates) }
        for s in 0..<n {
            let t = tape.position(s)
            let z = gates + t * 4 * h, c = cells + t * h, out = outputs + t * h
            let previous = s > 0 ? tape.position(s - 1) : -1
            if previous >= 0 { Kernel.affine(weights.u.at(p), nil, outputs + previous * h, count: 1, rows: 4 * h, cols: h, z, accumulate: true) }
            var k = 0
            while k + 8 <= h {
                let i = Kernel.sigmoid(Kernel.load(z + k)), f = Kernel.sigmoid(Kernel.load(z + h + k))
                let g = Kernel.tanh(Kernel.load(z + 2 * h + k)), o = Kernel.sigmoid(Kernel.load(z + 3 * h + k))
                Kernel.store(i, z + k); Kernel.store(f, z + h + k); Kernel.store(g, z + 2 * h + k); Kernel.store(o, z + 3 * h + k)
                let cell = i * g + (previous >= 0 ? f * Kernel.load(cells + previous * h + k) : SIMD8())
                Kernel.store(cell, c + k)
                Kernel.store(o * Kernel.tanh(cell), out + k)
                k += 8
            }
            while k < h {
                let i = Kernel.sigmoid(z[k]), f = Kernel.sigmoid(z[h + k]), g = Kernel.tanh(z[2 * h + k]), o = Kernel.sigmoid(z[3 * h + k])
                z[k] = i; z[h + k] = f; z[2 * h + k] = g; z[3 * h + k] = o
                c[k] = i * g + (previous >= 0 ? f * cells[previous * h + k] : 0)
                out[k] = o * Kernel.tanh(c[k])
                k += 1
            }
        }
        return tape
    }

    /// From the gradient of the outputs (n × H), adds the gradients of the weights to `grad`
    /// and of the inputs to dx (n × input).
    static func backward(_ weights: LSTMWeights, _ p: UnsafePointer<Float>, tape: LSTMTape, x: UnsafePointer<Float>,
                         dOutputs: UnsafePointer<Float>, grad: UnsafeMutablePointer<Float>, dx: UnsafeMutablePointer<Float>) {
        let h = weights.hidden, n = tape.count
        let gates = tape.gates.pointer, cells = tape.cells.pointer, outputs = tape.outputs.pointer
        let dz = FloatBuffer(n * 4 * h), dh = FloatBuffer(h), dc = FloatBuffer(h)
        for s in stride(from: n - 1, through: 0, by: -1) {
            let t = tape.position(s), previous = s > 0 ? tape.position(s - 1) : -1
            let z = gates + t * 4 * h, c = cells + t * h, d = dz.pointer + t * 4 * h
            for k in 0..<h {
                let i = z[k], f = z[h + k], g = z[2 * h + k], o = z[3 * h + k]
                let dhk = dOutputs[t * h + k] + dh[k]
                let tc = Kernel.tanh(c[k])
                let dck = dhk * o * (1 - tc * tc) + dc[k]
                let cPrevious = previous >= 0 ? cells[previous * h + k] : 0
                d[k] = dck * g * i * (1 - i)
                d[h + k] = dck * cPrevious * f * (1 - f)
                d[2 * h + k] = dck * i * (1 - g * g)
                d[3 * h + k] = dhk * tc * o * (1 - o)
                dc[k] = dck * f
            }
            dh.zero()
            if previous >= 0 {
                Kernel.backInput(weights.u.at(p), d, count: 1, rows: 4 * h, cols: h, dh.pointer)
                Kernel.backWeights(d, outputs + previous * h, count: 1, rows: 4 * h, cols: h, weights.u.at(grad), nil)
            }
        }
        Kernel.backWeights(dz.pointer, x, count: n, rows: 4 * h, cols: weights.input, weights.w.at(grad), weights.b.at(grad))
        Kernel.backInput(weights.w.at(p), dz.pointer, count: n, rows: 4 * h, cols: weights.input, dx)
    }
}
