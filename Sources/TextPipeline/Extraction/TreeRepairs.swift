import FactModel

/// Repairs to the parse that the extractor makes before reading a sentence: constructions the
/// greedy parser gets wrong in a recognisable shape, put back to what the treebank would have.
enum TreeRepairs {
    /// Applies every repair to each sentence of `document`.
    static func apply(to document: inout AnnotatedDocument) {
        for range in document.sentences where range.count > 2 {
            wordHungOnPunctuation(range, &document)
            currencyLettersTakenForTheHead(range, &document)
            verbHungOnAFrontedSource(range, &document)
            subjectTakenFromAFrontedSource(range, &document)
            toPhraseHungOnTheFromPhrase(range, &document)
            prepositionalConjunctHungOnItsConjunction(range, &document)
            conjunctHungOnItsConjunction(range, &document)
            conjunctionInsideAName(range, &document)
            listOfTitledNames(range, &document)
            conjunctHungInsideAName(range, &document)
            conjunctRepeatingItsPreposition(range, &document)
            surnameSharedByCoordinatedGivenNames(range, &document)
            verbTaggedAsNoun(range, &document)
            frontedParticipleTakenForTheRoot(range, &document)
            prepositionHeadingItsNoun(range, &document)
            possessorTakenForTheHead(range, &document)
            timeWordsInASubject(range, &document)
            participleAfterTheIsANoun(range, &document)
            passiveSubjectOfAnActiveVerb(range, &document)
            secondSubject(range, &document)
            placeOfABareObject(range, &document)
            asPhraseHungOnTheAgent(range, &document)
            conjunctionTakenForAPreposition(range, &document)
            secondObject(range, &document)
            numberTakenForAPartOfTheVerb(range, &document)
            objectTakenForAScoreModifier(range, &document)
            ofComplementOfTheVerb(range, &document)
            appositionHungOnAVerb(range, &document)
            nameHungOnTheRolesOrganization(range, &document)
            roleTakenForAComplement(range, &document)
            isToBeDone(range, &document)
            subordinateClauseTakenForAModifier(range, &document)
            timeTakenForAPassiveObject(range, &document)
            quotationTakenFromItsSayVerb(range, &document)
            quotationTakenFromItsVerb(range, &document)
            titleTakenForAFrontedComplement(range, &document)
            subjectBeforeAnInterposedSayVerb(range, &document)
            listAfterAColonOfACountedSubject(range, &document)
            verbConjunctOnAnArgument(range, &document)
            alongWithTakenForAModifier(range, &document)
            togetherWithAfterADescription(range, &document)
            gerundConjunctOfAFiniteVerb(range, &document)
            gappedClauseTakenForAList(range, &document)
            subjectTakenForANominalConjunct(range, &document)
            nounConjunctHungOnTheVerb(range, &document)
            verbTakenForAConjunctOfItsSubject(range, &document)
            lastListItemTakenForASubject(range, &document)
            appositiveWithoutPunctuation(range, &document)
            namesAfterAPluralRole(range, &document)
            appositionOfTheLastConjunctHungOnTheFirst(range, &document)
            descriptionOfTheLastConjunctHungOnTheFirst(range, &document)
            compoundAcrossACommaIsAnApposition(range, &document)
            nameAfterAnAppositiveNounTakenForItsApposition(range, &document)
            nameTakenForAListItem(range, &document)
            listTakenForAnApposition(range, &document)
            relativeClauseTakenForParataxis(range, &document)
            relativeClauseHungOnAPlaceOfAParticiple(range, &document)
            mainVerbTakenForARelativeConjunct(range, &document)
            participleClauseTakenForTheMainVerb(range, &document)
            nameAfterAClosedListTakenForAConjunct(range, &document)
            mainVerbTakenForAReducedRelative(range, &document)
            speakerAfterAQuotationTakenForTheObject(range, &document)
            speakerAfterAContinuedQuotation(range, &document)
            countedListHungOnALaterNoun(range, &document)
            countedListDetachedFromItsNoun(range, &document)
            ageTakenForTheClauseHead(range, &document)
            agesTakenForASubject(range, &document)
            agePhraseBetweenCommasTakenForAModifier(range, &document)
            ageBetweenCommasTakenForAModifier(range, &document)
            coordinatedModifiersHungApart(range, &document)
            ordinalConjunctHungOnTheVerb(range, &document)
            phraseHungOnRespectively(range, &document)
            hyphenatedModifierTakenForAVerb(range, &document)
            subjectTakenForAnAppositiveOfAFrontedTime(range, &document)
            subjectTakenForAModifierOfAFrontedOblique(range, &document)
            appositionTakenForAnOblique(range, &document)
            descriptionTakenForASecondObject(range, &document)
            asPhraseTakenForAClause(range, &document)
            titleModifierTakenForAVerbAfterAs(range, &document)
            roleHungInsideTheAppointed(range, &document)
            replacementHungInsideTheReplaced(range, &document)
            selfGivenNameTakenForASubject(range, &document)
            personConjunctHungOnAPlace(range, &document)
            conjunctHungOnAFlatName(range, &document)
            agentHungOnAnOblique(range, &document)
            agentConjunctHungInAnInterruption(range, &document)
            giverHungInsideTheObject(range, &document)
            emphaticReflexiveTakenForTheSubject(range, &document)
            frontedPredicateTakenForTheSubject(range, &document)
            homeTakenForAnAdverb(range, &document)
            infinitiveComplementTakenForAPurpose(range, &document)
            infinitiveOfTheChosenTakenForAPurpose(range, &document)
            resultOfAVictoryTakenForAComplement(range, &document)
        }
        if let first = document.sentences.first, document.isHeadline(0) {
            headlinePastFormIsPassive(first, &document)
        }
    }

