import FactModel

/// "which officers were found guilty", answered by "two French police officers were found
/// guilty": when the article names as many people with the group's noun ("met officers Antoine
/// Quirin and Nicolas Redouane"), those people are the answer, not the group.
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
}
