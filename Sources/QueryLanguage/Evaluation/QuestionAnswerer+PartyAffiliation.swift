import FactModel

/// "which party is Philip Hammond from": the party word news writes before a politician's name
/// or title ("Conservative MP Philip Hammond", "Republican state representative Terri Collins",
/// "incumbent Republican Cory Gardner").
extension QuestionAnswerer {
    /// Party words as news writes them before a name, capitalised.
    static let partyWords: Set<String> = [
        "Republican", "Democrat", "Democratic", "Conservative", "Labour", "Liberal", "Tory", "Green", "Socialist",
        "Communist", "Libertarian",
    ]

    /// Lower-case words of a politician's title, which may stand between the party word and the name.
    static let titleWords: Set<String> = [
        "state", "representative", "senator", "incumbent", "congressman", "congresswoman", "governor", "mayor",
        "candidate", "lawmaker", "leader", "member", "councillor", "councilman", "councilwoman", "assemblyman",
        "assemblywoman", "former", "presidential", "hopeful", "nominee",
    ]

    /// True when the question asks which party: its kind's head noun is "party".
    func asksForAParty(_ kind: AnswerKind) -> Bool {
        guard case .kind(let noun) = kind, let head = AnswerTypes.headWord(of: noun) else { return false }
        return forms.nounLemma(head.lowercased()) == "party"
    }

    /// The party words written right before the entity's mentions, at most three words before
    /// the name with nothing but title words (capitalised, or of `titleWords`) between
    /// ("Conservative MP Philip Hammond"). One candidate per mention that has one. O(mentions).
    func partiesWrittenBefore(_ id: EntityID) -> [Candidate] {
        var candidates: [Candidate] = []
        for sentence in sentences(mentioning: id) {
            let text = source.sentenceText(sentence.ref)
            for mention in sentence.mentions where mention.entity == id {
                guard let party = Self.partyWord(before: Int(mention.provenance.start) - sentence.start, in: text) else { continue }
                candidates.append(Candidate(value: .text(party), text: party, score: 0.7, support: .sentence(sentence.ref, mention.provenance),
                                            fromSentence: true))
            }
        }
        return candidates
    }

    /// The party word among the three words before byte `offset` of `text`, reached back from
    /// the name over title words only ("state representative", "MP"): "any other Democrat
    /// running against Gardner" says nothing of Gardner's party. O(offset).
    static func partyWord(before offset: Int, in text: String) -> String? {
        guard offset > 0, offset <= text.utf8.count else { return nil }
        let before = String(decoding: text.utf8.prefix(offset), as: UTF8.self)
        // The words right before the name, back to punctuation.
        let run = before.split(whereSeparator: { ",;:()\"\u{201C}\u{201D}".contains($0) }).last.map { $0.split(separator: " ") } ?? []
        for word in run.suffix(3).reversed().map(String.init) {
            if partyWords.contains(word) { return word }
            guard word.first?.isUppercase == true || titleWords.contains(word) else { return nil }
        }
        return nil
    }
}

/// "is Jill Tolles a Democrat": a yes/no question whose copula object is a party word is answered
/// from the party the articles give the subject, so that a known other party says no.
extension QuestionAnswerer {
    /// The one spelling of each party word: "Democratic" and "Democrats" are "democrat".
    static func partyKey(_ word: String) -> String? {
        var lower = word.lowercased()
        if lower == "tories" { lower = "tory" }
        if lower.hasSuffix("s"), partyWords.contains(String(word.dropLast())) { lower.removeLast() }
        if lower == "democratic" { return "democrat" }
        if lower == "tory" { return "conservative" }
        return partyWords.contains(lower.prefix(1).uppercased() + lower.dropFirst()) ? lower : nil
    }

    /// The party a copula yes/no question asks about ("a Democrat", "a Labour member" has none:
    /// its head is not the party), with its subject phrase.
    func askedParty(_ atom: Atom) -> (subject: Phrase, party: String)? {
        guard case .copula = atom.relation, !atom.negated, case .phrase(let subject)? = atom.subject,
              case .phrase(let object)? = atom.object, let head = object.words.last, let party = Self.partyKey(head),
              object.words.dropLast().allSatisfy({ EnglishWords.determiners.contains($0.lowercased()) }) else { return nil }
        return (subject, party)
    }

