import FactModel

/// Appositives and possession (extraction.md §6). "Howard Rubel, a Toronto lawyer," gives
/// (Howard Rubel; be; a Toronto lawyer), name first. A description that cannot describe the noun
/// it hangs on (a *city* on a person or an event) moves to the nearest compatible name.
extension SentenceReader {
    /// Coarse semantic class used by the appositive type check.
    enum NounClass { case person, place, organization, event, unknown }

    /// The class of a noun or name: from its entity mention, its title, or the word lists.
    func nounClass(_ w: Int) -> NounClass {
        if let span = mentions.entitySpan(atToken: tree.documentIndex(w)), case .entity(let type) = span.type {
            switch type {
            case .person: if !isTitleOfMaterial(w) { return .person }
            case .place: return .place
            case .organization: return .organization
            case .group, .other: break
            }
        }
        let lemma = tree.lemma(w)
        if tree.isProperNoun(w) {
            if isTitleOfMaterial(w) { return .place }
            if tree.children[w].contains(where: { tree.deprel($0) == "nmod:desc" }) { return .person }
            if tree.children[w].contains(where: { tree.deprel($0) == "compound" && TitleWords.isTitleWord(tree.lemma($0)) }) { return .person }
            return .unknown
        }
        if words.isPlaceNoun(lemma) { return .place }
        if words.isPersonNoun(lemma) { return .person }
        if words.isEventNoun(lemma) { return .event }
        return .unknown
    }

    /// A proper noun that says what a title is of: "Austin" in "Austin Mayor Steve Adler".
    func isTitleOfMaterial(_ w: Int) -> Bool {
        var current = w
        var steps = 0
        while let h = tree.head(current), steps < 4 {
            let rel = tree.deprel(current)
            guard rel == "compound" || rel == "nmod:desc" || rel == "flat" || rel == "nmod" else { return false }
            if TitleWords.isTitleWord(tree.lemma(h)) && current < h { return true }
            current = h
            steps += 1
        }
        return false
    }

    func compatible(_ anchor: NounClass, _ description: NounClass) -> Bool {
        switch (anchor, description) {
        case (.person, .place), (.event, .place), (.place, .person), (.event, .person), (.organization, .place): return false
        default: return true
        }
    }

    /// The noun appositive `a` describes, after the type check; nil when nothing fits.
    func appositiveAnchor(_ a: Int) -> Int? {
        guard let n = tree.head(a) else { return nil }
        let description = nounClass(a)
        if compatible(nounClass(n), description) { return n }
        // A name in apposition to a common person noun is that person's name, whatever class the
        // entity stage gave it ("Dunn's mother, Charlotte Charles,").
        if tree.isProperNoun(a), !tree.isProperNoun(n), words.isPersonNoun(tree.lemma(n)) { return n }
        guard description == .place else { return nil }
        let inside = Set(tree.subtree(a))
        var best: (word: Int, distance: Int)?
        for c in tree.indices where tree.isProperNoun(c) && !inside.contains(c) && c < a {
            let rel = tree.deprel(c)
            if rel == "flat" { continue }
            guard nounClass(c) == .place else { continue }
            let distance = a - c
            if best == nil || distance < best!.distance { best = (c, distance) }
        }
        return best?.word
    }

    /// Days, months and other time words, which are never in apposition to a name.
    static func isTimeWord(_ form: String) -> Bool {
        let lower = form.lowercased()
        return TreeRepairs.timeWords.contains(lower) || months.contains(lower)
    }

    /// Lengths of time whose possessive dates a thing ("last year's budget").
    static let timeSpans: Set<String> = ["year", "week", "month", "day", "season", "decade", "century", "quarter"]
    /// Singular nouns for a few people or parties, whose apposed names are each one of them ("the
    /// opposition Conservative People's Party and Isamaa").
    static let nounsForAFewMembers: Set<String> = ["couple", "pair", "duo", "trio", "twins", "opposition", "coalition", "alliance", "bloc"]

    /// Months, but not "may" (Theresa May).
    static let months: Set<String> = [
        "january", "february", "march", "april", "june", "july", "august", "september", "october", "november", "december",
    ]

