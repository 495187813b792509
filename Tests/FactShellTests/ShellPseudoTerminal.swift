import Foundation
#if canImport(Glibc)
import Glibc
#endif

/// Runs a program on a pseudo-terminal, the way a person at a terminal would: it becomes the
/// session's controlling terminal (so Ctrl-C typed as byte 0x03 sends SIGINT), and the test
/// types keys and waits for text to appear.
final class PseudoTerminalProcess {
    private var master: Int32 = -1
    private(set) var pid: pid_t = 0
    /// Everything the program wrote so far, escape sequences included.
    private(set) var transcript = ""
    private var exitStatus: Int32?

    init(executable: String, arguments: [String], environment: [String: String],
         columns: UInt16 = 100, rows: UInt16 = 30) throws {
        var slave: Int32 = -1
        var size = winsize(ws_row: rows, ws_col: columns, ws_xpixel: 0, ws_ypixel: 0)
        var name = [CChar](repeating: 0, count: 256)
        guard openpty(&master, &slave, &name, nil, &size) == 0 else { throw Failure("openpty failed: errno \(errno)") }
        let slavePath = String(decoding: name.prefix { $0 != 0 }.map { UInt8(bitPattern: $0) }, as: UTF8.self)
        close(slave)

        var actions = posix_spawn_file_actions_t()
        posix_spawn_file_actions_init(&actions)
        defer { posix_spawn_file_actions_destroy(&actions) }
        posix_spawn_file_actions_addclose(&actions, master)
        // Opened after setsid by a session leader without O_NOCTTY: becomes the controlling terminal.
        posix_spawn_file_actions_addopen(&actions, 0, slavePath, O_RDWR, 0)
        posix_spawn_file_actions_adddup2(&actions, 0, 1)
        posix_spawn_file_actions_adddup2(&actions, 0, 2)
        var attributes = posix_spawnattr_t()
        posix_spawnattr_init(&attributes)
        defer { posix_spawnattr_destroy(&attributes) }
        posix_spawnattr_setflags(&attributes, Int16(0x80 /* POSIX_SPAWN_SETSID */ | POSIX_SPAWN_SETSIGMASK | POSIX_SPAWN_SETSIGDEF))
        var empty = sigset_t()
        sigemptyset(&empty)
        posix_spawnattr_setsigmask(&attributes, &empty)
        var defaults = sigset_t()
        sigemptyset(&defaults)
        sigaddset(&defaults, SIGINT)
        sigaddset(&defaults, SIGPIPE)
        posix_spawnattr_setsigdefault(&attributes, &defaults)

        let argv = ([executable] + arguments).map { strdup($0) } + [nil]
        let envp = environment.map { strdup("\($0.key)=\($0.value)") } + [nil]
        defer {
            argv.forEach { free($0) }
            envp.forEach { free($0) }
        }
        let result = posix_spawn(&pid, executable, &actions, &attributes, argv, envp)
        guard result == 0 else { throw Failure("posix_spawn failed: \(result)") }
    }

    deinit {
        if exitStatus == nil, pid > 0 {
            kill(pid, SIGKILL)
            var status: Int32 = 0
            waitpid(pid, &status, 0)
        }
        if master >= 0 { close(master) }
    }

    /// Types `text` (use "\r" for Enter, "\t" for Tab, "\u{3}" for Ctrl-C, "\u{4}" for Ctrl-D).
    func type(_ text: String) {
        let bytes = Array(text.utf8)
        _ = bytes.withUnsafeBytes { write(master, $0.baseAddress, $0.count) }
    }

    /// Waits until `needle` appears in the output after `position` (a transcript length), and
    /// returns the transcript length just past it.
    @discardableResult
    func expect(_ needle: String, after position: Int = 0, timeout: Double = 20) throws -> Int {
        let deadline = Date().addingTimeInterval(timeout)
        while true {
            let utf8 = Array(transcript.utf8)
            if position < utf8.count {
                let tail = String(decoding: utf8[position...], as: UTF8.self)
                if let range = tail.range(of: needle) {
                    return position + tail[..<range.upperBound].utf8.count
                }
            }
            let remaining = deadline.timeIntervalSinceNow
            if remaining <= 0 || !pump(timeout: min(remaining, 0.2)) && exitStatus != nil {
                throw Failure("timed out waiting for \(needle.debugDescription); output so far:\n\(transcript)")
            }
        }
    }

    /// Waits until the program reads keys one by one (the line editor switched canonical mode
    /// off). libedit draws its prompt just before it does so; a key typed in between would be
    /// taken by the terminal driver (Ctrl-D as end-of-file, turning into a NUL byte).
    /// On Linux the master side reports the pair's settings.
    func waitUntilEditing(timeout: Double = 10) throws {
        let deadline = Date().addingTimeInterval(timeout)
        var settings = termios()
        while Date() < deadline {
            if tcgetattr(master, &settings) == 0, settings.c_lflag & tcflag_t(ICANON) == 0 { return }
            _ = pump(timeout: 0.01)
        }
        throw Failure("the line editor never took the terminal; output so far:\n\(transcript)")
    }

    /// Waits for the prompt after `position` and for the editor to be ready for keys.
    @discardableResult
    func expectPrompt(_ prompt: String = "facts> ", after position: Int = 0) throws -> Int {
        let end = try expect(prompt, after: position)
        try waitUntilEditing()
        return end
    }

    /// The transcript length now (to expect text that comes after this point).
    var mark: Int {
        _ = pump(timeout: 0.05)
        return transcript.utf8.count
    }

    /// Reads what is available within `timeout` seconds; false when the program has exited.
    @discardableResult
    func pump(timeout: Double) -> Bool {
        var descriptor = pollfd(fd: master, events: Int16(POLLIN), revents: 0)
        let ready = poll(&descriptor, 1, Int32(timeout * 1000))
        if ready > 0 {
            var buffer = [UInt8](repeating: 0, count: 8192)
            let count = read(master, &buffer, buffer.count)
            if count > 0 {
                transcript += String(decoding: buffer[..<count], as: UTF8.self)
                return true
            }
        }
        return checkExit() == nil
    }

    /// The exit status once the program has ended, else nil.
    func checkExit() -> Int32? {
        if let exitStatus { return exitStatus }
        var status: Int32 = 0
        if waitpid(pid, &status, WNOHANG) == pid {
            exitStatus = (status & 0x7F) == 0 ? (status >> 8) & 0xFF : 128 + (status & 0x7F)
        }
        return exitStatus
    }

    /// Waits for the program to end; its exit status, or nil on timeout.
    func waitForExit(timeout: Double = 20) -> Int32? {
        let deadline = Date().addingTimeInterval(timeout)
        while Date() < deadline {
            if let status = checkExit() { return status }
            _ = pump(timeout: 0.1)
        }
        return checkExit()
    }

    struct Failure: Error, CustomStringConvertible {
        let description: String
        init(_ description: String) { self.description = description }
    }
}
