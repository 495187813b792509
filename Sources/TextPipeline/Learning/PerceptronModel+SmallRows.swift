import CMemoryHints

/// Scoring for models of at most eight classes (the name tagger's seven labels): each feature's
/// row as one vector of eight `Int16` weights, beside its slot.
///
/// A sparse row is added one (class, weight) word at a time, five instructions a weight; a row
/// of eight lanes is added in one vector step, widened to `Int32` so that no sum can overflow.
/// The vectors are built from the stored rows at load (16 bytes a slot, 1.5 MB for the name
/// tagger), so the model file is unchanged. Integer sums: the scores are exactly the sparse rows'.
extension PerceptronModel {
    /// Models with at most this many classes get `smallRows`.
    static let smallClassLimit = 8

    /// Each slot's row as eight weights (class c in lane c, 0 where none is stored), for a model
    /// of at most `smallClassLimit` classes whose rows name each class at most once; empty
    /// otherwise (such a model is scored from its sparse rows).
    static func smallRows(classCount: Int, slots: [UInt64], rowData: [UInt32]) -> [SIMD8<Int16>] {
        guard classCount <= smallClassLimit else { return [] }
        var rows: [SIMD8<Int16>] = []
        rows.reserveCapacity(slots.count)
        for slot in slots {
            var row = SIMD8<Int16>(), seen: UInt32 = 0
            if slot != 0 {
                let offset = Int(truncatingIfNeeded: slot & 0xFFFF_FFFF)
                for packed in rowData[(offset + 1)..<(offset + 1 + Int(rowData[offset]))] {
                    let c = Int(packed >> 16)
                    guard seen & 1 << c == 0 else { return [] }
                    seen |= 1 << c
                    row[c] = Int16(truncatingIfNeeded: packed)
                }
            }
            rows.append(row)
        }
        return rows
    }

    /// `accumulate` with `smallRows`: prefetch every feature's home slot, probe them all (asking
    /// for each found row), then add the rows in eight `Int32` lanes and the lanes into `scores`.
    @inline(__always)
    func accumulateSmall(_ features: UnsafeBufferPointer<UInt64>, into scores: UnsafeMutableBufferPointer<Int32>) {
        precondition(scores.count >= classCount)
        let sums = smallSum(features)
        for c in 0..<classCount { scores[c] &+= sums[c] }
    }

    /// The rows of `features` summed in eight `Int32` lanes (lane c: class c), for a model of
    /// at most eight classes: with `smallRows`, prefetch every feature's home slot, probe them
    /// all (asking for each found row), then add the rows; without them (a row naming a class
    /// twice), from the sparse rows.
    @inline(__always)
    func smallSum(_ features: UnsafeBufferPointer<UInt64>) -> SIMD8<Int32> {
        precondition(classCount <= 8)
        guard smallRows.count == slots.count else {
            var sums = SIMD8<Int32>()
            withUnsafeTemporaryAllocation(of: Int32.self, capacity: 8) { scores in
                scores.initialize(repeating: 0)
                accumulate(features, into: scores)
                for c in 0..<8 { sums[c] = scores[c] }
            }
            return sums
        }
        return slots.withUnsafeBufferPointer { slots in
            smallRows.withUnsafeBufferPointer { rows in
                for key in features { memory_prefetch(slots.baseAddress! + Self.home(key, capacity: slots.count)) }
                return withUnsafeTemporaryAllocation(of: Int.self, capacity: features.count) { found in
                    var count = 0
                    for key in features {
                        guard let i = Self.slotIndex(key, in: slots) else { continue }
                        memory_prefetch(rows.baseAddress! + i)
                        found[count] = i
                        count += 1
                    }
                    var sums = SIMD8<Int32>()
                    for i in found[..<count] { sums &+= SIMD8<Int32>(truncatingIfNeeded: rows[i]) }
                    return sums
                }
            }
        }
    }
}
