@preconcurrency import CLibEdit
#if canImport(Glibc)
@preconcurrency import Glibc
#endif
import Foundation

/// The interactive line editor: libedit's readline-compatible API (editing, history, Tab).
///
/// One per process (libedit drives a single hidden editor), created on the main thread for the
/// life of the REPL, and only when standard input is a terminal. See docs/shell.md and
/// ../shared/docs/libedit.md for the pitfalls this avoids.
final class LineEditor {
    /// What one read gave.
    enum Event: Equatable {
        case line(String)
        /// Ctrl-C: the line was abandoned.
        case interrupted
        /// Ctrl-D on an empty line, or the end of input.
        case endOfInput
    }

    /// The history file in use; nil when history is off or its file could not be created.
    let historyPath: String?

    /// Sets up libedit; `historyPath` nil runs without a saved history.
    init(historyPath: String?) {
        Self.useUTF8Locale()
        // Before anything initializes libedit: it takes a custom key reader only at that moment.
        rl_getc_function = readKeyForLibedit
        self.historyPath = historyPath.flatMap { History.prepare($0) ? $0 : nil }
        rl_readline_name = UnsafePointer(strdup("factsh"))
        // Names may hold apostrophes and dots ("O'Brien", "U.S."): break words on blanks and quotes only.
        rl_completer_word_break_characters = strdup(" \t\n\"")
        rl_attempted_completion_function = completeForLibedit
        using_history()
        stifle_history(2000)
        if let historyPath = self.historyPath {
            _ = read_history(historyPath)  // non-zero for an empty file: fine
        }
    }

    /// Reads one line with `prompt`.
    func readLine(prompt: String) -> Event {
        _ = SignalHandling.takeInterrupt()
        guard let raw = readline(prompt) else {
            return SignalHandling.takeInterrupt() ? .interrupted : .endOfInput
        }
        defer { free(raw) }
        if SignalHandling.takeInterrupt() { return .interrupted }
        return .line(String(cString: raw))
    }

    /// Adds a statement to the history and saves the file at once, so a crash or a closed
    /// terminal loses nothing. Repeats of the last entry are not stored twice.
    func remember(_ statement: String) {
        let entry = History.entry(for: statement)
        guard !entry.isEmpty else { return }
        if let last = history_get(history_base + history_length - 1), let line = last.pointee.line,
           String(cString: line) == entry {
            return
        }
        add_history(entry)
        if let historyPath {
            _ = write_history(historyPath)
            chmod(historyPath, 0o600)
        }
    }

    /// libedit decodes keystrokes with the C library's multibyte functions and drops bytes it
    /// cannot decode; a Swift program starts in the "C" locale, so UTF-8 input would be lost.
    /// Only LC_CTYPE is set: LC_NUMERIC stays "C".
    static func useUTF8Locale() {
        setlocale(LC_CTYPE, "")
        let codeset = String(cString: nl_langinfo(nl_item(CODESET)))
        if codeset != "UTF-8" { setlocale(LC_CTYPE, "C.UTF-8") }
    }
}

/// libedit's completion hook: `[replacement, match..., NULL]`, malloc'ed, at least three slots
/// (libedit reads `matches[2]` even for one match). `start`/`end` count characters.
private func completeForLibedit(
    _ text: UnsafePointer<CChar>?, _ start: Int32, _ end: Int32
) -> UnsafeMutablePointer<UnsafeMutablePointer<CChar>?>? {
    let word = text.map { String(cString: $0) } ?? ""
    let line = rl_line_buffer.map { String(cString: $0) } ?? ""
    let upToCursor = String(String.UnicodeScalarView(line.unicodeScalars.prefix(Int(end))))
    let vocabulary = Completion.vocabulary.withLock { $0 }
    switch Completion.candidates(line: upToCursor, wordStart: Int(start), vocabulary: vocabulary) {
    case .fileNames:
        rl_attempted_completion_over = 0
        return nil
    case .words(let matches):
        rl_attempted_completion_over = 1
        guard !matches.isEmpty else { return nil }
        let replacement = Completion.replacement(for: word, matches: matches)
        let strings = matches.count == 1 ? [matches[0], matches[0]] : [replacement] + matches
        guard let raw = malloc(MemoryLayout<UnsafeMutablePointer<CChar>?>.stride * (strings.count + 1)) else { return nil }
        let result = raw.bindMemory(to: UnsafeMutablePointer<CChar>?.self, capacity: strings.count + 1)
        for (index, string) in strings.enumerated() { result[index] = strdup(string) }
        result[strings.count] = nil
        return result
    }
}
