#if canImport(Glibc)
import Glibc
#endif
import Testing
@testable import FactShell

/// Ctrl-C as the shell handles it: a flag a running query or load polls, never a dead process.
extension InterruptStateTests {
@Suite(.serialized) struct ShellSignalTests {
    @Test func interruptCancelsTheWorkInsteadOfKillingTheProcess() {
        var previous = sigaction()
        sigaction(SIGINT, nil, &previous)
        defer { sigaction(SIGINT, &previous, nil) }
        SignalHandling.installInterruptHandler()

        // Sent to the process, as the terminal does; any thread that does not block it runs the handler.
        let (sawFlag, cancelled) = SignalHandling.cancellable { () -> Bool in
            kill(getpid(), SIGINT)
            let deadline = ContinuousClock.now + .seconds(5)
            while ContinuousClock.now < deadline {
                if SignalHandling.isInterrupted() { return true }
            }
            return false
        }
        #expect(sawFlag, "the running work sees Ctrl-C")
        #expect(cancelled)
        #expect(!SignalHandling.isInterrupted(), "the flag is cleared for the next statement")

        let (_, quiet) = SignalHandling.cancellable { 1 }
        #expect(!quiet)
    }
}
}
