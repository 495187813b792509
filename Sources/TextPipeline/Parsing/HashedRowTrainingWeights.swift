/// The parser's training weights: a dense row of per-class weights for each hashed feature
/// bucket, with lazily averaged totals.
///
/// The shared `AveragedPerceptron` chains sparse (class, weight) entries per feature, which suits
/// the tagger; with 103 transition classes and 145 templates the parser's frequent features own
/// long chains, and walking them made an epoch about 30 times slower than summing contiguous rows.
/// So the parser hashes each feature key into one of 2^bits buckets (the hashing trick; 2^20 was
/// as good as 2^22 in the prototype) and keeps dense rows there. The perceptron rule, averaging
/// and pruning are the same; `averaged` produces the compact sparse `ParserWeights`.
struct HashedRowTrainingWeights {
    let classCount: Int
    /// Row length: `classCount` rounded up to a multiple of 8 for SIMD.
    let stride: Int
    let bits: Int
    private(set) var instances: Int32 = 0
    private var weights: [Float]
    /// Sum of each weight over the instances up to its row's stamp.
    private var totals: [Float]
    private var stamps: [Int32]

    init(classCount: Int, bits: Int) {
        self.classCount = classCount
        self.bits = bits
        stride = (classCount + 7) / 8 * 8
        weights = Array(repeating: 0, count: stride << bits)
        totals = Array(repeating: 0, count: stride << bits)
        stamps = Array(repeating: 0, count: 1 << bits)
    }

    @inline(__always) func bucket(_ key: UInt64) -> Int { Int(truncatingIfNeeded: key >> UInt64(64 - bits)) }

    /// Starts a training instance (advances the averaging clock).
    mutating func observe() { instances += 1 }

    /// Writes the score of every class into `scores` (`stride` values).
    func score(_ keys: UnsafeBufferPointer<UInt64>, into scores: UnsafeMutableBufferPointer<Float>) {
        let lanes = stride / 8
        scores.withMemoryRebound(to: SIMD8<Float>.self) { out in
            for lane in 0..<lanes { out[lane] = .zero }
            weights.withUnsafeBufferPointer { w in
                w.withMemoryRebound(to: SIMD8<Float>.self) { rows in
                    for key in keys {
                        let base = bucket(key) * lanes
                        for lane in 0..<lanes { out[lane] += rows[base + lane] }
                    }
                }
            }
        }
    }

    /// Moves one unit of weight from `guess` to `truth` on every feature.
    mutating func update(truth: Int, guess: Int, keys: UnsafeBufferPointer<UInt64>) {
        let lanes = stride / 8, stride = self.stride
        let now = instances
        let shift = UInt64(64 - bits)
        weights.withUnsafeMutableBufferPointer { w in
            totals.withUnsafeMutableBufferPointer { t in
                stamps.withUnsafeMutableBufferPointer { stamps in
                    w.withMemoryRebound(to: SIMD8<Float>.self) { wRows in
                        t.withMemoryRebound(to: SIMD8<Float>.self) { tRows in
                            for key in keys {
                                let b = Int(truncatingIfNeeded: key >> shift)
                                let elapsed = Float(now - stamps[b])
                                if elapsed > 0 {
                                    let base = b * lanes
                                    for lane in 0..<lanes { tRows[base + lane] += wRows[base + lane] * elapsed }
                                    stamps[b] = now
                                }
                                w[b * stride + truth] += 1
                                w[b * stride + guess] -= 1
                            }
                        }
                    }
                }
            }
        }
    }

    /// The averaged weights, pruned below `threshold` and quantised to `Int16`.
    func averaged(threshold: Float) -> ParserWeights {
        let now = Float(max(instances, 1))
        var largest: Float = 0
        var average = [Float](repeating: 0, count: classCount)
        // First pass: the largest magnitude sets the quantisation scale.
        for b in 0..<(1 << bits) {
            let elapsed = Float(instances - stamps[b])
            for c in 0..<classCount {
                let i = b * stride + c
                largest = max(largest, abs((totals[i] + weights[i] * elapsed) / now))
            }
        }
        let scale = largest > 0 ? Float(Int16.max) / largest : 1
        var counts = [UInt8](repeating: 0, count: 1 << bits)
        var classes: [UInt8] = []
        var values: [Int16] = []
        for b in 0..<(1 << bits) {
            let elapsed = Float(instances - stamps[b])
            for c in 0..<classCount {
                let i = b * stride + c
                average[c] = (totals[i] + weights[i] * elapsed) / now
            }
            for c in 0..<classCount where abs(average[c]) >= threshold {
                let q = Int16(clamping: Int((average[c] * scale).rounded()))
                guard q != 0 else { continue }
                counts[b] += 1
                classes.append(UInt8(c))
                values.append(q)
            }
        }
        return ParserWeights(classCount: classCount, bits: bits, scale: scale, counts: counts, classes: classes, values: values)
    }
}
