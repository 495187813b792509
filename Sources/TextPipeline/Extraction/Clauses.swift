import FactModel

/// Reads the facts of one sentence: finds its clauses (extraction.md §2), gives each its subject,
/// relation words, object and qualifiers, and hands the nominal constructions (appositives,
/// titles, possession) to their own readers.
struct SentenceReader {
    let tree: SentenceTree
    let words: ExtractionLexicon
    let mentions: MentionIndex
    var drafts: [DraftFact] = []

    init(tree: SentenceTree, words: ExtractionLexicon, mentions: MentionIndex) {
        self.tree = tree
        self.words = words
        self.mentions = mentions
    }

    /// Every fact of the sentence, before light-verb normalization and confidence.
    mutating func read() -> [DraftFact] {
        for h in tree.indices where isClauseHead(h) {
            readClause(h)
        }
        readAttributions()
        readAppositives()
        readExampleLists()
        readNounInfinitives()
        readRespectiveAges()
        readTitles()
        readPossessions()
        readNameAffiliations()
        readNominalizations()
        readPossessiveEvents()
        readNotUntil()
        return drafts
    }

    static let subjectRelations: Set<String> = ["nsubj", "nsubj:pass", "csubj", "csubj:pass", "nsubj:outer"]
    /// Verbs that ask their object to do something, which it may not have done ("urged Lee to resign").
    static let requestVerbs: Set<String> = [
        "ask", "urge", "request", "encourage", "invite", "tell", "order", "call", "beg", "advise", "instruct", "implore", "press",
    ]
    /// Verbs that say what something is called with "as" ("described the film as ...").
    static let describingVerbs: Set<String> = [
        "describe", "call", "characterize", "characterise", "label", "brand", "dub", "term", "regard", "see", "view",
        "hail", "praise", "criticise", "criticize", "condemn", "denounce", "dismiss", "reject",
    ]
    /// Verbs whose object does what their infinitive says ("forced residents to leave"), besides
    /// the request verbs.
    static let objectControlVerbs: Set<String> = requestVerbs.union([
        "force", "compel", "oblige", "require", "allow", "permit", "enable", "persuade", "convince", "cause", "prompt", "pressure",
    ])
    static let clauseRelations: Set<Substring> = ["root", "conj", "ccomp", "advcl", "acl", "parataxis", "csubj"]

    /// A clause head: a verb with a subject or in a clausal relation, or any word with a `cop`
    /// dependent (UD makes the predicate nominal the head). An `xcomp` is a clause of its own only
    /// when its governor has an object that controls it; otherwise it merges into the governor.
    func isClauseHead(_ h: Int) -> Bool {
        if tree.has(h, ["cop"]) { return true }
        let base = tree.baseRelation(h)
        let verbal = tree.isVerb(h) || (tree.upos(h) == "AUX" && base == "root")
        guard verbal else { return false }
        if base == "xcomp" {
            guard let governor = tree.head(h) else { return false }
            return controllingObject(of: governor) != nil || !isClauseHead(governor)
        }
        if base == "conj" {
            guard let governor = tree.head(h) else { return false }
            return tree.has(h, Self.subjectRelations) || isClauseHead(governor)
        }
        if tree.has(h, Self.subjectRelations) { return true }
        return Self.clauseRelations.contains(base)
    }

    /// Where the clause sits in the sentence, for the confidence.
    func role(of h: Int) -> ClauseRole {
        switch tree.deprel(h) {
        case "root": return .main
        case "conj": return .conjunct
        case "acl:relcl": return .relative
        case "acl": return .participle
        case "advcl": return .adverbial
        default: return tree.head(h) == nil ? .main : .complement
        }
    }

    /// True for an argument determined by "no" ("no evidence", "no one"): saying it did
    /// something says that nothing did.
    func isDenied(_ argument: DraftArgument) -> Bool {
        guard let head = argument.head, let first = argument.words.first else { return false }
        if tree.form(first).lowercased() == "no", tree.dependents(head, ["det"]).contains(first) { return true }
        // "not even one candidate ran unopposed", "not a single American life was lost" (not "not only X").
        if tree.form(first).lowercased() == "not", argument.words.count > 2, tree.form(argument.words[1]).lowercased() != "only" { return true }
        if tree.form(head).lowercased() == "none" { return true }
        return ["no one", "nobody", "nothing"].contains(tree.text(argument.words).lowercased())
    }

