import FactModel
@testable import TextPipeline

/// Builds test documents for the entity stage with hand-set tags, so that the tests depend on
/// neither the tagger and parser models nor /work/shared.
///
/// Names are marked in the text: `[Eric Garcetti]PER`, `[Acme Corp.]ORG`, `[Ohio]LOC`. Words get
/// tags by simple rules (pronouns, determiners, digits, capitals), overridable per word.
enum EntityTestDocument {
    static let pronouns: Set<String> = ["he", "him", "his", "she", "her", "they", "them", "their", "it", "its"]
    static let determiners: Set<String> = ["the", "a", "an", "this", "that"]
    static let adpositions: Set<String> = ["of", "in", "on", "at", "with", "for", "from", "by", "to"]
    static let verbs: Set<String> = [
        "met", "said", "thanked", "joined", "attended", "wrote", "supported", "spoke", "went", "is", "was",
        "will", "be", "would", "report", "criticized", "praised", "called", "has", "had", "won", "lost", "cut",
        "visited", "told", "added", "hired", "paid", "rose", "fell", "opened", "arrived", "left", "stabbed",
    ]

    /// The recognizer without a name model: names come from the marked text.
    static let recognizer: EntityRecognizer = {
        try! EntityRecognizer(tagger: nil, gazetteer: .bundled(), titles: .bundled())
    }()

    /// A tokenized, split and tagged document from marked text; `tags` overrides (UPOS, XPOS) by word.
    static func make(_ marked: String, tags: [String: (String, String)] = [:]) -> AnnotatedDocument {
        var text = ""
        var names: [(range: Range<Int>, type: String)] = []
        var rest = Substring(marked)
        while let open = rest.firstIndex(of: "[") {
            text += rest[..<open]
            let close = rest[open...].firstIndex(of: "]")!
            let start = text.utf8.count
            text += rest[rest.index(after: open)..<close]
            let typeEnd = rest.index(close, offsetBy: 4)
            names.append((start..<text.utf8.count, String(rest[rest.index(after: close)..<typeEnd])))
            rest = rest[typeEnd...]
        }
        text += rest
        var document = AnnotatedDocument(text: text, tokens: Tokenizer().tokenize(text))
        SentenceSplitter().split(&document)
        for sentence in document.sentences {
            for i in sentence {
                let form = document.tokens[i].form
                let lower = form.lowercased()
                let (upos, xpos): (String, String)
                if let given = tags[form] ?? tags[lower] { (upos, xpos) = given }
                else if pronouns.contains(lower) { (upos, xpos) = ("PRON", "PRP") }
                else if determiners.contains(lower) { (upos, xpos) = ("DET", "DT") }
                else if adpositions.contains(lower) { (upos, xpos) = ("ADP", "IN") }
                else if verbs.contains(lower) { (upos, xpos) = ("VERB", "VBD") }
                else if form.first?.isNumber == true { (upos, xpos) = ("NUM", "CD") }
                else if form.first?.isLetter == false { (upos, xpos) = ("PUNCT", form) }
                else if form.first?.isUppercase == true && (i > sentence.lowerBound || names.contains { $0.range.contains(Int(document.tokens[i].start)) }) {
                    (upos, xpos) = ("PROPN", "NNP")
                } else if lower.hasSuffix("s") && lower.count > 3 && !lower.hasSuffix("ss") { (upos, xpos) = ("NOUN", "NNS") }
                else { (upos, xpos) = ("NOUN", "NN") }
                document.tokens[i].upos = upos
                document.tokens[i].xpos = xpos
                document.tokens[i].lemma = lower
            }
        }
        for name in names {
            var first = true
            for i in document.tokens.indices where name.range.contains(Int(document.tokens[i].start)) {
                document.tokens[i].entityTag = (first ? "B-" : "I-") + name.type
                first = false
            }
        }
        return document
    }

    /// Recognizes entities in marked text with the hand-set names.
    static func recognize(_ marked: String, tags: [String: (String, String)] = [:]) -> AnnotatedDocument {
        var document = make(marked, tags: tags)
        recognizer.recognize(&document)
        return document
    }
}

extension AnnotatedDocument {
    /// The entity named `name` (its full name or one of its aliases).
    func entity(named name: String) -> Entity? {
        entities.first { $0.name == name } ?? entities.first { $0.aliases.contains(name) }
    }

    /// The entity the mention starting at the `occurrence`-th (0-based) `word` refers to.
    func entity(atWord word: String, occurrence: Int = 0) -> Entity? {
        let indices = tokens.indices.filter { tokens[$0].form == word }
        guard occurrence < indices.count else { return nil }
        let index = indices[occurrence]
        guard let span = spans.first(where: { $0.tokens.contains(index) }), let id = span.entity else { return nil }
        return entities[Int(id)]
    }

    /// The value span starting at the first occurrence of `word`.
    func value(startingAt word: String) -> TypedValue? {
        guard let index = tokens.firstIndex(where: { $0.form == word }) else { return nil }
        return spans.first { $0.tokens.lowerBound == index && $0.value != nil }?.value
    }
}
