import FactModel

/// Argument spans (extraction.md §3): a head's subtree without relative clauses, appositions,
/// parentheticals, split-off conjuncts and edge punctuation; and the minimal head form.
extension SentenceTree {
    /// Relations cut from an argument wherever their word hangs on the argument's head: gold cuts
    /// relative clauses and appositions. `subtree(_:cutting:)` tests only the head's own
    /// dependents, so a relative clause on a noun deeper inside ("a portion of the prostate,
    /// which ...") stays: cutting at every depth lost on CaRB dev (F1 0.5587 -> 0.5578; relative
    /// clauses alone 0.5585).
    static let argumentCutsAnywhere: Set<String> = ["acl:relcl", "advcl:relcl", "appos", "parataxis", "reparandum", "dep"]
    /// Relations cut directly under the head: the clause-level words of a copular predicate and
    /// coordination (each conjunct is its own argument).
    static let predicateCuts: Set<String> = [
        "nsubj", "nsubj:pass", "nsubj:outer", "csubj", "csubj:pass", "cop", "aux", "aux:pass", "mark",
        "expl", "advcl", "advcl:relcl", "ccomp", "xcomp", "obl", "obl:tmod", "obl:npmod", "obl:unmarked", "obl:agent",
        "discourse", "vocative", "parataxis", "list", "orphan",
    ]

    /// The span of the noun phrase headed by `head`: its subtree without relative clauses,
    /// appositions and parentheticals, without its conjuncts (and their `cc`), without its own
    /// `case` marker (that becomes the qualifier's marker), trimmed of edge punctuation.
    func argumentSpan(_ head: Int, keepConjuncts: Bool = false, keepCase: Bool = false, isPredicate: Bool = false) -> DraftArgument {
        var words = subtree(head) { child in
            let rel = self.deprel(child)
            if Self.argumentCutsAnywhere.contains(rel) { return true }
            // "based at Aarhus University respectively": the pairing word is no part of the argument.
            if rel == "advmod", self.form(child).lowercased() == "respectively" { return true }
            // A participle set off by a comma ("a combination of funds, described on the site")
            // is non-restrictive, like an apposition: gold cuts it, and it is read on its own.
            if rel == "acl", self.isSetOffByComma(child) { return true }
            // "at his golf club outside Washington, D.C. saying, \"The ...\"": a saying verb's
            // participle reports what the subject said, never what the noun is.
            if rel == "acl", self.isGerund(child), ExtractionLexicon.sayVerbs.contains(self.lemma(child)),
               self.children[child].contains(where: { self.deprel($0) == "ccomp" }) { return true }
            if self.heads[child] == head {
                if !keepConjuncts && (rel == "conj" || rel == "cc") { return true }
                if !keepCase && rel == "case" && child < head { return true }
                // "and then by a Kazakh official": an adverb before the preposition is the
                // clause's, no part of the noun phrase.
                if rel == "advmod", child < head,
                   self.children[head].contains(where: { self.deprel($0) == "case" && $0 > child && $0 < head }) { return true }
                if isPredicate && Self.predicateCuts.contains(rel) { return true }
                if isPredicate && rel == "punct" { return true }
                if isPredicate && rel == "conj" { return true }
                if isPredicate && rel == "advmod" && self.isRelationAdverb(child, ofPredicate: head) { return true }
            }
            return false
        }
        if !keepConjuncts {
            let stray = Set(strayNameConjuncts(of: head).flatMap { subtree($0) })
            if !stray.isEmpty { words.removeAll { stray.contains($0) } }
        }
        if !isPredicate, let name = titledNameAppended(to: head, words: words) {
            return name
        }
        return DraftArgument(words: quoted(trimmed(words, head: head)), head: head)
    }

