import Foundation

/// The name tagger: a BIO averaged perceptron over `NamedEntityFeatures`, labelling person,
/// organization and place names, decoded by second-order Viterbi search (or greedily, for older
/// models), with a second pass over the document's first-pass labels when trained with one.
public struct NamedEntityTagger: Sendable {
    public static let modelKind = "factsh-ner"
    let model: PerceptronModel
    /// How the model was trained (data, epochs, scores), as stored in the model file.
    public let recipe: [String: String]

    /// True when the model was trained for, and is decoded with, second-order Viterbi search
    /// (`recipe["decoder"] == "viterbi"`); otherwise greedy left to right.
    let viterbi: Bool
    /// Viterbi only: the label-bigram weights, `pair[(previous2 * L + previous) * L + label]`,
    /// with the previous-label weights added in (neither depends on the token).
    let pair: [Int32]
    /// `pair` as one vector of the next label's weights per (previous2, previous), for `laneViterbi`.
    let pairLanes: [SIMD8<Int32>]
    /// True when the model was trained with a second pass that reads the first pass's labels
    /// elsewhere in the document (`recipe["document"] == "labels"`, Viterbi only).
    let documentLabels: Bool

    init(model: PerceptronModel, recipe: [String: String]) {
        self.model = model
        self.recipe = recipe
        self.viterbi = recipe["decoder"] == "viterbi"
        self.documentLabels = viterbi && recipe["document"] == "labels"
        let count = EntityLabel.tags.count
        var pair = [Int32](repeating: 0, count: count * count * count)
        if viterbi {
            var scores: [Int32] = []
            for q in 0..<count {
                for p in 0..<count {
                    model.score([NamedEntityFeatures.labelPair(previous: p, previous2: q),
                                 NamedEntityFeatures.previousLabel(p)], into: &scores)
                    for y in 0..<count { pair[(q * count + p) * count + y] = scores[y] }
                }
            }
        }
        self.pair = pair
        pairLanes = Self.pairLanes(pair)
    }

    /// Loads a model file written by `write(to:)`.
    public init(contentsOf url: URL) throws {
        let file = try ModelFile(contentsOf: url)
        guard file.kind == Self.modelKind, try file.list("labels") == EntityLabel.tags else {
            throw EntityResourceError.malformed(url.lastPathComponent)
        }
        self.init(model: try PerceptronModel(from: file, prefix: "ner"), recipe: file.recipe)
    }

    /// The bundled `ner.model`.
    public static func bundled() throws -> NamedEntityTagger {
        try NamedEntityTagger(contentsOf: EntityResources.url("ner.model"))
    }

    /// Writes the model file.
    public func write(to url: URL) throws {
        var file = ModelFile(kind: Self.modelKind, recipe: recipe, lists: ["labels": EntityLabel.tags])
        model.write(to: &file, prefix: "ner")
        try file.write(to: url)
    }

    /// The best label sequence for one sentence's features, never an I- after a label of another
    /// type: by Viterbi search or greedily, as the model was trained. O(tokens × features).
    func decode(_ tokens: [NamedEntityFeatures.TokenFeatures]) -> [Int] {
        viterbi ? decodeViterbi(tokens) : decodeGreedy(tokens)
    }

    /// Second-order Viterbi decoding: each token's static features are scored once, its
    /// first-order label features once per previous label. O(tokens × (features + L³)).
    func decodeViterbi(_ tokens: [NamedEntityFeatures.TokenFeatures]) -> [Int] {
        search(localScores(tokens))
    }

    /// The labels of every sentence of one document: by `decode`, then, for a model trained with
    /// document labels, searched again in each sentence where a word has a label feature from the
    /// first pass elsewhere (`NamedEntityDocumentLabels`), its static scores reused.
    func decodeDocument(_ sentences: [[NamedEntityFeatures.TokenFeatures]]) -> [[Int]] {
        guard documentLabels else { return sentences.map(decode) }
        let locals = sentences.map(localScores)
        var labels = locals.map(search)
        let extra = NamedEntityDocumentLabels.features(sentences, labels: labels)
        let count = EntityLabel.tags.count
        var scores = [Int32](repeating: 0, count: count)
        for s in sentences.indices where extra[s].contains(where: { $0 != nil }) {
            var local = locals[s]
            for (t, key) in extra[s].enumerated() {
                guard let key else { continue }
                model.score([key], into: &scores)
                for p in 0..<count { for y in 0..<count { local[(t * count + p) * count + y] &+= scores[y] } }
            }
            labels[s] = search(local)
        }
        return labels
    }

    /// The token scores of Viterbi search: `local[(t * L + p) * L + y]` is the score of label y at
    /// token t after label p, less the token-independent part kept in `pair`.
    ///
    /// Each sum is one vector of the labels' scores (`PerceptronModel.smallSum`): the token's
    /// static keys once, its first-order keys once per previous label. Written as `accumulate`
    /// calls into the scores, and with the first-order keys appended to an array, the same sums
    /// took two fifths more instructions.
    func localScores(_ tokens: [NamedEntityFeatures.TokenFeatures]) -> [Int32] {
        let count = EntityLabel.tags.count
        precondition(count <= 8)
        var local = [Int32](repeating: 0, count: tokens.count * count * count)
        let perLabel = NamedEntityFeatures.tokenFirstOrderCount
        local.withUnsafeMutableBufferPointer { local in
            // One token's first-order keys, those after previous label p at `p * perLabel...`.
            withUnsafeTemporaryAllocation(of: UInt64.self, capacity: count * perLabel) { firstOrder in
                for (t, token) in tokens.enumerated() {
                    for p in 0..<count {
                        NamedEntityFeatures.tokenFirstOrder(previous: p, word: token.word, shape: token.shape, upos: token.upos,
                                                            into: UnsafeMutableBufferPointer(rebasing: firstOrder[(p * perLabel)...]))
                    }
                    // Asked for first, the first-order rows arrive while the static ones are summed.
                    model.prefetch(UnsafeBufferPointer(firstOrder))
                    let tokenSums = token.keys.withUnsafeBufferPointer { model.smallSum($0) }
                    for p in 0..<count {
                        let sums = tokenSums &+ model.smallSum(UnsafeBufferPointer(rebasing: firstOrder[(p * perLabel)..<((p + 1) * perLabel)]))
                        let row = (t * count + p) * count
                        for y in 0..<count { local[row + y] = sums[y] }
                    }
                }
            }
        }
        return local
    }

