import Foundation

/// The arithmetic of the neural parser: dot products and scaled additions over float
/// vectors, eight lanes at a time, and the affine maps built from them. A matrix is stored
/// row by row; a batch of vectors (one a word) is a matrix with one vector a row.
enum Kernel {
    @inline(__always)
    static func load(_ p: UnsafePointer<Float>) -> SIMD8<Float> {
        UnsafeRawPointer(p).loadUnaligned(as: SIMD8<Float>.self)
    }

    @inline(__always)
    static func store(_ v: SIMD8<Float>, _ p: UnsafeMutablePointer<Float>) {
        UnsafeMutableRawPointer(p).storeBytes(of: v, as: SIMD8<Float>.self)
    }

    /// a · b over n floats.
    @inline(__always)
    static func dot(_ a: UnsafePointer<Float>, _ b: UnsafePointer<Float>, _ n: Int) -> Float {
        var s0 = SIMD8<Float>(), s1 = SIMD8<Float>()
        var i = 0
        while i + 16 <= n {
            s0 += load(a + i) * load(b + i)
            s1 += load(a + i + 8) * load(b + i + 8)
            i += 16
        }
        if i + 8 <= n {
            s0 += load(a + i) * load(b + i)
            i += 8
        }
        var s = (s0 + s1).sum()
        while i < n {
            s += a[i] * b[i]
            i += 1
        }
        return s
    }

    /// y += alpha · x over n floats.
    @inline(__always)
    static func axpy(_ alpha: Float, _ x: UnsafePointer<Float>, _ y: UnsafeMutablePointer<Float>, _ n: Int) {
        let a = SIMD8<Float>(repeating: alpha)
        var i = 0
        while i + 8 <= n {
            store(load(y + i) + a * load(x + i), y + i)
            i += 8
        }
        while i < n {
            y[i] += alpha * x[i]
            i += 1
        }
    }

    /// Y[t] = W · X[t] + b (or Y[t] += W · X[t] when `accumulate`), for `count` vectors;
    /// W is rows × cols. Four vectors at a time share each row of W as it is read.
    static func affine(_ w: UnsafePointer<Float>, _ b: UnsafePointer<Float>?, _ x: UnsafePointer<Float>, count: Int,
                       rows: Int, cols: Int, _ y: UnsafeMutablePointer<Float>, accumulate: Bool = false) {
        var t = 0
        while t + 4 <= count {
            let x0 = x + t * cols, x1 = x0 + cols, x2 = x1 + cols, x3 = x2 + cols
            for r in 0..<rows {
                let wr = w + r * cols
                var a0 = SIMD8<Float>(), a1 = SIMD8<Float>(), a2 = SIMD8<Float>(), a3 = SIMD8<Float>()
                var i = 0
                while i + 8 <= cols {
                    let v = load(wr + i)
                    a0 += v * load(x0 + i)
                    a1 += v * load(x1 + i)
                    a2 += v * load(x2 + i)
                    a3 += v * load(x3 + i)
                    i += 8
                }
                var s = SIMD4<Float>(a0.sum(), a1.sum(), a2.sum(), a3.sum())
                while i < cols {
                    s += SIMD4(repeating: wr[i]) * SIMD4(x0[i], x1[i], x2[i], x3[i])
                    i += 1
                }
                if let b { s += SIMD4(repeating: b[r]) }
                for k in 0..<4 {
                    let out = y + (t + k) * rows + r
                    out.pointee = accumulate ? out.pointee + s[k] : s[k]
                }
            }
            t += 4
        }
        while t < count {
            let xt = x + t * cols, yt = y + t * rows
            for r in 0..<rows {
                var v = dot(w + r * cols, xt, cols)
                if let b { v += b[r] }
                yt[r] = accumulate ? yt[r] + v : v
            }
            t += 1
        }
    }

    /// dX[t] += Wᵀ · dY[t].
    static func backInput(_ w: UnsafePointer<Float>, _ dy: UnsafePointer<Float>, count: Int, rows: Int, cols: Int,
                          _ dx: UnsafeMutablePointer<Float>) {
        for t in 0..<count {
            let dyt = dy + t * rows, dxt = dx + t * cols
            for r in 0..<rows where dyt[r] != 0 { axpy(dyt[r], w + r * cols, dxt, cols) }
        }
    }

    /// dW += Σₜ dY[t] X[t]ᵀ and db += Σₜ dY[t].
    static func backWeights(_ dy: UnsafePointer<Float>, _ x: UnsafePointer<Float>, count: Int, rows: Int, cols: Int,
                            _ dw: UnsafeMutablePointer<Float>, _ db: UnsafeMutablePointer<Float>?) {
        for t in 0..<count {
            let dyt = dy + t * rows, xt = x + t * cols
            for r in 0..<rows where dyt[r] != 0 {
                axpy(dyt[r], xt, dw + r * cols, cols)
                if let db { db[r] += dyt[r] }
            }
        }
    }

    @inline(__always)
    static func sigmoid(_ x: Float) -> Float { 1 / (1 + expf(-x)) }
}

/// A block of floats owned by one computation (a sentence's activations or gradients).
final class FloatBuffer {
    let count: Int
    let pointer: UnsafeMutablePointer<Float>

    init(_ count: Int) {
        self.count = count
        pointer = .allocate(capacity: Swift.max(count, 1))
        pointer.initialize(repeating: 0, count: Swift.max(count, 1))
    }

    deinit { pointer.deallocate() }

    func zero() { pointer.update(repeating: 0, count: count) }

    subscript(i: Int) -> Float {
        get { pointer[i] }
        set { pointer[i] = newValue }
    }
}