    /// The set "none of" picks from ("None of its 24 crew members"), or nil.
    func setOfNone(_ argument: DraftArgument) -> DraftArgument? {
        guard let head = argument.head, tree.form(head).lowercased() == "none",
              let set = tree.dependents(head, ["nmod"]).first(where: { tree.caseMarker($0)?.text.lowercased() == "of" }) else { return nil }
        return tree.argumentSpan(set)
    }

    /// Reads one clause into facts: one per subject and object conjunct.
    mutating func readClause(_ h: Int) {
        let subjects = self.subjects(of: h)
        guard !subjects.isEmpty else { return }
        if tree.has(h, ["cop"]), let frames = adjectiveInfinitiveFrames(h) {
            for frame in frames { readFrame(frame, of: h, subjects: subjects) }
            return
        }
        guard var frame = tree.has(h, ["cop"]) ? copulaFrame(h) : purposeInfinitiveFrame(h) ?? verbFrame(h) else { return }
        if !frame.qualifiers.contains(where: { $0.time }) {
            frame.qualifiers = sharedFrontedTimes(of: h) + frame.qualifiers
        }
        readFrame(frame, of: h, subjects: subjects)
    }

    /// The facts of clause `h` with its subjects and frame: one per subject and object conjunct,
    /// plus the title, SVOC and infinitive facts the frame implies.
    mutating func readFrame(_ frame: ClauseFrame, of h: Int, subjects: [(argument: DraftArgument, source: SubjectSource)]) {
        var frame = frame
        var (subjectList, objectList) = activeArguments(subjects: subjects, frame: frame)
        if frame.voice == .passive, !frame.agents.isEmpty { frame.objects = [] }
        if objectList.isEmpty { objectList = [(argument: DraftArgument(words: [], head: nil), source: .own)] }
        let role = self.role(of: h)
        let rows = respectiveRows(of: h, subjects: subjectList, objects: objectList, qualifiers: frame.qualifiers)
            ?? subjectList.flatMap { subject in objectList.map { (subject: subject, object: $0, qualifiers: frame.qualifiers) } }
        for (subject, object, qualifiers) in rows.prefix(12) {
            var draft = DraftFact(
                subject: subject.argument, relationWords: frame.relationWords, lemma: frame.lemma,
                object: object.argument.isEmpty ? nil : object.argument, kind: frame.kind, anchor: h)
            draft.insertedRelation = frame.insertedRelation
            draft.qualifiers = qualifiers
            draft.voice = frame.voice
            // "No evidence has been reported": a subject denied by "no" denies the clause.
            draft.negated = frame.negated != isDenied(subject.argument)
            if let set = setOfNone(subject.argument) {
                // "None of its 24 crew members was injured": its 24 crew members were not.
                draft.subject = set
            }
            draft.modality = frame.modality
            draft.role = role
            draft.subjectSource = frame.voice == .passive && !frame.agents.isEmpty ? object.source : subject.source
            draft.contentClause = frame.contentClause
            drafts.append(draft)
        }
        if frame.kind == .copula, frame.lemma == "be", !frame.negated {
            // "Kim is the mayor of Denver" also gives the title fact.
            for subject in subjectList {
                if let title = titleFact(for: subject.argument, description: h, anchor: h) { drafts.append(title) }
            }
        }
        if let complement = frame.objectComplement, let controlled = frame.objects.first ?? objectList.first?.argument, !controlled.isEmpty {
            // SVOC: "called Austin one of the safest cities" also says (Austin; be; one of ...).
            var derived = DraftFact(
                subject: controlled, relationWords: [], lemma: "be", object: complement, kind: .copula, anchor: h)
            derived.insertedRelation = "be"
            derived.role = .complement
            derived.subjectSource = .controller
            drafts.append(derived)
        }
        drafts += appointedTitles(frame, subjects: subjects.map(\.argument), clause: h)
        for qualifier in frame.qualifiers where qualifier.marker.lowercased() == "as" {
            // "named Riikka Salmela ... as his successor": the one named replaces the successor's
            // owner ("who replaced Vesterinen"); in the passive, the one named is the subject, and
            // so is the one who acts as successor ("took over as his successor").
            let appointed = Self.appointingVerbs.contains(tree.lemma(h).lowercased()) && frame.voice == .active
            guard let head = qualifier.argument.head, Self.successorNouns.contains(tree.lemma(head).lowercased()),
                  let owner = tree.dependents(head, ["nmod:poss"]).first,
                  let named = appointed ? frame.objects.first : subjects.first?.argument, !named.isEmpty
            else { continue }
            var derived = DraftFact(subject: named, relationWords: [], lemma: "replace",
                                    object: DraftArgument(words: [owner], head: owner), kind: .derived, anchor: h)
            derived.insertedRelation = "replace"
            derived.role = role
            drafts.append(derived)
        }
        if tree.lemma(h).lowercased() == "replace", let replaced = frame.voice == .active ? frame.objects.first : subjects.first?.argument,
           !replaced.isEmpty {
            // "replaced the governor, Ramon Villacorta, with his deputy, Teresita Abad": the one
            // put in the place replaces the one taken out of it ("who replaced Villacorta").
            // Each side by its description and by the name in apposition to it.
            func named(_ argument: DraftArgument) -> [DraftArgument] {
                guard let head = argument.head else { return [argument] }
                let names = tree.dependents(head, ["appos"]).filter { tree.upos($0) == "PROPN" }
                return [argument] + names.map { DraftArgument(words: tree.nameWords($0).sorted(), head: $0) }
            }
            for qualifier in frame.qualifiers where qualifier.marker.lowercased() == "with" && !qualifier.argument.isEmpty {
                for newcomer in named(qualifier.argument) {
                    for old in named(replaced) {
                        var derived = DraftFact(subject: newcomer, relationWords: [], lemma: "replace", object: old, kind: .derived, anchor: h)
                        derived.insertedRelation = "replace"
                        derived.role = role
                        drafts.append(derived)
                    }
                }
            }
        }
        if let infinitive = frame.infinitiveObject {
            // "threatened to pull funding": also (Sessions; threaten; to pull funding ...), so
            // "what did Sessions threaten" finds it; for each subject ("The Social Democrats and
            // the Left Alliance had planned to file a motion").
            for subject in subjects.prefix(6) {
                var derived = DraftFact(
                    subject: subject.argument, relationWords: verbWords(h, adverbsAfter: subjectEnd(of: h)).words.sorted(),
                    lemma: verbLemma(h), object: infinitive, kind: .derived, anchor: h)
                derived.role = role
                derived.subjectSource = subject.source
                derived.negated = frame.negated
                drafts.append(derived)
            }
        }
    }

