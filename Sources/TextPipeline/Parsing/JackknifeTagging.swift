/// Predicted tags and lemmas for one treebank sentence.
public struct PredictedTags: Sendable {
    public var xpos: [String]
    public var upos: [String]
    public var lemmas: [String]
}

/// Jack-knifed tagging: each fold of the training set is tagged by a tagger trained on the other
/// folds, so the parser trains on tags as noisy as the ones it will see.
public enum JackknifeTagging {
    public static func tags(for sentences: [CoNLLUSentence], folds: Int, seed: UInt64, log: (String) -> Void) throws -> [PredictedTags] {
        throw ParserModelError.badFile("jack-knifed tagging needs the tagger's trainer (not merged yet); use --tags gold")
    }
}
