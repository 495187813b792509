#if canImport(Glibc)
@preconcurrency import Glibc
#elseif canImport(Darwin)
import Darwin
#endif
import Synchronization

/// Ctrl-C and crash handling for the interactive shell.
///
/// Ctrl-C sets a flag instead of killing the process: at the prompt it clears the line (libedit
/// returns with the flag set), during a query the evaluator sees it through `isCancelled` and
/// stops, during a load the loader stops. If a query ignores three presses the shell exits, so a
/// stuck query can never trap the user.
///
/// On a crash (SIGSEGV, SIGILL, SIGTRAP, SIGABRT, SIGBUS, SIGFPE) the terminal settings saved at
/// start-up are restored before the default handling continues, so a crash inside the line
/// editor never leaves the terminal raw.
public enum SignalHandling {
    /// Set by SIGINT; cleared by whoever acts on it.
    static let interrupted = Atomic<Bool>(false)
    /// SIGINTs since a query started; three make the shell give up on it.
    static let pressesDuringQuery = Atomic<Int>(0)
    /// True while a query or load runs (not at the prompt).
    static let busy = Atomic<Bool>(false)
    static let savedTerminal = SavedTerminal()

    /// Written by a Ctrl-C at the prompt; the key reader waits on it beside the terminal.
    static let wakeUp = WakeUpPipe()

    /// Installs the SIGINT handler (no SA_RESTART, so a blocked read returns EINTR) and opens
    /// the pipe that wakes the key reader.
    public static func installInterruptHandler() {
        wakeUp.open()
        var action = sigaction()
        #if canImport(Glibc)
        action.__sigaction_handler.sa_handler = handleInterrupt
        #else
        action.__sigaction_u.__sa_handler = handleInterrupt
        #endif
        sigemptyset(&action.sa_mask)
        action.sa_flags = 0
        sigaction(SIGINT, &action, nil)
    }

    /// Takes (and clears) a pending Ctrl-C, and empties the wake-up pipe with it.
    static func takeInterrupt() -> Bool {
        wakeUp.drain()
        return interrupted.exchange(false, ordering: .sequentiallyConsistent)
    }

    /// True when Ctrl-C was pressed (the flag stays set).
    @Sendable static func isInterrupted() -> Bool {
        interrupted.load(ordering: .sequentiallyConsistent)
    }

    /// Runs `work` with Ctrl-C meaning "cancel this"; returns its result and whether it was cancelled.
    static func cancellable<T>(_ work: () -> T) -> (T, cancelled: Bool) {
        interrupted.store(false, ordering: .sequentiallyConsistent)
        pressesDuringQuery.store(0, ordering: .sequentiallyConsistent)
        busy.store(true, ordering: .sequentiallyConsistent)
        let result = work()
        busy.store(false, ordering: .sequentiallyConsistent)
        return (result, takeInterrupt())
    }

    /// Saves the terminal settings of standard input and restores them on a crash.
    public static func installCrashHandlers() {
        guard isatty(STDIN_FILENO) == 1 else { return }
        savedTerminal.save()
        for signal in [SIGSEGV, SIGILL, SIGTRAP, SIGABRT, SIGBUS, SIGFPE] {
            var action = sigaction()
            var previous = sigaction()
            #if canImport(Glibc)
            action.__sigaction_handler.sa_handler = handleCrash
            #else
            action.__sigaction_u.__sa_handler = handleCrash
            #endif
            sigemptyset(&action.sa_mask)
            action.sa_flags = 0
            sigaction(signal, &action, &previous)
            savedTerminal.setPrevious(previous, for: signal)
        }
    }

    /// Restores the terminal settings saved at start-up (also used on a normal exit).
    public static func restoreTerminal() {
        savedTerminal.restore()
    }
}

