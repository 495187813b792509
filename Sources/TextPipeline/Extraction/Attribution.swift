import FactModel

/// Attribution and quotes (extraction.md §9). A say-verb with a clausal complement gives
/// (speaker; say; content), kind `.attribution`, and every fact read inside the content is marked
/// as attributed to the speaker, not asserted by the article. Parsers also link "“…,” Garcetti
/// said" by `parataxis` in either direction; both are accepted. Quote marks are not part of the
/// content.
extension SentenceReader {
    mutating func readAttributions() {
        var contentOwners: [(content: Set<Int>, excluded: Set<Int>, index: Int)] = []
        var superseded = Set<Int>()
        for index in drafts.indices {
            guard drafts[index].kind == .event, let content = drafts[index].contentClause,
                  words.isSayVerb(drafts[index].lemma) else { continue }
            drafts[index].kind = .attribution
            contentOwners.append((Set(tree.subtree(content)), [], index))
        }
        for s in tree.indices where tree.isVerb(s) && words.isSayVerb(verbLemma(s)) && !tree.has(s, ["obj", "ccomp"]) {
            var content: Set<Int>
            let own = Set(tree.subtree(s))
            if tree.deprel(s) == "parataxis", let q = tree.head(s) {
                content = Set(tree.subtree(q)).subtracting(own)
            } else if let q = tree.dependents(s, ["parataxis"]).first {
                content = Set(tree.subtree(q))
            } else {
                continue
            }
            guard let speaker = subjects(of: s).first else { continue }
            let contentWords = tree.trimmed(content.sorted(), head: -1)
            guard !contentWords.isEmpty else { continue }
            appendAttribution(speaker: speaker, verb: s, content: DraftArgument(words: contentWords, head: tree.head(s) ?? contentWords[0]),
                              superseding: &superseded)
            contentOwners.append((content, own, drafts.count - 1))
        }
        readFrontedQuotation(&contentOwners, &superseded)
        for owner in contentOwners {
            for index in drafts.indices where index != owner.index && drafts[index].attributedBy == nil {
                let anchor = drafts[index].anchor
                if owner.content.contains(anchor) && !owner.excluded.contains(anchor) {
                    drafts[index].attributedBy = owner.index
                }
            }
        }
        removeDrafts(superseded)
    }

    /// A quotation that opens the sentence (or runs on into it) and closes right before its speaker and say-verb
    /// ("“We are striking because we can no longer look after them,” the union's president,
    /// Filipa Carvalho, told reporters outside the entrance, where ...") is what the verb says,
    /// however the parser hung its words: a quotation's inner clauses often lose their way out of
    /// it ("after" read as a conjunction reaching past the closing mark). A complement the parser
    /// gave the verb after it (the "where" clause there) is replaced; with none, the attribution
    /// is made.
    private mutating func readFrontedQuotation(_ contentOwners: inout [(content: Set<Int>, excluded: Set<Int>, index: Int)],
                                               _ superseded: inout Set<Int>) {
        // The quotation opens the sentence, or opened in an earlier one and runs on into it.
        guard let close = tree.indices.first(where: { tree.xpos($0) == "''" }),
              (0..<close).allSatisfy({ $0 == 0 || tree.xpos($0) != "``" }),
              let verb = tree.indices.first(where: { $0 > close && tree.isVerb($0) }),
              words.isSayVerb(verbLemma(verb)),
              // Only the speaker's phrase stands between the quotation and its verb.
              !(close + 1..<verb).contains(where: { tree.upos($0) == "AUX" || tree.upos($0) == "VERB" }),
              let speaker = subjects(of: verb).first, let speakerHead = speaker.argument.head, speakerHead > close,
              // "“Three months ago,” he said, “I entered the race”": the quotation goes on after the verb.
              !tree.indices.contains(where: { $0 > verb && tree.xpos($0) == "``" })
        else { return }
        let quoted = tree.trimmed(Array((tree.xpos(0) == "``" ? 1 : 0)..<close), head: -1)
        guard quoted.count >= 3 else { return }
        let quotedHead = quoted.first { !quoted.contains(tree.head($0) ?? -1) && !tree.isPunctuation($0) } ?? quoted[0]
        let content = DraftArgument(words: quoted, head: quotedHead)
        if let index = drafts.indices.first(where: { drafts[$0].anchor == verb && drafts[$0].kind == .attribution }) {
            // A complement inside the quotation already is the quotation's.
            guard let object = drafts[index].object, let start = object.words.first, start > verb else { return }
            drafts[index].object = content
            if let owner = contentOwners.firstIndex(where: { $0.index == index }) {
                contentOwners[owner].content = Set(quoted)
            }
            return
        }
        if let index = drafts.indices.first(where: { drafts[$0].anchor == verb && drafts[$0].object != nil && drafts[$0].kind == .event }) {
            // "told reporters": the one told is the listener, a "to" qualifier as in "said to
            // reporters"; any other object is what the verb is about, and the quotation stays apart.
            guard let listener = tree.dependent(verb, ["iobj"]), let told = drafts[index].object,
                  told.words.contains(listener) else { return }
            drafts[index].qualifiers.insert((marker: "to", argument: told, time: false), at: 0)
            drafts[index].object = content
            drafts[index].kind = .attribution
            contentOwners.append((Set(quoted), Set(tree.subtree(verb)).subtracting(quoted), index))
            return
        }
        appendAttribution(speaker: speaker, verb: verb, content: content, superseding: &superseded)
        contentOwners.append((Set(quoted), Set(tree.subtree(verb)).subtracting(quoted), drafts.count - 1))
    }

    /// Appends (speaker; verb; content) as an attribution. The say-clause read alone ("Lee said in
    /// a statement") is superseded by it (its index goes into `superseded`), and it keeps that
    /// clause's qualifiers.
    private mutating func appendAttribution(speaker: (argument: DraftArgument, source: SubjectSource), verb: Int,
                                            content: DraftArgument, superseding superseded: inout Set<Int>) {
        let part = verbWords(verb, adverbsAfter: subjectEnd(of: verb))
        var draft = DraftFact(subject: speaker.argument, relationWords: part.words.sorted(), lemma: verbLemma(verb),
                              object: content, kind: .attribution, anchor: verb)
        draft.negated = part.negated
        draft.role = role(of: verb)
        draft.subjectSource = speaker.source
        let sayClause = drafts.indices.filter { drafts[$0].anchor == verb && drafts[$0].object == nil && drafts[$0].kind == .event }
        draft.qualifiers = sayClause.first.map { drafts[$0].qualifiers } ?? []
        superseded.formUnion(sayClause)
        drafts.append(draft)
    }

    /// Removes the drafts at `indices`, keeping every other draft's `attributedBy` pointing at the
    /// same attribution. O(drafts).
    private mutating func removeDrafts(_ indices: Set<Int>) {
        guard !indices.isEmpty else { return }
        var newIndex: [Int?] = []
        var next = 0
        for index in drafts.indices {
            newIndex.append(indices.contains(index) ? nil : next)
            if !indices.contains(index) { next += 1 }
        }
        drafts = drafts.indices.filter { !indices.contains($0) }.map { index in
            var draft = drafts[index]
            draft.attributedBy = draft.attributedBy.flatMap { newIndex[$0] }
            return draft
        }
    }
}
