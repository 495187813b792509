/// Repairs to coordination the greedy parser attaches to the wrong word.
extension TreeRepairs {
    /// "came from the Macrae Family Trust and the energy company Northsound Energy, which gave
    /// ...": the parser sometimes hangs the conjunction on the final stop and the second conjunct
    /// on the conjunction, so the second conjunct belongs to no phrase and its fact is lost. A
    /// conjunct (or any word) hung on its own conjunction is the conjunct of the nearest phrase
    /// before the conjunction of its kind (nominal, verbal or adjectival) that ends right there,
    /// and the conjunction hangs on the conjunct. After a comma, semicolon or bracket the list is of
    /// larger parts ("a doctor from Lyon, France; and Nima Tenzing Sherpa") and is left as it is,
    /// unless the comma closes the first conjunct's apposition ("Her predecessor, Nigel Pembury,
    /// and the former head of compliance, Simon Achterberg, both left").
    static func conjunctHungOnItsConjunction(_ range: Range<Int>, _ document: inout AnnotatedDocument) {
        func kind(_ i: Int) -> Int? {
            switch document.tokens[i].upos {
            case "NOUN", "PROPN", "PRON", "NUM": return 0
            case "VERB": return 1
            case "ADJ": return 2
            default: return nil
            }
        }
        for conjunction in range where document.tokens[conjunction].upos == "CCONJ" {
            // A conjunction heads nothing in the treebank: a word after it hung on it with any
            // relation ("and the Foreign Investment Review Board" as its object) is its conjunct.
            guard let conjunct = wordHungOn(conjunction: conjunction, range, document),
                  let wanted = kind(conjunct),
                  var first = (range.lowerBound..<conjunction).reversed().first(where: { x in
                      guard kind(x) == wanted, !isInside(x, subtreeOf: conjunction, range, document) else { return false }
                      let end = phraseEndAndNextWord(of: x, range, document).end
                      // "Her predecessor, Nigel Pembury, and the former head …": the comma closes
                      // the apposition of a subject, not a list of larger parts.
                      return end == conjunction - 1
                          || (end == conjunction - 2 && document.tokens[conjunction - 1].form == ","
                              && document.tokens[x].deprel.hasPrefix("nsubj")
                              && range.contains { Int(document.tokens[$0].head) == x && document.tokens[$0].deprel == "appos" })
                  })
            else { continue }
            // Conjuncts hang on the first of their list ("A, B and C"), as the treebank has them,
            // and on a name's head, not on its apposition ("Cyrus R. Vance, Jr. and his own tax
            // preparer").
            while ["conj", "appos", "flat"].contains(document.tokens[first].deprel), case let previous = Int(document.tokens[first].head),
                  range.contains(previous), previous < first { first = previous }
            attach(conjunct, asConjunctOf: first, by: conjunction, &document)
        }
    }

    /// The first word after `conjunction` that hangs on it, other than punctuation, a fixed part
    /// or another coordinator; nil when none does. O(sentence).
    static func wordHungOn(conjunction: Int, _ range: Range<Int>, _ document: AnnotatedDocument) -> Int? {
        range.first { $0 > conjunction && Int(document.tokens[$0].head) == conjunction
            && !["punct", "fixed", "cc"].contains(document.tokens[$0].deprel) }
    }

    /// Hangs `conjunct` on `first` as its `conj`, and `conjunction` on `conjunct` as its `cc`. O(1).
    static func attach(_ conjunct: Int, asConjunctOf first: Int, by conjunction: Int, _ document: inout AnnotatedDocument) {
        document.tokens[conjunct].head = Int32(first)
        document.tokens[conjunct].deprel = "conj"
        document.tokens[conjunction].head = Int32(conjunct)
        document.tokens[conjunction].deprel = "cc"
    }

