import FactModel

/// Why-questions from the sentences: the phrase a reason marker opens ("because of", "due to",
/// "citing", ...), up to the next comma or the end of the sentence.
extension SentenceFallback {
    /// Markers whose phrase says why something happened. "over" and "after" are left out: they
    /// more often give an amount or a time ("over half a million doses", "after the vote"); "for"
    /// counts only before a gerund ("sentenced for prescribing opioids", not "for 40 years").
    static let reasonMarkers: Set<String> = [
        "because", "because of", "due to", "owing to", "as a result of", "in response to", "citing", "blaming", "amid",
        "thanks to", "on account of", "in protest of", "in retaliation for",
    ]

    /// The markers as words, longest first, so that "because of" is tried before "because".
    static let markerWords: [[String]] = reasonMarkers.map { $0.split(separator: " ").map(String.init) }.sorted { $0.count > $1.count }

    /// The reason phrases of a sentence, each with its marker: "due to concerns regarding
    /// COVID-19". The longest marker at a place wins ("because of" over "because"); "over" needs a
    /// noun phrase after it, not a number ("over 80%"). O(words × markers).
    static func reasonPhrases(in text: String) -> [String] {
        let words = text.split(separator: " ", omittingEmptySubsequences: true).map(String.init)
        let markers = markerWords
        var phrases: [String] = []
        var i = 0
        while i < words.count {
            let lowered = words[i...].prefix(4).map { $0.lowercased().filter { $0.isLetter || $0 == "-" } }
            let gerundFor = lowered.count > 1 && lowered[0] == "for" && lowered[1].hasSuffix("ing") && lowered[1].count > 5
            guard let marker = gerundFor ? ["for"] : markers.first(where: { lowered.starts(with: $0) }) else { i += 1; continue }
            var end = i + marker.count
            var phrase: [String] = []
            while end < words.count {
                let word = words[end]
                let stops = word.hasSuffix(",") || word.hasSuffix(".") || word.hasSuffix(";") || word.hasSuffix(":")
                phrase.append(stops ? String(word.dropLast()) : word)
                end += 1
                if stops { break }
            }
            if !phrase.isEmpty, phrase.count <= 20 {
                phrases.append((words[i..<(i + marker.count)] + phrase).joined(separator: " "))
            }
            i = end
        }
        return phrases
    }
}
