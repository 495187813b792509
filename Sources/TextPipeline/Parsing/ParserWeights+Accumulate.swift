import CMemoryHints

/// Scoring with `ParserWeights`: the sum of the rows of a decision's feature keys.
///
/// The table is far larger than the CPU caches and every feature hits a random bucket, so
/// fetching the rows is bound by memory latency. `accumulate` therefore works in passes: it
/// prefetches every key's bucket bounds, reads them, prefetches every row, then sums, so the
/// processor keeps many cache misses in flight at once instead of waiting for each in turn.
///
/// Half the rows a decision reads are dense (the common features), and widening each of their
/// `Int16` weights to `Int32` took two fifths of the parser's instructions. Dense rows are
/// therefore summed in `Int16` lanes, as many at a time as their largest weight magnitudes
/// allow (so that the group's sum cannot overflow), and widened once per group.
extension ParserWeights {
    /// Adds the weights of `keys` into `scores` (`scoreCount` values, not cleared here), using
    /// `scratch` (room for three values per key). O(keys + weights touched).
    ///
    /// The caller owns the scratch: at 164 templates it is over the size Swift puts on the
    /// stack, and a heap allocation per decision cost 1 % of the parser's instructions.
    @inline(__always)
    func accumulate(_ keys: UnsafeBufferPointer<UInt64>, scratch: UnsafeMutableBufferPointer<UInt32>,
                    into scores: UnsafeMutableBufferPointer<Int32>) {
        precondition(scratch.count >= 3 * keys.count && scores.count >= scoreCount)
        // `bits` is 8...26, so the shift is below 64: the masking shift `&>>` gives the same
        // bucket without the out-of-range check of `>>` (two instructions a key, twice).
        let shift = UInt64(64 - bits)
        let denseMinimum = self.denseMinimum, denseWords = self.denseWords, scoreCount = self.scoreCount
        // The first two values per key hold its row's bounds, the rest the dense rows' starts.
        let bounds = scratch.baseAddress!, dense = scratch.baseAddress! + 2 * keys.count
        var denseCount = 0
        starts.withUnsafeBufferPointer { starts in
            rows.withUnsafeBufferPointer { rows in
                let starts = starts.baseAddress!, rows = rows.baseAddress!
                // Pass 1: ask for every key's bucket bounds at once, then read them; the
                // prefetches do not wait, so the misses overlap. (Read in pass 2 instead, as each
                // row is asked for, they took 6 % fewer instructions but the parse stage 2 % more
                // time: the loads waited on the misses there, not here.)
                for key in keys { memory_prefetch(starts + Int(truncatingIfNeeded: key &>> shift)) }
                for (i, key) in keys.enumerated() {
                    let b = Int(truncatingIfNeeded: key &>> shift)
                    bounds[2 &* i] = starts[b]
                    bounds[2 &* i &+ 1] = starts[b &+ 1]
                }
                // Pass 2: ask for every non-empty row: its first and last word, and every
                // cache line between them for a dense row. Each row is sorted here by its form:
                // the sparse rows' bounds are packed at the front of `bounds` (never past the
                // key being read), the dense rows' starts noted. Wrapping arithmetic on counts far
                // below `Int.max`: the overflow checks were a tenth of this pass. (Sorted in the
                // summing pass, every key's bounds were read and compared twice: 2 % more
                // instructions.)
                var sparseCount = 0
                for i in 0..<keys.count {
                    let start = Int(truncatingIfNeeded: bounds[2 &* i]), end = Int(truncatingIfNeeded: bounds[2 &* i &+ 1])
                    let length = end &- start
                    guard length > 0 else { continue }
                    if length >= denseMinimum {
                        for j in stride(from: start, to: end, by: 16) { memory_prefetch(rows + j) }
                        dense[denseCount] = UInt32(truncatingIfNeeded: start)
                        denseCount &+= 1
                    } else {
                        memory_prefetch(rows + start)
                        bounds[2 &* sparseCount] = UInt32(truncatingIfNeeded: start)
                        bounds[2 &* sparseCount &+ 1] = UInt32(truncatingIfNeeded: end)
                        sparseCount &+= 1
                    }
                    memory_prefetch(rows + (end &- 1))
                }
                // Pass 3: the sparse rows, now mostly from cache.
                for s in 0..<sparseCount {
                    var j = Int(bounds[2 * s])
                    let end = Int(bounds[2 * s + 1])
                    while j < end {
                        let word = rows[j]
                        scores[Int(word >> 16)] &+= Int32(Int16(truncatingIfNeeded: word))
                        j += 1
                    }
                }
                // Pass 4: the dense rows.
                Self.addDense(UnsafeRawPointer(rows), starts: UnsafeBufferPointer(start: dense, count: denseCount),
                              width: denseWords, count: scoreCount, into: scores)
            }
        }
    }

