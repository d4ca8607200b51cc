public import Foundation

/// A trained linear classifier, frozen: for each feature, the classes it votes for and
/// how much. Features are known by the top 32 bits of their 64-bit keys (two features
/// sharing them vote together: a few in a million), looked up through an open-addressing
/// table built when the model is loaded. On disk it is compact: keys sorted and written as
/// variable-length gaps, weights as one byte each, an index into 256 levels.
public struct LinearModel: Sendable {
    public let classCount: Int

    /// A class and its weight, side by side so that a feature's votes are read together;
    /// the top bit of `label` marks a feature's last entry.
    struct Entry {
        var weight: Float
        var label: UInt16
    }

    /// The lookup table: 0 for an empty slot, else the short key in the high 32 bits and,
    /// in the low 32, where the feature's entries start.
    private let table: [UInt64]
    private let entries: [Entry]
    private let mask: Int
    public let featureCount: Int

    @inline(__always)
    static func shortKey(_ key: UInt64) -> UInt32 {
        let short = UInt32(truncatingIfNeeded: key >> 32)
        return short == 0 ? 1 : short   // 0 marks an empty slot
    }

    /// A model from trained features (any order); features whose short keys coincide are merged.
    init(classCount: Int, features: [(key: UInt64, entries: [(label: UInt16, weight: Float)])]) {
        var merged: [UInt32: [UInt16: Float]] = [:]
        for feature in features {
            let key = Self.shortKey(feature.key)
            for entry in feature.entries { merged[key, default: [:]][entry.label, default: 0] += entry.weight }
        }
        var keys: [UInt32] = [], counts: [Int] = [], entries: [Entry] = []
        for key in merged.keys.sorted() {
            let votes = merged[key]!.sorted(by: { $0.key < $1.key })
            guard !votes.isEmpty else { continue }
            for (label, weight) in votes { entries.append(Entry(weight: weight, label: label)) }
            keys.append(key)
            counts.append(votes.count)
        }
        self.init(classCount: classCount, keys: keys, counts: counts, entries: entries)
    }

    /// `keys` in ascending order, each with `counts[i]` entries (at least one), in order in `entries`.
    private init(classCount: Int, keys: [UInt32], counts: [Int], entries: [Entry]) {
        precondition(classCount < 1 << 15, "a linear model has fewer than 32,768 classes")
        self.classCount = classCount
        featureCount = keys.count
        var entries = entries
        var size = 16
        while size < keys.count * 2 { size <<= 1 }
        var table = [UInt64](repeating: 0, count: size)
        let mask = size - 1
        var start = 0
        for (i, key) in keys.enumerated() {
            var slot = Int(key) & mask
            while table[slot] != 0 { slot = (slot + 1) & mask }
            table[slot] = UInt64(key) << 32 | UInt64(start)
            start += counts[i]
            entries[start - 1].label |= 0x8000
        }
        self.entries = entries
        self.table = table
        self.mask = mask
    }

    public var entryCount: Int { entries.count }

    /// Every weight, feature by feature.
    var weights: [Float] { entries.map(\.weight) }

    /// Each feature's short key and its entries (labels without the end mark), by key.
    var features: [(key: UInt32, entries: ArraySlice<Entry>)] {
        var found: [(key: UInt32, entries: ArraySlice<Entry>)] = []
        found.reserveCapacity(featureCount)
        for value in table where value != 0 {
            let start = Int(value & 0xffff_ffff)
            var end = start
            while entries[end].label & 0x8000 == 0 { end += 1 }
            found.append((UInt32(value >> 32), entries[start...end]))
        }
        return found.sorted { $0.key < $1.key }
    }

