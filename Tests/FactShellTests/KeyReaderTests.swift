#if canImport(Glibc)
import Glibc
#endif
import Testing
@testable import FactShell

/// The line editor's key reader: UTF-8 keys as characters, Ctrl-C through the wake-up pipe.
extension InterruptStateTests {
@Suite(.serialized) struct KeyReaderTests {
    /// A pipe holding `bytes`, its write end closed (so reading past them is the end of input).
    private func input(_ bytes: [UInt8]) -> Int32 {
        var ends: [Int32] = [-1, -1]
        #expect(pipe(&ends) == 0)
        _ = bytes.withUnsafeBytes { write(ends[1], $0.baseAddress, $0.count) }
        close(ends[1])
        return ends[0]
    }

    @Test func multiByteKeysArriveAsOneCharacterEach() {
        let descriptor = input(Array("aé東😀".utf8))
        defer { close(descriptor) }
        let read = (0..<5).map { _ in KeyReader.nextCharacter(from: descriptor) }
        #expect(read == [0x61, 0xE9, 0x6771, 0x1F600, -1])
    }

    @Test func brokenSequencesAreDroppedAndTheNextKeyKept() {
        // A stray continuation byte, then a two-byte lead followed by an ASCII key.
        let descriptor = input([0x80, 0x41, 0xC3, 0x42, 0xC0, 0xAF, 0x43])
        defer { close(descriptor) }
        let read = (0..<4).map { _ in KeyReader.nextCharacter(from: descriptor) }
        #expect(read == [0x41, 0x42, 0x43, -1])
    }

    @Test func aByteInTheWakeUpPipeEndsTheWaitThoughNoKeyCame() {
        var keys: [Int32] = [-1, -1]
        var wakeUp: [Int32] = [-1, -1]
        #expect(pipe(&keys) == 0 && pipe(&wakeUp) == 0)
        defer { (keys + wakeUp).forEach { close($0) } }
        var byte: UInt8 = 1
        _ = write(wakeUp[1], &byte, 1)
        // The key pipe stays open and empty: without the wake-up byte this would wait forever.
        #expect(KeyReader.waitForByte(from: keys[0], wakeUp: wakeUp[0]) == .interrupted)
        _ = write(keys[1], "k", 1)
        #expect(KeyReader.waitForByte(from: keys[0], wakeUp: -1) == .byte(UInt8(ascii: "k")))
        close(keys[1])
        keys[1] = -1
        #expect(KeyReader.waitForByte(from: keys[0], wakeUp: -1) == .endOfInput)
    }

    @Test func scalarsRejectOverlongAndSurrogateForms() {
        #expect(UTF8Decoding.scalar([0xE0, 0x80, 0xAF]) == nil)
        #expect(UTF8Decoding.scalar([0xED, 0xA0, 0x80]) == nil)
        #expect(UTF8Decoding.scalar([0xC3, 0xA9]) == 0xE9)
        #expect(UTF8Decoding.sequenceLength(lead: 0xF5) == 0)
    }
}
}