/// SIGINT: note it; a query that ignores three presses ends the shell.
private func handleInterrupt(_ signal: Int32) {
    SignalHandling.interrupted.store(true, ordering: .sequentiallyConsistent)
    if !SignalHandling.busy.load(ordering: .sequentiallyConsistent) {
        // At the prompt. The signal may land on any thread, and on the reading thread outside
        // its read(2) (while it echoes a key), where no EINTR follows: the byte in the pipe
        // wakes the key reader whenever it next waits.
        SignalHandling.wakeUp.signal()
        return
    }
    if SignalHandling.busy.load(ordering: .sequentiallyConsistent) {
        let presses = SignalHandling.pressesDuringQuery.wrappingAdd(1, ordering: .sequentiallyConsistent).newValue
        if presses >= 3 {
            let message = "\nfactsh: the query does not stop; exiting\n"
            _ = message.withCString { write(STDERR_FILENO, $0, strlen($0)) }
            SignalHandling.savedTerminal.restore()
            _exit(130)
        }
    }
}

/// A crash: restore the terminal, put the previous handler back, and send the signal again so
/// it is delivered to that handler when this one returns (a fault also re-runs its instruction);
/// Swift's backtracer still reports the crash.
private func handleCrash(_ signal: Int32) {
    SignalHandling.savedTerminal.restore()
    SignalHandling.savedTerminal.reinstallPrevious(for: signal)
    raise(signal)
}

/// A self-pipe: the SIGINT handler writes a byte, the key reader polls for it beside standard
/// input. Both ends are non-blocking, so the handler never blocks on a full pipe.
final class WakeUpPipe: @unchecked Sendable {
    private let readEnd = Atomic<Int32>(-1)
    private let writeEnd = Atomic<Int32>(-1)

    /// Creates the pipe once; later calls do nothing.
    func open() {
        guard readEnd.load(ordering: .sequentiallyConsistent) < 0 else { return }
        var ends: [Int32] = [-1, -1]
        guard pipe(&ends) == 0 else { return }
        for end in ends {
            _ = fcntl(end, F_SETFL, fcntl(end, F_GETFL) | O_NONBLOCK)
            _ = fcntl(end, F_SETFD, FD_CLOEXEC)
        }
        readEnd.store(ends[0], ordering: .sequentiallyConsistent)
        writeEnd.store(ends[1], ordering: .sequentiallyConsistent)
    }

    /// The end to poll; -1 before `open`.
    var descriptor: Int32 { readEnd.load(ordering: .sequentiallyConsistent) }

    /// Async-signal-safe: one byte into the pipe.
    func signal() {
        let end = writeEnd.load(ordering: .sequentiallyConsistent)
        guard end >= 0 else { return }
        var byte: UInt8 = 1
        _ = write(end, &byte, 1)
    }

    /// Reads out every byte waiting in the pipe.
    func drain() {
        let end = descriptor
        guard end >= 0 else { return }
        var buffer = [UInt8](repeating: 0, count: 64)
        while read(end, &buffer, buffer.count) > 0 {}
    }
}

/// Terminal settings and previous crash handlers, in memory allocated once so a signal handler
/// can read them without locks or allocation.
final class SavedTerminal: @unchecked Sendable {
    private let settings = UnsafeMutablePointer<termios>.allocate(capacity: 1)
    private let valid = Atomic<Bool>(false)
    private let previous = UnsafeMutablePointer<sigaction>.allocate(capacity: 32)

    init() {
        previous.initialize(repeating: sigaction(), count: 32)
    }

    func save() {
        if tcgetattr(STDIN_FILENO, settings) == 0 { valid.store(true, ordering: .sequentiallyConsistent) }
    }

    func restore() {
        if valid.load(ordering: .sequentiallyConsistent) { tcsetattr(STDIN_FILENO, TCSANOW, settings) }
    }

    func setPrevious(_ action: sigaction, for signal: Int32) {
        guard signal >= 0, signal < 32 else { return }
        previous[Int(signal)] = action
    }

    func reinstallPrevious(for signal: Int32) {
        guard signal >= 0, signal < 32 else { return }
        sigaction(signal, previous + Int(signal), nil)
    }
}
