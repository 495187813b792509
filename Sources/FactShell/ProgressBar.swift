import Foundation

/// A one-line progress bar on standard error, drawn only when standard error is a terminal.
/// It redraws at most ten times a second and erases itself when done.
final class ProgressBar: @unchecked Sendable {
    private let total: Int
    private let label: String
    private let width: Int
    private var lastDraw = Date.distantPast
    private var drawn = false

    /// A bar for `total` steps, or nil when standard error is not a terminal (no progress when piped).
    init?(total: Int, label: String) {
        guard Terminal.isTerminal(STDERR_FILENO), total > 1 else { return nil }
        self.total = total
        self.label = label
        self.width = Terminal.width(of: STDERR_FILENO) ?? 80
    }

    /// Shows `done` of `total`, with the item being worked on.
    func update(done: Int, current: String = "") {
        let now = Date()
        guard now.timeIntervalSince(lastDraw) >= 0.1 || done == total else { return }
        lastDraw = now
        let counter = "\(label) \(done)/\(total) "
        let barWidth = max(10, min(30, width - counter.count - 30))
        let filled = total > 0 ? barWidth * done / total : 0
        let bar = "[" + String(repeating: "#", count: filled) + String(repeating: ".", count: barWidth - filled) + "]"
        let percent = " \(total > 0 ? 100 * done / total : 100)% "
        var line = counter + bar + percent
        let room = width - DisplayWidth.of(line) - 1
        if room > 8, !current.isEmpty { line += DisplayWidth.truncate(TerminalSanitizer.sanitize(current), to: room) }
        write("\r\u{1B}[K" + line)
        drawn = true
    }

    /// Erases the bar.
    func finish() {
        if drawn { write("\r\u{1B}[K") }
        drawn = false
    }

    private func write(_ text: String) {
        FileHandle.standardError.write(Data(text.utf8))
    }
}