    /// The phrase of `head` with its relative clauses, for what something is called ("as a quiet
    /// film that shouts about the things we are losing"): the argument span and the relative
    /// clauses it cuts, not the case marker, appositions or parataxis. The argument span when the
    /// whole would run past 20 words.
    func descriptionSpan(_ head: Int) -> DraftArgument {
        let span = argumentSpan(head)
        let words = trimmed(subtree(head) { child in
            ["appos", "parataxis", "reparandum", "dep"].contains(self.deprel(child))
                || (self.heads[child] == head && self.deprel(child) == "case" && child < head)
                || (self.heads[child] == head && (self.deprel(child) == "conj" || self.deprel(child) == "cc"))
        }.sorted(), head: head)
        guard words.count <= 20, Set(words).isSuperset(of: span.words) else { return span }
        return DraftArgument(words: words, head: head)
    }

    /// True when the phrase of `child` starts after a comma (the comma hung on it or left before it).
    func isSetOffByComma(_ child: Int) -> Bool {
        let first = subtree(child).first ?? child
        return form(first) == "," || (first > 0 && form(first - 1) == ",")
    }

    /// A person name coordinated under the "of" place of a name ("Senator Elizabeth Warren of
    /// Massachusetts and Michael Bloomberg", with *Michael* on *Massachusetts*): it is a conjunct
    /// of the phrase's head, not part of the "of" phrase (a place does not coordinate with a person).
    func isStrayNameConjunct(_ c: Int) -> Bool {
        guard deprel(c) == "conj", isProperNoun(c), let g = head(c), deprel(g) == "nmod", isProperNoun(g),
              caseMarker(g)?.text == "of", isPersonName(c) else { return false }
        return isPlaceName(g)
    }

    /// Whether word `i` is part of a place name: the tagger's label, or a place mention.
    func isPlaceName(_ i: Int) -> Bool {
        if token(i).entityTag.hasSuffix("LOC") { return true }
        let t = documentIndex(i)
        return document.spans.contains { span in
            if span.tokens.contains(t), case .entity(.place) = span.type { return true }
            return false
        }
    }

    /// Whether word `i` is part of a person's name: the tagger's label, or a person mention.
    func isPersonName(_ i: Int) -> Bool {
        if token(i).entityTag.hasSuffix("PER") { return true }
        let t = documentIndex(i)
        return document.spans.contains { span in
            if span.tokens.contains(t), case .entity(.person) = span.type { return true }
            return false
        }
    }

    /// The stray name conjuncts inside the phrase headed by `head` (see `isStrayNameConjunct`).
    func strayNameConjuncts(of head: Int) -> [Int] {
        var result: [Int] = []
        let owners = [head] + children[head].filter { ["flat", "flat:name"].contains(deprel($0)) }
        for owner in owners {
            for g in children[owner] where deprel(g) == "nmod" {
                result += children[g].filter(isStrayNameConjunct)
            }
        }
        return result
    }

    /// A title and name the parser hung as an `appos` right after the phrase, with no comma
    /// between: "meet with Department of Homeland Security Secretary John Kelly" parsed as
    /// *Department* + appos *John*. The phrase is the name's title premodifier, so the argument
    /// is the whole run up to the name's last word, headed by the name.
    func titledNameAppended(to head: Int, words: [Int]) -> DraftArgument? {
        guard let last = words.max() else { return nil }
        for c in dependents(head, ["appos"]) where isProperNoun(c) {
            // The title itself may be the apposition, with the name hung on it in turn
            // (*Department* + appos *Secretary* + appos *John*).
            var name = c
            if TitleWords.isTitleWord(lemma(c)), let inner = dependents(c, ["appos"]).first(where: { isProperNoun($0) && $0 > c }) {
                name = inner
            }
            let nameRun = nameWords(name)
            let span = subtree(c).filter { $0 <= (nameRun.max() ?? name) }.sorted()
            guard let first = span.first, first == last + 1, !isPunctuation(first) else { continue }
            // The words before the name must end in a title ("Secretary"), or the phrase itself does.
            let before = span.filter { $0 < name && !nameRun.contains($0) }
            let titled = before.contains { TitleWords.isTitleWord(lemma($0)) } || TitleWords.isTitleWord(lemma(last))
            guard titled else { continue }
            let all = (words + span).sorted()
            guard Set(all).count == (all.max()! - all.min()! + 1) else { continue }
            return DraftArgument(words: all, head: name)
        }
        return nil
    }