    /// "named the economist Adriana Villamizar as its next governor", "was elected as chairman":
    /// the one named holds the role the "as" phrase names (a title fact, as an apposition would
    /// give); in the passive, the subject does.
    func appointedTitles(_ frame: ClauseFrame, subjects: [DraftArgument], clause h: Int) -> [DraftFact] {
        // "joined the bank as chief executive", "served as chair": the subject holds the role it
        // took up.
        if Self.takingUpVerbs.contains(tree.lemma(h).lowercased()), frame.voice == .active, let holder = subjects.first, !holder.isEmpty {
            return frame.qualifiers.filter { $0.marker.lowercased() == "as" }.compactMap(\.argument.head)
                .compactMap { titleFact(for: holder, description: $0, anchor: h) }
        }
        guard Self.appointingVerbs.contains(tree.lemma(h).lowercased()),
              let named = frame.voice == .passive ? subjects.first : frame.objects.first, !named.isEmpty else { return [] }
        var roles = frame.qualifiers.filter { $0.marker.lowercased() == "as" }.compactMap(\.argument.head)
        // The passive takes "as" into its relation ("was elected as"), with the role as its object.
        if frame.voice == .passive, let last = frame.relationWords.last, tree.form(last).lowercased() == "as",
           let role = frame.objects.first?.head {
            roles.append(role)
        }
        return roles.compactMap { titleFact(for: named, description: $0, anchor: h) }
    }

    /// Verbs that put someone in the role their "as" phrase names ("appointed X as coach").
    static let appointingVerbs: Set<String> = [
        "appoint", "reappoint", "name", "elect", "re-elect", "choose", "select", "nominate", "pick", "hire", "install",
        "confirm", "designate", "tap", "promote",
    ]

    /// Verbs by which the subject takes up the role their "as" phrase names ("served as chair").
    static let takingUpVerbs: Set<String> = [
        "serve", "act", "step", "join", "return", "stay", "remain", "continue", "start", "begin", "take",
    ]

    /// Nouns for the one who takes someone's place ("as his successor").
    static let successorNouns: Set<String> = ["successor", "replacement"]

    // MARK: subjects