    /// Adds the dense rows starting at word offsets `starts` of `rows` into `scores` (`count`
    /// classes, a multiple of eight): as many rows at a time as sum within `Int16` by their
    /// largest magnitudes (stored after each row's weights, at word `width`), in `Int16`, then
    /// widened and added.
    ///
    /// Rows within ±4095 were once summed eight at a time, the others (one in four, mostly with a
    /// few weights past ±4095, far from the `Int16` limit) widened row by row: twice the
    /// instructions for the latter, and groups of rows with small weights are now longer than
    /// eight (parse stage 2 % fewer instructions than with the two kinds apart).
    @inline(__always)
    private static func addDense(_ rows: UnsafeRawPointer, starts: UnsafeBufferPointer<UInt32>, width: Int, count: Int,
                                 into scores: UnsafeMutableBufferPointer<Int32>) {
        let out = UnsafeMutableRawPointer(scores.baseAddress!)
        var first = 0
        while first < starts.count {
            var end = first, total = 0
            while end < starts.count {
                total &+= Int(rows.load(fromByteOffset: 4 &* (Int(starts[end]) &+ width), as: UInt32.self))
                guard end == first || total <= Int(Int16.max) else { break }
                end &+= 1
            }
            addGroup(rows, starts: UnsafeBufferPointer(rebasing: starts[first..<end]), count: count, into: out)
            first = end
        }
    }

    /// Adds the dense rows starting at word offsets `starts` of `rows`, whose sum fits in `Int16`
    /// lanes, into the `count` `Int32` scores at `out` (a multiple of eight): summed in `Int16`,
    /// then widened and added.
    ///
    /// The classes are taken 32 at a time, the block's running sum held in four vector
    /// registers while every row of the group is added to it: a row costs one load of its start
    /// and two instructions per eight classes. Eight classes at a time, each row's start was
    /// loaded again for every eight classes and the group's loop ran once per eight: 1.7 times the
    /// instructions. (The block is a concrete `SIMD32`: a function generic over the block's width
    /// added its lanes one by one.)
    @inline(__always)
    private static func addGroup(_ rows: UnsafeRawPointer, starts: UnsafeBufferPointer<UInt32>, count: Int,
                                 into out: UnsafeMutableRawPointer) {
        var c = 0
        while c + 32 <= count {
            var sum = SIMD32<Int16>()
            for start in starts {
                sum &+= rows.loadUnaligned(fromByteOffset: 4 &* Int(start) &+ 2 &* c, as: SIMD32<Int16>.self)
            }
            withUnsafeBytes(of: sum) { lanes in
                for k in stride(from: 0, to: 32, by: 8) {
                    addWidened(lanes.loadUnaligned(fromByteOffset: 2 &* k, as: SIMD8<Int16>.self), at: c &+ k, into: out)
                }
            }
            c &+= 32
        }
        while c < count {
            var sum = SIMD8<Int16>()
            for start in starts {
                sum &+= rows.loadUnaligned(fromByteOffset: 4 &* Int(start) &+ 2 &* c, as: SIMD8<Int16>.self)
            }
            addWidened(sum, at: c, into: out)
            c &+= 8
        }
    }

    /// Adds `sum`, widened, to the eight `Int32` scores from class `first` at `out`.
    @inline(__always)
    private static func addWidened(_ sum: SIMD8<Int16>, at first: Int, into out: UnsafeMutableRawPointer) {
        let offset = 4 &* first
        out.storeBytes(of: out.loadUnaligned(fromByteOffset: offset, as: SIMD8<Int32>.self) &+ SIMD8<Int32>(truncatingIfNeeded: sum),
                       toByteOffset: offset, as: SIMD8<Int32>.self)
    }
}