    /// "yes" when the articles give the subject the asked party, "no" when only another, with the
    /// sentence that says so; nil when they give none. O(the subject's mentions and facts).
    func partyAnswer(_ atom: Atom) -> AnswerTable? {
        guard let (subject, asked) = askedParty(atom),
              let id = PhraseMatcher(phrase: subject, source: source, forms: forms).entities.first else { return nil }
        var stated: [(party: String, support: Support)] = partiesWrittenBefore(id).compactMap { candidate in
            Self.partyKey(candidate.text).map { ($0, candidate.support) }
        }
        for title in source.entity(id).titles {
            for word in (title.modifier ?? "").split(separator: " ") {
                if let party = Self.partyKey(String(word)) { stated.append((party, .title(title.provenance))) }
            }
        }
        for factID in source.facts(about: id) {
            let fact = source.fact(factID)
            guard fact.subject.entity == id, fact.predicate.canonical == "be", !fact.predicate.negated,
                  let head = fact.object.flatMap({ wordsOf($0.head).last }), let party = Self.partyKey(head) else { continue }
            stated.append((party, .fact(factID)))
        }
        for sentence in sentences(mentioning: id) {
            let text = source.sentenceText(sentence.ref)
            for mention in sentence.mentions where mention.entity == id {
                let offset = Int(mention.provenance.start) - sentence.start
                if let word = Self.partyOfGroupListing(before: offset, in: text) ?? Self.partyInDescription(before: offset, in: text),
                   let party = Self.partyKey(word) {
                    stated.append((party, .sentence(sentence.ref, mention.provenance)))
                }
            }
        }
        guard !stated.isEmpty else { return nil }
        let match = stated.first { $0.party == asked }
        let chosen = match ?? stated[0]
        var table = AnswerTable(columns: ["answer"])
        table.rows.append(AnswerRow(values: [match != nil ? "yes" : "no"], evidence: EvidenceBuilder(source: source).evidence(for: chosen.support)))
        return table
    }

    /// "some Democrats, such as former Representative Beto O'Rourke": the plural party word
    /// before "such as", "including" or "like" that lists the name, with only title words and
    /// capitalised words between. O(offset).
    static func partyOfGroupListing(before offset: Int, in text: String) -> String? {
        guard offset > 0, offset <= text.utf8.count else { return nil }
        let words = String(decoding: text.utf8.prefix(offset), as: UTF8.self).split(separator: " ").map {
            String($0).filter { $0 != "," }
        }
        guard let marker = words.lastIndex(where: { ["including", "like", "as"].contains($0) }), marker > 0 else { return nil }
        var before = marker - 1
        if words[marker] == "as" {
            guard words[before] == "such", before > 0 else { return nil }
            before -= 1
        }
        let between = words[(marker + 1)...]
        guard between.count <= 4, between.allSatisfy({ $0.first?.isUppercase == true || titleWords.contains($0) }),
              partyKey(words[before]) != nil else { return nil }
        return words[before]
    }

    /// "A Republican Assemblywoman, Jill Tolles, ...": the party word in a short description
    /// set off by a comma right before the name. O(offset).
    static func partyInDescription(before offset: Int, in text: String) -> String? {
        guard offset > 0, offset <= text.utf8.count else { return nil }
        let before = String(decoding: text.utf8.prefix(offset), as: UTF8.self)
        let segments = before.split(separator: ",", omittingEmptySubsequences: false)
        guard segments.count >= 2, segments.last!.allSatisfy(\.isWhitespace) else { return nil }
        let words = segments[segments.count - 2].split(separator: " ").map(String.init)
        guard (2...4).contains(words.count), ["a", "an", "the"].contains(words[0].lowercased()) else { return nil }
        let rest = words.dropFirst()
        guard rest.allSatisfy({ $0.first?.isUppercase == true || titleWords.contains($0) }) else { return nil }
        return rest.first { partyWords.contains($0) }
    }
}