    /// "led by Professor Helen Marwick of Calderbrook University in England and Dr. Issoufou Garba
    /// of the Niger Institute": the parser coordinates the second person with the nearest name,
    /// the place "England", so only Marwick led the team. A person name coordinated with a place
    /// (or organisation) name is the conjunct of the nearest person name before it hanging on the
    /// same word, or else of the nearest person the place's phrase describes ("led by Nguyễn Thị
    /// Lan, a herpetologist at the Vietnam National Museum of Nature in Hanoi, and Markus Brandt of
    /// the Leibniz Institute"); the phrases after the person that hung on the place go with the
    /// person.
    static func personConjunctHungOnAPlace(_ range: Range<Int>, _ document: inout AnnotatedDocument) {
        func head(_ i: Int) -> Int { Int(document.tokens[i].head) }
        func tag(_ i: Int) -> String { document.tokens[i].entityTag }
        for person in range where document.tokens[person].deprel == "conj" && tag(person).hasSuffix("PER") {
            let place = head(person)
            guard range.contains(place), place < person, tag(place).hasSuffix("LOC") || tag(place).hasSuffix("ORG"),
                  case let governor = head(place), governor >= 0,
                  let first = (range.lowerBound..<place).last(where: { head($0) == governor && tag($0).hasSuffix("PER") })
                      ?? describedPerson(above: place, range, document)
            else { continue }
            document.tokens[person].head = Int32(first)
            for phrase in (person + 1)..<range.upperBound where head(phrase) == place && document.tokens[phrase].deprel.hasPrefix("nmod") {
                document.tokens[phrase].head = Int32(person)
            }
        }
    }

    /// The person name whose description `word` lies in: the first person name among the words
    /// it hangs under through nominal modifiers and an apposition. O(depth).
    private static func describedPerson(above word: Int, _ range: Range<Int>, _ document: AnnotatedDocument) -> Int? {
        var current = word
        while ["nmod", "appos"].contains(document.tokens[current].deprel), case let up = Int(document.tokens[current].head), range.contains(up) {
            if document.tokens[current].deprel == "appos" {
                return document.tokens[up].entityTag.hasSuffix("PER") ? up : nil
            }
            current = up
        }
        return nil
    }

    /// "Garuda Indonesia and Lion Air said": the parser hangs the second name's conjunct on the
    /// last word of the first ("Indonesia", a `flat` part of "Garuda"), so the first name's span
    /// swallows the second and only one subject is read. A conjunct of a name's `flat` part is
    /// the conjunct of the name's head.
    static func conjunctHungOnAFlatName(_ range: Range<Int>, _ document: inout AnnotatedDocument) {
        for conjunct in range where document.tokens[conjunct].deprel == "conj" {
            let part = Int(document.tokens[conjunct].head)
            // Only a plain part of a name: one that carries phrases of its own ("Senators Marco
            // [Rubio] of Florida, Mike Lee of Utah, ...") is a garbled list left as it is.
            guard range.contains(part), part < conjunct, document.tokens[part].deprel == "flat",
                  document.tokens[part].upos == "PROPN", case let name = Int(document.tokens[part].head), range.contains(name),
                  document.tokens[name].upos == "PROPN",
                  !range.contains(where: { Int(document.tokens[$0].head) == part && document.tokens[$0].deprel.hasPrefix("nmod") })
            else { continue }
            document.tokens[conjunct].head = Int32(name)
        }
    }

    /// "filed by the Law Society of Kenya and Haki Pwani, a coastal rights group": the parser
    /// hangs a name's conjunct on a word inside the name before it ("Kenya", the society's place),
    /// so the society alone filed. A name (not a place's) conjoined to a word of another name
    /// that does not head it is the conjunct of that name's head word. O(spans · span length).
    static func conjunctHungInsideAName(_ range: Range<Int>, _ document: inout AnnotatedDocument) {
        for span in document.spans where range.contains(span.tokens.lowerBound) && span.tokens.count >= 2 {
            guard case .entity = span.type, let nameHead = document.headWord(of: span.tokens) else { continue }
            for conjunct in span.tokens.upperBound..<range.upperBound where document.tokens[conjunct].deprel == "conj" {
                let part = Int(document.tokens[conjunct].head)
                // "the Port Authority of New York and New Jersey": a place joined to a word inside
                // the name is a place the name is of.
                guard span.tokens.contains(part), part != nameHead, document.tokens[conjunct].upos == "PROPN",
                      document.tokens[conjunct].entityTag != "O", !document.tokens[conjunct].entityTag.hasSuffix("LOC") else { continue }
                document.tokens[conjunct].head = Int32(nameHead)
            }
        }
    }

