#if canImport(Glibc)
import Glibc
#endif
import Testing
@testable import FactShell

/// Ctrl-C as the shell handles it: a flag a running query or load polls, never a dead process.
@Suite(.serialized) struct ShellSignalTests {
    @Test func interruptCancelsTheWorkInsteadOfKillingTheProcess() {
        var previous = sigaction()
        sigaction(SIGINT, nil, &previous)
        defer { sigaction(SIGINT, &previous, nil) }
        SignalHandling.installInterruptHandler()

        let (steps, cancelled) = SignalHandling.cancellable { () -> Int in
            var steps = 0
            while !SignalHandling.isInterrupted(), steps < 1000 {
                steps += 1
                if steps == 10 { raise(SIGINT) }
            }
            return steps
        }
        #expect(cancelled)
        #expect(steps == 10, "the work saw the flag at once")
        #expect(!SignalHandling.isInterrupted(), "the flag is cleared for the next statement")

        let (_, quiet) = SignalHandling.cancellable { 1 }
        #expect(!quiet)
    }
}
