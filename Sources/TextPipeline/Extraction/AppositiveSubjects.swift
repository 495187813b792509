import FactModel

/// A subject or object with names in apposition does what it does, or undergoes it, under those
/// names too: "two candidates, Senator Elizabeth Warren and Michael Bloomberg, ended their
/// campaigns" gives (Elizabeth Warren; end; their campaigns) and (Michael Bloomberg; end; their
/// campaigns), derived from the appositive facts (name; be; two candidates) of the same sentence;
/// "the airstrike killed Iranian general, Qasem Soleimani" gives (the airstrike; kill; Qasem
/// Soleimani); a title the description holds is the name's. An apposition names the same
/// referent, so the substitution keeps the fact true.
enum AppositiveSubjects {
    /// Confidence kept by a derived fact, relative to the fact it comes from.
    static let confidenceShare: Float = 0.9

    /// The derived facts for one sentence's facts. With `respectively` in the sentence, names
    /// apposed to one description pair in order with the facts it is the subject of ("Its two
    /// investigators, A and B, are based at X and Y respectively": A at X, B at Y).
    /// `alsoDerived` are facts derived from the sentence's own ("the companies received the
    /// contracts" from "gave the contracts to three companies, A, B and C"), read the same way.
    static func derived(from facts: [Fact], alsoDerived: [Fact] = [], respectively: Bool = false) -> [Fact] {
        let appositives = facts.filter { $0.kind == .appositive && $0.subject.entity != nil && $0.object != nil }
        guard !appositives.isEmpty else { return [] }
        var derived: [Fact] = []
        let read = facts.filter { $0.kind == .event || $0.kind == .attribution || $0.kind == .title } + alsoDerived
        for fact in read {
            var candidates = appositives
            if respectively, fact.kind == .event, let paired = pairedName(for: fact, among: facts, appositives: appositives) {
                candidates = [paired]
            }
            for appositive in candidates {
                // The description may already link to the name it is in apposition with ("his
                // wife" -> Melania Trump); the derived fact still gives the name as written.
                guard let described = appositive.object, appositive.subject.text != fact.subject.text,
                      appositive.subject.text != fact.object?.text else { continue }
                func same(_ argument: Argument) -> Bool {
                    if described.text == argument.text {
                        return described.entity == argument.entity || argument.entity == appositive.subject.entity
                    }
                    // "met officers Antoine Quirin and Nicolas Redouane": the title alone describes
                    // the names, and the argument is the title with the first name after it.
                    let rest = argument.text.dropFirst(described.text.count + 1)
                    return argument.text.hasPrefix(described.text + " ") && rest.first?.isUppercase == true
                }
                var copy = fact
                if same(fact.subject) {
                    copy.subject = appositive.subject
                } else if fact.kind == .event, let object = fact.object, same(object) {
                    // "the airstrike that killed Iranian general, Qasem Soleimani": the name is the object too.
                    copy.object = appositive.subject
                } else {
                    continue
                }
                // "opposed by council members X and Y": a conjunct's own fact already says it.
                if let entity = copy.subject.entity, facts.contains(where: { other in
                    other.subject.entity == entity && other.subject.text == copy.subject.text
                        && other.predicate.lemma == copy.predicate.lemma
                        && other.predicate.voice == copy.predicate.voice && other.object?.text == copy.object?.text
                        && other.kind != .appositive
                }) { continue }
                // "named the economist Ada Ruiz as its next governor": the role the description
                // holds is the name's, still a title.
                if fact.kind != .title { copy.kind = .derived }
                copy.confidence = fact.confidence * confidenceShare
                derived.append(copy)
            }
        }
        return derived
    }

    /// The one name that pairs with `fact` under "respectively": its rank among the facts of its
    /// subject and relation is the name's rank among the names apposed to that subject, when
    /// there are as many of each (more than one); nil otherwise.
    static func pairedName(for fact: Fact, among facts: [Fact], appositives: [Fact]) -> Fact? {
        let names = appositives.filter { $0.object?.text == fact.subject.text }
        let siblings = facts.filter {
            $0.kind == .event && $0.subject.text == fact.subject.text && $0.predicate.lemma == fact.predicate.lemma
        }
        guard names.count > 1, names.count == siblings.count,
              let rank = siblings.firstIndex(where: { $0 == fact }) else { return nil }
        return names[rank]
    }
}
