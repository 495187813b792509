#if canImport(Glibc)
@preconcurrency import Glibc
#endif
import Foundation

/// `.output [FILE]`: send answers to FILE (created or truncated, mode 0644 less the umask);
/// without FILE, back to standard output. Messages stay on standard error.
struct OutputCommand: DotCommand {
    let name = ".output"
    let usage = "[FILE]"
    let summary = "send answers to FILE; no FILE: back to the screen"
    let argumentIsFile = true

    func run(_ argument: String, in session: ShellSession) -> ExitStatus {
        guard !argument.isEmpty else {
            session.output = session.standardOutput
            return .success
        }
        let path = expandHome(unquote(argument))
        let descriptor = open(path, O_WRONLY | O_CREAT | O_TRUNC | O_CLOEXEC, 0o644)
        guard descriptor >= 0 else {
            session.report(.unwritable(path: path, reason: String(cString: strerror(errno))))
            return .queryFailed
        }
        session.output = DescriptorSink(descriptor: descriptor, ownsDescriptor: true)
        return .success
    }
}
