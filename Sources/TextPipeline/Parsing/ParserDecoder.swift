/// Arc-hybrid decoding with a trained model: greedy (at each step the best-scoring legal move),
/// or greedy with selectional branching (`ParserBranching`, in `ParserDecoder+Branching.swift`).
///
/// One decoder holds the reusable buffers (state, feature keys, scoring scratch, scores, the
/// greedy path), so parsing a document allocates once, not per word. Not thread-safe: use one per thread.
///
/// Each decision's scores start from the sums many decisions share (`ParserPartialScores`); only
/// the other templates (`ParserFeatureTemplates.stateDependent`) are looked up at every one.
struct ParserDecoder {
    let model: ParserModel
    let branching: ParserBranching
    var state = ArcHybridState(count: 0)
    private var features: ParserFeatures
    /// The keys of `ParserFeatureTemplates.stateDependent`.
    private var keys: [UInt64]
    var partial: ParserPartialScores
    /// Scratch for `ParserWeights.accumulate`: three values per key.
    private var scratch: [UInt32]
    /// One score per class, padded to `ParserWeights.scoreCount`.
    private var scores: [Int32]
    /// The greedy path of the sentence being branched: moves, the score sum before each move,
    /// and the close alternatives met along it.
    var moves: [Int32] = []
    var scoreBefore: [Int64] = []
    var alternatives: [ParserBranching.Alternative] = []

    init(model: ParserModel, branching: ParserBranching = .greedy) {
        self.model = model
        self.branching = branching
        features = model.features
        keys = Array(repeating: 0, count: model.templates.stateDependent.count)
        partial = ParserPartialScores(features: features, weights: model.weights)
        scratch = Array(repeating: 0, count: 3 * model.templates.count)
        scores = Array(repeating: 0, count: model.weights.scoreCount)
    }

    /// Heads (`input.count` for ROOT) and label ids of the sentence's words.
    mutating func parse(_ input: ParserInput) -> (heads: [Int32], labels: [UInt8]) {
        partial.reset()
        if branching.branches > 1 { return parseBranching(input) }
        state.reset(count: input.count)
        while !state.isTerminal {
            state.apply(Transition(rawValue: Int(decide(input, alternative: false).best)))
        }
        return (state.heads, state.labels)
    }

    /// One decision in the current state.
    struct Decision {
        /// The highest-scoring legal move (lowest class on ties) and its score (0 when forced).
        var best: Int32
        var bestScore: Int32
        /// The best-scoring legal move of another kind (SHIFT, LEFT, RIGHT) than `best`, and its
        /// score; -1 when not asked for or when there is none.
        var alternative: Int32 = -1
        var alternativeScore: Int32 = 0
    }

    /// The highest-scoring move of one arc kind (`first` 1: LEFT, 2: RIGHT) over labels
    /// 1..<`labelCount`, whose move is `first + 2 * label`; the lowest label on ties; -1 when
    /// there is no such label.
    @inline(__always)
    static func bestLabel(of first: Int, labelCount: Int, in scores: UnsafeBufferPointer<Int32>) -> Int {
        guard labelCount > 1 else { return -1 }
        // The best score kept in a register: read back from `scores` at each label, the search
        // took 1.7 % more of the parser's instructions.
        var best = first + 2, bestScore = scores[first + 2]
        for label in 2..<labelCount where scores[first + 2 * label] > bestScore {
            best = first + 2 * label
            bestScore = scores[best]
        }
        return best
    }

    /// Scores the current state's legal moves; with `alternative`, also finds the best move of
    /// another kind. Another label of the same arc is not an alternative: branching on labels
    /// costs as much and gained less on EWT dev (margin 10: 85.54 UAS against 85.61).
    mutating func decide(_ input: ParserInput, alternative: Bool) -> Decision {
        let canShift = state.canShift, canLeft = state.canLeft, canRight = state.canRight
        // With an empty stack SHIFT is the only move; with only ROOT left and one word, LEFT-root.
        if !canLeft && !canRight { return Decision(best: 0, bestScore: 0) }
        let atRoot = Int(state.front) == state.count
        let root = Transition.left(DependencyLabelSet.root).rawValue
        if atRoot && !canRight { return Decision(best: Int32(root), bestScore: 0) }
        features.extractStateDependent(state, input, into: &keys)
        // Outside the closures below, where Swift would copy the state to pass it.
        partial.start(&scores, state: state, input: input, scratch: &scratch)
        let weights = model.weights
        return keys.withUnsafeBufferPointer { keys in
            scores.withUnsafeMutableBufferPointer { scores in
                scratch.withUnsafeMutableBufferPointer { weights.accumulate(keys, scratch: $0, into: scores) }
                let labelCount = (weights.classCount - 1) / 2
                // The best legal move of each kind: SHIFT, LEFT, RIGHT.
                var kindBest = (-1, -1, -1)
                if canShift { kindBest.0 = 0 }
                if canLeft {
                    if atRoot {
                        kindBest.1 = root
                    } else {
                        kindBest.1 = Self.bestLabel(of: 1, labelCount: labelCount, in: UnsafeBufferPointer(scores))
                    }
                }
                if canRight { kindBest.2 = Self.bestLabel(of: 2, labelCount: labelCount, in: UnsafeBufferPointer(scores)) }
                var best = -1, second = -1
                // The three kinds in turn; a loop over an array literal of them allocated the
                // array at every decision.
                func consider(_ c: Int) {
                    guard c >= 0 else { return }
                    if best < 0 || scores[c] > scores[best] {
                        second = best
                        best = c
                    } else if second < 0 || scores[c] > scores[second] {
                        second = c
                    }
                }
                consider(kindBest.0)
                consider(kindBest.1)
                consider(kindBest.2)
                var decision = Decision(best: Int32(best), bestScore: scores[best])
                if alternative && second >= 0 {
                    decision.alternative = Int32(second)
                    decision.alternativeScore = scores[second]
                }
                return decision
            }
        }
    }
}