    /// The subjects of clause `h`, each with how it was found: its own (with conjuncts), or
    /// borrowed from the clause it coordinates with, its controller, or its antecedent.
    func subjects(of h: Int, depth: Int = 0) -> [(argument: DraftArgument, source: SubjectSource)] {
        guard depth < 8 else { return [] }
        if let subject = preferredSubject(of: h) {
            if isRelativePronoun(subject), let antecedent = antecedent(ofRelative: h) {
                return [(argument: antecedentArgument(antecedent, clause: h, asSubject: true, depth: depth), source: .antecedent)]
            }
            if tree.baseRelation(subject) == "csubj" {
                return [(argument: tree.clauseSpan(subject, droppingMark: false), source: .own)]
            }
            if let antecedent = pronounAntecedent(subject, clause: h) {
                // "Garuda Indonesia and Lion Air said they had suspended flights": "they" stands
                // for each of the coordinated names, as the coordinated subject itself would.
                guard let head = antecedent.head, case let names = conjuncts(of: head), names.count > 1 else {
                    return [(argument: antecedent, source: .own)]
                }
                return names.enumerated().map { (argument: tree.argumentSpan($0.element), source: $0.offset == 0 ? .own : .coordinated) }
            }
            var result = conjuncts(of: subject).enumerated().flatMap { item in
                splitByModifierConjuncts(tree.argumentSpan(item.element)).enumerated().map {
                    (argument: $0.element, source: item.offset == 0 && $0.offset == 0 ? SubjectSource.own : .coordinated)
                }
            }
            result += misplacedSubjectConjuncts(of: h).map { (argument: tree.argumentSpan($0), source: .coordinated) }
            for name in namesAfterAsWellAs(in: h, subject: subject) where !result.contains(where: { covers($0.argument, name) }) {
                result.append((argument: name, source: .coordinated))
            }
            return result
        }
        guard let governor = tree.head(h) else { return [] }
        switch tree.deprel(h) {
        case "conj":
            guard isClauseHead(governor) else { return [] }
            return subjects(of: governor, depth: depth + 1).map { (argument: $0.argument, source: .inherited) }
        case "xcomp":
            // "asked Beck to join him": the object is the doer.
            if let object = controllingObject(of: governor) {
                return [(argument: tree.argumentSpan(object), source: .controller)]
            }
            return subjects(of: governor, depth: depth + 1).map { (argument: $0.argument, source: .controller) }
        case "acl":
            // "a chance to present", "the request to delay": the noun is not the doer.
            if tree.dependents(h, ["mark"]).contains(where: { tree.lemma($0) == "to" }) {
                // "X were reported by local media to have visited": a parser may hang the
                // infinitive on the agent of a passive reporting verb; its doer is that verb's subject.
                if tree.deprel(governor) == "obl:agent" || tree.deprel(governor) == "obl",
                   let verb = tree.head(governor), isPassiveReporting(verb) {
                    return subjects(of: verb, depth: depth + 1).map { (argument: $0.argument, source: .controller) }
                }
                return []
            }
            return [(argument: antecedentArgument(governor, clause: h, asSubject: true, depth: depth), source: .antecedent)]
        case "advcl":
            guard tree.isGerund(h) || tree.isPastParticiple(h) || tree.has(h, ["mark"]) else { return [] }
            // "forced more than 62,000 residents to leave their homes", the infinitive read as a
            // purpose clause: after a verb that makes its object act, the object is the doer.
            if Self.objectControlVerbs.contains(tree.lemma(governor)), let object = controllingObject(of: governor), object < h,
               tree.dependents(h, ["mark"]).contains(where: { tree.lemma($0) == "to" }) {
                return [(argument: tree.argumentSpan(object), source: .controller)]
            }
            // "plans on leaving", "upon arriving": the gerund's doer is the governor's subject too.
            guard !tree.has(h, ["mark"]) || tree.dependents(h, ["mark"]).allSatisfy({ Self.markersSharingTheSubject.contains(tree.lemma($0)) })
            else { return [] }
            return subjects(of: governor, depth: depth + 1).map { (argument: $0.argument, source: .inherited) }
        default:
            return []
        }
    }

    /// Markers of an adverbial clause whose doer is its governor's subject ("after meeting X").
    static let markersSharingTheSubject: Set<String> = ["to", "after", "before", "while", "by", "on", "upon"]

    /// The subject conjuncts: the head and every `conj` below it that is nominal.
    /// A passive reporting verb: "were reported", "is said", "are believed" (to have done ...).
    func isPassiveReporting(_ v: Int) -> Bool {
        tree.isVerb(v) && ExtractionLexicon.sayVerbs.contains(tree.lemma(v)) && tree.has(v, ["nsubj:pass", "aux:pass"])
    }