    /// An adverb of a predicate that reads as part of the relation: negation, adverbs before the
    /// copula ("will also be"), before a prepositional predicate's preposition ("is clearly not
    /// up to"), or after the predicate. Adverbs inside a nominal or adjectival predicate ("too
    /// high") stay in it.
    func isRelationAdverb(_ adverb: Int, ofPredicate head: Int) -> Bool {
        let f = form(adverb).lowercased()
        if f == "not" || f == "n't" || f == "never" { return true }
        let copula = dependent(head, ["cop"])
        if let copula, adverb < copula { return true }
        if copula == nil && adverb < head { return true }
        if adverb > head { return true }
        if let firstCase = children[head].first(where: { deprel($0) == "case" && $0 < head }), adverb < firstCase { return true }
        return false
    }

    /// The span of a whole clause used as an argument ("that her department would limit ..."),
    /// without its `mark` when the mark went into the relation, and without quote marks.
    func clauseSpan(_ head: Int, droppingMark: Bool) -> DraftArgument {
        let words = subtree(head) { child in
            if self.heads[child] == head && droppingMark && self.deprel(child) == "mark" { return true }
            return false
        }
        return DraftArgument(words: trimmed(words, head: head), head: head)
    }

    /// Removes punctuation (and coordinators) at either edge, and unbalanced brackets/quotes.
    func trimmed(_ words: [Int], head: Int) -> [Int] {
        var words = words
        func isEdgeNoise(_ w: Int) -> Bool {
            w != head && (isPunctuation(w) || deprel(w) == "cc")
        }
        while let first = words.first, isEdgeNoise(first) { words.removeFirst() }
        while let last = words.last, isEdgeNoise(last) { words.removeLast() }
        // A bracket opened inside and never closed (or the reverse) reads badly: drop it.
        let openers: Set<String> = ["(", "[", "-LRB-"]
        let closers: Set<String> = [")", "]", "-RRB-"]
        let opens = words.filter { openers.contains(form($0)) }.count
        let closes = words.filter { closers.contains(form($0)) }.count
        if opens != closes {
            words.removeAll { (openers.contains(form($0)) || closers.contains(form($0))) && $0 != head }
        }
        return words
    }

    static let openingQuotes: Set<String> = ["``", "\u{201C}"]
    static let closingQuotes: Set<String> = ["''", "\u{201D}"]

    /// A contiguous phrase with the quote marks that pair with it: a title written in quotes
    /// ("the film `` A New Oath ''") keeps both marks, and a phrase holding one mark of a pair
    /// ("`` Billboard '' magazine") keeps the other, which trimming its edges took off. Noun
    /// phrases only: quoted speech as a clause argument stays without its marks.
    func quoted(_ words: [Int]) -> [Int] {
        guard let first = words.first, let last = words.last, last - first + 1 == words.count else { return words }
        var opened = 0
        var unmatchedClose = false
        for w in words {
            if Self.openingQuotes.contains(form(w)) { opened += 1 }
            if Self.closingQuotes.contains(form(w)) {
                if opened == 0 { unmatchedClose = true } else { opened -= 1 }
            }
        }
        let before = first > 0 ? form(first - 1) : ""
        let after = last + 1 < count ? form(last + 1) : ""
        var result = words
        let plain = opened == 0 && !unmatchedClose
        if (unmatchedClose || plain && Self.closingQuotes.contains(after) || plain && before == "\"" && after == "\""),
           Self.openingQuotes.contains(before) || before == "\"" {
            result.insert(first - 1, at: 0)
        }
        if (opened > 0 || plain && result.first == first - 1), Self.closingQuotes.contains(after) || after == "\"" {
            result.append(last + 1)
        }
        // Both marks or neither, unless one was inside already.
        if plain && result.count == words.count + 1 { return words }
        return result
    }