    /// Headlines tell past events in the present ("Sanders wins Nevada caucuses") and drop the
    /// auxiliary of a passive, so a past form there is a participle: "Nancy Pelosi again elected
    /// Speaker" is "Nancy Pelosi (was) again elected Speaker". The root verb's subject becomes a
    /// passive subject when the verb has no auxiliary of its own.
    static func headlinePastFormIsPassive(_ range: Range<Int>, _ document: inout AnnotatedDocument) {
        guard let root = range.first(where: { document.tokens[$0].head < 0 || document.tokens[$0].deprel == "root" }),
              document.tokens[root].upos == "VERB", ["VBD", "VBN"].contains(document.tokens[root].xpos),
              !range.contains(where: { Int(document.tokens[$0].head) == root && document.tokens[$0].deprel.hasPrefix("aux") })
        else { return }
        for i in range where Int(document.tokens[i].head) == root && document.tokens[i].deprel == "nsubj" {
            document.tokens[i].deprel = "nsubj:pass"
            document.tokens[root].xpos = "VBN"
        }
    }

    /// "had disagreements with Mike Pompeo" parsed with "with" as the `nmod` and "Mike" hung on it:
    /// the noun right after a preposition that heads a nominal relation takes the preposition's
    /// place, and the preposition becomes its `case`.
    static func prepositionHeadingItsNoun(_ range: Range<Int>, _ document: inout AnnotatedDocument) {
        for p in range where document.tokens[p].upos == "ADP" {
            let relation = document.tokens[p].deprel
            guard ["nmod", "obl", "obj", "nsubj"].contains(relation.split(separator: ":").first.map(String.init) ?? ""),
                  let noun = range.first(where: {
                      Int(document.tokens[$0].head) == p && $0 > p && ["NOUN", "PROPN", "PRON", "NUM"].contains(document.tokens[$0].upos)
                  })
            else { continue }
            let children = range.filter { Int(document.tokens[$0].head) == p && $0 != noun }
            document.tokens[noun].head = document.tokens[p].head
            document.tokens[noun].deprel = relation
            document.tokens[p].head = Int32(noun)
            document.tokens[p].deprel = "case"
            for child in children { document.tokens[child].head = Int32(noun) }
        }
    }

    /// "Yesterday afternoon Marine One landed", "Nancy Pelosi yesterday resumed": a time word the
    /// parser put inside the subject (as a compound of it, or as its head with the name as the
    /// compound) modifies the verb instead, so the subject is the name alone.
    static func timeWordsInASubject(_ range: Range<Int>, _ document: inout AnnotatedDocument) {
        func isTime(_ i: Int) -> Bool { timeWords.contains(document.tokens[i].form.lowercased()) }
        for subject in range where document.tokens[subject].deprel.hasPrefix("nsubj") && document.tokens[subject].head >= 0 {
            let verb = document.tokens[subject].head
            if isTime(subject),
               let name = range.last(where: { Int(document.tokens[$0].head) == subject && $0 < subject
                   && document.tokens[$0].deprel == "compound" && document.tokens[$0].upos == "PROPN" }) {
                // The time word heads the subject: the name takes its place.
                for child in range where Int(document.tokens[child].head) == subject && child != name {
                    document.tokens[child].head = Int32(name)
                }
                document.tokens[name].head = verb
                document.tokens[name].deprel = document.tokens[subject].deprel
                document.tokens[subject].head = verb
                document.tokens[subject].deprel = "obl:tmod"
                continue
            }
            // Time words leading the subject as its compounds.
            for child in range where Int(document.tokens[child].head) == subject && child < subject
                && document.tokens[child].deprel == "compound" && isTime(child) {
                document.tokens[child].head = verb
                document.tokens[child].deprel = "obl:tmod"
            }
        }
    }

