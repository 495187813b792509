import Foundation
import FactModel

/// The confidence of a fact (extraction.md §11): a logistic score over its `ConfidenceFeatures`
/// (the clause kind, where the subject came from, voice, whether there is an object, relation and
/// argument lengths, commas, pronouns, attribution ...), weighted by `ConfidenceWeights`, which
/// `scripts/train-confidence.sh` fits to how extractions held up against gold tuples.
enum ConfidenceModel {
    /// The weights in `ConfidenceFeature.allCases` order; a feature the table omits weighs 0.
    static let weights: [Double] = {
        let table = Dictionary(ConfidenceWeights.table, uniquingKeysWith: { first, _ in first })
        return ConfidenceFeature.allCases.map { table[$0.rawValue] ?? 0 }
    }()

    static func score(_ draft: DraftFact, tree: SentenceTree) -> Float {
        score(ConfidenceFeatures(draft, tree: tree))
    }

    static func score(_ features: ConfidenceFeatures) -> Float {
        var z = 0.0
        for (value, weight) in zip(features.values, weights) where value != 0 { z += value * weight }
        return Float(1 / (1 + exp(-z)))
    }
}
