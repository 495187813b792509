import Foundation
import FactModel

/// The confidence of a fact (extraction.md §11): a logistic score over the clause kind, where the
/// subject came from, voice, whether there is an object, the relation's length (a fuller relation,
/// "has been asked", is read more reliably than a bare verb), argument lengths, commas in the
/// subject or object, the qualifiers' length, sentence length and attribution. Weights were set
/// by hand from how each feature's facts held up on the CaRB dev split (docs/extraction.md,
/// "Measuring"), where the most confident quarter of extractions must reach precision 0.80.
enum ConfidenceModel {
    static func score(_ draft: DraftFact, tree: SentenceTree) -> Float {
        var z: Double = 0.6
        switch draft.kind {
        case .event: z += 0
        case .copula: z += 0.1
        case .appositive: z -= 0.3
        case .title: z -= 0.2
        case .attribution: z += 0.4
        case .possession: z -= 2.5
        case .derived: z -= 0.8
        }
        switch draft.role {
        case .main: z += 0.7
        case .conjunct: z += 0.1
        case .complement: z -= 0.1
        case .relative: z -= 0.4
        case .participle: z -= 0.6
        case .adverbial: z -= 0.5
        case .nominal: z += 0
        }
        switch draft.subjectSource {
        case .own: z += 0.3
        case .coordinated: z += 0
        case .inherited: z -= 0.3
        case .antecedent: z -= 0.3
        case .controller: z -= 0.4
        }
        if draft.voice == .passive { z -= 0.15 }
        if draft.object == nil {
            z -= draft.qualifiers.isEmpty ? 2.0 : 0.6
        }
        // A bare present participle as the whole relation ("having", "involving") comes from a
        // participle or gerund clause, whose subject is borrowed and often misread: on CaRB dev
        // such facts held up at 0.34 against 0.66 for all.
        if draft.relationWords.count == 1, draft.insertedRelation == nil, tree.isGerund(draft.relationWords[0]) { z -= 1.0 }
        let relationLength = draft.relationWords.count + (draft.insertedRelation == nil ? 0 : 1)
        z += 0.15 * Double(min(max(relationLength - 1, 0), 3))
        let subjectLength = draft.subject.words.count
        if subjectLength > 4 { z -= 0.1 * Double(subjectLength - 4) }
        if draft.subject.words.contains(where: { tree.form($0) == "," }) { z -= 0.5 }
        let objectCommas = draft.object?.words.filter { tree.form($0) == "," }.count ?? 0
        z -= 0.3 * Double(min(objectCommas, 2))
        if let head = draft.subject.head, tree.upos(head) == "PRON" { z -= 0.2 }
        let objectLength = draft.object?.words.count ?? 0
        if objectLength > 10 { z -= 0.04 * Double(objectLength - 10) }
        if tree.count > 30 { z -= 0.015 * Double(tree.count - 30) }
        if draft.attributedBy != nil { z -= 0.2 }
        if draft.qualifiers.count > 2 { z -= 0.2 * Double(draft.qualifiers.count - 2) }
        let qualifierLength = draft.qualifiers.reduce(0) { $0 + $1.argument.words.count }
        if qualifierLength > 8 { z -= 0.05 * Double(min(qualifierLength - 8, 20)) }
        return Float(1 / (1 + exp(-z)))
    }
}
