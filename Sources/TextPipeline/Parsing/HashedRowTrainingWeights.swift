import CMemoryHints

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
    /// Current weights. Perceptron updates are whole units, so they are held as `Int16`
    /// (saturating): scores are the same as with floats, and scoring, which is bound by memory
    /// traffic, reads half the bytes.
    private var weights: [Int16]
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
        withUnsafeTemporaryAllocation(of: SIMD8<Int32>.self, capacity: lanes) { sums in
            for lane in 0..<lanes { sums[lane] = .zero }
            weights.withUnsafeBufferPointer { w in
                // Scoring waits on memory: ask for every row's cache lines first, so the misses
                // overlap, then sum (as `ParserWeights.accumulate` does).
                let rowBytes = stride * MemoryLayout<Int16>.stride
                let raw = UnsafeRawPointer(w.baseAddress!)
                for key in keys {
                    let row = raw + bucket(key) * rowBytes
                    var offset = 0
                    while offset < rowBytes { memory_prefetch(row + offset); offset += 64 }
                    memory_prefetch(row + rowBytes - 1)
                }
                w.withMemoryRebound(to: SIMD8<Int16>.self) { rows in
                    for key in keys {
                        let base = bucket(key) * lanes
                        for lane in 0..<lanes { sums[lane] &+= SIMD8<Int32>(truncatingIfNeeded: rows[base + lane]) }
                    }
                }
            }
            scores.withMemoryRebound(to: SIMD8<Float>.self) { out in
                for lane in 0..<lanes { out[lane] = SIMD8<Float>(sums[lane]) }
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
                    w.withMemoryRebound(to: SIMD8<Int16>.self) { wRows in
                        t.withMemoryRebound(to: SIMD8<Float>.self) { tRows in
                            for key in keys {
                                let b = Int(truncatingIfNeeded: key >> shift)
                                let elapsed = Float(now - stamps[b])
                                if elapsed > 0 {
                                    let base = b * lanes
                                    for lane in 0..<lanes {
                                        tRows[base + lane] += SIMD8<Float>(SIMD8<Int32>(truncatingIfNeeded: wRows[base + lane])) * elapsed
                                    }
                                    stamps[b] = now
                                }
                                let t = b * stride + truth, g = b * stride + guess
                                if w[t] < Int16.max { w[t] += 1 }
                                if w[g] > Int16.min { w[g] -= 1 }
                            }
                        }
                    }
                }
            }
        }
    }

    /// The averaged weight of every (bucket, class), in `stride`-long rows.
    func averages() -> [Float] {
        let now = Float(max(instances, 1))
        var average = [Float](repeating: 0, count: stride << bits)
        for b in 0..<(1 << bits) {
            let elapsed = Float(instances - stamps[b])
            for c in 0..<classCount {
                let i = b * stride + c
                average[i] = (totals[i] + Float(weights[i]) * elapsed) / now
            }
        }
        return average
    }

    /// The averaged weights, pruned below `threshold` and quantised to `Int16`.
    func averaged(threshold: Float) -> ParserWeights {
        Self.averaged([self], threshold: threshold)
    }

    /// The mean of several models' averaged weights (the sum of their scores, scaled), pruned and
    /// quantised as `averaged` does: one linear model that scores as the ensemble does.
    static func averaged(_ members: [HashedRowTrainingWeights], threshold: Float) -> ParserWeights {
        precondition(!members.isEmpty)
        var sum = members[0].averages()
        for member in members.dropFirst() {
            let other = member.averages()
            for i in sum.indices { sum[i] += other[i] }
        }
        if members.count > 1 {
            let k = Float(members.count)
            for i in sum.indices { sum[i] /= k }
        }
        return compact(sum, classCount: members[0].classCount, stride: members[0].stride, bits: members[0].bits, threshold: threshold)
    }

    /// Prunes averaged rows below `threshold` and quantises them to `Int16`.
    private static func compact(_ average: [Float], classCount: Int, stride: Int, bits: Int, threshold: Float) -> ParserWeights {
        var largest: Float = 0
        // First pass: the largest magnitude sets the quantisation scale.
        for b in 0..<(1 << bits) {
            for c in 0..<classCount { largest = max(largest, abs(average[b * stride + c])) }
        }
        let scale = largest > 0 ? Float(Int16.max) / largest : 1
        var counts = [UInt8](repeating: 0, count: 1 << bits)
        var classes: [UInt8] = []
        var values: [Int16] = []
        for b in 0..<(1 << bits) {
            for c in 0..<classCount {
                let a = average[b * stride + c]
                guard abs(a) >= threshold else { continue }
                let q = Int16(clamping: Int((a * scale).rounded()))
                guard q != 0 else { continue }
                counts[b] += 1
                classes.append(UInt8(c))
                values.append(q)
            }
        }
        return ParserWeights(classCount: classCount, bits: bits, scale: scale, counts: counts, classes: classes, values: values)
    }
}