    /// One appositive fact per `appos`: (name; be; description), or an age for a bare number.
    mutating func readAppositives() {
        for a in tree.indices where tree.deprel(a) == "appos" {
            guard let anchor = appositiveAnchor(a) else { continue }
            // "Late on Sunday, the United States President Donald Trump,": a day is nobody.
            if Self.isTimeWord(tree.form(anchor)) || Self.isTimeWord(tree.form(a)) { continue }
            // "OSLO, Norway, 3 November -": the date of a dateline is no description of its place.
            if nounClass(anchor) == .place, tree.subtree(a, cutting: { tree.deprel($0) == "appos" }).contains(where: { Self.isTimeWord(tree.form($0)) }) {
                continue
            }
            // "such as Chinatown, Little Italy": two items of one example list, not a description.
            if isExampleItem(anchor) || exampleMarker(a) != nil { continue }
            // "by extension, his tax preparer, Mazars USA": a bare noun after a preposition is an
            // adverbial ("by extension"), not someone the description could describe.
            if tree.upos(anchor) == "NOUN", tree.caseMarker(anchor) != nil,
               !tree.children[anchor].contains(where: { ["det", "nmod:poss", "nummod", "det:poss"].contains(tree.deprel($0)) }) {
                continue
            }
            if isContainingPlace(a, of: anchor) {
                drafts.append(containingPlaceDraft(a, of: anchor))
                continue
            }
            let anchorSpan = anchor == tree.head(a) ? tree.argumentSpan(anchor) : DraftArgument(words: tree.nameWords(anchor), head: anchor)
            var description = tree.argumentSpan(a)
            var subject = anchorSpan
            var lemma = "be"
            var canonical: String?
            if tree.upos(a) == "NUM", let age = Int(tree.form(a)), age > 0, age < 130, nounClass(anchor) != .place {
                canonical = "age"  // "Emily Spanton, 39,"
                lemma = "be"
            } else if tree.isProperNoun(a) && !tree.isProperNoun(anchor) && tree.caseMarker(a) == nil {
                // "Merkel's spokesperson, Steffen Seibert": the name comes first.
                subject = description
                description = anchorSpan
            }
            guard !description.words.isEmpty, !subject.words.isEmpty else { continue }
            // "fiancée of journalist Jamal Khashoggi" misparsed as an apposition: a phrase that
            // starts with its preposition names what the description is of, not its holder.
            if let first = subject.words.first, tree.upos(first) == "ADP" { continue }
            guard description.words.contains(where: { !tree.isPunctuation($0) }) else { continue }
            var subjects = [subject]
            if subject.head == a, !tree.isProperNoun(anchor),
               words.isPersonNoun(tree.lemma(anchor)) || tree.xpos(anchor) == "NNS" || Self.nounsForAFewMembers.contains(tree.lemma(anchor).lowercased()) {
                // "His parents, Robert Cummings Sr. and Ruth Elma Cummings,": each name is one;
                // so with any plural ("by the biochemists Naomi Feld and Arjun Mehra") and a noun
                // for a few people or parties ("A couple from Florida, Richard and Lisa Parry,").
                subjects += conjuncts(of: a).filter { $0 != a && tree.isProperNoun($0) }.map { tree.argumentSpan($0) }
            }
            var descriptions = [description]
            if subjects.count == 1, subject.head == anchor, tree.upos(anchor) == "NOUN" {
                // "three distinct crimes: transmission of ..., attempted extortion, and wire fraud":
                // each conjunct describes the anchor.
                descriptions += conjuncts(of: a).filter { $0 != a && ["NOUN", "PROPN"].contains(tree.upos($0)) }.map { tree.argumentSpan($0) }
            } else if subjects.count == 1, subject.head == anchor, tree.isProperNoun(anchor), tree.upos(a) == "NOUN" {
                // "Spearman, a minister and former Army colonel,": each common noun of the
                // coordination describes the name (a name among them is someone else), and so does
                // a title the tagger read as an adjective ("the co-founder and chief executive of Veylo").
                descriptions += conjuncts(of: a).filter { $0 != a && (tree.upos($0) == "NOUN" || isTitle($0)) }
                    .map { tree.argumentSpan($0) }
            }
            // "met officers Antoine Quirin and Nicolas Redouane": a title written straight before a
            // name keeps the name in its phrase; what describes the names is the title alone.
            let named = Set(subjects.flatMap(\.words))
            for subject in subjects {
                for var description in descriptions {
                    description.words.removeAll { named.contains($0) }
                    guard description.words.contains(where: { !tree.isPunctuation($0) }) else { continue }
                    if let head = description.head, named.contains(head) {
                        description.head = description.words.contains(anchor) ? anchor : description.words.last { !tree.isPunctuation($0) }
                    }
                    var draft = DraftFact(subject: subject, relationWords: [], lemma: lemma, object: description, kind: .appositive, anchor: a)
                    draft.insertedRelation = "be"
                    draft.canonical = canonical
                    draft.role = .nominal
                    drafts.append(draft)
                }
            }
            if let head = description.head, let title = titleFact(for: subject, description: head, anchor: a) {
                drafts.append(title)
            }
        }
    }

    /// True when word `w`, with the modifiers written right before it, is a title: "executive"
    /// after "chief".
    func isTitle(_ w: Int) -> Bool {
        let before = tree.dependents(w, ["amod", "compound"]).filter { $0 < w }
        let words = (before + [w]).map { tree.form($0).lowercased() }
        return TitleWords.isTitleWord(words.joined(separator: " ")) || TitleWords.isTitleWord(tree.lemma(w))
    }

