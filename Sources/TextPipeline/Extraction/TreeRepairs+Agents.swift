/// Repairs to the agent of a passive that the parser hangs inside another of the verb's phrases.
extension TreeRepairs {
    /// "who has been coached since the age of 14 by the Ukrainian grandmaster Dmytro Levchenko":
    /// the parser hangs the by-phrase on the noun of the oblique before it ("age"), so the
    /// passive has no agent. A by-phrase inside an oblique of a passive verb that has no agent,
    /// naming a person or an organisation (itself or by a name in apposition) or a thing sent
    /// "from" one ("by a helicopter from the company Himal Sky Rescue"), is the agent.
    static func agentHungOnAnOblique(_ range: Range<Int>, _ document: inout AnnotatedDocument) {
        func head(_ i: Int) -> Int { Int(document.tokens[i].head) }
        func isDoerName(_ i: Int) -> Bool { document.tokens[i].entityTag.hasSuffix("PER") || document.tokens[i].entityTag.hasSuffix("ORG") }
        /// The noun is a name, or a kind noun with the name hung on it ("the Danish coach Per Holm",
        /// with "Holm" as its appositive, flat part or unmarked modifier).
        func namesADoer(_ i: Int) -> Bool {
            isDoerName(i) || range.contains { name in
                head(name) == i && ["appos", "flat", "nmod", "compound", "conj"].contains(document.tokens[name].deprel) && isDoerName(name)
                    && !range.contains { head($0) == name && document.tokens[$0].deprel == "case" }
            } || sentByADoer(i)
        }
        /// "by a helicopter from the company Himal Sky Rescue": a thing sent "from" a named doer,
        /// whose name is the noun, hangs on it, or follows it (wherever the parser hung the name).
        func sentByADoer(_ i: Int) -> Bool {
            range.contains { from in
                head(from) == i && document.tokens[from].deprel == "nmod"
                    && range.contains { head($0) == from && document.tokens[$0].deprel == "case" && document.tokens[$0].form.lowercased() == "from" }
                    && (isDoerName(from) || (from + 1 < range.upperBound && isDoerName(from + 1))
                        || range.contains { head($0) == from && ["appos", "flat", "compound"].contains(document.tokens[$0].deprel) && isDoerName($0) })
            }
        }
        for noun in range where document.tokens[noun].deprel == "nmod" && namesADoer(noun) {
            guard range.contains(where: { head($0) == noun && document.tokens[$0].deprel == "case" && document.tokens[$0].form.lowercased() == "by" })
            else { continue }
            // Up through the nouns the phrase hangs in to the oblique and its verb; "according to
            // a report on Wednesday by UpGuard": a work is by its author, not the verb's agent.
            var oblique = head(noun)
            var steps = 0
            var authored = range.contains(oblique) && Self.authoredNouns.contains(document.tokens[oblique].lemma.lowercased())
            while range.contains(oblique), document.tokens[oblique].deprel == "nmod", steps < 4 {
                oblique = head(oblique)
                steps += 1
                if range.contains(oblique), Self.authoredNouns.contains(document.tokens[oblique].lemma.lowercased()) { authored = true }
            }
            if authored { continue }
            guard range.contains(oblique), oblique < noun, document.tokens[oblique].deprel == "obl", case let verb = head(oblique),
                  range.contains(verb), range.contains(where: { head($0) == verb && document.tokens[$0].deprel == "aux:pass" }),
                  !range.contains(where: { head($0) == verb && document.tokens[$0].deprel == "obl:agent" })
            else { continue }
            document.tokens[noun].head = Int32(verb)
            document.tokens[noun].deprel = "obl:agent"
        }
    }