    /// "Police arrested the accused" parsed with "the" as the object and "accused" a participle
    /// hung on it: "the" + participle names people ("the accused", "the injured"), a noun phrase
    /// headed by the participle.
    static func participleAfterTheIsANoun(_ range: Range<Int>, _ document: inout AnnotatedDocument) {
        for det in range where document.tokens[det].upos == "DET" && document.tokens[det].form.lowercased() == "the" {
            let relation = document.tokens[det].deprel
            guard ["nsubj", "obj", "obl", "nmod", "iobj"].contains(relation.split(separator: ":").first.map(String.init) ?? ""),
                  det + 1 < range.upperBound, Int(document.tokens[det + 1].head) == det,
                  document.tokens[det + 1].xpos == "VBN" || document.tokens[det + 1].xpos == "VBD" else { continue }
            let participle = det + 1
            for child in range where Int(document.tokens[child].head) == det && child != participle {
                document.tokens[child].head = Int32(participle)
            }
            document.tokens[participle].head = document.tokens[det].head
            document.tokens[participle].deprel = relation
            document.tokens[participle].upos = "NOUN"
            document.tokens[participle].xpos = "NN"
            document.tokens[participle].lemma = document.tokens[participle].form.lowercased()
            document.tokens[det].head = Int32(participle)
            document.tokens[det].deprel = "det"
        }
    }

    /// "studied law at Northwestern University", "won gold in Doha": a bare object (a noun with
    /// no determiner, number or possessive) names an activity, not a thing that sits somewhere, so
    /// an "at"/"in" phrase of a name the parser hung on it says where the verb happened. It moves
    /// to the verb as an `obl`. ("the protests in Hong Kong" keeps its phrase: the object has a
    /// determiner.)
    ///
    /// So with an object that names a spoken act ("issued a statement at his golf club", "gave a
    /// speech at the university"): a statement is made somewhere, it does not sit there, so its
    /// "at" phrase, whatever the noun, says where the verb happened.
    static func placeOfABareObject(_ range: Range<Int>, _ document: inout AnnotatedDocument) {
        for object in range where document.tokens[object].deprel == "obj" && document.tokens[object].head >= 0
            && document.tokens[object].upos == "NOUN" {
            let verb = Int(document.tokens[object].head)
            guard document.tokens[verb].upos == "VERB" else { continue }
            let dependents = range.filter { Int(document.tokens[$0].head) == object }
            let spokenAct = spokenActNouns.contains(document.tokens[object].lemma.lowercased())
            if !spokenAct, dependents.contains(where: { ["det", "nummod", "nmod:poss", "det:poss"].contains(document.tokens[$0].deprel) }) { continue }
            for place in dependents where place > object && document.tokens[place].deprel == "nmod"
                && (document.tokens[place].upos == "PROPN" || (spokenAct && document.tokens[place].upos == "NOUN")) {
                guard let marker = range.first(where: { Int(document.tokens[$0].head) == place && document.tokens[$0].deprel == "case" }),
                      spokenAct ? document.tokens[marker].form.lowercased() == "at" : ["at", "in"].contains(document.tokens[marker].form.lowercased())
                else { continue }
                document.tokens[place].head = Int32(verb)
                document.tokens[place].deprel = "obl"
            }
        }
    }

    /// Nouns for something said or announced, which happens where it is said.
    static let spokenActNouns: Set<String> = [
        "statement", "announcement", "speech", "remark", "address", "interview", "briefing", "appearance", "declaration",
    ]

