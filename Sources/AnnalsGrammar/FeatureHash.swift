/// Features are 64-bit keys built from a template number and the values it looks at,
/// mixed by a fixed function, so that the same sentence gives the same keys in every
/// process (Swift's own `Hasher` is seeded per process and is never used for them).
public enum FeatureHash {
    /// FNV-1a over the UTF-8 bytes of a string: the key of a word, a suffix, a tag.
    @inline(__always)
    public static func of(_ text: some StringProtocol) -> UInt64 {
        var hash: UInt64 = 0xcbf2_9ce4_8422_2325
        for byte in text.utf8 {
            hash ^= UInt64(byte)
            hash = hash &* 0x0000_0100_0000_01b3
        }
        return hash
    }

    /// Two values mixed into one (SplitMix64's finaliser over their combination).
    @inline(__always)
    public static func mix(_ a: UInt64, _ b: UInt64) -> UInt64 {
        var z = a &+ 0x9e37_79b9_7f4a_7c15 &* (b &+ 0x632b_e59b_d9b4_e019)
        z = (z ^ (z >> 30)) &* 0xbf58_476d_1ce4_e5b9
        z = (z ^ (z >> 27)) &* 0x94d0_49bb_1331_11eb
        return z ^ (z >> 31)
    }

    /// A feature: template `template` over one to three values. Never 0 (0 marks an empty slot).
    @inline(__always)
    public static func feature(_ template: UInt64, _ a: UInt64, _ b: UInt64 = 0, _ c: UInt64 = 0) -> UInt64 {
        let key = mix(mix(mix(template, a), b), c)
        return key == 0 ? 1 : key
    }
}
