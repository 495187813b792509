import FactModel

/// "which officers were found guilty", answered by "two French police officers were found
/// guilty": when the article names as many people with the group's noun ("met officers Antoine
/// Quirin and Nicolas Redouane") or lists them after a colon, those people are the answer, not
/// the group.
extension QuestionAnswerer {
    /// The people a counted group in `fact` stands for: the appositive descriptions in the same
    /// document whose head is the group's noun, when there are exactly as many as the group
    /// counts (2 to 12). Empty otherwise. O(d) in the appositive facts with that head noun.
    func namedMembers(of group: EntityID, in fact: Fact) -> [EntityID] {
        guard source.entity(group).type == .group,
              let argument = ([fact.subject] + [fact.object].compactMap { $0 }).first(where: { $0.entity == group }),
              let amount = argument.value?.amount, amount >= 2, amount <= 12, amount == amount.rounded(),
              let noun = wordsOf(argument.head).last else { return [] }
        // A description's head is its lemma ("officer"), or the group mention as written ("officers").
        let heads = Set([forms.nounLemma(noun), noun])
        var members: [EntityID] = []
        for id in heads.sorted().flatMap({ source.facts(matching: FactPattern(relation: "be", object: .head($0))) }) {
            let described = source.fact(id)
            guard described.kind == .appositive, described.provenance.document == fact.provenance.document,
                  let person = described.subject.entity, source.entity(person).type == .person,
                  !members.contains(person) else { continue }
            members.append(person)
        }
        return members.count == Int(amount) ? members : []
    }

    /// The people a group in `fact` stands for when its sentence lists them after a colon:
    /// "three candidates withdrew from the race: Andrew Yang, an entrepreneur, and Michael
    /// Bennet, ..." gives Yang and Bennet (two or more people named after the first colon that
    /// follows the group); or when the group's own phrase lists them after "including" or "such
    /// as": "Tributes were paid by world leaders including ... Mohammad Javad Zarif and ... Boris
    /// Johnson" (one or more). Empty otherwise. O(sentence + its mentions).
    func listedMembers(of group: EntityID, in fact: Fact) -> [EntityID] {
        guard source.entity(group).type == .group,
              let argument = ([fact.subject] + [fact.object].compactMap { $0 }).first(where: { $0.entity == group }) else { return [] }
        let ref = fact.provenance.sentenceRef
        let text = source.sentenceText(ref)
        guard let groupAt = text.firstRange(of: argument.text) else { return [] }
        // The list: inside the group's phrase after "including"/"such as", else after a colon.
        let listed: Range<String.Index>
        var least = 2
        if let example = ["including", "such as"].lazy.compactMap({ text[groupAt].firstRange(of: " " + $0 + " ") }).first {
            listed = example.upperBound..<groupAt.upperBound
            least = 1
        } else if let colon = text[groupAt.upperBound...].firstIndex(of: ":") {
            listed = colon..<text.endIndex
        } else {
            return []
        }
        let sentenceStart = source.document(ref.document)?.startOfSentence(Int(ref.sentence)) ?? 0
        let from = text.utf8.distance(from: text.startIndex, to: listed.lowerBound)
        let to = text.utf8.distance(from: text.startIndex, to: listed.upperBound)
        var members: [EntityID] = []
        for mention in source.mentions(in: ref).sorted(by: { $0.provenance.start < $1.provenance.start }) {
            let offset = Int(mention.provenance.start) - sentenceStart
            guard offset >= from, offset < to, mention.type == .entity(.person),
                  let person = mention.entity, person != group, !members.contains(person) else { continue }
            members.append(person)
        }
        return members.count >= least ? members : []
    }
}