    /// "..., while the second largest party, Labour, lost 42": the parser read "while" as the
    /// preposition of a noun and the verb after that noun as a subjectless conjunct. The noun is
    /// the subject of the verb right after it, "while" marks that clause, and the clause is
    /// adverbial.
    static func conjunctionTakenForAPreposition(_ range: Range<Int>, _ document: inout AnnotatedDocument) {
        func head(_ i: Int) -> Int { Int(document.tokens[i].head) }
        for marker in range where document.tokens[marker].deprel == "case"
            && subordinators.contains(document.tokens[marker].form.lowercased()) && document.tokens[marker].head >= 0 {
            let noun = head(marker)
            guard ["NOUN", "PROPN", "PRON"].contains(document.tokens[noun].upos) else { continue }
            // The verb right after the noun's phrase (past a comma).
            let (end, verb) = phraseEndAndNextWord(of: noun, range, document)
            guard verb < range.upperBound, document.tokens[verb].upos == "VERB",
                  !range.contains(where: { head($0) == verb && document.tokens[$0].deprel.hasPrefix("nsubj") }),
                  head(verb) >= 0, !(noun...end).contains(head(verb)) else { continue }
            document.tokens[noun].head = Int32(verb)
            document.tokens[noun].deprel = "nsubj"
            document.tokens[marker].head = Int32(verb)
            document.tokens[marker].deprel = "mark"
            if document.tokens[verb].deprel == "conj" { document.tokens[verb].deprel = "advcl" }
        }
    }

    /// "called the Democrats' investigation a witch hunt" parsed with two `obj`: after a verb of
    /// naming the second is what the first is called (`xcomp`); after any other verb ("gave the
    /// mayor a medal") the first is the recipient (`iobj`).
    static func secondObject(_ range: Range<Int>, _ document: inout AnnotatedDocument) {
        for verb in range where document.tokens[verb].upos == "VERB" {
            let objects = range.filter { Int(document.tokens[$0].head) == verb && document.tokens[$0].deprel == "obj" }
            guard objects.count == 2, objects[0] > verb else { continue }
            if namingVerbs.contains(document.tokens[verb].lemma.lowercased()) {
                document.tokens[objects[1]].deprel = "xcomp"
            } else {
                document.tokens[objects[0]].deprel = "iobj"
            }
        }
    }

    /// "killing nine people and injuring 63, according to ...": the parser hangs a bare number
    /// right after a verb as part of it (`flat`, `compound`, `dep`), so the verb has no object.
    /// Such a number, after a verb with no object, is its object.
    static func numberTakenForAPartOfTheVerb(_ range: Range<Int>, _ document: inout AnnotatedDocument) {
        for number in range.dropFirst() where document.tokens[number].upos == "NUM"
            && ["flat", "compound", "dep", "goeswith"].contains(document.tokens[number].deprel) {
            let verb = Int(document.tokens[number].head)
            guard verb == number - 1, document.tokens[verb].upos == "VERB",
                  !range.contains(where: { Int(document.tokens[$0].head) == verb && ["obj", "iobj"].contains(document.tokens[$0].deprel) })
            else { continue }
            document.tokens[number].deprel = "obj"
        }
    }

    /// "accused the network of swindling", "convicted him of fraud": after these verbs the "of"
    /// phrase the parser hung on the object is the verb's second complement (an `obl`).
    static func ofComplementOfTheVerb(_ range: Range<Int>, _ document: inout AnnotatedDocument) {
        for object in range where document.tokens[object].deprel == "obj" && document.tokens[object].head >= 0 {
            let verb = Int(document.tokens[object].head)
            guard ofComplementVerbs.contains(document.tokens[verb].lemma.lowercased()) else { continue }
            for complement in range where Int(document.tokens[complement].head) == object && complement > object {
                let relation = document.tokens[complement].deprel
                guard relation.hasPrefix("nmod") || relation == "acl",
                      range.contains(where: { Int(document.tokens[$0].head) == complement
                          && ["case", "mark"].contains(document.tokens[$0].deprel) && document.tokens[$0].form.lowercased() == "of" })
                else { continue }
                // A noun is an oblique; a gerund clause ("of swindling") an adverbial clause.
                document.tokens[complement].head = Int32(verb)
                document.tokens[complement].deprel = relation == "acl" ? "advcl" : "obl"
            }
        }
    }

    /// "Speaking to AFP, the president of the league, Jamel Msallem, said ..." parsed with
    /// "president" in apposition to the verb "Speaking": a verb has no apposition; the noun
    /// describes the name right after it (the subject that follows), so it hangs there.
    static func appositionHungOnAVerb(_ range: Range<Int>, _ document: inout AnnotatedDocument) {
        func head(_ i: Int) -> Int { Int(document.tokens[i].head) }
        for noun in range where document.tokens[noun].deprel == "appos" && document.tokens[noun].head >= 0
            && document.tokens[head(noun)].upos == "VERB" {
            // The name right after the noun's phrase (past a comma).
            let name = phraseEndAndNextWord(of: noun, range, document).next
            guard name < range.upperBound, document.tokens[name].upos == "PROPN",
                  document.tokens[name].deprel.hasPrefix("nsubj") else { continue }
            document.tokens[noun].head = Int32(name)
        }
    }

