import Testing

/// The suites that read or set the process-wide Ctrl-C state (`SignalHandling`'s flag and wake-up
/// pipe): run one at a time, since a SIGINT raised by one would reach the key reader of another
/// running beside it.
@Suite(.serialized) struct InterruptStateTests {}
