import FactModel

/// Repairs to names the parser reads as lists, and to lists of names it reads as one phrase.
extension TreeRepairs {
    /// "of Britain's Competition and Markets Authority": an organisation or place name with "and"
    /// inside it, two words or more before its end, is one name, but the parser coordinates its
    /// parts, so "Competition" became an argument of its own and the name none. A name span whose
    /// words hang on each other as conjuncts is rebuilt as one phrase: its last word heads it, in
    /// the place of the span's first word that hung outside it, taking the words hung on the span
    /// from outside; the other words are its `compound`s, "and" the `cc` of the word after it.
    static func conjunctionInsideAName(_ range: Range<Int>, _ document: inout AnnotatedDocument) {
        func head(_ i: Int) -> Int { Int(document.tokens[i].head) }
        for span in document.spans where range.contains(span.tokens.lowerBound) && span.tokens.count >= 3 {
            guard case .entity(let type) = span.type, type == .organization || type == .place else { continue }
            let words = span.tokens
            // Two words or more after "and": "Holm & Krogh" and "Bosnia and Herzegovina" are
            // coordinations in the treebank too, read the same either way.
            guard words.dropFirst().dropLast(2).contains(where: { ["and", "&"].contains(document.tokens[$0].form.lowercased()) }),
                  words.contains(where: { document.tokens[$0].deprel == "conj" && words.contains(head($0)) }),
                  let outermost = document.firstWordHungOutside(words) else { continue }
            let saved = document.tokens[range]
            let nameHead = words.upperBound - 1
            let (attachment, relation) = (document.tokens[outermost].head, document.tokens[outermost].deprel)
            for child in range where !words.contains(child) && words.contains(head(child)) {
                document.tokens[child].head = Int32(nameHead)
            }
            for word in words where word != nameHead {
                // "and" goes with the word after it, so the name's phrase keeps it.
                let joins = ["and", "&"].contains(document.tokens[word].form.lowercased())
                document.tokens[word].head = Int32(joins ? word + 1 : nameHead)
                document.tokens[word].deprel = joins ? "cc" : "compound"
            }
            document.tokens[nameHead].head = attachment
            document.tokens[nameHead].deprel = relation
            if range.contains(where: { !reachesTheRoot($0, range, document) }) {
                document.tokens.replaceSubrange(range, with: saved)
            }
        }
    }

    /// "signed by Kazakh President Nurlan Abenov, who hosted the meeting, Uzbek President Jasur
    /// Rakhimov, Kyrgyz President Almazbek Toktorov and Tajik President Davlat Nazarov": the parser
    /// reads a capitalised title after a comma as part of the name before it, hangs the next names
    /// on the wrong words, and lets a relative clause after the first name swallow the rest of the
    /// list. A run of person names separated by commas and closed by "and"/"or", where some name
    /// has a title before it or the first is followed by a "who"/"which" clause, is rebuilt as the
    /// treebank writes a list: each later name a `conj` of the first, its title words its
    /// description (`nmod:desc`, earlier words `compound` of the title), its other words `flat`,
    /// commas and the conjunction hung on it; the relative clause an `acl:relcl` of the first name.
    static func listOfTitledNames(_ range: Range<Int>, _ document: inout AnnotatedDocument) {
        let people = personSpans(in: range, document)
        var next = 0
        while next < people.count {
            let first = people[next]
            next += 1
            guard let list = titledNameList(after: first, people: people, range, document) else { continue }
            rebuild(list, range, &document)
            next = people.firstIndex { $0.lowerBound >= list.end } ?? people.count
        }
    }

    /// A list found by `titledNameList`: the first name, the later names (each with the title
    /// words before it and the separators before those), and an interrupting relative clause.
    private struct TitledNameList {
        var first: Range<Int>
        var later: [(separators: [Int], title: Range<Int>, name: Range<Int>)]
        var relativeClause: Range<Int>?
        /// The index after the list's last word.
        var end: Int { later.last?.name.upperBound ?? first.upperBound }
    }

    /// The person names of the sentence, in order, as token ranges. O(spans).
    private static func personSpans(in range: Range<Int>, _ document: AnnotatedDocument) -> [Range<Int>] {
        document.spans.compactMap { span in
            guard range.contains(span.tokens.lowerBound), case .entity(.person) = span.type else { return nil }
            return span.tokens
        }
    }