    /// Sets `scores` (one slot a class) to the sum of the features' votes.
    public func score(_ features: [UInt64], into scores: inout [Float]) {
        // First every feature's place in the table, then their votes: each pass's reads do
        // not wait on one another, so the processor fetches many at once from memory.
        withUnsafeTemporaryAllocation(of: Int.self, capacity: features.count) { starts in
            var found = 0
            table.withUnsafeBufferPointer { table in
                for feature in features {
                    let short = UInt64(Self.shortKey(feature))
                    var slot = Int(short) & mask
                    while true {
                        let value = table[slot]
                        if value == 0 { break }
                        if value >> 32 == short {
                            starts[found] = Int(value & 0xffff_ffff)
                            found += 1
                            break
                        }
                        slot = (slot + 1) & mask
                    }
                }
            }
            scores.withUnsafeMutableBufferPointer { scores in
                for i in scores.indices { scores[i] = 0 }
                entries.withUnsafeBufferPointer { entries in
                    for k in 0..<found {
                        var e = starts[k]
                        while true {
                            let entry = entries[e]
                            scores[Int(entry.label & 0x7fff)] += entry.weight
                            if entry.label & 0x8000 != 0 { break }
                            e += 1
                        }
                    }
                }
            }
        }
    }

    // MARK: - Bytes

    static let magic: [UInt8] = Array("ANLM".utf8)
    static let formatVersion: UInt32 = 3

    /// The model as bytes: a header and 256 weight levels; then, per feature, the gap from
    /// the previous key and the number of entries; then each entry's class (variable
    /// length) and the index of its weight's level.
    public func encoded() -> Data {
        let features = features
        let levels = Self.levels(for: weights)
        var out = Self.magic
        out.reserveCapacity(64 + 1_024 + features.count * 4 + entries.count * 2)
        for value in [Self.formatVersion, UInt32(classCount), UInt32(features.count), UInt32(entries.count)] { out.appendLittleEndian(value) }
        for level in levels { out.appendLittleEndian(level.bitPattern) }
        var previous: UInt32 = 0
        for feature in features {
            out.appendVarint(UInt64(feature.key - previous))
            out.appendVarint(UInt64(feature.entries.count))
            previous = feature.key
        }
        for feature in features { for entry in feature.entries { out.appendVarint(UInt64(entry.label & 0x7fff)) } }
        for feature in features { for entry in feature.entries { out.append(Self.nearest(entry.weight, in: levels)) } }
        return Data(out)
    }

    /// 256 weight levels: 128 for each sign, spaced geometrically from the smallest
    /// magnitude worth keeping to the largest, so that every weight keeps its value to
    /// within a few per cent, the largest (most telling) as well as the smallest.
    static func levels(for weights: [Float]) -> [Float] {
        let largest = weights.map { abs($0) }.max() ?? 0
        guard largest > 0 else { return [Float](repeating: 0, count: 256) }
        let smallest = max(weights.map { abs($0) }.filter { $0 > 0 }.min() ?? largest, largest / 1e7)
        let ratio = Double(largest / smallest)
        let positive = (0..<128).map { Float(Double(smallest) * pow(ratio, Double($0) / 127)) }
        return positive.map { -$0 } + positive
    }

    /// The index of the level nearest a weight (levels: 128 negative, then 128 positive,
    /// each by ascending magnitude), nearest in ratio.
    static func nearest(_ weight: Float, in levels: [Float]) -> UInt8 {
        let base = weight < 0 ? 0 : 128
        let magnitude = abs(weight)
        var low = 0, high = 127
        while low < high {
            let mid = (low + high) / 2
            if abs(levels[base + mid]) < magnitude { low = mid + 1 } else { high = mid }
        }
        if low > 0, magnitude * magnitude < abs(levels[base + low - 1]) * abs(levels[base + low]) { low -= 1 }
        return UInt8(base + low)
    }

    public struct FormatError: Error, CustomStringConvertible {
        public var description: String
    }

