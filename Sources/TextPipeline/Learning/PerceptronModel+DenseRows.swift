import CMemoryHints

/// Scoring for models of many classes (the tagger's 102): long rows kept dense, summed in
/// `Int16` lanes several rows at a time.
///
/// A sparse row is added one (class, weight) word at a time, about five instructions a weight,
/// and the tagger's rows are long: its lookups were over half of the tag stage's instructions.
/// A row of at least `denseMinimum` weights is also kept as vectors of eight `Int16` weights
/// (class c in lane c % 8 of vector c / 8, 0 where none is stored), with its largest weight
/// magnitude; as many such rows as their largest magnitudes allow (so that their sum cannot
/// overflow) are summed lane by lane in `Int16` and widened into the scores once per group, as
/// the parser sums its dense rows. Built from the stored rows at load, so the model file is
/// unchanged; integer sums, so the scores are exactly the sparse rows'.
extension PerceptronModel {
    /// Rows with at least this many weights are dense; shorter ones cost less
    /// added one by one.
    static let denseMinimum = 16
    /// Vectors of a row summed side by side in registers (`addDenseRows`).
    static let denseChunk = 4
    /// Marks a slot of `DenseRows.slots` whose low half is a dense row's number.
    static let denseMark: UInt64 = 0x8000_0000

    /// A model's dense rows and the probe table that finds them.
    struct DenseRows: Sendable, Equatable {
        /// The model's `slots`, each dense row's slot holding `denseMark | row number` in its
        /// low half instead of the row's offset (the fingerprints are the same).
        let slots: [UInt64]
        /// The dense rows, `lanes` vectors each.
        let vectors: [SIMD8<Int16>]
        /// Each dense row's largest weight magnitude.
        let largest: [UInt16]
        /// Vectors per row: the class count over eight, rounded up to a multiple of
        /// `denseChunk` (the extra vectors are zero).
        let lanes: Int
    }

    /// The dense rows of a model of more than `smallClassLimit` classes, or nil when it has none
    /// (or rows too many to mark).
    static func denseRows(classCount: Int, slots: [UInt64], rowData: [UInt32]) -> DenseRows? {
        guard classCount > smallClassLimit, rowData.count < Int(denseMark) else { return nil }
        let lanes = ((classCount + 7) / 8 + denseChunk - 1) / denseChunk * denseChunk
        var probe = slots, vectors: [SIMD8<Int16>] = [], largest: [UInt16] = []
        var dense = [SIMD8<Int16>](repeating: SIMD8(), count: lanes)
        for (i, slot) in slots.enumerated() where slot != 0 {
            let offset = Int(truncatingIfNeeded: slot & 0xFFFF_FFFF)
            let row = rowData[(offset + 1)..<(offset + 1 + Int(rowData[offset]))]
            guard row.count >= denseMinimum else { continue }
            for v in dense.indices { dense[v] = SIMD8() }
            // Each class once (a weight 0 is never stored, so a set lane was seen). Rows with a
            // weight past ±4095 were once left sparse, so that eight rows summed within `Int16`:
            // 2 % of the tag stage's instructions went to the long ones.
            var once = true, magnitude = 0
            for packed in row {
                let c = Int(packed >> 16), weight = Int16(truncatingIfNeeded: packed)
                guard weight != 0, dense[c / 8][c % 8] == 0 else { once = false; break }
                dense[c / 8][c % 8] = weight
                magnitude = max(magnitude, abs(Int(weight)))
            }
            guard once else { continue }
            probe[i] = slot & 0xFFFF_FFFF_0000_0000 | denseMark | UInt64(largest.count)
            vectors += dense
            largest.append(UInt16(magnitude))
        }
        guard !vectors.isEmpty else { return nil }
        return DenseRows(slots: probe, vectors: vectors, largest: largest, lanes: lanes)
    }

