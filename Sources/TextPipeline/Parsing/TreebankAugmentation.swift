/// Synthetic training trees for constructions that news text is full of and UD English EWT
/// (web text) rarely shows: an appositive after a subject ("Lee, the city manager, resigned"),
/// a title before a person's name ("Police Chief Ana Ruiz"), and coordination with "as well as".
///
/// Each variant copies a training sentence that already has the right shape nearby (a proper-noun
/// subject, a multiword name, a coordination of nouns with "and") and inserts or rewrites a few
/// words with their gold heads and relations, following the EWT v2.16 conventions (a title is
/// `nmod:desc` of the name's first word; "as well as" is `cc` + `fixed` + `fixed`). The inserted
/// words carry gold tags; the copied words keep the tags the sentence was given (jack-knifed,
/// at training time). Deterministic for a seed.
public enum TreebankAugmentation {
    /// A training sentence and the predicted tags its words should be trained with (nil: gold).
    public typealias TaggedSentence = (sentence: CoNLLUSentence, tags: PredictedTags?)

    /// The constructions a variant can add.
    public enum Construction: String, CaseIterable, Sendable {
        case appositive, nameAppositive = "name-appositive", title, asWellAs = "as-well-as"
    }

    /// The constructions the bundled parser trains with. Titles are left out: the variants teach
    /// EWT v2.16's title style (`nmod:desc` on the name), and the entity and extraction rules
    /// still read the flat style the treebank's older sentences and the parser mostly produce.
    /// Name appositives are left out for now: they fix "Her parents, A and B, were ..." (before,
    /// A and B came out as conjuncts of "parents"), but the extraction rules, written against
    /// the parser's earlier trees, then answered 7 of 70 qa-dev questions fewer.
    public static let standardConstructions: [Construction] = [.appositive, .asWellAs]

    /// Variants made from `sentences`: at most one per sentence and construction, each with
    /// probability `share` where the construction applies.
    public static func variants(of sentences: [TaggedSentence], share: Double, seed: UInt64,
                                constructions: [Construction] = Construction.allCases) -> [TaggedSentence] {
        var random = SplitMix64(seed: seed)
        // Name appositives, added later, draw from their own stream, so that the earlier
        // constructions' variants (and the models trained with them) stay as they were.
        var namesRandom = SplitMix64(seed: seed ^ 0x6E61_6D65)
        var out: [TaggedSentence] = []
        // One draw per sentence and construction whether or not it is used, so that a variant's
        // choices do not depend on which other constructions are enabled.
        func chance(_ generator: inout SplitMix64) -> Bool { Double(generator.next() >> 11) * 0x1p-53 < share }
        for item in sentences {
            if chance(&random), constructions.contains(.appositive), let v = appositiveAfterSubject(item, &random) { out.append(v) }
            if chance(&random), constructions.contains(.title), let v = titleBeforeName(item, &random) { out.append(v) }
            if chance(&random), constructions.contains(.asWellAs), let v = asWellAsCoordination(item) { out.append(v) }
            if chance(&namesRandom), constructions.contains(.nameAppositive), let v = namesAfterNounSubject(item, &namesRandom) {
                out.append(v)
            }
        }
        return out
    }

    // MARK: - Constructions

    /// "Acme said ..." → "Acme, the city manager, said ...": an appositive noun phrase after a
    /// proper-noun subject whose words all come before its verb.
    static func appositiveAfterSubject(_ item: TaggedSentence, _ random: inout SplitMix64) -> TaggedSentence? {
        let words = item.sentence.words
        guard let (s, span) = subjectBeforeItsVerb(words, where: { words[$0].upos == "PROPN" }) else { return nil }
        let phrase = Self.appositives[random.next(below: Self.appositives.count)]
        // Block layout: comma, determiner, the phrase's words, comma. A block word's head is its
        // offset in the block, or -1 for the subject the appositive describes.
        let headNoun = 2 + phrase.head
        var block: [(CoNLLUWord, Int)] = [(word(",", ",", "PUNCT", ",", "punct"), headNoun)]
        block.append((word(phrase.determiner, phrase.determiner, "DET", "DT", "det"), headNoun))
        for (k, part) in phrase.words.enumerated() {
            if k == phrase.head {
                block.append((word(part.form, part.lemma, part.upos, part.xpos, "appos"), -1))
            } else {
                block.append((word(part.form, part.lemma, part.upos, part.xpos, part.relation), 2 + (part.headOffset ?? phrase.head)))
            }
        }
        block.append((word(",", ",", "PUNCT", ",", "punct"), headNoun))
        return insert(block, at: span.upperBound, attachingTo: s, in: item)
    }

