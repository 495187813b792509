#if canImport(Glibc)
@preconcurrency import Glibc
#elseif canImport(Darwin)
import Darwin
#endif
import Synchronization

/// Somewhere text goes: standard output or error, a file named by `.output`, or a buffer in tests.
public protocol TextSink: AnyObject, Sendable {
    func write(_ text: String)
    /// True when a person reads it on a terminal (tables fit its width, control characters are made visible).
    var isTerminal: Bool { get }
}

/// Writes to a file descriptor, completely, retrying after EINTR.
public final class DescriptorSink: TextSink {
    let descriptor: Int32
    private let ownsDescriptor: Bool
    public let isTerminal: Bool

    public init(descriptor: Int32, ownsDescriptor: Bool = false) {
        self.descriptor = descriptor
        self.ownsDescriptor = ownsDescriptor
        self.isTerminal = isatty(descriptor) == 1
    }

    public static let standardOutput = DescriptorSink(descriptor: STDOUT_FILENO)
    public static let standardError = DescriptorSink(descriptor: STDERR_FILENO)

    public func write(_ text: String) {
        var bytes = Array(text.utf8)
        var offset = 0
        while offset < bytes.count {
            let written = bytes.withUnsafeMutableBytes { buffer in
                #if canImport(Glibc)
                Glibc.write(descriptor, buffer.baseAddress! + offset, buffer.count - offset)
                #else
                Darwin.write(descriptor, buffer.baseAddress! + offset, buffer.count - offset)
                #endif
            }
            if written < 0 {
                if errno == EINTR { continue }
                return  // a closed pipe: nothing more can be said
            }
            offset += written
        }
        bytes.removeAll()
    }

    deinit {
        if ownsDescriptor { close(descriptor) }
    }
}

/// Collects text in memory (tests, and the golden runner).
public final class BufferSink: TextSink {
    private let storage = Mutex("")
    public let isTerminal: Bool

    public init(isTerminal: Bool = false) { self.isTerminal = isTerminal }

    public func write(_ text: String) { storage.withLock { $0 += text } }

    /// Everything written so far.
    public var text: String { storage.withLock { $0 } }
}