    /// Reads a model written by ``encoded()``.
    public init(decoding data: Data) throws(FormatError) {
        var reader = ByteReader(data)
        guard reader.bytes(4) == Self.magic else { throw FormatError(description: "not an Annals linear model") }
        guard reader.u32() == Self.formatVersion else { throw FormatError(description: "model format version not understood") }
        let classCount = Int(reader.u32()), featureCount = Int(reader.u32()), entryCount = Int(reader.u32())
        let levels = (0..<256).map { _ in Float(bitPattern: reader.u32()) }
        guard featureCount <= reader.remaining, entryCount <= reader.remaining else { throw FormatError(description: "model file is truncated or damaged") }
        guard classCount < 1 << 15 else { throw FormatError(description: "model file names \(classCount) classes, more than a model has") }
        var keys = [UInt32](repeating: 0, count: featureCount), counts = [Int](repeating: 0, count: featureCount)
        var key: UInt32 = 0, total = 0
        for i in 0..<featureCount {
            key &+= UInt32(truncatingIfNeeded: reader.varint())
            keys[i] = key
            counts[i] = Int(truncatingIfNeeded: reader.varint())
            guard counts[i] > 0, counts[i] <= entryCount - total else { throw FormatError(description: "model file is truncated or damaged") }
            total += counts[i]
        }
        guard total == entryCount else { throw FormatError(description: "model file is truncated or damaged") }
        var entries = [Entry](repeating: Entry(weight: 0, label: 0), count: entryCount)
        for e in 0..<entryCount {
            let label = reader.varint()
            guard label < classCount else { throw FormatError(description: "model file votes for class \(label) of \(classCount)") }
            entries[e].label = UInt16(label)
        }
        guard reader.remaining == entryCount else { throw FormatError(description: "model file is truncated or damaged") }
        reader.withBytes(entryCount) { bytes in
            for e in 0..<entryCount { entries[e].weight = levels[Int(bytes[bytes.startIndex + e])] }
        }
        self.init(classCount: classCount, keys: keys, counts: counts, entries: entries)
    }
}

extension Data {
    mutating func appendLittleEndian<T: FixedWidthInteger>(_ value: T) {
        Swift.withUnsafeBytes(of: value.littleEndian) { append(contentsOf: $0) }
    }
}

extension [UInt8] {
    mutating func appendLittleEndian<T: FixedWidthInteger>(_ value: T) {
        Swift.withUnsafeBytes(of: value.littleEndian) { append(contentsOf: $0) }
    }

    /// LEB128: seven bits a byte, the high bit set on all but the last.
    mutating func appendVarint(_ value: UInt64) {
        var value = value
        while value >= 0x80 {
            append(UInt8(value & 0x7f) | 0x80)
            value >>= 7
        }
        append(UInt8(value))
    }
}

/// Reads little-endian integers and varints from bytes, in order.
struct ByteReader {
    private let bytes: [UInt8]
    private var position = 0

    init(_ data: Data) { bytes = [UInt8](data) }

    var remaining: Int { bytes.count - position }

    /// Hands `body` the next `count` bytes (fewer at the end) without copying them.
    mutating func withBytes(_ count: Int, _ body: (ArraySlice<UInt8>) -> Void) {
        let end = min(position + count, bytes.count)
        body(bytes[position..<end])
        position = end
    }

    mutating func bytes(_ count: Int) -> [UInt8] {
        let end = min(position + count, bytes.count)
        defer { position = end }
        return Array(bytes[position..<end])
    }

    mutating func u16() -> UInt16 { UInt16(read(2)) }
    mutating func u32() -> UInt32 { UInt32(read(4)) }
    mutating func u64() -> UInt64 { read(8) }

    mutating func varint() -> UInt64 {
        var value: UInt64 = 0, shift: UInt64 = 0
        while position < bytes.count {
            let byte = bytes[position]
            position += 1
            value |= UInt64(byte & 0x7f) << shift
            if byte < 0x80 || shift > 56 { break }
            shift += 7
        }
        return value
    }

    private mutating func read(_ count: Int) -> UInt64 {
        var value: UInt64 = 0
        for k in 0..<count where position + k < bytes.count { value |= UInt64(bytes[position + k]) << (8 * k) }
        position += count
        return value
    }
}