    /// "The debate is to be moderated by Kristen Welker" parsed with "debate" as the root, "is" its
    /// copula and the verb hung on "is": the verb heads the clause, the noun is its subject and
    /// "is" an auxiliary of what is planned.
    static func isToBeDone(_ range: Range<Int>, _ document: inout AnnotatedDocument) {
        func head(_ i: Int) -> Int { Int(document.tokens[i].head) }
        for copula in range where document.tokens[copula].deprel == "cop" && document.tokens[copula].lemma.lowercased() == "be"
            && document.tokens[copula].head >= 0 {
            let noun = head(copula)
            guard ["NOUN", "PROPN", "PRON"].contains(document.tokens[noun].upos),
                  let verb = range.first(where: { head($0) == copula && document.tokens[$0].deprel == "xcomp"
                      && document.tokens[$0].upos == "VERB" }),
                  range.contains(where: { head($0) == verb && document.tokens[$0].deprel == "mark" && document.tokens[$0].form.lowercased() == "to" })
            else { continue }
            let passive = range.contains { head($0) == verb && document.tokens[$0].deprel == "aux:pass" }
            document.tokens[verb].head = document.tokens[noun].head
            document.tokens[verb].deprel = document.tokens[noun].deprel
            document.tokens[noun].head = Int32(verb)
            document.tokens[noun].deprel = passive ? "nsubj:pass" : "nsubj"
            document.tokens[copula].head = Int32(verb)
            document.tokens[copula].deprel = "aux"
            for child in range where head(child) == noun && document.tokens[child].deprel == "punct" && child > verb {
                document.tokens[child].head = Int32(verb)
            }
        }
    }

    /// Verbs with an "of" complement after their object.
    static let ofComplementVerbs: Set<String> = [
        "accuse", "convict", "acquit", "suspect", "clear", "inform", "remind", "warn", "rob", "deprive", "notify",
        "assure", "persuade", "convince", "strip", "relieve",
    ]

    /// Verbs whose second object names what the first is ("call X Y", "elect X president").
    static let namingVerbs: Set<String> = [
        "call", "name", "dub", "label", "brand", "term", "elect", "appoint", "make", "declare", "consider", "deem",
        "nickname", "crown", "proclaim", "rename",
    ]

    /// The last word of the phrase `head` heads, and the word after it, past one punctuation mark
    /// (`range.upperBound` when the sentence ends there). O(n · depth) in the sentence's length.
    static func phraseEndAndNextWord(of head: Int, _ range: Range<Int>, _ document: AnnotatedDocument) -> (end: Int, next: Int) {
        var end = head
        for i in range where i > head && isInside(i, subtreeOf: head, range, document) { end = i }
        var next = end + 1
        if next < range.upperBound, document.tokens[next].upos == "PUNCT" { next += 1 }
        return (end, next)
    }

    /// The case marker of word `i` in lower case ("by" for "by the substitute"): the first word
    /// of the sentence hung on it as `case`; nil when it has none. O(sentence).
    static func caseMarker(of i: Int, _ range: Range<Int>, _ document: AnnotatedDocument) -> String? {
        range.first { Int(document.tokens[$0].head) == i && document.tokens[$0].deprel == "case" }.map { document.tokens[$0].form.lowercased() }
    }

    /// True when word `i` is `top` or hangs below it in the sentence's tree. O(depth), at most
    /// the sentence's length (a cycle in a broken tree ends the walk).
    static func isInside(_ i: Int, subtreeOf top: Int, _ range: Range<Int>, _ document: AnnotatedDocument) -> Bool {
        var current = i
        for _ in 0..<range.count {
            if current == top { return true }
            let head = Int(document.tokens[current].head)
            guard head >= 0, range.contains(head) else { return false }
            current = head
        }
        return false
    }

    /// Subordinating conjunctions that are never prepositions.
    static let subordinators: Set<String> = ["while", "whilst", "whereas", "although", "though", "because", "unless"]

    /// Words for a time that can stand alone as a modifier of the verb.
    static let timeWords: Set<String> = [
        "yesterday", "today", "tomorrow", "tonight", "monday", "tuesday", "wednesday", "thursday", "friday", "saturday",
        "sunday", "morning", "afternoon", "evening", "night", "weekend",
    ]

