/// Repairs to ages written before a name.
extension TreeRepairs {
    /// "The victim was 40-year-old Ana Ruiz", "Police arrested 25-year-old John Smith": before a
    /// name the parser makes "old" the head of the clause (or a conjunct of the verb) and the name
    /// its object. "N-year-old" modifies the noun phrase right after it: the noun takes the
    /// place of "old" (its head, its relation, and its other dependents), and "old" becomes its
    /// `amod`. A conjunct without a coordinator was never one: the noun is the verb's object.
    static func ageTakenForTheClauseHead(_ range: Range<Int>, _ document: inout AnnotatedDocument) {
        func head(_ i: Int) -> Int { Int(document.tokens[i].head) }
        for old in range where document.tokens[old].lemma.lowercased() == "old" && document.tokens[old].upos == "ADJ" {
            guard old - 2 >= range.lowerBound, old + 1 < range.upperBound,
                  ["year", "month", "week", "day"].contains(document.tokens[old - 2].lemma.lowercased()),
                  document.tokens[old - 1].form == "-", head(old - 2) == old,
                  ["PROPN", "NOUN"].contains(document.tokens[old + 1].upos) else { continue }
            // The head of the noun phrase that starts right after "old", hung on "old".
            guard let noun = range.first(where: { n in
                n > old && head(n) == old && ["PROPN", "NOUN"].contains(document.tokens[n].upos)
                    && isInside(old + 1, subtreeOf: n, range, document)
            }) else { continue }
            let governor = head(old)
            var relation = document.tokens[old].deprel
            if relation == "conj", !range.contains(where: { head($0) == old && document.tokens[$0].deprel == "cc" }) {
                relation = "obj"
            }
            // Its other dependents (the subject and copula of "was 40-year-old X") go to the noun;
            // "year" and the hyphen stay with "old".
            for child in range where head(child) == old && child != noun && !(old - 2..<old).contains(child) {
                document.tokens[child].head = Int32(noun)
            }
            document.tokens[noun].head = Int32(governor)
            document.tokens[noun].deprel = relation
            document.tokens[old].head = Int32(noun)
            document.tokens[old].deprel = "amod"
        }
    }
}

/// Repairs to ages written after coordinated names.
extension TreeRepairs {
    /// "Ferrada and Hollis, 61 and 48 respectively, will lead": the parser made the coordinated
    /// ages a second subject of the verb. Numbers of an age right after the comma that closes a
    /// coordination of names describe those names: the first number hangs on the first name, as
    /// the parser hangs them when it gets them right (an unmarked modifier), so the ages are read
    /// pairwise (`readRespectiveAges`). Only when there are as many numbers as names.
    static func agesTakenForASubject(_ range: Range<Int>, _ document: inout AnnotatedDocument) {
        func head(_ i: Int) -> Int { Int(document.tokens[i].head) }
        func isAge(_ i: Int) -> Bool { isAgeNumber(document.tokens[i]) }
        func conjuncts(of i: Int) -> [Int] {
            [i] + range.filter { head($0) == i && document.tokens[$0].deprel == "conj" }
        }
        for number in range where isAge(number) && document.tokens[number].deprel.hasPrefix("nsubj") {
            guard number - 2 >= range.lowerBound, document.tokens[number - 1].form == ",",
                  document.tokens[number - 2].upos == "PROPN" else { continue }
            // The name before the comma, up to the first of its coordination.
            var name = number - 2
            while document.tokens[name].deprel == "flat" || document.tokens[name].deprel == "compound", range.contains(head(name)),
                  head(name) > name, document.tokens[head(name)].upos == "PROPN" {
                name = head(name)
            }
            var first = name
            while document.tokens[first].deprel == "conj", range.contains(head(first)), document.tokens[head(first)].upos == "PROPN" {
                first = head(first)
            }
            let names = conjuncts(of: first).filter { document.tokens[$0].upos == "PROPN" }
            let ages = conjuncts(of: number).filter(isAge)
            guard names.count >= 2, names.count == ages.count else { continue }
            document.tokens[number].head = Int32(first)
            document.tokens[number].deprel = "nmod:unmarked"
        }
    }
}

