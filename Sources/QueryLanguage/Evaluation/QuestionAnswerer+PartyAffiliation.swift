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
