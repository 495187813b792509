/// The parser's compact inference weights: for each of 2^bits feature buckets, a short sparse
/// list of (class, Int16 weight), or a dense row of every class's weight when the list is long.
///
/// A feature key's bucket is its top `bits` bits, so a lookup is one array index, no probing.
/// Stored as three arrays: the row length of each bucket (`UInt8`), then the classes and the
/// weights of all rows in bucket order; row offsets are rebuilt on load. About 3 bytes a weight
/// plus one per bucket on disk. In memory a sparse row packs each weight with its class into one
/// `UInt32` (`class << 16 | UInt16(bitPattern: weight)`), so a row is one contiguous read.
///
/// The features met most often (a tag, a common word) are also the ones whose rows hold weights
/// for most classes, and adding those one (class, weight) word at a time took as long as the
/// lookups. A row of at least `denseMinimum` weights is therefore kept dense in memory: the
/// `Int16` weights of all classes in class order (0 where none is stored), half the bytes of a
/// full sparse row. A dense row has room for the class count rounded up to eight (its extra
/// weights are 0), so it is summed eight classes at a time with no one-at-a-time tail; the
/// scores it adds into must therefore hold `scoreCount` values. A dense row ends with one more
/// word, its largest weight magnitude, so that `accumulate` can sum in `Int16` as many dense rows
/// as those allow before widening to `Int32` (most rows' weights lie within ±4095, so often eight
/// or more). Scores are integer sums, so they are exactly those of the sparse rows. The summing is
/// in `ParserWeights+Accumulate.swift`.
public struct ParserWeights: Sendable {
    public let classCount: Int
    public let bits: Int
    /// A stored weight divided by `scale` is the averaged weight.
    public let scale: Float
    let counts: [UInt8]
    /// Start of each bucket's row in `rows` (2^bits + 1 entries).
    let starts: [UInt32]
    /// Every bucket's row in bucket order: sparse, one packed `UInt32` per weight, or dense,
    /// `denseWords` words holding the `Int16` weights of classes 0, 1, 2, ... (two to a word),
    /// then one word holding the row's largest weight magnitude.
    let rows: [UInt32]
    /// Words of a dense row's weights: room for `scoreCount` `Int16` weights.
    let denseWords: Int
    /// Rows with at least this many weights are dense. It is at most `denseWords`, so a row's
    /// length tells its form: a sparse row is shorter than this, a dense one is `denseWords + 1`
    /// long.
    let denseMinimum: Int
    /// Number of stored weights.
    public let weightCount: Int

    /// Weights from their stored form: each bucket's row of `counts[b]` (class, weight) pairs, in
    /// bucket order, each row's classes ascending and no weight 0 (`rowsAreOrdered`).
    init(classCount: Int, bits: Int, scale: Float, counts: [UInt8], classes: [UInt8], values: [Int16]) {
        precondition(Self.rowsAreOrdered(counts: counts, classes: classes, values: values))
        self.init(orderedRows: classCount, bits: bits, scale: scale, counts: counts, classes: classes, values: values)
    }

    /// `init(classCount:...)` for rows already checked with `rowsAreOrdered` (a model file's, which
    /// is checked as it is read): the check is a pass over every weight at each start.
    private init(orderedRows classCount: Int, bits: Int, scale: Float, counts: [UInt8], classes: [UInt8], values: [Int16]) {
        self.classCount = classCount
        self.bits = bits
        self.scale = scale
        self.counts = counts
        let denseWords = (classCount + 7) / 8 * 4
        // Below 16 weights, adding them one by one costs no more than a dense row.
        let denseMinimum = min(16, denseWords)
        var starts = [UInt32](repeating: 0, count: counts.count + 1)
        var rows: [UInt32] = []
        rows.reserveCapacity(classes.count)
        var offset = 0
        for (b, count) in counts.enumerated() {
            starts[b] = UInt32(rows.count)
            let row = offset..<(offset + Int(count))
            offset += Int(count)
            if row.count >= denseMinimum {
                var dense = [Int16](repeating: 0, count: 2 * denseWords)
                for j in row { dense[Int(classes[j])] = values[j] }
                for k in 0..<denseWords {
                    rows.append(UInt32(UInt16(bitPattern: dense[2 * k])) | UInt32(UInt16(bitPattern: dense[2 * k + 1])) << 16)
                }
                rows.append(UInt32(row.map { abs(Int(values[$0])) }.max() ?? 0))
            } else {
                for j in row { rows.append(UInt32(classes[j]) << 16 | UInt32(UInt16(bitPattern: values[j]))) }
            }
        }
        starts[counts.count] = UInt32(rows.count)
        self.starts = starts
        self.rows = rows
        self.denseWords = denseWords
        self.denseMinimum = denseMinimum
        weightCount = classes.count
    }