    /// The subject of clause `h`. A parser sometimes gives a clause two subjects, the first one
    /// from an adverbial clause it did not recognise ("As the debate rages on, a handful of mayors
    /// is scheduled ...", with the `mark` "As" left on the main verb): then the subject nearest
    /// before the predicate is the real one; likewise when the parser split one phrase into two
    /// subjects. Otherwise the first.
    func preferredSubject(of h: Int) -> Int? {
        let all = tree.dependents(h, Self.subjectRelations)
        guard all.count > 1, let first = all.first else { return all.first }
        let markedBefore = tree.dependents(h, ["mark"]).contains { $0 < first }
        // Two subjects that run into each other are one phrase split by the parser ("United
        // States Senator from Vermont Bernie Sanders won"): its last part heads it.
        let second = all.dropFirst().first!
        let adjacent = tree.isProperNoun(first) && tree.isProperNoun(second)
            && (tree.subtree(first).max() ?? first) + 1 == (tree.subtree(second).min() ?? second)
        guard markedBefore || adjacent else { return first }
        return all.last { $0 < h } ?? first
    }

    func conjuncts(of head: Int) -> [Int] {
        var result = [head]
        var stack = tree.dependents(head, ["conj"])
        var guardCount = 0
        while let next = stack.popLast(), guardCount < 20 {
            guardCount += 1
            // A verb coordinated with a noun heads a clause of its own, unless it is a gerund with
            // no subject coordinated with an object or a prepositional object: "include
            // intentional homicide and illegally possessing a firearm", "charged with aggravated
            // theft and handling stolen goods".
            let gerund = tree.xpos(next) == "VBG" && (tree.deprel(head) == "obj" || (tree.deprel(head) == "obl" && tree.has(head, ["case"])))
                && !tree.has(next, ["nsubj", "nsubj:pass", "aux", "mark"])
            if tree.isVerb(next) && !tree.isVerb(head) && !gerund { continue }
            // "decided by Congress and not by judges", "went to Oslo, not to Rome": a negated
            // conjunct is what the clause denies, so no fact is read with it.
            if !tree.isVerb(next), tree.dependents(next, ["advmod"]).contains(where: { $0 < next && ["not", "never"].contains(tree.lemma($0).lowercased()) }) {
                continue
            }
            result.append(next)
            stack.append(contentsOf: tree.dependents(next, ["conj"]))
        }
        if tree.isProperNoun(head) {
            for stray in tree.strayNameConjuncts(of: head) where !result.contains(stray) {
                result.append(stray)
                result += tree.dependents(stray, ["conj"]).filter { !result.contains($0) }
            }
        }
        return result.sorted()
    }

}

/// What a clause says besides its subject: relation words, object(s) and qualifiers.
struct ClauseFrame {
    var relationWords: [Int]
    var insertedRelation: String?
    var lemma: String
    var objects: [DraftArgument]
    var agents: [DraftArgument] = []
    var qualifiers: [(marker: String, argument: DraftArgument, time: Bool)] = []
    var kind: FactKind = .event
    var voice: Voice = .active
    var negated = false
    var modality: String?
    /// The `ccomp` whose content the clause reports, for attribution.
    var contentClause: Int?
    /// SVOC's complement ("one of the safest cities").
    var objectComplement: DraftArgument?
    /// The merged infinitive, as an argument of the controlling verb.
    var infinitiveObject: DraftArgument?
}

extension SentenceReader {
    static let modalWords: Set<String> = ["will", "would", "can", "could", "may", "might", "must", "shall", "should", "'ll", "wo", "ca", "'d"]

    /// Relation words of one verb: auxiliaries, negation, the verb and its particles.
    func verbWords(_ v: Int, adverbsAfter subjectEnd: Int?) -> (words: [Int], negated: Bool, modals: [Int]) {
        var relation = [v]
        var negated = false
        var modals: [Int] = []
        for c in tree.children[v] {
            let rel = tree.deprel(c)
            switch rel {
            case "aux", "aux:pass":
                relation.append(c)
                if Self.modalWords.contains(tree.form(c).lowercased()) { modals.append(c) }
                if tree.lemma(c) == "not" || tree.form(c).lowercased() == "n't" { negated = true }
            case "compound:prt":
                relation.append(c)
            case "advmod":
                if isNegation(c) {
                    relation.append(c)
                    negated = true
                } else if c < v, let start = subjectEnd, c > start, tree.children[c].isEmpty, tree.upos(c) == "ADV",
                          !tree.xpos(c).hasPrefix("W"), !self.words.isTimeAdverb(tree.lemma(c)) {
                    relation.append(c)
                }
            default:
                break
            }
        }
        let shared = sharedAuxiliaries(of: v)
        if !shared.isEmpty, let governor = tree.head(v) {
            relation += shared
            modals += shared.filter { Self.modalWords.contains(tree.form($0).lowercased()) }
            // "will not travel or meet": a negation of the shared chain covers the conjunct too.
            let negations = tree.dependents(governor, ["advmod"]).filter { $0 < governor && isNegation($0) }
            relation += negations
            negated = negated || !negations.isEmpty
        }
        return (relation, negated, modals)
    }

