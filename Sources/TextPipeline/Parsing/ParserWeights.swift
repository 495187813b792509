/// The parser's compact inference weights: for each of 2^bits feature buckets, a short sparse
/// list of (class, Int16 weight).
///
/// A feature key's bucket is its top `bits` bits, so a lookup is one array index, no probing.
/// Stored as three arrays: the row length of each bucket (`UInt8`), then the classes and the
/// weights of all rows in bucket order; row offsets are rebuilt on load. About 3 bytes a weight
/// plus one per bucket.
public struct ParserWeights: Sendable {
    public let classCount: Int
    public let bits: Int
    /// A stored weight divided by `scale` is the averaged weight.
    public let scale: Float
    let counts: [UInt8]
    let classes: [UInt8]
    let values: [Int16]
    /// Start of each bucket's row in `classes`/`values` (2^bits + 1 entries).
    private let starts: [UInt32]

    init(classCount: Int, bits: Int, scale: Float, counts: [UInt8], classes: [UInt8], values: [Int16]) {
        self.classCount = classCount
        self.bits = bits
        self.scale = scale
        self.counts = counts
        self.classes = classes
        self.values = values
        var starts = [UInt32](repeating: 0, count: counts.count + 1)
        var total: UInt32 = 0
        for (i, count) in counts.enumerated() {
            starts[i] = total
            total += UInt32(count)
        }
        starts[counts.count] = total
        self.starts = starts
    }

    /// Number of stored weights.
    public var weightCount: Int { values.count }
    /// Number of buckets holding at least one weight.
    public var featureCount: Int { counts.reduce(0) { $0 + ($1 > 0 ? 1 : 0) } }

    /// Adds the weights of `keys` into `scores` (not cleared here). O(keys + weights touched).
    @inline(__always)
    func accumulate(_ keys: UnsafeBufferPointer<UInt64>, into scores: UnsafeMutableBufferPointer<Int32>) {
        let shift = UInt64(64 - bits)
        starts.withUnsafeBufferPointer { starts in
            classes.withUnsafeBufferPointer { classes in
                values.withUnsafeBufferPointer { values in
                    for key in keys {
                        let b = Int(truncatingIfNeeded: key >> shift)
                        var j = Int(starts[b])
                        let end = Int(starts[b + 1])
                        while j < end {
                            scores[Int(classes[j])] &+= Int32(values[j])
                            j += 1
                        }
                    }
                }
            }
        }
    }

    /// Stores the weights as sections `<prefix>.meta`, `.counts`, `.classes`, `.values`.
    func write(to file: inout ModelFile, prefix: String) {
        file.setArray([UInt32(classCount), UInt32(bits), scale.bitPattern], for: prefix + ".meta")
        file.setArray(counts, for: prefix + ".counts")
        file.setArray(classes, for: prefix + ".classes")
        file.setArray(values, for: prefix + ".values")
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
              classes.allSatisfy({ Int($0) < classCount })
        else { throw ModelFileError.malformed("\(prefix) rows") }
        self.init(classCount: classCount, bits: bits, scale: scale, counts: counts, classes: classes, values: values)
    }
}
