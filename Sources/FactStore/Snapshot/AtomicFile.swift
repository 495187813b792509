import FactModel
#if canImport(Glibc)
import Glibc
#elseif canImport(Darwin)
import Darwin
#endif

/// Writing a file so that readers see either the old or the new content, never a partial one:
/// the bytes go to a temporary file in the same directory, are flushed, and renamed over.
enum AtomicFile {
    /// - Throws: `Diagnostic` when the directory or the file cannot be written.
    static func write(_ bytes: [UInt8], to path: String) throws {
        let temporary = "\(path).tmp-\(getpid())"
        let fd = open(temporary, O_WRONLY | O_CREAT | O_TRUNC, 0o644)
        guard fd >= 0 else { throw failure("cannot create '\(temporary)'", path) }
        var written = 0
        let ok: Bool = bytes.withUnsafeBytes { buffer in
            while written < buffer.count {
                let n = Glibc.write(fd, buffer.baseAddress! + written, buffer.count - written)
                if n <= 0 { return false }
                written += n
            }
            return true
        }
        let synced = fsync(fd) == 0
        close(fd)
        guard ok && synced, rename(temporary, path) == 0 else {
            unlink(temporary)
            throw failure("cannot write '\(path)'", path)
        }
    }

    /// Creates a directory and its parents if missing.
    static func makeDirectory(_ path: String) throws {
        var prefix = path.hasPrefix("/") ? "/" : ""
        for part in path.split(separator: "/") {
            prefix += part
            if mkdir(prefix, 0o755) != 0 && errno != EEXIST { throw failure("cannot create directory '\(prefix)'", path) }
            prefix += "/"
        }
    }

    private static func failure(_ message: String, _ path: String) -> Diagnostic {
        Diagnostic(id: "store.unwritable-file", message: "\(message): \(String(cString: strerror(errno)))", file: path)
    }
}
