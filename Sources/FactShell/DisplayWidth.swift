/// Terminal column arithmetic for table layout: wide (CJK) characters take two columns,
/// combining marks none.
enum DisplayWidth {
    /// The number of terminal columns `text` occupies. O(n).
    static func of(_ text: String) -> Int {
        var width = 0
        for scalar in text.unicodeScalars { width += of(scalar) }
        return width
    }

    /// The columns one scalar occupies: 0, 1 or 2.
    static func of(_ scalar: Unicode.Scalar) -> Int {
        let value = scalar.value
        if value == 0x200B || value == 0x200D || (0xFE00...0xFE0F).contains(value) { return 0 }
        switch scalar.properties.generalCategory {
        case .nonspacingMark, .enclosingMark, .format: return 0
        default: break
        }
        switch value {
        case 0x1100...0x115F, 0x2E80...0x303E, 0x3041...0x33FF, 0x3400...0x4DBF, 0x4E00...0x9FFF,
             0xA000...0xA4CF, 0xAC00...0xD7A3, 0xF900...0xFAFF, 0xFE30...0xFE4F, 0xFF00...0xFF60,
             0xFFE0...0xFFE6, 0x1F300...0x1F64F, 0x1F900...0x1F9FF, 0x20000...0x3FFFD:
            return 2
        default:
            return 1
        }
    }

    /// `text` cut to at most `width` columns, ending with "…" when it was cut.
    static func truncate(_ text: String, to width: Int) -> String {
        guard of(text) > width else { return text }
        guard width > 1 else { return width == 1 ? "…" : "" }
        var result = ""
        var used = 0
        for character in text {
            let w = of(String(character))
            if used + w > width - 1 { break }
            result.append(character)
            used += w
        }
        return result + "…"
    }

    /// `text` cut in the middle to at most `width` columns, keeping its start and `keepingSuffix`
    /// characters of its end: "2019-01-04-nancy-pel…:12".
    static func truncateMiddle(_ text: String, to width: Int, keepingSuffix suffixLength: Int) -> String {
        guard of(text) > width else { return text }
        let suffix = String(text.suffix(suffixLength))
        let room = width - of(suffix)
        guard room >= 2 else { return truncate(text, to: width) }
        return truncate(String(text.dropLast(suffixLength)), to: room) + suffix
    }

    /// `text` padded with spaces to `width` columns.
    static func pad(_ text: String, to width: Int) -> String {
        let missing = width - of(text)
        return missing > 0 ? text + String(repeating: " ", count: missing) : text
    }

    /// Word-wraps `text` into lines of at most `width` columns; at most `maxLines` lines, the last
    /// one ending with "…" when text remains. Words longer than a line are broken.
    static func wrap(_ text: String, to width: Int, maxLines: Int) -> [String] {
        guard width > 0 else { return [""] }
        var lines: [String] = []
        var current = ""
        var currentWidth = 0
        var words = text.split(separator: " ", omittingEmptySubsequences: true).map(String.init)[...]
        while let word = words.first {
            let wordWidth = of(word)
            let needed = currentWidth == 0 ? wordWidth : currentWidth + 1 + wordWidth
            if needed <= width {
                current += currentWidth == 0 ? word : " " + word
                currentWidth = needed
                words.removeFirst()
            } else if currentWidth == 0 {
                // A word wider than the line: break it.
                let head = truncatePrefix(word, to: width)
                lines.append(head)
                words[words.startIndex] = String(word.dropFirst(head.count))
            } else {
                lines.append(current)
                current = ""
                currentWidth = 0
            }
            if lines.count == maxLines {
                let rest = ([current] + words).filter { !$0.isEmpty }
                if !rest.isEmpty {
                    lines[maxLines - 1] = truncate(lines[maxLines - 1] + " " + rest.joined(separator: " "), to: width)
                }
                return lines
            }
        }
        if !current.isEmpty || lines.isEmpty { lines.append(current) }
        return lines
    }

    /// The longest prefix of `text` that fits `width` columns, without an ellipsis.
    private static func truncatePrefix(_ text: String, to width: Int) -> String {
        var result = ""
        var used = 0
        for character in text {
            let w = of(String(character))
            if used + w > width { break }
            result.append(character)
            used += w
        }
        return result.isEmpty ? String(text.prefix(1)) : result
    }
}
