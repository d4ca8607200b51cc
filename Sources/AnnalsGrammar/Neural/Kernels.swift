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

    /// y (n floats) += Σ_c x[c] · A[c], A's `count` columns n floats each, one after
    /// another. Thirty-two of y's floats stay in registers while every column adds to them.
    static func addColumns(_ a: UnsafePointer<Float>, _ x: UnsafePointer<Float>, count: Int, _ y: UnsafeMutablePointer<Float>, _ n: Int) {
        var i = 0
        while i + 32 <= n {
            var y0 = load(y + i), y1 = load(y + i + 8), y2 = load(y + i + 16), y3 = load(y + i + 24)
            for c in 0..<count {
                let v = SIMD8<Float>(repeating: x[c]), column = a + c * n + i
                y0 += v * load(column); y1 += v * load(column + 8); y2 += v * load(column + 16); y3 += v * load(column + 24)
            }
            store(y0, y + i); store(y1, y + i + 8); store(y2, y + i + 16); store(y3, y + i + 24)
            i += 32
        }
        for c in 0..<count where i < n { axpy(x[c], a + c * n + i, y + i, n - i) }
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
            matrixVector(w, b, x + t * cols, rows: rows, cols: cols, y + t * rows, accumulate: accumulate)
            t += 1
        }
    }

    /// y = W · x + b (or y += W · x): four rows at a time sharing each read of x, their
    /// four sums folded together (a row's own horizontal sum cost as much as its products).
    @inline(__always)
    static func matrixVector(_ w: UnsafePointer<Float>, _ b: UnsafePointer<Float>?, _ x: UnsafePointer<Float>, rows: Int, cols: Int,
                             _ y: UnsafeMutablePointer<Float>, accumulate: Bool) {
        var r = 0
        if cols % 8 == 0 {
            while r + 4 <= rows {
                let w0 = w + r * cols, w1 = w0 + cols, w2 = w1 + cols, w3 = w2 + cols
                var a0 = SIMD8<Float>(), a1 = SIMD8<Float>(), a2 = SIMD8<Float>(), a3 = SIMD8<Float>()
                var i = 0
                while i < cols {
                    let v = load(x + i)
                    a0 += load(w0 + i) * v
                    a1 += load(w1 + i) * v
                    a2 += load(w2 + i) * v
                    a3 += load(w3 + i) * v
                    i += 8
                }
                let h0 = a0.lowHalf + a0.highHalf, h1 = a1.lowHalf + a1.highHalf, h2 = a2.lowHalf + a2.highHalf, h3 = a3.lowHalf + a3.highHalf
                let e01 = SIMD4(h0[0], h1[0], h0[2], h1[2]) + SIMD4(h0[1], h1[1], h0[3], h1[3])
                let e23 = SIMD4(h2[0], h3[0], h2[2], h3[2]) + SIMD4(h2[1], h3[1], h2[3], h3[3])
                var s = SIMD4(e01[0], e01[1], e23[0], e23[1]) + SIMD4(e01[2], e01[3], e23[2], e23[3])
                if let b { s += load4(b + r) }
                if accumulate { s += load4(y + r) }
                UnsafeMutableRawPointer(y + r).storeBytes(of: s, as: SIMD4<Float>.self)
                r += 4
            }
        }
        while r < rows {
            var v = dot(w + r * cols, x, cols)
            if let b { v += b[r] }
            y[r] = accumulate ? y[r] + v : v
            r += 1
        }
    }

    @inline(__always)
    static func load4(_ p: UnsafePointer<Float>) -> SIMD4<Float> {
        UnsafeRawPointer(p).loadUnaligned(as: SIMD4<Float>.self)
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

    /// tanh as a ratio of two polynomials in x², exact to a few units in the last place of a
    /// float over the range where tanh is not yet ±1 (the coefficients are those of the Eigen
    /// library's float tanh), eight lanes at a time: the library's tanh and exp were a
    /// quarter of the parser's time.
    @inline(__always)
    static func tanh(_ v: SIMD8<Float>) -> SIMD8<Float> {
        let limit = SIMD8<Float>(repeating: 7.90531110763549805)
        var x = v.replacing(with: limit, where: v .> limit)
        x = x.replacing(with: -limit, where: x .< -limit)
        let x2 = x * x
        var p = SIMD8<Float>(repeating: -2.76076847742355e-16)
        p = p * x2 + 2.00018790482477e-13
        p = p * x2 - 8.60467152213735e-11
        p = p * x2 + 5.12229709037114e-08
        p = p * x2 + 1.48572235717979e-05
        p = p * x2 + 6.37261928875436e-04
        p = p * x2 + 4.89352455891786e-03
        p = p * x
        var q = SIMD8<Float>(repeating: 1.19825839466702e-06)
        q = q * x2 + 1.18534705686654e-04
        q = q * x2 + 2.26843463243900e-03
        q = q * x2 + 4.89352518554385e-03
        return p / q
    }

    /// The logistic function, from tanh: σ(x) = ½ + ½ tanh(x / 2).
    @inline(__always)
    static func sigmoid(_ v: SIMD8<Float>) -> SIMD8<Float> {
        0.5 + 0.5 * tanh(0.5 * v)
    }

    @inline(__always)
    static func tanh(_ x: Float) -> Float { tanh(SIMD8(repeating: x))[0] }

    @inline(__always)
    static func sigmoid(_ x: Float) -> Float { sigmoid(SIMD8(repeating: x))[0] }
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