    /// True when every row's classes ascend and no weight is 0, as training writes them: a dense
    /// row then gives back exactly the stored row (`weights(inBucket:)`).
    static func rowsAreOrdered(counts: [UInt8], classes: [UInt8], values: [Int16]) -> Bool {
        var j = 0
        for count in counts {
            for k in 0..<Int(count) {
                guard values[j + k] != 0, k == 0 || classes[j + k - 1] < classes[j + k] else { return false }
            }
            j += Int(count)
        }
        return true
    }

    /// Length of a scores buffer for `accumulate`: the class count rounded up to a multiple of
    /// eight; the scores past `classCount` are sums of zeros.
    public var scoreCount: Int { 2 * denseWords }

    /// Number of buckets holding at least one weight.
    public var featureCount: Int { counts.reduce(0) { $0 + ($1 > 0 ? 1 : 0) } }

    /// Bucket `b`'s stored weights as (class, weight), classes ascending. O(classes).
    func weights(inBucket b: Int) -> [(classIndex: UInt8, weight: Int16)] {
        let row = Int(starts[b])..<Int(starts[b + 1])
        if row.count < denseMinimum {
            return row.map { (UInt8(truncatingIfNeeded: rows[$0] >> 16), Int16(truncatingIfNeeded: rows[$0])) }
        }
        return (0..<classCount).compactMap { c in
            let word = rows[row.lowerBound + c / 2]
            let weight = Int16(truncatingIfNeeded: c % 2 == 0 ? word : word >> 16)
            return weight == 0 ? nil : (UInt8(c), weight)
        }
    }

    /// These weights without those whose averaged magnitude is below `threshold`. O(weights).
    ///
    /// The trainer prunes as it averages; this applies a stricter threshold to a trained model.
    public func pruned(below threshold: Float) -> ParserWeights {
        var counts = self.counts
        var classes: [UInt8] = [], values: [Int16] = []
        for b in counts.indices {
            var kept: UInt8 = 0
            for (classIndex, value) in weights(inBucket: b) where abs(Float(value)) / scale >= threshold {
                classes.append(classIndex)
                values.append(value)
                kept += 1
            }
            counts[b] = kept
        }
        return ParserWeights(classCount: classCount, bits: bits, scale: scale, counts: counts, classes: classes, values: values)
    }

    /// Stores the weights as sections `<prefix>.meta`, `.counts`, `.classes`, `.values`.
    func write(to file: inout ModelFile, prefix: String) {
        file.setArray([UInt32(classCount), UInt32(bits), scale.bitPattern], for: prefix + ".meta")
        file.setArray(counts, for: prefix + ".counts")
        let stored = counts.indices.flatMap { weights(inBucket: $0) }
        file.setArray(stored.map(\.classIndex), for: prefix + ".classes")
        file.setArray(stored.map(\.weight), for: prefix + ".values")
    }

    /// Reads weights stored by `write(to:prefix:)`, checking their shape so a damaged file throws.
    init(from file: ModelFile, prefix: String) throws {
        let meta = try file.array(UInt32.self, prefix + ".meta")
        guard meta.count == 3, (8...26).contains(meta[1]) else { throw ModelFileError.malformed("\(prefix).meta") }
        let classCount = Int(meta[0]), bits = Int(meta[1])
        let scale = Float(bitPattern: meta[2])
        let counts = try file.array(UInt8.self, prefix + ".counts")
        let classes = try file.array(UInt8.self, prefix + ".classes")
        let values = try file.array(Int16.self, prefix + ".values")
        guard scale.isFinite, scale > 0, counts.count == 1 << bits, classes.count == values.count,
              counts.reduce(0, { $0 + Int($1) }) == classes.count,
              classes.allSatisfy({ Int($0) < classCount }),
              Self.rowsAreOrdered(counts: counts, classes: classes, values: values)
        else { throw ModelFileError.malformed("\(prefix) rows") }
        self.init(orderedRows: classCount, bits: bits, scale: scale, counts: counts, classes: classes, values: values)
    }
}