    /// `accumulate` with `dense`: prefetch every feature's home slot, probe them all (asking for
    /// each found row), add the sparse rows one weight at a time, then the dense rows in groups.
    @inline(__always)
    func accumulateDense(_ features: UnsafeBufferPointer<UInt64>, dense: DenseRows, into scores: UnsafeMutableBufferPointer<Int32>) {
        precondition(scores.count >= classCount)
        let lanes = dense.lanes, classCount = self.classCount
        dense.slots.withUnsafeBufferPointer { slots in
            rowData.withUnsafeBufferPointer { data in
                dense.vectors.withUnsafeBufferPointer { vectors in
                  dense.largest.withUnsafeBufferPointer { largest in
                    for key in features { memory_prefetch(slots.baseAddress! + Self.home(key, capacity: slots.count)) }
                    // Sparse rows' offsets from the front, dense rows' numbers from the back.
                    withUnsafeTemporaryAllocation(of: Int.self, capacity: features.count) { found in
                        var sparseCount = 0, denseCount = 0
                        for key in features {
                            guard let i = Self.slotIndex(key, in: slots) else { continue }
                            let low = slots[i] & 0xFFFF_FFFF
                            if low & Self.denseMark != 0 {
                                let row = Int(truncatingIfNeeded: low & ~Self.denseMark), first = row * lanes
                                for v in stride(from: first, to: first + lanes, by: 4) { memory_prefetch(vectors.baseAddress! + v) }
                                memory_prefetch(vectors.baseAddress! + first + lanes - 1)
                                denseCount += 1
                                found[features.count - denseCount] = row
                            } else {
                                let offset = Int(truncatingIfNeeded: low)
                                memory_prefetch(data.baseAddress! + offset)
                                found[sparseCount] = offset
                                sparseCount += 1
                            }
                        }
                        Self.addSparseRows(UnsafeBufferPointer(rebasing: found[..<sparseCount]), data: data, into: scores)
                        let rows = UnsafeBufferPointer(rebasing: found[(features.count - denseCount)...])
                        Self.addDenseRows(rows, vectors: vectors, largest: largest, lanes: lanes, into: scores, classCount: classCount)
                    }
                  }
                }
            }
        }
    }

    /// Adds the dense rows numbered `rows` into `scores` (`classCount` values): as many rows at
    /// a time as sum within `Int16` by their `largest` magnitudes, `denseChunk` vectors of them
    /// summed in `Int16` registers and widened into the scores once per group.
    ///
    /// Rows inner and four vectors at a time: one vector per row in the inner loop (indexed
    /// through the row list, with an overflow check) took eight instructions a vector, more than
    /// the sparse rows it replaced; four vectors at once take about two.
    @inline(never)
    static func addDenseRows(_ rows: UnsafeBufferPointer<Int>, vectors: UnsafeBufferPointer<SIMD8<Int16>>,
                             largest: UnsafeBufferPointer<UInt16>, lanes: Int,
                             into scores: UnsafeMutableBufferPointer<Int32>, classCount: Int) {
        let base = vectors.baseAddress!
        var groupStart = 0
        while groupStart < rows.count {
            var groupEnd = groupStart, total = 0
            while groupEnd < rows.count {
                total &+= Int(largest[rows[groupEnd]])
                guard groupEnd == groupStart || total <= Int(Int16.max) else { break }
                groupEnd &+= 1
            }
            var chunk = 0
            while chunk < lanes {
                var s0 = SIMD8<Int16>(), s1 = s0, s2 = s0, s3 = s0
                for r in groupStart..<groupEnd {
                    let v = base + (rows[r] &* lanes &+ chunk)
                    s0 &+= v[0]
                    s1 &+= v[1]
                    s2 &+= v[2]
                    s3 &+= v[3]
                }
                addWidened(s0, from: 8 * chunk, into: scores, classCount: classCount)
                addWidened(s1, from: 8 * chunk + 8, into: scores, classCount: classCount)
                addWidened(s2, from: 8 * chunk + 16, into: scores, classCount: classCount)
                addWidened(s3, from: 8 * chunk + 24, into: scores, classCount: classCount)
                chunk += denseChunk
            }
            groupStart = groupEnd
        }
    }

    /// Adds `sum` (classes `first` to `first + 7`) into those of the `classCount` scores that exist.
    @inline(__always)
    private static func addWidened(_ sum: SIMD8<Int16>, from first: Int, into scores: UnsafeMutableBufferPointer<Int32>, classCount: Int) {
        let widened = SIMD8<Int32>(truncatingIfNeeded: sum)
        if first + 8 <= classCount {
            let out = UnsafeMutableRawPointer(scores.baseAddress! + first)
            out.storeBytes(of: out.loadUnaligned(as: SIMD8<Int32>.self) &+ widened, as: SIMD8<Int32>.self)
        } else if first < classCount {
            for c in first..<classCount { scores[c] &+= widened[c - first] }
        }
    }

    /// Adds the sparse rows at `offsets` in `data` into `scores`, one (class, weight) word at a
    /// time; `accumulate` and `accumulateDense` both call it. Its own function because, inlined
    /// into `accumulateDense` beside the dense rows' pointers, the loop compiled to seven
    /// instructions a weight instead of five (tag stage 327.6 M -> 345.1 M instructions on EWT test).
    @inline(never)
    static func addSparseRows(_ offsets: UnsafeBufferPointer<Int>, data: UnsafeBufferPointer<UInt32>, into scores: UnsafeMutableBufferPointer<Int32>) {
        for offset in offsets {
            let count = Int(data[offset])
            var j = offset + 1
            let end = j + count
            while j < end {
                let packed = data[j]
                scores[Int(packed >> 16)] &+= Int32(Int16(truncatingIfNeeded: packed))
                j += 1
            }
        }
    }
}