    /// "The lawyer said ..." → "The lawyer, Ana Ruiz, said ..."; "Her parents were ..." →
    /// "Her parents, Ana Ruiz and Tom Hale, were ...": the names a common-noun subject stands for,
    /// in apposition (one name for a singular noun, two coordinated for a plural).
    static func namesAfterNounSubject(_ item: TaggedSentence, _ random: inout SplitMix64) -> TaggedSentence? {
        let words = item.sentence.words
        guard let (s, span) = subjectBeforeItsVerb(words, where: { i in
            words[i].upos == "NOUN" && !words.contains { $0.head == i + 1 && ["conj", "appos", "acl:relcl"].contains($0.deprel) }
        }) else { return nil }
        let plural = words[s].xpos == "NNS"
        func name() -> (String, String) { Self.names[random.next(below: Self.names.count)] }
        // Block: comma, first name (head, appos), surname (flat), [and, first, surname], comma.
        let first = name()
        var block: [(CoNLLUWord, Int)] = [(word(",", ",", "PUNCT", ",", "punct"), 1),
                                          (word(first.0, first.0, "PROPN", "NNP", "appos"), -1),
                                          (word(first.1, first.1, "PROPN", "NNP", "flat"), 1)]
        if plural {
            var second = name()
            if second == first { second = (first.1, first.0) }
            block += [(word("and", "and", "CCONJ", "CC", "cc"), 4),
                      (word(second.0, second.0, "PROPN", "NNP", "conj"), 1),
                      (word(second.1, second.1, "PROPN", "NNP", "flat"), 4)]
        }
        block.append((word(",", ",", "PUNCT", ",", "punct"), 1))
        return insert(block, at: span.upperBound, attachingTo: s, in: item)
    }

    /// "Ana Ruiz spoke" → "Police Chief Ana Ruiz spoke": a title before a multiword name.
    static func titleBeforeName(_ item: TaggedSentence, _ random: inout SplitMix64) -> TaggedSentence? {
        let words = item.sentence.words
        guard let n = words.indices.first(where: { i in
            words[i].upos == "PROPN" && !["flat", "compound", "nmod:desc"].contains(words[i].deprel)
                && words.indices.contains { words[$0].head == i + 1 && words[$0].deprel == "flat" && $0 > i }
                && !words.indices.contains { words[$0].head == i + 1 && $0 < i && words[$0].upos == "PROPN" }
        }) else { return nil }
        let title = Self.titles[random.next(below: Self.titles.count)]
        var block: [(CoNLLUWord, Int)] = []
        let last = title.count - 1
        for (k, part) in title.enumerated() {
            block.append((word(part.form, part.lemma, "PROPN", "NNP", k == last ? "nmod:desc" : "compound"), k == last ? -1 : last))
        }
        return insert(block, at: n, attachingTo: n, in: item)
    }

    /// "the mayor and two senators" → "the mayor as well as two senators".
    static func asWellAsCoordination(_ item: TaggedSentence) -> TaggedSentence? {
        let words = item.sentence.words
        guard let c = words.indices.first(where: { i in
            let w = words[i]
            guard w.deprel == "cc", w.form.lowercased() == "and", w.head - 1 > i else { return false }
            let conjunct = words[w.head - 1]
            return conjunct.deprel == "conj" && ["NOUN", "PROPN"].contains(conjunct.upos)
                && ["NOUN", "PROPN"].contains(words[conjunct.head - 1].upos)
        }) else { return nil }
        var replaced = item
        replaced.sentence.words[c].form = "as"
        replaced.sentence.words[c].lemma = "as"
        replaced.sentence.words[c].upos = "ADV"
        replaced.sentence.words[c].xpos = "RB"
        replaced.tags?.xpos[c] = "RB"
        replaced.tags?.upos[c] = "ADV"
        let block: [(CoNLLUWord, Int)] = [(word("well", "well", "ADV", "RB", "fixed"), -1),
                                          (word("as", "as", "ADP", "IN", "fixed"), -1)]
        return insert(block, at: c + 1, attachingTo: c, in: replaced)
    }

    // MARK: - Tree editing

    /// The first subject (`nsubj`, `nsubj:pass`) accepted by `accepts` whose words all come
    /// before its verb and are followed by a word that is not punctuation, with its span: the
    /// place where a phrase can be inserted after it.
    static func subjectBeforeItsVerb(_ words: [CoNLLUWord], where accepts: (Int) -> Bool) -> (Int, Range<Int>)? {
        for i in words.indices where ["nsubj", "nsubj:pass"].contains(words[i].deprel) && words[i].head - 1 > i && accepts(i) {
            let span = subtreeSpan(of: i, in: words)
            guard span.upperBound < words.count, words[span.upperBound].upos != "PUNCT", span.upperBound <= words[i].head - 1
            else { return nil }
            return (i, span)
        }
        return nil
    }

    /// The contiguous span of word `i`'s subtree, or just `i` when it is not contiguous.
    static func subtreeSpan(of i: Int, in words: [CoNLLUWord]) -> Range<Int> {
        var inside = Set([i])
        var grew = true
        while grew {
            grew = false
            for (k, w) in words.enumerated() where !inside.contains(k) && w.head > 0 && inside.contains(w.head - 1) {
                inside.insert(k)
                grew = true
            }
        }
        let low = inside.min()!, high = inside.max()!
        return inside.count == high - low + 1 ? low..<(high + 1) : i..<(i + 1)
    }