    /// "needs the approval of the European Commission and of Britain's Competition and Markets
    /// Authority": the parser hangs a conjunct that repeats its preposition on the noun the first
    /// phrase modifies, so the approval is of the Authority's own. A conjunct with a preposition of
    /// its own, hung on a word that has a phrase with the same preposition before it (and none
    /// itself), is that phrase's conjunct. O(sentence²).
    static func conjunctRepeatingItsPreposition(_ range: Range<Int>, _ document: inout AnnotatedDocument) {
        func head(_ i: Int) -> Int { Int(document.tokens[i].head) }
        func marker(_ i: Int) -> String? {
            range.first { head($0) == i && document.tokens[$0].deprel == "case" && $0 < i }.map { document.tokens[$0].form.lowercased() }
        }
        for conjunct in range where document.tokens[conjunct].deprel == "conj" {
            let governor = head(conjunct)
            guard range.contains(governor), governor < conjunct, let repeated = marker(conjunct), marker(governor) != repeated,
                  let phrase = (governor + 1..<conjunct).last(where: {
                      head($0) == governor && ["nmod", "obl"].contains(document.tokens[$0].deprel) && marker($0) == repeated
                  })
            else { continue }
            document.tokens[conjunct].head = Int32(phrase)
        }
    }

    /// "The mayor, along with two aides, visited the site": "along with" (or "together with")
    /// after a subject, set off by a comma, adds doers as "and" does; the parser hangs the second
    /// as a modifier of the first, so only one subject was read, "The mayor, along with two
    /// aides". It becomes the subject's conjunct, "along" its coordinator and "with" fixed to it.
    static func alongWithTakenForAModifier(_ range: Range<Int>, _ document: inout AnnotatedDocument) {
        func head(_ i: Int) -> Int { Int(document.tokens[i].head) }
        for noun in range where document.tokens[noun].deprel.hasPrefix("nmod") && document.tokens[noun].head >= 0 {
            let subject = head(noun)
            guard range.contains(subject), subject < noun, document.tokens[subject].deprel.hasPrefix("nsubj"),
                  let first = range.first(where: { head($0) == noun && document.tokens[$0].deprel == "case" }),
                  first + 1 < noun, ["along", "together"].contains(document.tokens[first].form.lowercased()),
                  document.tokens[first + 1].form.lowercased() == "with", head(first + 1) == noun,
                  first - 1 > subject, document.tokens[first - 1].form == "," else { continue }
            document.tokens[noun].deprel = "conj"
            document.tokens[first].deprel = "cc"
            document.tokens[first + 1].head = Int32(first)
            document.tokens[first + 1].deprel = "fixed"
        }
    }

    /// "He did not attend the meeting and stayed at home" parsed with "stayed" a conjunct of
    /// "meeting": a verb coordinated by "and"/"or"/"but" with the object (or oblique) noun of
    /// another verb is that verb's conjunct, so it shares its subject rather than hanging inside
    /// an argument.
    static func verbConjunctOnAnArgument(_ range: Range<Int>, _ document: inout AnnotatedDocument) {
        func head(_ i: Int) -> Int { Int(document.tokens[i].head) }
        for verb in range where document.tokens[verb].deprel == "conj" && document.tokens[verb].upos == "VERB" {
            let noun = head(verb)
            guard range.contains(noun), noun < verb, ["NOUN", "PROPN"].contains(document.tokens[noun].upos),
                  ["obj", "obl"].contains(document.tokens[noun].deprel.split(separator: ":").first.map(String.init) ?? ""),
                  ["VBD", "VBN", "VBZ", "VBP"].contains(document.tokens[verb].xpos) else { continue }
            let governor = head(noun)
            guard range.contains(governor), governor < noun, document.tokens[governor].upos == "VERB" else { continue }
            let children = range.filter { head($0) == verb }
            guard children.contains(where: { document.tokens[$0].deprel == "cc" }),
                  !children.contains(where: { document.tokens[$0].deprel.hasPrefix("nsubj") }) else { continue }
            document.tokens[verb].head = Int32(governor)
        }
    }

