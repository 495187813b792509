/// A passive subject on an active verb: "both Saudi Arabia and the United States have alleged
/// Iranian involvement" parsed with "Saudi Arabia" as `nsubj:pass`, which made the fact passive
/// (Iranian involvement alleged by no one) and its subject the one alleged. A passive needs its
/// "be" (or "get"); a verb with no `aux:pass` that is finite, or a participle after a form of
/// "have", is active, and its passive subject is its subject.
extension TreeRepairs {
    static func passiveSubjectOfAnActiveVerb(_ range: Range<Int>, _ document: inout AnnotatedDocument) {
        for subject in range where document.tokens[subject].deprel == "nsubj:pass" {
            let verb = Int(document.tokens[subject].head)
            guard range.contains(verb) else { continue }
            let dependents = range.filter { Int(document.tokens[$0].head) == verb }
            guard !dependents.contains(where: { document.tokens[$0].deprel == "aux:pass" }) else { continue }
            let xpos = document.tokens[verb].xpos
            let perfect = xpos == "VBN" && dependents.contains {
                document.tokens[$0].deprel == "aux" && ["have", "has", "had", "having"].contains(document.tokens[$0].form.lowercased())
            }
            guard perfect || ["VBD", "VBZ", "VBP"].contains(xpos) else { continue }
            document.tokens[subject].deprel = "nsubj"
        }
    }
}
