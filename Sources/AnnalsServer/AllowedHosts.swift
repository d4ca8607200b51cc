import Foundation
#if canImport(Glibc)
import Glibc
#elseif canImport(Darwin)
import Darwin
#endif

/// The names a request's `Host` may carry: by default those of the address the room
/// binds (loopback's names for a loopback address; for every interface, this machine's
/// name and addresses too), plus any given with `--allowed-host`; `*` allows any.
public struct AllowedHosts: Sendable, Equatable {
    public private(set) var names: Set<String>
    public private(set) var allowsAny: Bool

    public init(binding host: String, extra: [String] = [], machineAddresses: () -> [String] = AllowedHosts.interfaceAddresses) {
        allowsAny = extra.contains("*")
        var names = Set(extra.filter { $0 != "*" }.map(Self.normalised))
        let bound = Self.normalised(host)
        names.insert(bound)
        if Self.loopback.contains(bound) || Self.wildcards.contains(bound) { names.formUnion(Self.loopback) }
        if Self.wildcards.contains(bound) {
            names.insert(Self.normalised(ProcessInfo.processInfo.hostName))
            names.formUnion(machineAddresses().map(Self.normalised))
        }
        self.names = names.subtracting(Self.wildcards)
    }

    /// Whether `authority` ("localhost:8080", "[::1]:8080", "example.org") names a served host.
    public func allows(authority: String) -> Bool {
        allowsAny || names.contains(Self.host(ofAuthority: authority))
    }

    /// The host of an authority, lower-cased, without port or IPv6 brackets.
    static func host(ofAuthority authority: String) -> String {
        var host = Substring(authority)
        if host.hasPrefix("[") {
            host = host.dropFirst().prefix { $0 != "]" }
        } else if host.filter({ $0 == ":" }).count == 1, let colon = host.firstIndex(of: ":") {
            host = host[..<colon]
        }
        return normalised(String(host))
    }

    static func normalised(_ name: String) -> String {
        var name = name.lowercased()
        if name.hasPrefix("["), name.hasSuffix("]") { name = String(name.dropFirst().dropLast()) }
        while name.hasSuffix(".") { name.removeLast() }
        return name
    }

    static let loopback: Set<String> = ["localhost", "127.0.0.1", "::1"]
    static let wildcards: Set<String> = ["0.0.0.0", "::", ""]

    /// The addresses of this machine's network interfaces ("192.168.1.5", "fe80::1").
    public static func interfaceAddresses() -> [String] {
        var first: UnsafeMutablePointer<ifaddrs>?
        guard getifaddrs(&first) == 0, let list = first else { return [] }
        defer { freeifaddrs(list) }
        var found: [String] = []
        var cursor: UnsafeMutablePointer<ifaddrs>? = list
        while let entry = cursor {
            defer { cursor = entry.pointee.ifa_next }
            guard let address = entry.pointee.ifa_addr else { continue }
            let family = Int32(address.pointee.sa_family)
            guard family == AF_INET || family == AF_INET6 else { continue }
            var buffer = [CChar](repeating: 0, count: Int(NI_MAXHOST))
            let length = socklen_t(family == AF_INET ? MemoryLayout<sockaddr_in>.size : MemoryLayout<sockaddr_in6>.size)
            if getnameinfo(address, length, &buffer, socklen_t(buffer.count), nil, 0, NI_NUMERICHOST) == 0 {
                let name = String(decoding: buffer.prefix { $0 != 0 }.map { UInt8(bitPattern: $0) }, as: UTF8.self)
                found.append(String(name.prefix { $0 != "%" }))
            }
        }
        return found
    }
}