    /// "Two members opposed both articles, and a third, Jared Golden, voted for the first": the
    /// parser made "a third" a conjunct of "opposed" and "voted" a subjectless conjunct, which then
    /// borrows the first clause's subjects. A nominal conjunct of a verb that ends right before a
    /// later conjunct verb with no subject and no coordinator of its own is that verb's subject;
    /// its coordinator goes with it.
    static func subjectTakenForANominalConjunct(_ range: Range<Int>, _ document: inout AnnotatedDocument) {
        func head(_ i: Int) -> Int { Int(document.tokens[i].head) }
        func children(_ i: Int) -> [Int] { range.filter { head($0) == i } }
        for verb in range where document.tokens[verb].deprel == "conj" && document.tokens[verb].upos == "VERB" {
            let governor = head(verb)
            guard range.contains(governor), governor < verb, document.tokens[governor].upos == "VERB" else { continue }
            let own = children(verb)
            guard !own.contains(where: { document.tokens[$0].deprel.hasPrefix("nsubj") || document.tokens[$0].deprel == "cc" }) else { continue }
            guard let nominal = children(governor).last(where: {
                $0 < verb && document.tokens[$0].deprel == "conj" && ["NOUN", "PROPN", "ADJ", "NUM", "PRON"].contains(document.tokens[$0].upos)
            }) else { continue }
            // The nominal's phrase must run up to the verb (past a comma).
            let last = range.last { isInside($0, subtreeOf: nominal, range, document) } ?? nominal
            guard last == verb - 1 || (last == verb - 2 && document.tokens[verb - 1].form == ",") else { continue }
            for coordinator in children(nominal) where document.tokens[coordinator].deprel == "cc" {
                document.tokens[coordinator].head = Int32(verb)
            }
            document.tokens[nominal].head = Int32(verb)
            document.tokens[nominal].deprel = "nsubj"
        }
    }

    /// "German firms including Deutsche Bahn, Daimler, and Siemens have announced plans": the
    /// parser made the noun phrase the root, "announced" its conjunct, and the last item of the
    /// list its subject. When a root noun has a list (items in `conj` below one of its
    /// dependents) and a conjunct verb whose subject comes right after that verb's own "and", the
    /// subject is the list's last item and the noun phrase is the verb's subject.
    static func lastListItemTakenForASubject(_ range: Range<Int>, _ document: inout AnnotatedDocument) {
        func head(_ i: Int) -> Int { Int(document.tokens[i].head) }
        func children(_ i: Int) -> [Int] { range.filter { head($0) == i } }
        for verb in range where document.tokens[verb].deprel == "conj" && ["VERB", "AUX"].contains(document.tokens[verb].upos) {
            let noun = head(verb)
            guard range.contains(noun), noun < verb, document.tokens[noun].deprel == "root",
                  ["NOUN", "PROPN"].contains(document.tokens[noun].upos) else { continue }
            let own = children(verb)
            guard let subject = own.first(where: { document.tokens[$0].deprel == "nsubj" && $0 < verb }),
                  let coordinator = own.first(where: { document.tokens[$0].deprel == "cc" && $0 < subject }),
                  ["PROPN", "NOUN"].contains(document.tokens[subject].upos) else { continue }
            // The list: a dependent of the noun with conjuncts, all before the coordinator.
            guard let list = children(noun).first(where: { item in
                item < coordinator && children(item).contains { document.tokens[$0].deprel == "conj" && $0 < coordinator }
            }) else { continue }
            document.tokens[subject].head = Int32(list)
            document.tokens[subject].deprel = "conj"
            document.tokens[coordinator].head = Int32(subject)
            document.tokens[verb].head = -1
            document.tokens[verb].deprel = "root"
            document.tokens[noun].head = Int32(verb)
            document.tokens[noun].deprel = "nsubj"
        }
    }
}

