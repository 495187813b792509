/// How to make the keys of a list of parser templates fast: the templates grouped by their
/// number of atoms, each with its first hashing step done once.
///
/// `ParserFeatures.key(of:_:)` walks a template's slots through two offset tables, a loop of
/// unknown length per key: about 43 instructions a key, 16 % of the parser's instructions
/// at 114 keys a decision (callgrind, EWT test). Grouped by arity, each group's keys are made by straight-line code, and
/// the template's own step (`FeatureHasher.mix(offsetBasis, template)`) is a stored seed. The
/// keys are those of `key(of:_:)`, in another order (arity by arity): the decoder only sums
/// their rows, and integer sums do not depend on the order.
struct ParserKeyPlan: Sendable {
    /// Per template, arity 1 first, then 2, 3 and 4: `FeatureHasher.mix(offsetBasis, template)`.
    private let seeds: [UInt64]
    /// The templates' slots in the same order, `arity` values per template.
    private let slots: [Int32]
    /// Where the templates of arity 1, 2, 3 and 4 end in `seeds`.
    private let ends: SIMD4<Int32>

    /// The number of keys `keys` writes.
    var count: Int { seeds.count }

    /// The plan for `templates` (indices into `set`).
    init(_ templates: [Int32], of set: ParserFeatureTemplates) {
        var seeds: [UInt64] = [], slots: [Int32] = [], ends = SIMD4<Int32>()
        for arity in 1...4 {
            for template in templates {
                let range = Int(set.offsets[Int(template)])..<Int(set.offsets[Int(template) + 1])
                guard range.count == arity else { continue }
                seeds.append(FeatureHasher.mix(FeatureHasher.offsetBasis, UInt64(template)))
                slots.append(contentsOf: set.slots[range])
            }
            ends[arity - 1] = Int32(seeds.count)
        }
        precondition(seeds.count == templates.count, "parser templates have one to four atoms")
        self.seeds = seeds
        self.slots = slots
        self.ends = ends
    }

    /// Writes the key of every template over the atom values in `table` into `keys` (which
    /// holds at least `count` values), arity by arity.
    @inline(__always)
    func keys(_ table: UnsafeMutableBufferPointer<UInt64>, into keys: UnsafeMutableBufferPointer<UInt64>) {
        precondition(keys.count >= count)
        typealias H = FeatureHasher
        seeds.withUnsafeBufferPointer { seeds in
            slots.withUnsafeBufferPointer { slots in
                var k = 0, s = 0
                while k < Int(ends[0]) {
                    keys[k] = H.finish(H.mix(seeds[k], table[Int(slots[s])]))
                    k += 1; s += 1
                }
                while k < Int(ends[1]) {
                    keys[k] = H.finish(H.mix(H.mix(seeds[k], table[Int(slots[s])]), table[Int(slots[s + 1])]))
                    k += 1; s += 2
                }
                while k < Int(ends[2]) {
                    let h = H.mix(H.mix(seeds[k], table[Int(slots[s])]), table[Int(slots[s + 1])])
                    keys[k] = H.finish(H.mix(h, table[Int(slots[s + 2])]))
                    k += 1; s += 3
                }
                while k < Int(ends[3]) {
                    let h = H.mix(H.mix(seeds[k], table[Int(slots[s])]), table[Int(slots[s + 1])])
                    keys[k] = H.finish(H.mix(H.mix(h, table[Int(slots[s + 2])]), table[Int(slots[s + 3])]))
                    k += 1; s += 4
                }
            }
        }
    }
}