    /// Prepositions that also open a clause ("after the recording was uploaded").
    static let subordinatingPrepositions: Set<String> = ["after", "before", "until", "since", "once"]

    /// "Honcharuk filed his resignation after the audio recording was uploaded": the parser hung
    /// "after the audio recording" on the object as a nominal modifier and made the object the
    /// subject of "uploaded". A subordinating preposition whose noun stands between a subject and
    /// its verb opens a clause instead: the noun is the verb's subject, the preposition its
    /// `mark`, the clause an `advcl` of the verb before it, and the former subject that verb's object.
    static func subordinateClauseTakenForAModifier(_ range: Range<Int>, _ document: inout AnnotatedDocument) {
        func head(_ i: Int) -> Int { Int(document.tokens[i].head) }
        for subject in range where document.tokens[subject].deprel.hasPrefix("nsubj") && document.tokens[subject].head >= 0 {
            let verb = head(subject)
            guard range.contains(verb), subject < verb, document.tokens[verb].upos == "VERB",
                  ["ccomp", "xcomp", "parataxis"].contains(document.tokens[verb].deprel) else { continue }
            let main = head(verb)
            guard range.contains(main), main < subject, document.tokens[main].upos == "VERB",
                  !range.contains(where: { head($0) == main && document.tokens[$0].deprel == "obj" }),
                  let noun = range.first(where: { head($0) == subject && $0 > subject && $0 < verb && document.tokens[$0].deprel == "nmod" }),
                  let marker = range.first(where: {
                      head($0) == noun && $0 < noun && document.tokens[$0].deprel == "case"
                          && subordinatingPrepositions.contains(document.tokens[$0].form.lowercased())
                  })
            else { continue }
            let subjectRelation = document.tokens[subject].deprel
            document.tokens[subject].head = Int32(main)
            document.tokens[subject].deprel = "obj"
            document.tokens[noun].head = Int32(verb)
            document.tokens[noun].deprel = subjectRelation
            document.tokens[marker].head = Int32(verb)
            document.tokens[marker].deprel = "mark"
            document.tokens[verb].deprel = "advcl"
        }
    }

    /// "the recording was uploaded Wednesday": a passive verb takes no object, so a bare day word
    /// ("Wednesday", "yesterday") parsed as one says when.
    static func timeTakenForAPassiveObject(_ range: Range<Int>, _ document: inout AnnotatedDocument) {
        for object in range where document.tokens[object].deprel == "obj" && document.tokens[object].head >= 0 {
            let verb = Int(document.tokens[object].head)
            guard timeWords.contains(document.tokens[object].form.lowercased()),
                  range.contains(where: { Int(document.tokens[$0].head) == verb && document.tokens[$0].deprel == "aux:pass" }),
                  !range.contains(where: { Int(document.tokens[$0].head) == object && document.tokens[$0].deprel == "det" })
            else { continue }
            document.tokens[object].deprel = "obl:tmod"
        }
    }

    /// Opening quotation marks, as the tokenizer writes them.
    static let openingQuotes: Set<String> = ["\"", "\u{201C}", "``"]

    /// "Trump has yet to concede, saying earlier in the morning, \"I WON THIS ELECTION!\"": the
    /// parser hung the quotation on the main verb and gave "saying" the time phrase as its
    /// complement. A clause that opens right after a quotation mark belongs to the nearest
    /// say-verb before it whose own complement is no clause; that complement becomes an oblique.
    static func quotationTakenFromItsSayVerb(_ range: Range<Int>, _ document: inout AnnotatedDocument) {
        func head(_ i: Int) -> Int { Int(document.tokens[i].head) }
        func isInside(_ i: Int, _ top: Int) -> Bool { TreeRepairs.isInside(i, subtreeOf: top, range, document) }
        for quoted in range where ["ccomp", "parataxis"].contains(document.tokens[quoted].deprel) && range.contains(head(quoted)) {
            let first = range.first { isInside($0, quoted) && document.tokens[$0].upos != "PUNCT" } ?? quoted
            guard first > range.lowerBound, openingQuotes.contains(document.tokens[first - 1].form),
                  !ExtractionLexicon.sayVerbs.contains(document.tokens[head(quoted)].lemma.lowercased()) else { continue }
            guard let say = (range.lowerBound..<(first - 1)).last(where: {
                document.tokens[$0].upos == "VERB" && ExtractionLexicon.sayVerbs.contains(document.tokens[$0].lemma.lowercased())
                    && !isInside($0, quoted)
            }) else { continue }
            let complements = range.filter { head($0) == say && ["ccomp", "obj"].contains(document.tokens[$0].deprel) }
            guard complements.allSatisfy({ !["VERB", "AUX"].contains(document.tokens[$0].upos) }) else { continue }
            for complement in complements {
                let marked = range.contains { head($0) == complement && document.tokens[$0].deprel == "case" }
                document.tokens[complement].deprel = marked ? "obl" : "obl:tmod"
            }
            document.tokens[quoted].head = Int32(say)
            document.tokens[quoted].deprel = "ccomp"
        }
    }