extension TreeRepairs {
    /// "won 14 and 12 seats respectively" parsed with "14" and "12" both number modifiers of
    /// "seats" and the "and" on the noun too: modifiers of one kind (numbers, adjectives) joined
    /// by "and" or "or" right between them are one coordination, the later ones conjuncts of the
    /// first with the coordinator on them, as "the Democratic and Republican primaries" is parsed.
    static func coordinatedModifiersHungApart(_ range: Range<Int>, _ document: inout AnnotatedDocument) {
        func head(_ i: Int) -> Int { Int(document.tokens[i].head) }
        for first in range where ["nummod", "amod"].contains(document.tokens[first].deprel) && document.tokens[first].head >= 0 {
            let noun = head(first), relation = document.tokens[first].deprel
            // first, { ",", item }, ("and" | "or"), last: each item a sibling with the same relation.
            var chain: [(separator: Int, item: Int)] = []
            var next = first + 2
            var closed = false
            while next < noun, head(next) == noun, document.tokens[next].deprel == relation {
                let between = next - 1
                let isCoordinator = document.tokens[between].upos == "CCONJ" && ["and", "or"].contains(document.tokens[between].form.lowercased())
                guard head(between) == noun || head(between) == next, isCoordinator || document.tokens[between].form == "," else { break }
                chain.append((between, next))
                if isCoordinator { closed = true; break }
                next += 2
            }
            guard closed else { continue }
            for (separator, item) in chain {
                document.tokens[item].head = Int32(first)
                document.tokens[item].deprel = "conj"
                document.tokens[separator].head = Int32(item)
                document.tokens[separator].deprel = document.tokens[separator].upos == "CCONJ" ? "cc" : "punct"
            }
        }
    }
}

extension TreeRepairs {
    /// "Coles and Whaanga finished second and third respectively": the parser hung "second" on
    /// the verb as an adverb and "third" as a conjunct of the verb, a second clause with no verb.
    /// An ordinal after "and" right after an ordinal modifying the same verb coordinates with it.
    static func ordinalConjunctHungOnTheVerb(_ range: Range<Int>, _ document: inout AnnotatedDocument) {
        func isOrdinal(_ i: Int) -> Bool { ValueRecognizer.ordinals[document.tokens[i].form.lowercased()] != nil }
        for second in range where document.tokens[second].deprel == "conj" && isOrdinal(second) {
            let verb = Int(document.tokens[second].head), coordinator = second - 1, first = second - 2
            guard range.contains(first), range.contains(verb), document.tokens[verb].upos == "VERB",
                  document.tokens[coordinator].upos == "CCONJ", isOrdinal(first),
                  Int(document.tokens[first].head) == verb, ["advmod", "obj", "xcomp", "obl"].contains(document.tokens[first].deprel) else { continue }
            document.tokens[second].head = Int32(first)
            document.tokens[coordinator].head = Int32(second)
            document.tokens[coordinator].deprel = "cc"
            // What the ordinal carried that belongs to the clause ("respectively") goes to the verb.
            for dependent in range where Int(document.tokens[dependent].head) == second && document.tokens[dependent].deprel == "advmod" {
                document.tokens[dependent].head = Int32(verb)
            }
        }
    }

    /// "fell 11.4 percent and 6.2 percent, respectively, in Luxembourg and Copenhagen": the parser
    /// hung the phrase after "respectively" on the adverb, so the preposition read "respectively
    /// in". An adverb modifies no noun phrase; the phrase belongs to the verb the adverb modifies.
    static func phraseHungOnRespectively(_ range: Range<Int>, _ document: inout AnnotatedDocument) {
        for adverb in range where document.tokens[adverb].form.lowercased() == "respectively" {
            let verb = document.tokens[adverb].head
            guard verb >= 0 else { continue }
            for phrase in range where Int(document.tokens[phrase].head) == adverb && ["obl", "nmod"].contains(document.tokens[phrase].deprel) {
                document.tokens[phrase].head = verb
                document.tokens[phrase].deprel = "obl"
            }
        }
    }
}

