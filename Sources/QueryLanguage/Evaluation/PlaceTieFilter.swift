import FactModel

/// "which senator from Florida co-sponsored the amendment", "which Florida senator": when some
/// answers are tied to the place the question names, the others are dropped. A person is tied to
/// a place by a title of it ("Senator Amy Klobuchar of Minnesota"), by a fact that says where they
/// are from or what they represent ("Spano represents Florida"), or by a mention written with the
/// place after it ("Senators Marco Rubio of Florida, Mike Lee of Utah"). When no
/// answer is tied to it, the table is kept as it is: the articles may not say.
enum PlaceTieFilter {
    /// Relations that tie their subject to the place in their object or a qualifier.
    static let tyingRelations: Set<String> = ["be of", "be from", "come from", "hail from", "represent", "be in"]

    static func filter(_ table: AnswerTable, question: Question, forms: WordForms, source: any FactSource) -> AnswerTable {
        guard let place = askedPlace(question, forms: forms, source: source) else { return table }
        return table.keepingWhereAny { name in
            source.resolve(name: name).contains { isTied($0, to: place, source: source) }
        }
    }

    /// The place that narrows the asked kind, folded: the phrase after "from" or "in", or a
    /// capitalised modifier the lexicon or corpus knows as a place ("Florida senator").
    static func askedPlace(_ question: Question, forms: WordForms, source: any FactSource) -> String? {
        if case .phrase(let phrase)? = question.kindPlace?.term {
            return folded(phrase.words.filter { !EnglishWords.determiners.contains($0.lowercased()) }.joined(separator: " "))
        }
        guard case .kind(let noun) = question.kind, noun.words.count >= 2 else { return nil }
        let modifiers = noun.words.dropLast().filter { $0.first?.isUppercase == true }
        guard !modifiers.isEmpty else { return nil }
        let name = modifiers.joined(separator: " ")
        let known = !forms.lexicon.kinds(ofName: name).isEmpty || source.resolve(name: name).contains { source.entity($0).type == .place }
        return known ? folded(name) : nil
    }

    /// True when a title or a tying fact of the entity names the place. O(the entity's titles and facts).
    static func isTied(_ id: EntityID, to place: String, source: any FactSource) -> Bool {
        func names(_ text: String?) -> Bool {
            guard let text else { return false }
            return (" " + folded(wordsOf(text).joined(separator: " ")) + " ").contains(" " + place + " ")
        }
        if source.entity(id).titles.contains(where: { names($0.of) }) { return true }
        for factID in source.facts(about: id) {
            let fact = source.fact(factID)
            guard fact.subject.entity == id, tyingRelations.contains(fact.predicate.canonical) else { continue }
            if names(fact.object?.text) || fact.qualifiers.contains(where: { names($0.argument.text) }) { return true }
        }
        return isWrittenWithPlace(id, place: place, source: source)
    }

    /// True when a mention of the entity is written with the place after it: "Marco Rubio of
    /// Florida", "Rubio, of Florida", "Rubio from Florida", in a list the parser may not have read
    /// into facts. O(the entity's mention sentences).
    static func isWrittenWithPlace(_ id: EntityID, place: String, source: any FactSource) -> Bool {
        let placeWords = place.split(separator: " ").map(String.init)
        for ref in Set(source.entity(id).mentions.map(\.sentenceRef)) {
            guard let start = source.document(ref.document)?.startOfSentence(Int(ref.sentence)) else { continue }
            let text = Array(source.sentenceText(ref).utf8)
            for mention in source.mentions(in: ref) where mention.entity == id {
                let end = Int(mention.provenance.end) - start
                guard end >= 0, end < text.count else { continue }
                let after = wordsOf(String(decoding: text[end...].prefix(80), as: UTF8.self)).map(folded)
                guard let marker = after.first, marker == "of" || marker == "from",
                      after.dropFirst().starts(with: placeWords) else { continue }
                return true
            }
        }
        return false
    }
}