    /// The case marker of a nominal: its `case` dependents with their `fixed` words ("because of",
    /// "as well as"), lowercased; nil when it has none.
    func caseMarker(_ head: Int) -> (words: [Int], text: String)? {
        let cases = children[head].filter { deprel($0) == "case" && $0 < head }
        guard !cases.isEmpty else { return nil }
        var words: [Int] = []
        for c in cases {
            words.append(c)
            words.append(contentsOf: dependents(c, ["fixed"]))
        }
        words.sort()
        return (words, words.map { form($0).lowercased() }.joined(separator: " "))
    }

    /// The words of the proper name headed by `head`: the head with its `flat` words and the
    /// proper-noun compounds right before it that are not titles.
    func nameWords(_ head: Int) -> [Int] {
        var words = [head]
        for c in children[head] {
            let rel = deprel(c)
            if rel == "flat" || rel == "flat:name" || (rel == "fixed") {
                // Only the name's own words: a parser may hang an "of" phrase on its last word.
                words.append(contentsOf: subtree(c) { !["flat", "flat:name", "fixed"].contains(self.deprel($0)) })
            }
        }
        // Compounds immediately before the head that are part of the name ("Charlie" in
        // "Charlie Beck" when parsed as compound), stopping at the first title word.
        var position = head - 1
        while position >= 0, heads[position] == head, deprel(position) == "compound", isProperNoun(position),
              !TitleWords.isTitleWord(lemma(position)), children[position].isEmpty {
            words.append(position)
            position -= 1
        }
        return words.sorted()
    }
}

/// Links arguments to the entity and value mentions of the entities stage.
struct MentionIndex {
    /// For each document token, the entity span covering it (index into `spans`), or -1.
    private var entitySpanOfToken: [Int32]
    private var valueSpanOfToken: [Int32]
    let spans: [EntitySpan]

    init(document: AnnotatedDocument) {
        spans = document.spans
        entitySpanOfToken = [Int32](repeating: -1, count: document.tokens.count)
        valueSpanOfToken = [Int32](repeating: -1, count: document.tokens.count)
        for (index, span) in document.spans.enumerated() {
            for t in span.tokens where t >= 0 && t < document.tokens.count {
                if span.entity != nil, case .entity = span.type, entitySpanOfToken[t] < 0 {
                    entitySpanOfToken[t] = Int32(index)
                }
                if span.value != nil, valueSpanOfToken[t] < 0 { valueSpanOfToken[t] = Int32(index) }
            }
        }
    }

    /// The entity span covering a document token. O(1).
    func entitySpan(atToken t: Int) -> EntitySpan? {
        guard t >= 0, t < entitySpanOfToken.count, entitySpanOfToken[t] >= 0 else { return nil }
        return spans[Int(entitySpanOfToken[t])]
    }

    /// The value span covering a document token. O(1).
    func valueSpan(atToken t: Int) -> EntitySpan? {
        guard t >= 0, t < valueSpanOfToken.count, valueSpanOfToken[t] >= 0 else { return nil }
        return spans[Int(valueSpanOfToken[t])]
    }
}

extension SentenceTree {
    /// The person a proper-noun chain names when the parser left a title-name chain flat under
    /// its first word ("Austin Mayor Steve Adler" headed by "Austin"): the chain is about the
    /// person at its end, not the place before the title. Nil when the chain names no person.
    func personNamed(byChainOf head: Int, mentions: MentionIndex) -> EntitySpan? {
        nameWords(head).sorted().lazy.compactMap { mentions.entitySpan(atToken: self.documentIndex($0)) }
            .last { if case .entity(.person) = $0.type { return true } else { return false } }
    }

    /// The person a capitalised title written before their name stands for when the parse left
    /// the title alone ("President of Ukraine Volodymyr Zelenskyy said", with "Ukraine ...
    /// Zelenskyy" a second subject): the first person span after the title, reached over an
    /// owner ("of", "to", "from" or "for" and capitalised words) and nothing else. O(words).
    func personAfterTitle(_ title: Int, mentions: MentionIndex) -> EntitySpan? {
        guard form(title).first?.isUppercase == true else { return nil }
        var i = title + 1
        if i < count, ["of", "to", "from", "for"].contains(form(i).lowercased()) { i += 1 }
        while i < count, i - title <= 6 {
            if let span = mentions.entitySpan(atToken: documentIndex(i)), case .entity(.person) = span.type { return span }
            guard form(i).first?.isUppercase == true else { return nil }
            i += 1
        }
        return nil
    }

