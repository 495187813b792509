/// Makes text from articles and files safe to show on a terminal.
///
/// Article text may hold control characters and escape sequences (ESC [ 2 J clears the screen,
/// OSC 52 writes the clipboard). They are never written raw: C0 and C1 controls, DEL and the
/// bidirectional overrides are shown in caret notation (`^[`) or as `\u{…}`, visible but inert.
public enum TerminalSanitizer {
    /// `text` with every control character made visible. Newlines and tabs become spaces when
    /// `singleLine` (a table cell), and are kept otherwise.
    public static func sanitize(_ text: String, singleLine: Bool = true) -> String {
        guard text.unicodeScalars.contains(where: needsEscaping) else { return text }
        var result = String.UnicodeScalarView()
        for scalar in text.unicodeScalars {
            switch scalar.value {
            case 0x0A, 0x09:
                if singleLine { result.append(" ") } else { result.append(scalar) }
            case 0x0D:
                if !singleLine { continue }
                result.append(" ")
            case 0x00...0x1F:
                result.append("^")
                result.append(Unicode.Scalar(UInt8(scalar.value + 0x40)))
            case 0x7F:
                result.append(contentsOf: "^?".unicodeScalars)
            case 0x80...0x9F, 0x202A...0x202E, 0x2066...0x2069:
                result.append(contentsOf: "\\u{\(String(scalar.value, radix: 16, uppercase: true))}".unicodeScalars)
            default:
                result.append(scalar)
            }
        }
        return String(result)
    }

    /// True for a scalar a terminal would interpret instead of showing.
    static func needsEscaping(_ scalar: Unicode.Scalar) -> Bool {
        switch scalar.value {
        case 0x00...0x1F, 0x7F...0x9F, 0x202A...0x202E, 0x2066...0x2069: return true
        default: return false
        }
    }
}