    func isNegation(_ w: Int) -> Bool {
        let l = tree.form(w).lowercased()
        return l == "not" || l == "n't" || l == "never"
    }

    /// The last word of the clause's own subject, so adverbs between it and the verb join the
    /// relation ("will also be").
    func subjectEnd(of h: Int) -> Int? {
        guard let subject = tree.dependent(h, Self.subjectRelations) else { return nil }
        return tree.argumentSpan(subject).words.last ?? subject
    }

    /// The verb frame (SV, SVO, SVOO, SVOA, SVOC, SVA): relation words with the `xcomp` chain
    /// and the first preposition of an object-less relation; objects; qualifiers; voice.
    func verbFrame(_ h: Int) -> ClauseFrame? {
        let chain = xcompChain(from: h)
        let final = chain.last ?? h
        var relation: [Int] = []
        var negated = false
        var modalityWords: [Int] = []
        let start = subjectEnd(of: h)
        for (index, v) in chain.enumerated() {
            let part = verbWords(v, adverbsAfter: index == 0 ? start : nil)
            relation += part.words
            negated = negated || part.negated
            modalityWords += part.modals
            if index > 0 {
                let marks = tree.dependents(v, ["mark"]).filter { tree.lemma($0) == "to" }
                relation += marks
            }
            if v != final, ["have", "be"].contains(tree.lemma(v)),
               let yet = tree.dependents(v, ["advmod"]).first(where: { tree.form($0).lowercased() == "yet" }) {
                // "The council has yet to approve the plan": it has not approved it (no obligation).
                negated = true
                relation = (relation + [yet]).sorted()
                continue
            }
            if v != final {
                modalityWords += [v] + tree.dependents(v, ["aux", "aux:pass"]).filter { !modalityWords.contains($0) }
                if let next = chain.dropFirst(index + 1).first {
                    modalityWords += tree.dependents(next, ["mark"])
                }
            }
        }
        // "pled not guilty": a negation before the verb's adjective complement negates the clause
        // (the complement's argument leaves the negation out).
        for complement in tree.dependents(final, ["xcomp"]) where tree.upos(complement) == "ADJ" {
            if let negation = tree.dependents(complement, ["advmod"]).first(where: { $0 < complement && isNegation($0) }) {
                negated = true
                relation = (relation + [negation]).sorted()
            }
        }
        // "They asked Lam to resign": a request says what its object is to do, not that it was done.
        if tree.deprel(h) == "xcomp", let governor = tree.head(h), controllingObject(of: governor) != nil,
           Self.requestVerbs.contains(tree.lemma(governor).lowercased()) {
            modalityWords += [governor] + tree.dependents(h, ["mark"]).filter { tree.lemma($0) == "to" }
        }
        let passive = isPassive(final)
        var frame = ClauseFrame(relationWords: relation, lemma: verbLemma(final), objects: [])
        frame.negated = negated
        frame.voice = passive ? .passive : .active
        if !modalityWords.isEmpty {
            frame.modality = tree.text(Array(Set(modalityWords)).sorted())
        }
        if tree.deprel(final) == "acl" && tree.isPastParticiple(final) && !tree.has(final, ["aux:pass", "cop"]) {
            // A past participle modifying a noun reads passive: "cities deemed sanctuary".
            frame.insertedRelation = "be"
        }

        // Objects.
        let objectHeads = tree.dependents(final, ["obj"])
        var objects: [DraftArgument] = []
        for o in objectHeads {
            if isRelativePronoun(o), let antecedent = antecedent(ofRelative: final) ?? antecedent(ofRelative: h) {
                objects.append(antecedentArgument(antecedent, clause: h, asSubject: false, depth: 0))
            } else {
                objects += conjunctArguments(of: o).flatMap { splitByModifierConjuncts($0) }
            }
        }
        if let indirect = tree.dependent(final, ["iobj"]) {
            if objects.isEmpty, let content = tree.dependent(final, ["ccomp"]), words.isSayVerb(verbLemma(final)),
               tree.dependents(content, ["nsubj", "nsubj:pass", "expl"]).contains(where: { !tree.isVerb($0) }) {
                // "“...,” Raghunathan told reporters": what was said is the object (read below),
                // the listener a qualifier, as in "said to reporters". Not a request ("asked the
                // council to postpone the vote"): the one asked is its object.
                frame.qualifiers.append((marker: "to", argument: tree.argumentSpan(indirect), time: false))
            } else if objects.isEmpty {
                objects = conjuncts(of: indirect).map { tree.argumentSpan($0) }
            } else {
                // SVOO: the recipient is arg2, the thing given follows it.
                let given = objects
                objects = [tree.argumentSpan(indirect)]
                for g in given { frame.qualifiers.append((marker: "", argument: g, time: false)) }
            }
        }
        if objects.isEmpty, let content = tree.dependent(final, ["ccomp"]) {
            let marks = tree.dependents(content, ["mark"]).filter { ["that", "whether", "if"].contains(tree.lemma($0)) }
            frame.relationWords += marks
            objects = [tree.clauseSpan(content, droppingMark: !marks.isEmpty)]
            frame.contentClause = content
        }
        let complements = tree.dependents(final, ["xcomp"]).filter { !tree.isVerb($0) }
        if let complement = complements.first {
            let span = tree.argumentSpan(complement, isPredicate: true)
            if objects.isEmpty {
                objects = [span]  // SVC: "became president"
            } else {
                frame.objectComplement = span  // SVOC
                frame.qualifiers.append((marker: "", argument: span, time: false))
            }
        }
        if objects.isEmpty, !passive, let rank = rankAfter(final) {
            // "Dessalegn finished second in 2:04:02", "came third": an ordinal right after an
            // object-less verb is the place reached, as "became president" is the role. After a
            // passive it is an order of events ("were flown first to Pokhara").
            // "second and third": each ordinal a place of its own, for "respectively" to pair.
            objects = ([rank] + tree.dependents(rank, ["conj"])).map { tree.argumentSpan($0, isPredicate: true) }
        }
        if chain.count > 1, objects.count <= 1 {
            frame.infinitiveObject = tree.clauseSpan(chain[1], droppingMark: false)
        }
        // "instructed security agencies to investigate the leak": what the object is to do
        // completes the verb (object control; the object's own clause is read as well).
        if !objects.isEmpty {
            for clause in tree.dependents(final, ["xcomp"]) where tree.isVerb(clause) && clause > final
                && tree.dependents(clause, ["mark"]).contains(where: { tree.lemma($0) == "to" }) {
                frame.qualifiers.append((marker: "to", argument: tree.clauseSpan(clause, droppingMark: true), time: false))
            }
        }
        if objects.isEmpty, antecedentIsObject(of: final) , let antecedent = antecedent(ofRelative: final) {
            objects = [antecedentArgument(antecedent, clause: h, asSubject: false, depth: 0)]
        }

        // Qualifiers, agents, and the first preposition of an object-less relation.
        var obliques: [Int] = []
        for v in chain { obliques += tree.dependents(v, base: "obl") }
        obliques += tree.dependents(final, ["advmod"]).filter { words.isTimeAdverb(tree.lemma($0)) }
        // "were recalled back to active duty", "went ahead of the others": a prepositional phrase
        // hung on an adverb after the verb is the verb's, with the adverb before its preposition.
        var leadingAdverb: [Int: Int] = [:]
        for a in tree.dependents(final, ["advmod"]) where a > final && tree.upos(a) == "ADV" && !words.isTimeAdverb(tree.lemma(a)) {
            for o in tree.dependents(a, base: "obl") + tree.dependents(a, ["nmod"]) where o > a && tree.caseMarker(o) != nil && !isTemporal(o) {
                leadingAdverb[o] = a
                obliques.append(o)
            }
        }
        obliques.sort()
        var promoted = false
        for o in obliques {
            let marker = tree.caseMarker(o)
            if isAgent(o, passive: passive) {
                frame.agents += conjuncts(of: o).map { tree.argumentSpan($0) }
                frame.relationWords += marker?.words ?? []
                continue
            }
            var argument = tree.argumentSpan(o)
            if marker?.text.lowercased() == "as", Self.describingVerbs.contains(verbLemma(final)) {
                // "described the film as a quiet film that shouts about the things we are losing":
                // what it was called is the whole phrase, its relative clause too.
                argument = tree.descriptionSpan(o)
            }
            if isRelativePronoun(o), let antecedent = antecedent(ofRelative: final) ?? antecedent(ofRelative: h) {
                argument = antecedentArgument(antecedent, clause: h, asSubject: false, depth: 0)
            }
            let time = isTemporal(o)
            if objects.isEmpty, !promoted, frame.agents.isEmpty, !obliques.contains(where: { isAgent($0, passive: passive) }),
               let marker, o > final, !time, !ExtractionLexicon.sentenceMarkers.contains(marker.text.lowercased()),
               !saysAQuotation(final) {
                // "meet with Kelly", "was born in Baltimore": the preposition joins the relation.
                promoted = true
                frame.relationWords += marker.words
                if let adverb = leadingAdverb[o] { frame.relationWords.append(adverb) }
                // "relies heavily on": an adverb between the verb and the preposition goes with them.
                frame.relationWords += tree.dependents(final, ["advmod"]).filter { a in
                    a > final && a < (marker.words.first ?? a) && tree.upos(a) == "ADV" && tree.children[a].isEmpty
                        && !tree.xpos(a).hasPrefix("W") && !words.isTimeAdverb(tree.lemma(a)) && !isNegation(a)
                }
                objects = conjuncts(of: o).map { tree.argumentSpan($0) }
                continue
            }
            var label = marker?.text ?? (time ? "time" : "")
            if let adverb = leadingAdverb[o] { label = tree.form(adverb).lowercased() + " " + label }
            for conjunct in conjuncts(of: o) {
                let span = conjunct == o ? argument : tree.argumentSpan(conjunct)
                frame.qualifiers.append((marker: label, argument: span, time: time))
            }
        }
        // "Both earned 9 delegates there": a locative "there" is a place qualifier; coreference
        // links it to the place it stands for (`Pronoun.locative`).
        for adverb in tree.dependents(final, ["advmod"]) where tree.upos(adverb) == "ADV" && tree.lemma(adverb).lowercased() == "there" {
            frame.qualifiers.append((marker: "in", argument: tree.argumentSpan(adverb), time: false))
        }
        // "accused the network of swindling": a gerund clause after "of" completes the verb.
        for clause in tree.dependents(final, ["advcl"]) where clause > final {
            guard let mark = tree.children[clause].first(where: { tree.deprel($0) == "mark" }),
                  tree.form(mark).lowercased() == "of" else { continue }
            frame.qualifiers.append((marker: "of", argument: tree.clauseSpan(clause, droppingMark: true), time: false))
        }
        frame.objects = objects
        frame.lemma = verbLemma(final)
        frame.relationWords = Array(Set(frame.relationWords)).sorted()
        return frame
    }