    /// The best allowed label sequence for `localScores`' scores and the label-bigram weights:
    /// `viterbi`'s, searched with the labels as vector lanes (`laneViterbi`).
    func search(_ local: [Int32]) -> [Int] {
        Self.laneViterbi(local, pairLanes: pairLanes)
    }

    /// Second-order Viterbi search over BIO labels: the sequence with the highest total score
    /// whose every label is allowed after its predecessor; before the sentence both previous labels
    /// are O. `local(t, p, &scores)` writes each label's score at token t after label p (resized
    /// to L); `pair[(q * L + p) * L + y]` adds the score of y after p after q. `floor` is below
    /// every real total. Ties go to the lowest indices. O(n × L³).
    static func viterbi<S: Comparable & AdditiveArithmetic>(
        count n: Int, pair: [S], floor: S, local: (Int, Int, inout [S]) -> Void
    ) -> [Int] {
        guard n > 0 else { return [] }
        let count = EntityLabel.tags.count
        let outside = EntityLabel.outside
        var back = [UInt8](repeating: 0, count: n * count * count)
        var scores = [S](repeating: .zero, count: count)
        var allowed = [Bool](repeating: false, count: count * count)  // (previous, label)
        for p in 0..<count { for y in 0..<count { allowed[p * count + y] = EntityLabel.allowed(y, after: p) } }
        // (previous, label) scores at the current token and the next; unsafe buffers, since this
        // runs L³ times a token and array accesses would check bounds at each step.
        let state = withUnsafeTemporaryAllocation(of: S.self, capacity: 2 * count * count) { buffer -> Int in
            buffer.initialize(repeating: floor)
            var delta = UnsafeMutableBufferPointer(rebasing: buffer[0..<(count * count)])
            var next = UnsafeMutableBufferPointer(rebasing: buffer[(count * count)...])
            pair.withUnsafeBufferPointer { pair in
                allowed.withUnsafeBufferPointer { allowed in
                    back.withUnsafeMutableBufferPointer { back in
                        local(0, outside, &scores)
                        for y in 0..<count where allowed[outside * count + y] {
                            delta[outside * count + y] = scores[y] + pair[(outside * count + outside) * count + y]
                        }
                        for t in 1..<n {
                            for i in next.indices { next[i] = floor }
                            for p in 0..<count {
                                var reachable = false
                                for q in 0..<count where delta[q * count + p] != floor { reachable = true; break }
                                guard reachable else { continue }
                                local(t, p, &scores)
                                for y in 0..<count where allowed[p * count + y] {
                                    var best = floor
                                    var argument = 0
                                    for q in 0..<count where delta[q * count + p] != floor {
                                        let value = delta[q * count + p] + pair[(q * count + p) * count + y]
                                        if best == floor || value > best { best = value; argument = q }
                                    }
                                    guard best != floor else { continue }
                                    next[p * count + y] = best + scores[y]
                                    back[(t * count + p) * count + y] = UInt8(argument)
                                }
                            }
                            swap(&delta, &next)
                        }
                    }
                }
            }
            var state = -1
            for i in delta.indices where delta[i] != floor && (state < 0 || delta[i] > delta[state]) { state = i }
            return state
        }
        var labels = [Int](repeating: outside, count: n)
        var p = state / count
        var y = state % count
        var t = n - 1
        while true {
            labels[t] = y
            if t == 0 { break }
            let q = Int(back[(t * count + p) * count + y])
            y = p
            p = q
            t -= 1
        }
        return labels
    }

    /// Greedy decoding: each token's best allowed label given the two before. O(tokens × features).
    func decodeGreedy(_ tokens: [NamedEntityFeatures.TokenFeatures]) -> [Int] {
        var labels: [Int] = []
        labels.reserveCapacity(tokens.count)
        var scores = [Int32](repeating: 0, count: EntityLabel.tags.count)
        var keys: [UInt64] = []
        keys.reserveCapacity(80)
        for token in tokens {
            let previous = labels.last ?? EntityLabel.outside
            let previous2 = labels.count > 1 ? labels[labels.count - 2] : EntityLabel.outside
            keys.removeAll(keepingCapacity: true)
            keys.append(contentsOf: token.keys)
            NamedEntityFeatures.addDynamic(
                to: &keys, previous: previous, previous2: previous2, word: token.word, shape: token.shape, upos: token.upos)
            model.score(keys, into: &scores)
            labels.append(Self.bestAllowed(scores, after: previous))
        }
        return labels
    }

    /// The highest-scoring label that may follow `previous`; ties go to the lowest index.
    static func bestAllowed<S: Comparable & SignedNumeric>(_ scores: [S], after previous: Int) -> Int {
        var best = EntityLabel.outside
        for label in scores.indices where EntityLabel.allowed(label, after: previous) && scores[label] > scores[best] {
            best = label
        }
        return best
    }
}