    /// Inserts `block` before word `position` (0-based); a block word's head is another block
    /// word (its offset) or, for -1, the existing word `anchor`. Heads after the insertion shift.
    static func insert(_ block: [(CoNLLUWord, Int)], at position: Int, attachingTo anchor: Int,
                       in item: TaggedSentence) -> TaggedSentence? {
        let old = item.sentence.words
        let k = block.count
        func moved(_ oldIndex: Int) -> Int { oldIndex < position ? oldIndex : oldIndex + k }  // 0-based
        var words: [CoNLLUWord] = []
        var xpos: [String] = [], upos: [String] = []
        for (i, w) in old.enumerated() {
            if i == position { appendBlock() }
            var copy = w
            if w.head > 0 { copy.head = moved(w.head - 1) + 1 }
            words.append(copy)
            xpos.append(item.tags?.xpos[i] ?? w.xpos)
            upos.append(item.tags?.upos[i] ?? w.upos)
        }
        if position == old.count { appendBlock() }
        func appendBlock() {
            for (w, target) in block {
                var copy = w
                copy.head = (target < 0 ? moved(anchor) : position + target) + 1
                words.append(copy)
                xpos.append(w.xpos)
                upos.append(w.upos)
            }
        }
        var sentence = item.sentence
        sentence.words = words
        sentence.text = nil
        return (sentence, item.tags == nil ? nil : PredictedTags(xpos: xpos, upos: upos))
    }

    static func word(_ form: String, _ lemma: String, _ upos: String, _ xpos: String, _ relation: String) -> CoNLLUWord {
        CoNLLUWord(form: form, lemma: lemma, upos: upos, xpos: xpos, head: 0, deprel: relation, spaceAfter: true)
    }

    // MARK: - Word lists

    struct Part {
        let form: String, lemma: String, upos: String, xpos: String, relation: String
        /// The head of a non-head word inside the phrase, when it is not the phrase's head.
        var headOffset: Int? = nil
    }

    struct Appositive {
        let determiner: String
        let words: [Part]
        /// Index in `words` of the phrase's head noun.
        let head: Int
    }

    static func noun(_ form: String) -> Part { Part(form: form, lemma: form, upos: "NOUN", xpos: "NN", relation: "compound") }
    static func adjective(_ form: String) -> Part { Part(form: form, lemma: form, upos: "ADJ", xpos: "JJ", relation: "amod") }

    /// Appositive phrases of news text; an "of" phrase hangs on the head noun as `nmod`.
    static let appositives: [Appositive] = [
        Appositive(determiner: "the", words: [noun("city"), noun("manager")], head: 1),
        Appositive(determiner: "the", words: [noun("company"), noun("spokesman")], head: 1),
        Appositive(determiner: "a", words: [adjective("former"), noun("senator")], head: 1),
        Appositive(determiner: "the", words: [noun("mayor"),
                                              Part(form: "of", lemma: "of", upos: "ADP", xpos: "IN", relation: "case", headOffset: 2),
                                              Part(form: "Denver", lemma: "Denver", upos: "PROPN", xpos: "NNP", relation: "nmod")], head: 0),
        Appositive(determiner: "the", words: [noun("head"),
                                              Part(form: "of", lemma: "of", upos: "ADP", xpos: "IN", relation: "case", headOffset: 2),
                                              Part(form: "agency", lemma: "agency", upos: "NOUN", xpos: "NN", relation: "nmod")], head: 0),
        Appositive(determiner: "a", words: [noun("spokeswoman")], head: 0),
        Appositive(determiner: "the", words: [adjective("chief"), noun("executive")], head: 1),
        Appositive(determiner: "a", words: [adjective("local"), noun("businessman")], head: 1),
        Appositive(determiner: "the", words: [adjective("largest"), noun("employer")], head: 1),
        Appositive(determiner: "the", words: [noun("police"), noun("chief")], head: 1),
    ]

    /// Invented people for the name appositives (first name, surname).
    static let names: [(String, String)] = [
        ("Ana", "Ruiz"), ("Tom", "Hale"), ("Priya", "Shah"), ("Kofi", "Mensah"), ("Lena", "Berg"), ("Omar", "Haddad"),
        ("Mei", "Chen"), ("David", "Okafor"), ("Sara", "Lind"), ("Jorge", "Silva"), ("Helen", "Drake"), ("Ivan", "Petrov"),
    ]

    /// Titles before names, each word a proper noun (the last one the `nmod:desc` head).
    static let titles: [[(form: String, lemma: String)]] = [
        [("Mayor", "Mayor")], [("Sen.", "Sen.")], [("Gov.", "Gov.")], [("President", "President")],
        [("Police", "Police"), ("Chief", "Chief")], [("Secretary", "Secretary")], [("Rep.", "Rep.")],
        [("Judge", "Judge")], [("Denver", "Denver"), ("Mayor", "Mayor")], [("Attorney", "Attorney"), ("General", "General")],
        [("Prime", "Prime"), ("Minister", "Minister")], [("Dr.", "Dr.")], [("Coach", "Coach")], [("Commissioner", "Commissioner")],
    ]
}
