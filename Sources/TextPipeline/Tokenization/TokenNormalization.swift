/// Feature-side spelling of a token: typographic variants folded together so the tagger and
/// parser see one form ("“" and "”" → "\"", "—" and "–" → "--", "…" → "..."). The token keeps
/// its original text; only features use this.
public enum TokenNormalization {
    /// The normalized form of `form`; `form` itself (no allocation) when nothing changes.
    public static func normalized(_ form: String) -> String {
        var needsWork = false
        for b in form.utf8 where b >= 0xE2 { needsWork = true; break }
        guard needsWork else { return form }
        switch form {
        case "“", "”", "„", "«", "»", "″": return "\""
        case "‘", "’", "′": return "'"
        case "—", "–", "―", "‒", "−": return "--"
        case "…": return "..."
        case "’s": return "'s"
        case "n’t": return "n't"
        case "’re": return "'re"
        case "’ve": return "'ve"
        case "’ll": return "'ll"
        case "’d": return "'d"
        case "’m": return "'m"
        default: return form.contains("’") ? form.replacingApostrophes() : form
        }
    }
}

private extension String {
    /// "O’Brien" → "O'Brien".
    func replacingApostrophes() -> String {
        String(unicodeScalars.map { $0 == "\u{2019}" ? "'" : Character($0) })
    }
}