    /// Turns a draft argument into the model's `Argument`: full text, minimal head form, entity
    /// and value links. With `namedByAppositive`, a description with a name in apposition links
    /// to the one named.
    func argument(_ draft: DraftArgument, mentions: MentionIndex, namedByAppositive: Bool = true) -> Argument {
        if let text = draft.suppliedText {
            return Argument(text: text, head: draft.suppliedHead ?? text)
        }
        let text = self.text(draft.words)
        guard let head = draft.head else { return Argument(text: text, head: text) }
        let documentHead = documentIndex(head)
        var entitySpan = mentions.entitySpan(atToken: documentHead)
        if isProperNoun(head), let person = personNamed(byChainOf: head, mentions: mentions) {
            entitySpan = person
        } else if entitySpan == nil, TitleWords.isTitleWord(lemma(head)) {
            // A title heading a phrase that names one person ("Senator from Vermont Bernie
            // Sanders" headed by "Senator"): the phrase is that person. Not its possessor: "his
            // deputy" is someone else.
            let possessors = Set(dependents(head, ["nmod:poss"]).flatMap { subtree($0) })
            let people = Set(draft.words.filter { !possessors.contains($0) }.compactMap { mentions.entitySpan(atToken: self.documentIndex($0)) }
                .filter { if case .entity(.person) = $0.type { return true } else { return false } }.map(\.tokens.lowerBound))
            if people.count == 1, let start = people.first { entitySpan = mentions.entitySpan(atToken: start) }
            if people.isEmpty, draft.words.count == 1 { entitySpan = personAfterTitle(head, mentions: mentions) }
        }
        if namedByAppositive, entitySpan == nil, !isProperNoun(head) || TitleWords.isTitleWord(lemma(head)),
           upos(head) != "PRON", xpos(head) != "NNS" {
            // "his wife, First Lady Melania Trump, tested positive": a description with one
            // person's name in apposition refers to that person (the name is left out of the span).
            // So does a capitalised title ("Finland's Minister of Transport, Harri Vesterinen,").
            let people = dependents(head, ["appos"]).compactMap { appositive -> EntitySpan? in
                guard isProperNoun(appositive), !has(appositive, ["conj"]) else { return nil }
                return personNamed(byChainOf: appositive, mentions: mentions)
            }
            if people.count == 1 { entitySpan = people[0] }
        }
        var valueSpan = mentions.valueSpan(atToken: documentHead)
        let named: Bool = { if case .entity(let type)? = entitySpan?.type { return type != .group } else { return false } }()
        if valueSpan == nil, !named {
            // A value whose own head differs from ours ("$ 4.1 billion" headed by "billion", a
            // counted group "Eighty-seven passengers"); not a value inside a named one's phrase
            // ("Cédric Zinsou in the 77th minute"), nor a number inside a name in its phrase
            // ("a spokesman for 10 Downing Street").
            valueSpan = draft.words.lazy.filter { word in self.head(word).map { self.upos($0) != "PROPN" || $0 == head } ?? true }
                .compactMap { mentions.valueSpan(atToken: self.documentIndex($0)) }.first
        }
        let headForm: String
        if let span = entitySpan, span.tokens.contains(documentHead) || isProperNoun(head) {
            headForm = document.text(ofTokens: span.tokens)
        } else if isProperNoun(head) {
            headForm = self.text(nameWords(head))
        } else if upos(head) == "NUM" || upos(head) == "PRON" {
            headForm = form(head).lowercased() == form(head) ? form(head) : (upos(head) == "PRON" ? form(head).lowercased() : form(head))
        } else {
            headForm = lemma(head)
        }
        return Argument(text: text, head: headForm, entity: entitySpan?.entity, value: valueSpan?.value)
    }
}