extension TreeRepairs {
    /// "Stijn Vermeulen, 34, and Karim Bouzidi, 29, were charged": an age set off by commas right
    /// after a name is the name's apposition (as "Emily Spanton, 39," is parsed), but the parser
    /// hangs it as another modifier (`amod`, `nummod`, an unmarked `nmod`) when names are
    /// coordinated. A single number only: coordinated ages are read pairwise (`agesTakenForASubject`).
    static func ageBetweenCommasTakenForAModifier(_ range: Range<Int>, _ document: inout AnnotatedDocument) {
        func head(_ i: Int) -> Int { Int(document.tokens[i].head) }
        let modifiers: Set<String> = ["amod", "nummod", "nmod:unmarked", "nmod:npmod"]
        for number in range where isAgeNumber(document.tokens[number]) && modifiers.contains(document.tokens[number].deprel) {
            guard number - 2 >= range.lowerBound, number + 1 < range.upperBound,
                  document.tokens[number - 1].form == ",", [",", "."].contains(document.tokens[number + 1].form),
                  document.tokens[number - 2].upos == "PROPN", range.contains(head(number)), head(number) < number,
                  document.tokens[head(number)].upos == "PROPN",
                  !range.contains(where: { head($0) == number && document.tokens[$0].deprel == "conj" }) else { continue }
            // The name it hangs on ends right before the comma.
            guard isInside(number - 2, subtreeOf: head(number), range, document) else { continue }
            document.tokens[number].deprel = "appos"
        }
    }
}

extension TreeRepairs {
    /// "Smithers, 36 years old, is married": an age phrase set off by commas right after a name
    /// is the name's apposition, as a bare number there is ("Emily Spanton, 39,"), but the parser
    /// hangs "old" on the name as a modifier (`amod`), so the name's phrase swallows it and no age
    /// is read. The number becomes the apposition, heading "years old" (its description is then
    /// the whole phrase).
    static func agePhraseBetweenCommasTakenForAModifier(_ range: Range<Int>, _ document: inout AnnotatedDocument) {
        func head(_ i: Int) -> Int { Int(document.tokens[i].head) }
        for old in range where document.tokens[old].lemma.lowercased() == "old" && document.tokens[old].upos == "ADJ" {
            let (years, number) = (old - 1, old - 2)
            guard number - 2 >= range.lowerBound, old + 1 < range.upperBound,
                  ["amod", "appos", "acl", "nmod:unmarked"].contains(document.tokens[old].deprel),
                  document.tokens[years].lemma.lowercased() == "year", isAgeNumber(document.tokens[number]),
                  document.tokens[number - 1].form == ",", [",", "."].contains(document.tokens[old + 1].form),
                  range.contains(head(old)), head(old) < number, isInside(number - 2, subtreeOf: head(old), range, document) else { continue }
            let name = head(old)
            guard document.tokens[name].upos == "PROPN" || document.tokens[name].form.first?.isUppercase == true else { continue }
            document.tokens[number].head = Int32(name)
            document.tokens[number].deprel = "appos"
            document.tokens[years].head = Int32(number)
            document.tokens[years].deprel = "nmod:unmarked"
            document.tokens[old].head = Int32(number)
            document.tokens[old].deprel = "amod"
            // The commas around the phrase stay with the name, as around "39".
            for comma in [number - 1, old + 1] where document.tokens[comma].form == "," && head(comma) == old {
                document.tokens[comma].head = Int32(name)
            }
        }
    }
}

extension TreeRepairs {
    /// A number that can be a person's age: a whole number from 1 to 129.
    static func isAgeNumber(_ token: Token) -> Bool {
        guard token.upos == "NUM", let value = Int(token.form) else { return false }
        return value > 0 && value < 130
    }
}
