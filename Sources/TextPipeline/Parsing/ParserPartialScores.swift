/// The part of a decision's scores that many decisions share: the summed weights of the
/// templates that read only b0...b3's own attributes (`ParserFeatureTemplates.bufferOnly`) and
/// of those that read only s0...s3's (`stackOnly`), 22 and 28 of the bundled model's 164.
///
/// b0 stays put over every LEFT and RIGHT, so the buffer sum is made once per b0. A stack top
/// keeps the words under it until it leaves the stack, and a word is pushed once, so the stack
/// sum of the stack whose top is word w at depth d is made once and is valid again whenever the
/// stack comes back to it (after the words pushed onto w are reduced); it is kept per depth, with
/// its top word. Integer sums in another order: the scores are exactly those of summing every
/// template at every decision. Once per sentence (and per branch of a branching parse)
/// `reset` forgets them.
struct ParserPartialScores {
    private let features: ParserFeatures
    private let weights: ParserWeights
    private var keys: [UInt64]
    /// The buffer-only sum for b0 `bufferFront` (-1: none).
    private var bufferScores: [Int32]
    private var bufferFront: Int32 = -1
    /// The stack-only sum of the stack of depth d at `d * scoreCount...`, valid while its top is
    /// `stackTops[d]` (-1: none).
    private var stackScores: [Int32] = []
    private var stackTops: [Int32] = []
    /// Slot positions of b0 and s0, found once: finding them by name at every sum cost 1 % of
    /// the parser's instructions.
    private let bufferFirst = ParserFeatureTemplates.firstPosition("b")
    private let stackFirst = ParserFeatureTemplates.firstPosition("s")

    init(features: ParserFeatures, weights: ParserWeights) {
        self.features = features
        self.weights = weights
        keys = Array(repeating: 0, count: max(features.templates.bufferOnly.count, features.templates.stackOnly.count))
        bufferScores = Array(repeating: 0, count: weights.scoreCount)
    }

    /// Forgets the sums, before a new sentence or branch.
    mutating func reset() {
        bufferFront = -1
        for d in stackTops.indices { stackTops[d] = -1 }
    }

    /// Writes into `scores` (`ParserWeights.scoreCount` values) the shared part of the scores of
    /// `state`, which has a stack, making the sums it lacks (`scratch`: `accumulate`'s).
    mutating func start(_ scores: inout [Int32], state: ArcHybridState, input: ParserInput, scratch: inout [UInt32]) {
        let n = weights.scoreCount
        if state.front != bufferFront {
            let words = SIMD4(state.bufferItem(0), state.bufferItem(1), state.bufferItem(2), state.bufferItem(3))
            Self.sum(features, weights, features.bufferOnlyPlan, from: bufferFirst, words: words, input,
                     keys: &keys, into: &bufferScores, at: 0, scratch: &scratch)
            bufferFront = state.front
        }
        let depth = state.stack.count - 1, top = state.stackItem(0)
        if depth >= stackTops.count {
            stackTops.append(contentsOf: repeatElement(-1, count: depth + 1 - stackTops.count))
            stackScores.append(contentsOf: repeatElement(0, count: stackTops.count * n - stackScores.count))
        }
        if stackTops[depth] != top {
            let words = SIMD4(state.stackItem(0), state.stackItem(1), state.stackItem(2), state.stackItem(3))
            Self.sum(features, weights, features.stackOnlyPlan, from: stackFirst, words: words, input,
                     keys: &keys, into: &stackScores, at: depth * n, scratch: &scratch)
            stackTops[depth] = top
        }
        precondition(scores.count >= n && n % 8 == 0)
        scores.withUnsafeMutableBufferPointer { scores in
            bufferScores.withUnsafeBufferPointer { buffer in
                stackScores.withUnsafeBufferPointer { stack in
                    // Eight at a time (`n` is a multiple of eight): written one by one, this
                    // loop was not vectorised and took 2 % of the parser's instructions.
                    let out = UnsafeMutableRawPointer(scores.baseAddress!)
                    let bufferSums = UnsafeRawPointer(buffer.baseAddress!), stackSums = UnsafeRawPointer(stack.baseAddress! + depth * n)
                    for offset in stride(from: 0, to: 4 * n, by: 32) {
                        let sum = bufferSums.loadUnaligned(fromByteOffset: offset, as: SIMD8<Int32>.self)
                            &+ stackSums.loadUnaligned(fromByteOffset: offset, as: SIMD8<Int32>.self)
                        out.storeBytes(of: sum, toByteOffset: offset, as: SIMD8<Int32>.self)
                    }
                }
            }
        }
    }

    /// Sums the weights of the templates of `plan` for the four words from slot position `first`
    /// into `scores[start...]`, their keys made in `keys`.
    private static func sum(_ features: ParserFeatures, _ weights: ParserWeights, _ plan: ParserKeyPlan, from first: Int,
                            words: SIMD4<Int32>, _ input: ParserInput, keys: inout [UInt64],
                            into scores: inout [Int32], at start: Int, scratch: inout [UInt32]) {
        features.extractOwnAttributes(plan, from: first, words: words, input, into: &keys)
        let count = plan.count
        keys.withUnsafeBufferPointer { keys in
            scores.withUnsafeMutableBufferPointer { scores in
                let out = UnsafeMutableBufferPointer(rebasing: scores[start..<(start + weights.scoreCount)])
                for i in out.indices { out[i] = 0 }
                scratch.withUnsafeMutableBufferPointer {
                    weights.accumulate(UnsafeBufferPointer(rebasing: keys[0..<count]), scratch: $0, into: out)
                }
            }
        }
    }
}
