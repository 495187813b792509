/// Greedy arc-hybrid decoding with a trained model: at each step the best-scoring legal move.
///
/// One decoder holds the reusable buffers (state, feature keys, scores), so parsing a document
/// allocates once, not per word. Not thread-safe: use one per thread.
struct ParserDecoder {
    let model: ParserModel
    private var state = ArcHybridState(count: 0)
    private var features: ParserFeatures
    private var keys: [UInt64]
    private var scores: [Int32]

    init(model: ParserModel) {
        self.model = model
        features = ParserFeatures(templates: model.templates)
        keys = Array(repeating: 0, count: model.templates.count)
        scores = Array(repeating: 0, count: model.weights.classCount)
    }

    /// Heads (`input.count` for ROOT) and label ids of the sentence's words.
    mutating func parse(_ input: ParserInput) -> (heads: [Int32], labels: [UInt8]) {
        state.reset(count: input.count)
        while !state.isTerminal {
            state.apply(bestTransition(input))
        }
        return (state.heads, state.labels)
    }

    /// The highest-scoring legal transition in the current state (lowest class on ties).
    private mutating func bestTransition(_ input: ParserInput) -> Transition {
        let canShift = state.canShift, canLeft = state.canLeft, canRight = state.canRight
        // With an empty stack SHIFT is the only move; with only ROOT left and one word, LEFT-root.
        if !canLeft && !canRight { return .shift }
        let atRoot = Int(state.front) == state.count
        if atRoot && !canRight { return .left(DependencyLabelSet.root) }
        keys.withUnsafeMutableBufferPointer { keys in
            features.extract(state, input, into: keys.baseAddress!)
        }
        let weights = model.weights
        return keys.withUnsafeBufferPointer { keys in
            scores.withUnsafeMutableBufferPointer { scores in
                for i in scores.indices { scores[i] = 0 }
                weights.accumulate(keys, into: scores)
                var best = -1
                var bestScore = Int32.min
                if canShift { best = 0; bestScore = scores[0] }
                let labelCount = (scores.count - 1) / 2
                if canLeft {
                    if atRoot {
                        let root = Transition.left(DependencyLabelSet.root).rawValue
                        if scores[root] > bestScore { best = root; bestScore = scores[root] }
                    } else {
                        for label in 1..<labelCount {
                            let c = 1 + 2 * label
                            if scores[c] > bestScore { best = c; bestScore = scores[c] }
                        }
                    }
                }
                if canRight {
                    for label in 1..<labelCount {
                        let c = 2 + 2 * label
                        if scores[c] > bestScore || (scores[c] == bestScore && c < best) { best = c; bestScore = scores[c] }
                    }
                }
                return Transition(rawValue: best)
            }
        }
    }
}
