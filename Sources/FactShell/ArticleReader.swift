import FactModel
import Foundation

/// Reads one article file into a `Document`, refusing what is not an article: unreadable,
/// binary, invalid UTF-8, empty or oversized files each get a message that names the problem.
enum ArticleReader {
    /// Files larger than this are not news articles; extracting them would stall the shell.
    static let maximumBytes = 4 << 20

    /// What reading one file gave.
    enum Outcome: Sendable {
        case document(Document)
        /// Nothing to load, not an error (an empty file).
        case skipped(path: String, reason: String)
        case failed(ShellError)
    }

    /// Reads `file` (as found on disk), naming it `displayPath` in evidence and messages.
    static func read(file: String, displayPath: String) -> Outcome {
        let data: Data
        do {
            let attributes = try FileManager.default.attributesOfItem(atPath: file)
            if let size = attributes[.size] as? Int, size > maximumBytes {
                return .failed(.unloadable(path: displayPath, reason:
                    "too large for an article (\(size >> 20) MB; the limit is \(maximumBytes >> 20) MB)"))
            }
            data = try Data(contentsOf: URL(fileURLWithPath: file))
        } catch {
            return .failed(.unloadable(path: displayPath, reason: reasonText(error)))
        }
        switch decode(data) {
        case .failure(let failure):
            return .failed(.unloadable(path: displayPath, reason: failure.reason))
        case .success(let text):
            guard let title = text.split(whereSeparator: \.isNewline).lazy
                .map({ $0.trimmingCharacters(in: .whitespaces) }).first(where: { !$0.isEmpty })
            else {
                return .skipped(path: displayPath, reason: data.isEmpty ? "empty file" : "holds only white space")
            }
            let name = (file as NSString).lastPathComponent
            return .document(Document(id: 0, path: displayPath, title: title, text: text, date: date(fromFileName: name)))
        }
    }

    /// The text of `data`: UTF-8 without a byte-order mark, CRLF line ends made LF; or why not.
    static func decode(_ data: Data) -> Result<String, DecodeFailure> {
        var bytes = [UInt8](data)
        if bytes.starts(with: [0xEF, 0xBB, 0xBF]) { bytes.removeFirst(3) }
        if bytes.prefix(8192).contains(0) { return .failure(DecodeFailure("binary file (it holds NUL bytes)")) }
        if let bad = firstInvalidUTF8(bytes) {
            let before = bytes[..<bad]
            let line = before.filter { $0 == UInt8(ascii: "\n") }.count + 1
            let lineStart = before.lastIndex(of: UInt8(ascii: "\n")).map { $0 + 1 } ?? 0
            let column = String(decoding: bytes[lineStart..<bad], as: UTF8.self).count + 1
            let byte = String(bytes[bad], radix: 16, uppercase: true)
            return .failure(DecodeFailure("not valid UTF-8 (byte 0x\(byte) at line \(line), column \(column))"))
        }
        var text = String(decoding: bytes, as: UTF8.self)
        if text.contains("\r") { text = text.replacingOccurrences(of: "\r\n", with: "\n").replacingOccurrences(of: "\r", with: "\n") }
        return .success(text)
    }

    struct DecodeFailure: Error, Sendable {
        let reason: String
        init(_ reason: String) { self.reason = reason }
    }

    /// The index of the first byte that does not belong to a well-formed UTF-8 sequence.
    static func firstInvalidUTF8(_ bytes: [UInt8]) -> Int? {
        var index = 0
        while index < bytes.count {
            let lead = bytes[index]
            let length: Int
            var lower: UInt8 = 0x80, upper: UInt8 = 0xBF
            switch lead {
            case 0x00...0x7F: index += 1; continue
            case 0xC2...0xDF: length = 2
            case 0xE0: length = 3; lower = 0xA0
            case 0xE1...0xEC, 0xEE...0xEF: length = 3
            case 0xED: length = 3; upper = 0x9F
            case 0xF0: length = 4; lower = 0x90
            case 0xF1...0xF3: length = 4
            case 0xF4: length = 4; upper = 0x8F
            default: return index
            }
            guard index + length <= bytes.count else { return index }
            for offset in 1..<length {
                let byte = bytes[index + offset]
                let (low, high) = offset == 1 ? (lower, upper) : (UInt8(0x80), UInt8(0xBF))
                if byte < low || byte > high { return index }
            }
            index += length
        }
        return nil
    }

    /// `2019-01-04` from `2019-01-04-nancy-pelosi.txt`, when the name starts with a valid date.
    static func date(fromFileName name: String) -> String? {
        let parts = name.split(separator: "-", maxSplits: 3, omittingEmptySubsequences: false)
        guard parts.count == 4, parts[0].count == 4, parts[1].count == 2, parts[2].count == 2,
              let year = Int(parts[0]), let month = Int(parts[1]), let day = Int(parts[2]),
              (1800...2200).contains(year), (1...12).contains(month), (1...31).contains(day)
        else { return nil }
        return "\(parts[0])-\(parts[1])-\(parts[2])"
    }

    /// A short reason for a file-system error: "permission denied", "is a folder".
    static func reasonText(_ error: Error) -> String {
        let nsError = error as NSError
        if let underlying = nsError.userInfo[NSUnderlyingErrorKey] as? NSError, underlying.domain == NSPOSIXErrorDomain {
            return String(cString: strerror(Int32(underlying.code))).lowercased()
        }
        if nsError.domain == NSPOSIXErrorDomain { return String(cString: strerror(Int32(nsError.code))).lowercased() }
        switch nsError.code {
        case NSFileReadNoPermissionError: return "permission denied"
        case NSFileReadNoSuchFileError, NSFileNoSuchFileError: return "no such file"
        default: return nsError.localizedDescription
        }
    }
}