    /// Coordinated names followed by as many coordinated ages, read pairwise ("respectively"):
    /// "officers Ana Ruiz and Leo Park, 40 and 49," gives (Ana Ruiz; age; 40), (Leo Park; age; 49).
    /// The parser may hang the numbers on either name with any of several relations.
    mutating func readRespectiveAges() {
        func isAge(_ w: Int) -> Bool {
            guard tree.upos(w) == "NUM", let value = Int(tree.form(w)) else { return false }
            return value > 0 && value < 130
        }
        for a in tree.indices where isAge(a) && ["appos", "amod", "list", "nummod", "nmod:unmarked", "nmod:npmod"].contains(tree.deprel(a)) {
            guard let n = tree.head(a), tree.isProperNoun(n), a > n else { continue }
            let numbers = conjuncts(of: a)
            guard numbers.count >= 2, numbers.allSatisfy(isAge) else { continue }
            var top = n
            while tree.deprel(top) == "conj", let up = tree.head(top), tree.isProperNoun(up) { top = up }
            let names = conjuncts(of: top).filter { tree.isProperNoun($0) && $0 < a }
            guard names.count == numbers.count else { continue }
            for (name, number) in zip(names, numbers) {
                var draft = DraftFact(
                    subject: DraftArgument(words: tree.nameWords(name), head: name), relationWords: [], lemma: "be",
                    object: DraftArgument(words: [number], head: number), kind: .appositive, anchor: number)
                draft.insertedRelation = "be"
                draft.canonical = "age"
                draft.role = .nominal
                drafts.append(draft)
            }
        }
    }

    /// A name followed by an "of" phrase naming its affiliation or origin: "Yvette Cooper of the
    /// Labour Party", "Abderrahman Samba of Qatar" give (name; be of; the Labour Party). Kept as
    /// derived (not a benchmark tuple: gold rarely lists these) but answers "which party ...".
    /// An organization of a place is also based there: (Halden Shipping; be based in; Bergen).
    mutating func readNameAffiliations() {
        for name in tree.indices where tree.isProperNoun(name) {
            let rel = tree.deprel(name)
            if rel == "flat" || rel == "compound" || rel == "nmod:desc" { continue }
            for of in tree.dependents(name, base: "nmod") where of > name && tree.isProperNoun(of) && tree.caseMarker(of)?.text == "of" {
                var draft = DraftFact(
                    subject: DraftArgument(words: tree.nameWords(name), head: name), relationWords: [], lemma: "be of",
                    object: tree.argumentSpan(of), kind: .derived, anchor: name)
                draft.insertedRelation = "be of"
                draft.role = .nominal
                drafts.append(draft)
                // "the owner, Halden Shipping of Bergen": an organization of a place is based there.
                if nounClass(name) == .organization, nounClass(of) == .place {
                    var based = draft
                    based.lemma = "base"
                    based.insertedRelation = "be based in"
                    based.voice = .passive
                    drafts.append(based)
                }
            }
        }
    }

    /// Possession: "Seattle's police department" gives (Seattle; has; police department), lemma
    /// `have`, kept at low confidence (CaRB gold lists such tuples, but they are often wrong).
    mutating func readPossessions() {
        for p in tree.indices where tree.deprel(p) == "nmod:poss" {
            guard let owned = tree.head(p), tree.isNominal(p), tree.upos(p) != "PRON" else { continue }
            // "this year's prize", "Sunday's vote": a time owns nothing.
            if Self.isTimeWord(tree.form(p)) || Self.timeSpans.contains(tree.lemma(p).lowercased()) { continue }
            let possessor = tree.argumentSpan(p, keepCase: false)
            var ownedWords = tree.argumentSpan(owned).words
            let possessorWords = Set(tree.subtree(p))
            ownedWords.removeAll { possessorWords.contains($0) || tree.deprel($0) == "case" && tree.head($0) == p }
            ownedWords = ownedWords.filter { !(tree.deprel($0) == "case" && $0 < owned && tree.head($0) == owned) }
            // The owned phrase follows its owner; words before it come from a misparse.
            guard !ownedWords.isEmpty, ownedWords.allSatisfy({ $0 > p }) else { continue }
            let possessorClean = possessor.words.filter { !(tree.deprel($0) == "case" && tree.head($0) == p) }
            var draft = DraftFact(
                subject: DraftArgument(words: possessorClean, head: p), relationWords: [], lemma: "have",
                object: DraftArgument(words: ownedWords, head: owned), kind: .possession, anchor: owned)
            draft.insertedRelation = "has"
            draft.role = .nominal
            drafts.append(draft)
        }
    }
}
