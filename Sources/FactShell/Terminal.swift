#if canImport(Glibc)
@preconcurrency import Glibc
#elseif canImport(Darwin)
import Darwin
#endif
import Foundation

/// What the shell knows about where its output goes: a terminal or not, how wide, whether colour is allowed.
public struct Terminal: Sendable {
    /// True when the file descriptor is a terminal.
    public static func isTerminal(_ descriptor: Int32) -> Bool { isatty(descriptor) == 1 }

    /// The width of the terminal on `descriptor`, or nil when it is not one.
    public static func width(of descriptor: Int32) -> Int? {
        guard isTerminal(descriptor) else { return nil }
        var size = winsize()
        #if canImport(Glibc)
        let request = UInt(TIOCGWINSZ)
        #else
        let request = TIOCGWINSZ
        #endif
        if ioctl(descriptor, request, &size) == 0, size.ws_col > 0 { return Int(size.ws_col) }
        return nil
    }

    /// The width to lay tables out in: the terminal's, else `$COLUMNS`, else nil (no limit).
    public static func layoutWidth(of descriptor: Int32) -> Int? {
        if let width = width(of: descriptor) { return width }
        if let columns = ProcessInfo.processInfo.environment["COLUMNS"], let width = Int(columns), width > 20 {
            return width
        }
        return nil
    }

    /// Colour is used only on a terminal, never when `NO_COLOR` is set (https://no-color.org) or TERM is dumb.
    public static func allowsColor(_ descriptor: Int32) -> Bool {
        let environment = ProcessInfo.processInfo.environment
        if let noColor = environment["NO_COLOR"], !noColor.isEmpty { return false }
        if environment["TERM"] == "dumb" { return false }
        return isTerminal(descriptor)
    }
}

/// ANSI styles, applied only when colour is allowed.
struct Style: Sendable {
    let enabled: Bool

    func bold(_ text: String) -> String { enabled ? "\u{1B}[1m\(text)\u{1B}[0m" : text }
    func red(_ text: String) -> String { enabled ? "\u{1B}[1;31m\(text)\u{1B}[0m" : text }
    func yellow(_ text: String) -> String { enabled ? "\u{1B}[1;33m\(text)\u{1B}[0m" : text }
    func dim(_ text: String) -> String { enabled ? "\u{1B}[2m\(text)\u{1B}[0m" : text }
    func green(_ text: String) -> String { enabled ? "\u{1B}[1;32m\(text)\u{1B}[0m" : text }
}