    /// The list of titled names starting with the name `first` (grammar: name ("," ["who" clause
    /// ","])? ("," titled-name)* ","? ("and" | "or") titled-name, where titled-name is a run of
    /// capitalised words ending with a person name); nil when the words after `first` are not one,
    /// when a verb follows the last name (a subject of the next clause), or when no name has a
    /// title and no clause interrupts (the parser reads plain lists well).
    /// O(sentence).
    private static func titledNameList(after first: Range<Int>, people: [Range<Int>], _ range: Range<Int>,
                                       _ document: AnnotatedDocument) -> TitledNameList? {
        func form(_ i: Int) -> String { range.contains(i) ? document.tokens[i].form.lowercased() : "" }
        var list = TitledNameList(first: first, later: [], relativeClause: nil)
        var position = first.upperBound
        if form(position) == ",", ["who", "which"].contains(form(position + 1)) {
            // The clause runs to the next comma; a bracket, quotation or another clause mark (any
            // punctuation but a hyphen) ends the search.
            guard let comma = (position + 1..<range.upperBound).first(where: { form($0) == "," }),
                  !(position + 1..<comma).contains(where: { document.tokens[$0].upos == "PUNCT" && document.tokens[$0].xpos != "HYPH" })
            else { return nil }
            list.relativeClause = position..<comma
            position = comma
        }
        while true {
            var separators: [Int] = []
            if form(position) == "," { separators.append(position); position += 1 }
            let closes = ["and", "or"].contains(form(position))
            if closes { separators.append(position); position += 1 }
            guard !separators.isEmpty, let (title, name) = titledName(at: position, people: people, range, document) else { return nil }
            list.later.append((separators, title, name))
            position = name.upperBound
            if closes { break }
        }
        // "X, who ..., and Y praised the outcome": a verb after the last name makes it a subject.
        if range.contains(list.end), ["VERB", "AUX"].contains(document.tokens[list.end].upos) { return nil }
        let titled = list.later.contains { !$0.title.isEmpty }
            || (first.lowerBound > range.lowerBound && NamedEntityFeatures.isCapitalized(document.tokens[first.lowerBound - 1].form)
                && document.tokens[first.lowerBound - 1].upos != "PUNCT")
        return titled || list.relativeClause != nil ? list : nil
    }

    /// The title words and the person name of a titled name starting at `start`: a run of
    /// capitalised words whose last words are a person name. O(run × spans).
    private static func titledName(at start: Int, people: [Range<Int>], _ range: Range<Int>,
                                   _ document: AnnotatedDocument) -> (title: Range<Int>, name: Range<Int>)? {
        var end = start
        while range.contains(end), document.tokens[end].upos != "PUNCT" || document.tokens[end].form == ".",
              NamedEntityFeatures.isCapitalized(document.tokens[end].form) {
            end += 1
        }
        guard end > start, let name = people.last(where: { $0.upperBound == end && $0.lowerBound >= start }) else { return nil }
        return (start..<name.lowerBound, name)
    }

    /// Hangs the list's words as the treebank would, keeping the first name's own attachment
    /// unless it hung inside the list (then it takes the list's attachment). Leaves the sentence
    /// untouched when the result would not be a tree.
    private static func rebuild(_ list: TitledNameList, _ range: Range<Int>, _ document: inout AnnotatedDocument) {
        let saved = document.tokens[range]
        func head(_ i: Int) -> Int { Int(document.tokens[i].head) }
        func hang(_ i: Int, on target: Int, as deprel: String) {
            document.tokens[i].head = Int32(target)
            document.tokens[i].deprel = deprel
        }
        let firstNameWords = list.first
        guard let firstHead = document.firstWordHungOutside(firstNameWords) else { return }
        let listWords = Set(list.later.flatMap { $0.separators + Array($0.title) + Array($0.name) })
        let region = listWords.union(firstNameWords).union(list.relativeClause.map(Array.init) ?? [])
        if region.contains(head(firstHead)) {
            // The first name hung inside the list: it takes the attachment of the list's first
            // word that hangs outside it.
            guard let outside = region.sorted().first(where: { $0 != firstHead && !region.contains(head($0)) }) else { return }
            hang(firstHead, on: head(outside), as: document.tokens[outside].deprel)
        }
        if let clause = list.relativeClause,
           let pronoun = clause.first(where: { ["who", "which"].contains(document.tokens[$0].form.lowercased()) }),
           clause.contains(head(pronoun)) {
            let verb = head(pronoun)
            hang(verb, on: firstHead, as: "acl:relcl")
            hang(clause.lowerBound, on: verb, as: "punct")
            for word in clause where word != verb && !clause.contains(head(word)) { hang(word, on: verb, as: document.tokens[word].deprel) }
        }
        for item in list.later {
            let nameHead = item.name.lowerBound
            hang(nameHead, on: firstHead, as: "conj")
            for word in item.name.dropFirst() { hang(word, on: nameHead, as: "flat") }
            if let title = item.title.last {
                hang(title, on: nameHead, as: "nmod:desc")
                for word in item.title.dropLast() { hang(word, on: title, as: "compound") }
            }
            for separator in item.separators {
                hang(separator, on: nameHead, as: document.tokens[separator].form == "," ? "punct" : "cc")
            }
        }
        // A word whose head chain now loops undoes the repair.
        if range.contains(where: { !reachesTheRoot($0, range, document) }) {
            document.tokens.replaceSubrange(range, with: saved)
        }
    }

    /// True when the head chain from word `i` leaves the sentence or reaches the root (head -1)
    /// within the sentence's length, so it holds no cycle. O(sentence).
    private static func reachesTheRoot(_ i: Int, _ range: Range<Int>, _ document: AnnotatedDocument) -> Bool {
        var current = i
        for _ in 0...range.count {
            let head = Int(document.tokens[current].head)
            guard range.contains(head) else { return true }
            current = head
        }
        return false
    }
}