    /// Whether `v` is a verb of saying linked to a quotation by `parataxis` ("“...,” she said in a
    /// video message"): what it says is the quotation (`readAttributions`), so a phrase after it
    /// is a qualifier of the saying, never its object.
    func saysAQuotation(_ v: Int) -> Bool {
        words.isSayVerb(verbLemma(v)) && !tree.has(v, ["obj", "ccomp"])
            && (tree.deprel(v) == "parataxis" || !tree.dependents(v, ["parataxis"]).isEmpty)
    }

    /// The verb's lemma with its particles: "cut off".
    func verbLemma(_ v: Int) -> String {
        let particles = tree.dependents(v, ["compound:prt"]).map { tree.lemma($0) }
        return ([tree.lemma(v)] + particles).joined(separator: " ")
    }

    /// The ordinal adverb written right after verb `v` ("finished second", "came last"), or nil.
    /// It may coordinate others ("finished second and third respectively").
    func rankAfter(_ v: Int) -> Int? {
        tree.dependents(v, ["advmod"]).first { a in
            let word = tree.form(a).lowercased()
            return a == v + 1 && tree.children[a].allSatisfy { ["conj", "cc", "punct"].contains(tree.deprel($0)) }
                && (ValueRecognizer.ordinals[word] != nil || word == "last")
        }
    }

    /// A time oblique: "on Wednesday", "earlier this year", `obl:tmod`.
    func isTemporal(_ o: Int) -> Bool {
        let rel = tree.deprel(o)
        if rel == "obl:tmod" || rel == "obl:npmod" { return true }
        if rel == "advmod" { return true }
        if isDateOrYear(o) { return true }
        return words.isTimeNoun(tree.lemma(o)) || words.isTimeNoun(tree.form(o).lowercased())
    }

    /// A date or time value ("Sunday", "October 11"), or a year written alone ("in 1990").
    func isDateOrYear(_ o: Int) -> Bool {
        if let span = mentions.valueSpan(atToken: tree.documentIndex(o)), span.value?.kind == .date || span.value?.kind == .time {
            return true
        }
        return tree.upos(o) == "NUM" && tree.form(o).count == 4 && Int(tree.form(o)).map { (1000...2100).contains($0) } == true
    }
}