extension TreeRepairs {
    /// "sent search-and-rescue teams" parsed with "search" a verb (an `xcomp` of "sent") and
    /// "teams" its object: a word written onto a hyphen is the start of a hyphenated modifier,
    /// never a clause of its own. When a verb is joined by hyphens, with no space, to the words up
    /// to its object's phrase, the object takes the verb's place (as the governing verb's object)
    /// and the verb becomes a `compound` of it.
    static func hyphenatedModifierTakenForAVerb(_ range: Range<Int>, _ document: inout AnnotatedDocument) {
        func head(_ i: Int) -> Int { Int(document.tokens[i].head) }
        func touches(_ a: Int, _ b: Int) -> Bool { document.tokens[a].end == document.tokens[b].start }
        for verb in range where document.tokens[verb].upos == "VERB" && ["xcomp", "ccomp", "advcl", "obj"].contains(document.tokens[verb].deprel) {
            guard verb + 1 < range.upperBound, document.tokens[verb + 1].form == "-", touches(verb, verb + 1),
                  range.contains(head(verb)),
                  let object = range.first(where: { head($0) == verb && document.tokens[$0].deprel == "obj" && $0 > verb + 1 }),
                  document.tokens[object].upos == "NOUN" else { continue }
            // The hyphenated words run from the verb to the word before the object's phrase.
            var end = verb + 1
            while end + 1 < object, touches(end, end + 1) { end += 1 }
            guard end + 1 < range.upperBound, !touches(end, end + 1),
                  (end + 1...object).allSatisfy({ isInside($0, subtreeOf: object, range, document) }) else { continue }
            let governor = head(verb)
            for child in range where head(child) == verb && child != object { document.tokens[child].head = Int32(object) }
            document.tokens[object].head = Int32(governor)
            document.tokens[object].deprel = "obj"
            document.tokens[verb].head = Int32(object)
            document.tokens[verb].deprel = "compound"
            document.tokens[verb].upos = "NOUN"
        }
    }
}

extension TreeRepairs {
    /// "The Social Democrats and the Left Alliance had planned to file a motion ...; Kivelä said
    /// ...": the parser made the first subject a subject of the later "said" (which then had two)
    /// and hung "planned" on it as a conjunct, with the second subject as the verb's own. A verb
    /// conjunct of a subject, whose own subject follows the verb's "and", has both as its subject;
    /// it takes the place of a clause of its own beside the verb that had two subjects, or the
    /// root's place when the first subject was the root.
    static func verbTakenForAConjunctOfItsSubject(_ range: Range<Int>, _ document: inout AnnotatedDocument) {
        func head(_ i: Int) -> Int { Int(document.tokens[i].head) }
        func children(_ i: Int) -> [Int] { range.filter { head($0) == i } }
        for verb in range where document.tokens[verb].deprel == "conj" && document.tokens[verb].upos == "VERB" {
            let first = head(verb)
            guard range.contains(first), first < verb, ["NOUN", "PROPN", "PRON"].contains(document.tokens[first].upos),
                  let second = children(verb).first(where: { $0 > first && $0 < verb && document.tokens[$0].deprel == "nsubj" }),
                  let coordinator = children(verb).first(where: { $0 > first && $0 < second && document.tokens[$0].deprel == "cc" })
            else { continue }
            if document.tokens[first].head < 0 {
                // Without the later clause the first subject was the root ("The Social Democrats
                // and the Left Alliance had planned to file a motion."): the verb is.
                // Not the last item of a list hung below the root ("Local firms including Acme,
                // Zenith, and Orbit have announced": `lastListItemTakenForASubject`).
                guard !(first + 1..<second).contains(where: { document.tokens[$0].deprel == "conj" }) else { continue }
                // Not a predicate noun with its own subject or copula ("Rimkus will be defence
                // minister, and Laura Stankevičiūtė will head ..."): that is a clause of its own.
                guard !children(first).contains(where: { ["cop", "nsubj", "nsubj:pass"].contains(document.tokens[$0].deprel) })
                else { continue }
                makeRoot(verb, demoting: first, as: "nsubj", range, &document)
            } else {
                let other = head(first)
                guard document.tokens[first].deprel == "nsubj", range.contains(other), other > verb,
                      children(other).contains(where: { $0 != first && document.tokens[$0].deprel.hasPrefix("nsubj") })
                else { continue }
                document.tokens[first].head = Int32(verb)
                if document.tokens[other].head < 0 {
                    makeRoot(verb, demoting: other, as: "parataxis", range, &document)
                } else {
                    document.tokens[verb].head = Int32(other)
                    document.tokens[verb].deprel = "parataxis"
                }
            }
            // Both subjects are the verb's: the second a conjunct of the first, with its "and".
            document.tokens[coordinator].head = Int32(second)
            document.tokens[second].head = Int32(first)
            document.tokens[second].deprel = "conj"
        }
    }
}
