@preconcurrency import CLibEdit
#if canImport(Glibc)
@preconcurrency import Glibc
#endif

/// The line editor's source of keys: one character from the terminal, or the end of the line's
/// reading when Ctrl-C is pressed.
///
/// libedit's own reader blocks in read(2) and counts on SIGINT interrupting that call. A Ctrl-C
/// that arrives while libedit is between two reads (echoing a key it just read) interrupts
/// nothing, and the next read then waits for another key: the line is not cleared. This reader
/// instead polls standard input together with `SignalHandling.wakeUp`, into which the SIGINT
/// handler writes a byte, so a Ctrl-C is seen whenever it came.
///
/// The terminal is read through a descriptor of its own, opened non-blocking: a Ctrl-C flushes
/// the terminal's input, so a key that poll(2) reported can be gone by the time of the read,
/// and a blocking read would then wait past the Ctrl-C. (Setting O_NONBLOCK on standard input
/// itself would change it for the parent shell too, which shares that open file.)
///
/// libedit hands a custom reader's result straight to the editor as a wide character, so the
/// reader decodes UTF-8 itself. Used from the reading thread only.
enum KeyReader {
    /// What waiting for one byte gave.
    enum Outcome: Equatable {
        case byte(UInt8)
        case interrupted
        case endOfInput
    }

    /// A byte read past a broken UTF-8 sequence, kept for the next call.
    nonisolated(unsafe) private static var pushedBack: UInt8?

    /// A non-blocking descriptor of the terminal `standardInput` is, opened on first use;
    /// `standardInput` itself when the terminal cannot be opened again.
    nonisolated(unsafe) private static var terminal: (input: Int32, reader: Int32)?

    private static func readerDescriptor(for input: Int32) -> Int32 {
        if let terminal, terminal.input == input { return terminal.reader }
        var reader = input
        if let name = ttyname(input) {
            let opened = open(name, O_RDONLY | O_NOCTTY | O_NONBLOCK | O_CLOEXEC)
            if opened >= 0 { reader = opened }
        }
        terminal = (input, reader)
        return reader
    }

    /// The next character as a Unicode scalar value, or -1 at the end of input or on Ctrl-C
    /// (libedit then returns NULL from readline(); `SignalHandling` tells the two apart).
    static func nextCharacter(from descriptor: Int32) -> Int32 {
        while true {
            guard case .byte(let lead) = takeByte(from: descriptor) else { return -1 }
            let length = UTF8Decoding.sequenceLength(lead: lead)
            if length == 1 { return Int32(lead) }
            if length == 0 { continue }  // a stray continuation or invalid byte: dropped, as libedit does
            var bytes = [lead]
            while bytes.count < length {
                guard case .byte(let next) = takeByte(from: descriptor) else { return -1 }
                guard UTF8Decoding.isContinuation(next) else {
                    pushedBack = next  // the broken sequence is dropped; this byte starts the next
                    break
                }
                bytes.append(next)
            }
            if bytes.count == length, let scalar = UTF8Decoding.scalar(bytes) { return Int32(bitPattern: scalar) }
        }
    }

    /// One byte: the pushed-back one, or the next from `descriptor` once it is readable.
    private static func takeByte(from descriptor: Int32) -> Outcome {
        if let byte = pushedBack {
            pushedBack = nil
            return .byte(byte)
        }
        return waitForByte(from: readerDescriptor(for: descriptor), wakeUp: SignalHandling.wakeUp.descriptor)
    }

    /// Polls `descriptor` and the wake-up pipe until a byte, the end of input, or a Ctrl-C.
    /// A read that finds nothing (EAGAIN: the input was flushed) goes back to waiting.
    static func waitForByte(from descriptor: Int32, wakeUp: Int32) -> Outcome {
        while true {
            if SignalHandling.isInterrupted() { return .interrupted }
            var watched = [
                pollfd(fd: descriptor, events: Int16(POLLIN), revents: 0),
                pollfd(fd: wakeUp, events: Int16(POLLIN), revents: 0),  // fd -1 is ignored by poll
            ]
            let ready = poll(&watched, nfds_t(watched.count), -1)
            if ready < 0 {
                if errno == EINTR { continue }
                return .endOfInput
            }
            if watched[1].revents != 0 { return .interrupted }
            guard watched[0].revents != 0 else { continue }
            var byte: UInt8 = 0
            let count = read(descriptor, &byte, 1)
            if count == 1 { return .byte(byte) }
            if count < 0, errno == EINTR || errno == EAGAIN { continue }
            return .endOfInput
        }
    }
}

/// UTF-8 sequence structure, for decoding keys one byte at a time.
enum UTF8Decoding {
    /// Bytes in the sequence `lead` starts; 0 when `lead` cannot start one.
    static func sequenceLength(lead: UInt8) -> Int {
        switch lead {
        case 0x00...0x7F: 1
        case 0xC2...0xDF: 2
        case 0xE0...0xEF: 3
        case 0xF0...0xF4: 4
        default: 0
        }
    }

    static func isContinuation(_ byte: UInt8) -> Bool { byte & 0xC0 == 0x80 }

    /// The scalar a complete sequence encodes; nil for overlong forms, surrogates and values
    /// past U+10FFFF.
    static func scalar(_ bytes: [UInt8]) -> UInt32? {
        var decoder = UTF8()
        var iterator = bytes.makeIterator()
        if case .scalarValue(let scalar) = decoder.decode(&iterator) { return scalar.value }
        return nil
    }
}

/// libedit's `rl_getc_function`: reads from the stream's descriptor (standard input).
func readKeyForLibedit(_ stream: UnsafeMutablePointer<FILE>?) -> Int32 {
    KeyReader.nextCharacter(from: stream.map { fileno($0) } ?? STDIN_FILENO)
}
