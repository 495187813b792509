/// When the tagger's second choice is passed on to the parser (`Token.runnerUpTag`).
///
/// A greedy pipeline hands the parser one tag per word, and a wrong tag misleads every feature
/// that reads it (tagging errors cost about 2 UAS points on EWT and PUD alike). Where the
/// tagger nearly chose another tag, the parser also sees that tag, so it can learn when not to
/// trust the first (VBD that may be VBN, IN that may be RP). On EWT dev a margin of 20 flags 8 %
/// of the words and covers 58 % of the tagging errors; the gold tag is the runner-up in 85 % of
/// the flagged errors.
public enum TaggerRunnerUp {
    /// Largest gap between the best and second-best class scores, in averaged-weight units, at
    /// which the runner-up is reported. The parser is trained with the same margin on
    /// jack-knifed tags (the cache key records it): change both together.
    public static let margin: Float = 20
}
