import Foundation
#if canImport(Glibc)
import Glibc
#endif

/// The measuring side of the benchmark contract (../shared/bench/store/README.md): clocks,
/// resident memory, and the JSON lines the driver reads.
enum Harness {
    /// Monotonic time in nanoseconds.
    @inline(__always)
    static func now() -> UInt64 {
        var spec = timespec()
        clock_gettime(CLOCK_MONOTONIC, &spec)
        return UInt64(spec.tv_sec) &* 1_000_000_000 &+ UInt64(spec.tv_nsec)
    }

    /// CPU time of this thread in nanoseconds (for diagnosing a loaded machine; not the contract's clock).
    static func threadCPU() -> UInt64 {
        var spec = timespec()
        clock_gettime(CLOCK_THREAD_CPUTIME_ID, &spec)
        return UInt64(spec.tv_sec) &* 1_000_000_000 &+ UInt64(spec.tv_nsec)
    }

    /// Resident set size in bytes (`/proc/self/statm`, resident pages × page size).
    static func residentBytes() -> Int {
        guard let text = try? String(contentsOfFile: "/proc/self/statm", encoding: .utf8) else { return 0 }
        let fields = text.split(separator: " ")
        return (Int(fields.count > 1 ? fields[1] : "0") ?? 0) * Int(sysconf(Int32(_SC_PAGESIZE)))
    }

    /// Peak resident set size in bytes (`VmHWM`).
    static func peakResidentBytes() -> Int {
        guard let text = try? String(contentsOfFile: "/proc/self/status", encoding: .utf8) else { return 0 }
        for line in text.split(separator: "\n") where line.hasPrefix("VmHWM:") {
            let kib = line.split(separator: " ").dropFirst().first.flatMap { Int($0) } ?? 0
            return kib * 1024
        }
        return 0
    }

    /// Returns freed heap to the OS so resident memory reflects live data.
    static func releaseGarbage() {
        #if canImport(Glibc)
        typealias MallocTrim = @convention(c) (Int) -> Int32
        if let handle = dlopen(nil, RTLD_NOW), let symbol = dlsym(handle, "malloc_trim") {
            _ = unsafeBitCast(symbol, to: MallocTrim.self)(0)
        }
        #endif
    }

    /// Prints one JSON object as a line (keys in the given order).
    static func emit(_ fields: KeyValuePairs<String, Any?>) {
        let body = fields.map { key, value in "\(json(key)): \(json(value))" }.joined(separator: ", ")
        FileHandle.standardOutput.write(Data("{\(body)}\n".utf8))
    }

    static func json(_ value: Any?) -> String {
        switch value {
        case nil: return "null"
        case let string as String:
            var out = "\""
            for scalar in string.unicodeScalars {
                switch scalar {
                case "\"": out += "\\\""
                case "\\": out += "\\\\"
                case "\n": out += "\\n"
                case "\t": out += "\\t"
                default:
                    if scalar.value < 0x20 { out += String(format: "\\u%04x", scalar.value) } else { out.unicodeScalars.append(scalar) }
                }
            }
            return out + "\""
        case let int as Int: return String(int)
        case let double as Double: return double.isFinite ? String(double) : "null"
        case let bool as Bool: return bool ? "true" : "false"
        default: return json(String(describing: value!))
        }
    }

    /// Rounds to `places` decimals, for readable output.
    static func round(_ value: Double, _ places: Int) -> Double {
        let scale = pow(10, Double(places))
        return (value * scale).rounded() / scale
    }
}

/// Latency samples of one query kind, summarized as the contract defines.
struct LatencySummary {
    var samples: [UInt64]

    /// Median, p90 (sample ⌊0.9·k⌋−1), mean in µs and queries per second.
    var fields: (median: Double, p90: Double, mean: Double, qps: Double) {
        let sorted = samples.sorted()
        let k = sorted.count
        guard k > 0 else { return (0, 0, 0, 0) }
        let median = k % 2 == 1 ? Double(sorted[k / 2]) : (Double(sorted[k / 2 - 1]) + Double(sorted[k / 2])) / 2
        let p90 = Double(sorted[max(0, Int(Double(k) * 0.9) - 1)])
        let total = Double(sorted.reduce(0, +))
        return (median / 1e3, p90 / 1e3, total / Double(k) / 1e3, Double(k) / (total / 1e9))
    }
}
