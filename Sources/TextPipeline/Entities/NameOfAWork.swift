/// "His best-known song, "Noite de Sal", was recorded ...", "his first album, Maré Alta, ...",
/// "the novel "Blue Harbour"", "a film titled "Salt"": a name written as the title of a work is
/// no person, place or organization, whatever the tagger typed it as (it types a capitalised
/// title as a person more often than not). Left as a person, a song took the pronouns meant
/// for the singer ("He is survived by ..." became the song's fact).
enum NameOfAWork {
    /// Nouns for works that stand before their title in news.
    static let workNouns: Set<String> = [
        "song", "single", "album", "record", "track", "ballad", "anthem", "hit", "symphony", "opera", "musical",
        "film", "movie", "documentary", "series", "sitcom", "show", "programme", "program", "episode", "play",
        "book", "novel", "memoir", "biography", "poem", "collection", "painting", "sculpture", "game",
    ]
    /// Words that introduce a title: "a book titled "X"", "the show called X".
    static let titlingWords: Set<String> = ["titled", "entitled", "called", "named"]

    /// Clears the name tag of every span introduced as a work's title: right after a work noun
    /// or a titling word (an opening quotation mark between them allowed), or in apposition to a
    /// work noun (a comma and perhaps a quotation mark between), the apposition then closed by a
    /// comma, a closing quotation mark or the sentence's end ("the album, Smith said" keeps Smith).
    static func apply(_ sentence: Range<Int>, _ document: inout AnnotatedDocument, _ context: EntityContext) {
        var i = sentence.lowerBound + 1
        while i < sentence.upperBound {
            guard document.tokens[i].entityTag.hasPrefix("B-") else { i += 1; continue }
            var end = i + 1
            while end < sentence.upperBound, document.tokens[end].entityTag.hasPrefix("I-") { end += 1 }
            defer { i = end }
            var before = i - 1
            let quoted = isQuotationMark(context.lower[before])
            if quoted { before -= 1 }
            guard before >= sentence.lowerBound else { continue }
            var apposed = false
            if context.lower[before] == ",", before > sentence.lowerBound {
                apposed = true
                before -= 1
            }
            let introducer = context.lower[before]
            let isWorkNoun = document.tokens[before].upos == "NOUN" && workNouns.contains(introducer)
            guard isWorkNoun || (!apposed && titlingWords.contains(introducer)) else { continue }
            if apposed {
                let closed = end == sentence.upperBound || [",", ".", ";"].contains(context.lower[end])
                    || isQuotationMark(context.lower[end])
                guard closed else { continue }
            }
            for j in i..<end { document.tokens[j].entityTag = "O" }
        }
    }

    private static func isQuotationMark(_ lower: String) -> Bool {
        lower == "\"" || lower == "``" || lower == "''"
    }
}