    /// "three candidates withdrew from the race: Andrew Yang, an entrepreneur, and Michael Bennet":
    /// the parser hung the names after the colon on punctuation. The names the colon introduces
    /// (or nouns with a name in apposition, "his former deputy, Lucía Ferrer") are the counted
    /// subject's members: the first is its appositive, the others conjuncts of the first (their
    /// "and" goes with them). A first item the parser made the verb's phrase, with the colon
    /// hung on it, is taken back too.
    static func listAfterAColonOfACountedSubject(_ range: Range<Int>, _ document: inout AnnotatedDocument) {
        func head(_ i: Int) -> Int { Int(document.tokens[i].head) }
        func isPunctuationOrConjunction(_ i: Int) -> Bool { ["PUNCT", "CCONJ"].contains(document.tokens[i].upos) }
        guard let colon = range.first(where: { document.tokens[$0].form == ":" }),
              let subject = range.first(where: { s in
                  s < colon && document.tokens[s].deprel.hasPrefix("nsubj") && document.tokens[s].upos == "NOUN"
                      && document.tokens[s].xpos == "NNS"
                      && range.contains { head($0) == s && document.tokens[$0].deprel == "nummod" }
              })
        else { return }
        // The names after the colon that hang on punctuation or a conjunction, and nouns there
        // with a name in apposition ("and the Valencia businessman Óscar Lamela").
        func apposedName(_ noun: Int) -> Int? {
            range.first { head($0) == noun && document.tokens[$0].deprel == "appos" && document.tokens[$0].upos == "PROPN" }
        }
        var stranded = ((colon + 1)..<range.upperBound).filter {
            (document.tokens[$0].upos == "PROPN" || (document.tokens[$0].upos == "NOUN" && apposedName($0) != nil))
                && range.contains(head($0)) && isPunctuationOrConjunction(head($0))
        }
        // "convicted: his former deputy, Lucía Ferrer, and ...": the first item, carrying the
        // colon, hung on the verb as one of its phrases.
        if let item = range.first(where: { head(colon) == $0 && $0 > colon && ["NOUN", "PROPN"].contains(document.tokens[$0].upos) }),
           head(item) == head(subject), !stranded.isEmpty, (document.tokens[item].upos == "PROPN" || apposedName(item) != nil),
           !range.contains(where: { head($0) == item && document.tokens[$0].deprel == "case" }) {
            stranded.insert(item, at: 0)
        }
        // A noun item stands for the name in apposition to it: the name becomes the item and the
        // noun its apposition, so the member is the person.
        stranded = stranded.map { item in
            guard document.tokens[item].upos == "NOUN", let name = apposedName(item) else { return item }
            document.tokens[name].head = document.tokens[item].head
            document.tokens[name].deprel = document.tokens[item].deprel
            document.tokens[item].head = Int32(name)
            document.tokens[item].deprel = "appos"
            return name
        }
        guard let first = stranded.first else { return }
        document.tokens[first].head = Int32(subject)
        document.tokens[first].deprel = "appos"
        for name in stranded.dropFirst() {
            let conjunction = head(name)
            if document.tokens[conjunction].upos == "CCONJ" {
                document.tokens[conjunction].head = Int32(name)
                document.tokens[conjunction].deprel = "cc"
            }
            document.tokens[name].head = Int32(first)
            document.tokens[name].deprel = "conj"
        }
    }