    /// "scored by Rodrigue Hounkpatin, who struck twice in the first 40 minutes, and by the
    /// substitute Cédric Zinsou": the parser hangs the second by-phrase on the last noun of the
    /// relative clause between them ("minutes"), so the passive has one agent. A conjunct with
    /// its own "by", under a noun whose phrase has another preposition, inside a clause that
    /// interrupts a passive's agent, is that agent's conjunct.
    static func agentConjunctHungInAnInterruption(_ range: Range<Int>, _ document: inout AnnotatedDocument) {
        func head(_ i: Int) -> Int { Int(document.tokens[i].head) }
        func marker(_ i: Int) -> String? { caseMarker(of: i, range, document) }
        for conjunct in range where document.tokens[conjunct].deprel == "conj" && marker(conjunct) == "by" {
            let noun = head(conjunct)
            guard range.contains(noun), noun < conjunct, marker(noun) != "by" else { continue }
            // Up from the noun to the clause it is in, which must hang on a verb with an agent
            // written before the conjunct.
            var clause = noun
            var steps = 0
            while range.contains(clause), !["parataxis", "acl:relcl", "advcl", "acl"].contains(document.tokens[clause].deprel), steps < 4 {
                clause = head(clause)
                steps += 1
            }
            guard range.contains(clause), ["parataxis", "acl:relcl", "advcl", "acl"].contains(document.tokens[clause].deprel) else { continue }
            var verb = head(clause)
            // A relative clause hangs on the agent itself.
            if range.contains(verb), document.tokens[verb].deprel == "obl:agent" { verb = head(verb) }
            guard range.contains(verb),
                  let agent = range.first(where: { head($0) == verb && document.tokens[$0].deprel == "obl:agent" && $0 < conjunct })
            else { continue }
            document.tokens[conjunct].head = Int32(agent)
        }
    }

    /// "had received cash payments and the free use of a villa on the island of Brač from Zoran
    /// Perić": the parser hangs the from-phrase on the last noun of the object ("island"), so the
    /// giver is lost. A from-phrase naming a person or an organisation, hung inside the object of
    /// a verb of receiving that has no from-phrase of its own, is that verb's.
    static func giverHungInsideTheObject(_ range: Range<Int>, _ document: inout AnnotatedDocument) {
        func head(_ i: Int) -> Int { Int(document.tokens[i].head) }
        func isGiver(_ i: Int) -> Bool { document.tokens[i].entityTag.hasSuffix("PER") || document.tokens[i].entityTag.hasSuffix("ORG") }
        func marker(_ i: Int) -> String? { caseMarker(of: i, range, document) }
        for giver in range where document.tokens[giver].deprel == "nmod" && isGiver(giver) && marker(giver) == "from" {
            // Up through the nouns to the object, or to a conjunct the parser hung on the verb
            // itself ("payments and the free use ...").
            func isVerbOfReceiving(_ i: Int) -> Bool {
                range.contains(i) && document.tokens[i].upos == "VERB" && receivingVerbs.contains(document.tokens[i].lemma.lowercased())
            }
            var up = head(giver)
            var steps = 0
            while range.contains(up), ["nmod", "conj"].contains(document.tokens[up].deprel), !isVerbOfReceiving(head(up)), steps < 6 {
                up = head(up)
                steps += 1
            }
            guard range.contains(up), ["obj", "conj"].contains(document.tokens[up].deprel), case let verb = head(up), isVerbOfReceiving(verb),
                  !range.contains(where: { head($0) == verb && document.tokens[$0].deprel == "obl" && marker($0) == "from" })
            else { continue }
            document.tokens[giver].head = Int32(verb)
            document.tokens[giver].deprel = "obl"
        }
    }

    /// Verbs whose from-phrase names the giver.
    static let receivingVerbs: Set<String> = ["receive", "get", "accept", "obtain", "collect", "take", "borrow", "inherit", "buy"]

    /// Nouns of works and statements, whose by-phrase names their author ("a report by UpGuard").
    static let authoredNouns: Set<String> = [
        "report", "study", "statement", "paper", "book", "article", "film", "painting", "survey", "poll", "letter", "speech",
        "analysis", "photograph", "photo", "song", "novel", "work", "investigation", "review", "documentary", "ruling",
        "decision", "post", "tweet", "interview", "op-ed", "column", "editorial", "play", "album", "opinion",
    ]
}

extension TreeRepairs {
    /// "is commonly worn by Muslim females as a religious garment": an "as" phrase after a passive
    /// verb's agent says what the subject is taken as, not what the agent is; the parser hangs it
    /// on the agent, whose phrase then swallows it. It moves to the verb as an `obl`.
    static func asPhraseHungOnTheAgent(_ range: Range<Int>, _ document: inout AnnotatedDocument) {
        func head(_ i: Int) -> Int { Int(document.tokens[i].head) }
        for phrase in range where document.tokens[phrase].deprel == "nmod" && range.contains(head(phrase)) {
            let agent = head(phrase)
            guard document.tokens[agent].deprel == "obl:agent", phrase > agent, range.contains(head(agent)),
                  range.contains(where: { head($0) == phrase && document.tokens[$0].deprel == "case" && document.tokens[$0].form.lowercased() == "as" })
            else { continue }
            document.tokens[phrase].head = Int32(head(agent))
            document.tokens[phrase].deprel = "obl"
        }
    }
}
