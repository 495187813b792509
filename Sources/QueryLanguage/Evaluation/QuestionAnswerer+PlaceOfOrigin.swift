import FactModel

/// "which state is Mike Lee from": the place news writes beside a person's name, right after it
/// with "of" ("Senators Marco Rubio of Florida, Mike Lee of Utah") or right before it over a role
/// word ("Ohio man James Alex Fields", "Texas Governor Greg Abbott").
extension QuestionAnswerer {
    /// True for "X is from ?": a copula whose "from" qualifier is the asked slot, asking for a place.
    func asksWhereFrom(_ atom: Atom, kind: AnswerKind) -> Bool {
        guard case .copula = atom.relation, AnswerTypes.entityTypes(for: kind, forms: forms)?.contains(.place) == true else { return false }
        return atom.qualifiers.contains { $0.marker.lowercased() == "from" && $0.term.variableName == Question.answerVariable }
    }

    /// Lower-case words that may stand between a place and the name it qualifies ("Ohio man").
    static let originNouns: Set<String> = ["man", "woman", "native", "resident", "teenager", "boy", "girl", "couple"]

    /// The places written beside the person's mentions: "<name> of <place>", or "<place>
    /// [role word] <name>" with at most two role words (capitalised, or of `originNouns`)
    /// between. One candidate per place so written. O(mentions in the person's sentences).
    func placesBeside(_ id: EntityID) -> [Candidate] {
        var candidates: [Candidate] = []
        for sentence in sentences(mentioning: id) {
            let (ref, mentions) = (sentence.ref, sentence.mentions)
            let text = Array(source.sentenceText(ref).utf8)
            func gap(_ from: Int32, _ to: Int32) -> [String]? {
                let (start, end) = (Int(from) - sentence.start, Int(to) - sentence.start)
                guard start >= 0, end <= text.count, start <= end else { return nil }
                return String(decoding: text[start..<end], as: UTF8.self).split(separator: " ").map(String.init)
            }
            for person in mentions where person.entity == id {
                for place in mentions where place.type == .entity(.place) && place.entity != nil && place.entity != id {
                    let after = gap(person.provenance.end, place.provenance.start) == ["of"]
                    let before = gap(place.provenance.end, person.provenance.start).map { words in
                        words.count <= 2 && words.allSatisfy { $0.first?.isUppercase == true || Self.originNouns.contains($0) }
                    } ?? false
                    guard after || before, let placeID = place.entity else { continue }
                    candidates.append(Candidate(value: .entity(placeID), text: source.name(of: placeID), score: 0.7,
                                                support: .sentence(ref, place.provenance), fromSentence: true))
                }
            }
        }
        return candidates
    }
}