    /// A verb has one subject; a proper-noun second subject after the verb is its object, and
    /// one between the first subject and the verb is either
    /// - a name in apposition to it, set off by a comma ("two candidates, Senator Elizabeth Warren
    ///   and Michael Bloomberg, ended their campaigns"), or
    /// - its conjunct, after "and" or "or" that the parser hung lower ("Senator Bernie Sanders and
    ///   President Donald Trump won"): the conjunction then moves up to the conjunct, or
    /// - the first subject's name, right after it ("the trade union FNV criticised"), or
    /// - the place of a title the first subject is, with the name hung on it ("Senator from
    ///   Vermont Bernie Sanders").
    static func secondSubject(_ range: Range<Int>, _ document: inout AnnotatedDocument) {
        var subjects: [Int32: [Int]] = [:]
        for i in range where document.tokens[i].head >= 0 && document.tokens[i].deprel.hasPrefix("nsubj") {
            subjects[document.tokens[i].head, default: []].append(i)
        }
        for (verb, found) in subjects where found.count == 2 {
            let first = found[0], second = found[1]
            // "The Dutch trade union FNV criticised": a name right after a common noun, both read
            // as subjects, is the noun's name (an acronym the tagger took for a noun too).
            if second == first + 1, document.tokens[first].upos == "NOUN", second < Int(verb),
               document.tokens[second].upos == "PROPN" || document.tokens[second].entityTag.hasPrefix("B-") {
                document.tokens[second].head = Int32(first)
                document.tokens[second].deprel = "appos"
                continue
            }
            // "United States Senator from Vermont Bernie Sanders came": a title, "from" and its
            // place, then the name, which the parser hung flat on the place as a second subject.
            // The name is the subject, the title its description and the place the title's.
            if second == first + 2, ["from", "of"].contains(document.tokens[first + 1].form.lowercased()),
               TitleWords.isTitleWord(document.tokens[first].form), isName(second, of: .place, document),
               let name = range.first(where: { $0 > second && Int(document.tokens[$0].head) == second && isName($0, of: .person, document) }) {
                for child in range where Int(document.tokens[child].head) == second && child > name {
                    document.tokens[child].head = Int32(name)
                }
                document.tokens[name].head = verb
                document.tokens[name].deprel = document.tokens[first].deprel
                document.tokens[first].head = Int32(name)
                document.tokens[first].deprel = "nmod:desc"
                document.tokens[second].head = Int32(first)
                document.tokens[second].deprel = "nmod"
                document.tokens[first + 1].head = Int32(second)
                document.tokens[first + 1].deprel = "case"
                continue
            }
            // "Green Future and the nationalist Homeland Front won": a noun with its name in
            // apposition right after it ("the nationalist Homeland Front") stands as a name does.
            let named = document.tokens[second].upos == "NOUN" && range.contains { n in
                Int(document.tokens[n].head) == second && document.tokens[n].deprel == "appos" && document.tokens[n].upos == "PROPN"
                    && isInside(second + 1, subtreeOf: n, range, document)
            }
            guard document.tokens[second].upos == "PROPN" || named, first < second else { continue }
            // "a federal jury convicted Michael Avenatti, ...": a second "subject" after its verb,
            // which has no object, is the object.
            if first < Int(verb), second > Int(verb), document.tokens[Int(verb)].upos == "VERB",
               !range.contains(where: { Int(document.tokens[$0].head) == Int(verb) && document.tokens[$0].deprel == "obj" }) {
                document.tokens[second].deprel = "obj"
                continue
            }
            let between = (first + 1)..<second
            // The conjunction may hang on the verb ("both Saudi Arabia and the United States have alleged").
            if let conjunction = between.first(where: {
                document.tokens[$0].deprel == "cc" && ["and", "or"].contains(document.tokens[$0].form.lowercased())
                    && (isInside($0, subtreeOf: second, range, document) || Int(document.tokens[$0].head) == Int(verb))
            }) {
                document.tokens[second].head = Int32(first)
                document.tokens[second].deprel = "conj"
                document.tokens[conjunction].head = Int32(second)
            } else if between.contains(where: { document.tokens[$0].form == "," && Int(document.tokens[$0].head) == second })
                        || document.tokens[second - 1].form == "," {
                // The comma before the name may hang on the first subject's last word instead ("The
                // general secretary of the RMT union (...), Mick Cash, said").
                document.tokens[second].head = Int32(first)
                document.tokens[second].deprel = "appos"
            }
        }
    }

    /// Whether word `i` (document index) is part of a name of `type` (a person, an organization or
    /// a place): the tagger's label or a mention of that type. O(spans).
    static func isName(_ i: Int, of type: EntityType, _ document: AnnotatedDocument) -> Bool {
        let label = type == .person ? "PER" : type == .organization ? "ORG" : type == .place ? "LOC" : nil
        if let label, document.tokens[i].entityTag.hasSuffix(label) { return true }
        return document.spans.contains { span in
            if span.tokens.contains(i), case .entity(let spanType) = span.type, spanType == type { return true }
            return false
        }
    }
}
