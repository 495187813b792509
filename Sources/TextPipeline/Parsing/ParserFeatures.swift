/// Turns a configuration into the hashed feature keys of its templates.
///
/// Every atom value is filled into a slot table first (plain array loads), then each template
/// hashes its slots with its index (`FeatureHasher`: FNV-1a over words, then fmix64): one 64-bit key per template, no strings, no allocation.
///
/// The keys of the templates that read only the own attributes of the buffer's or the stack's
/// first words (`bufferOnly`, `stackOnly`) can be made apart from the others
/// (`extractStateDependent`, `extractOwnAttributes`), and scored once for many decisions.
///
/// The slot table lives on the stack for the length of one `extract`, so extracting mutates
/// nothing but the keys: a decoder holding the features, its state and its keys then passes the
/// state in place. (With a mutating `extract` called inside a closure over the keys, Swift copied
/// the whole state, nine arrays, on every decision.)
public struct ParserFeatures: Sendable {
    public let templates: ParserFeatureTemplates
    /// The key plans of `templates.stateDependent`, `bufferOnly` and `stackOnly`.
    let stateDependentPlan: ParserKeyPlan
    let bufferOnlyPlan: ParserKeyPlan
    let stackOnlyPlan: ParserKeyPlan

    public init(templates: ParserFeatureTemplates) {
        self.templates = templates
        stateDependentPlan = ParserKeyPlan(templates.stateDependent, of: templates)
        bufferOnlyPlan = ParserKeyPlan(templates.bufferOnly, of: templates)
        stackOnlyPlan = ParserKeyPlan(templates.stackOnly, of: templates)
    }

    /// The number of keys `extract` writes.
    public var count: Int { templates.count }

    /// Writes one key per template into `keys` (which holds at least `count` values).
    public func extract(_ state: ArcHybridState, _ input: ParserInput, into keys: inout [UInt64]) {
        precondition(keys.count >= count)
        keys.withUnsafeMutableBufferPointer { extract(state, input, into: $0.baseAddress!) }
    }

    /// Writes one key per template into `keys` (which holds at least `count` values).
    public func extract(_ state: ArcHybridState, _ input: ParserInput, into keys: UnsafeMutablePointer<UInt64>) {
        withUnsafeTemporaryAllocation(of: UInt64.self, capacity: ParserFeatureTemplates.slotCount) { table in
            Self.fillSlots(table, state, input)
            for template in 0..<count { keys[template] = key(of: template, table) }
        }
    }

    /// Writes the keys of `templates.stateDependent` into `keys` (which holds at least that many
    /// values), in `stateDependentPlan`'s order.
    func extractStateDependent(_ state: ArcHybridState, _ input: ParserInput, into keys: inout [UInt64]) {
        precondition(keys.count >= stateDependentPlan.count)
        withUnsafeTemporaryAllocation(of: UInt64.self, capacity: ParserFeatureTemplates.slotCount) { table in
            Self.fillSlots(table, state, input)
            keys.withUnsafeMutableBufferPointer { stateDependentPlan.keys(table, into: $0) }
        }
    }

    /// Writes the keys of the templates of `plan` (`bufferOnlyPlan` or `stackOnlyPlan`, whose
    /// atoms are own attributes of the four words from slot position `first`,
    /// `ParserFeatureTemplates.firstPosition`) in the plan's order into `keys`, for the
    /// configurations in which those words are `words`: the keys `extract` gives the templates
    /// in any of them.
    func extractOwnAttributes(_ plan: ParserKeyPlan, from first: Int, words: SIMD4<Int32>, _ input: ParserInput,
                              into keys: inout [UInt64]) {
        precondition(keys.count >= plan.count)
        withUnsafeTemporaryAllocation(of: UInt64.self, capacity: ParserFeatureTemplates.slotCount) { table in
            // The label slot is read by none of these templates.
            for offset in 0..<4 {
                Self.fillWord(table, position: first + offset, word: words[offset], input, label: ParserInput.noneValue)
            }
            keys.withUnsafeMutableBufferPointer { plan.keys(table, into: $0) }
        }
    }

    /// The key of template `template` over the atom values in `table`.
    @inline(__always)
    private func key(of template: Int, _ table: UnsafeMutableBufferPointer<UInt64>) -> UInt64 {
        templates.slots.withUnsafeBufferPointer { slots in
            templates.offsets.withUnsafeBufferPointer { offsets in
                var hash = FeatureHasher.mix(FeatureHasher.offsetBasis, UInt64(truncatingIfNeeded: template))
                for index in Int(offsets[template])..<Int(offsets[template + 1]) {
                    hash = FeatureHasher.mix(hash, table[Int(slots[index])])
                }
                return FeatureHasher.finish(hash)
            }
        }
    }

    /// Fills the attribute slots of `position` with those of `word` (`none`: all absent) and its
    /// arc label value `label`.
    @inline(__always)
    private static func fillWord(_ table: UnsafeMutableBufferPointer<UInt64>, position: Int, word: Int32,
                                 _ input: ParserInput, label: UInt64) {
        let base = position * ParserFeatureTemplates.attributes.count
        guard word != ArcHybridState.none else {
            for a in 0..<ParserFeatureTemplates.attributes.count { table[base + a] = ParserInput.noneValue }
            return
        }
        let w = Int(word)
        table[base] = input.words[w]
        table[base + 1] = input.xpos[w]
        table[base + 2] = input.upos[w]
        table[base + 3] = label
        table[base + 4] = input.lemmas[w]
        table[base + 5] = input.classes[w]
    }

    /// Fills `table` (`ParserFeatureTemplates.slotCount` values) with the state's atom values.
    private static func fillSlots(_ table: UnsafeMutableBufferPointer<UInt64>, _ state: ArcHybridState, _ input: ParserInput) {
        let none = ArcHybridState.none
        let s0 = state.stackItem(0), s1 = state.stackItem(1), s2 = state.stackItem(2), s3 = state.stackItem(3)
        let b0 = state.bufferItem(0)
        func child(_ array: [Int32], _ word: Int32) -> Int32 { word == none ? none : array[Int(word)] }
        let s0l1 = child(state.leftmost, s0)
        let s0r1 = child(state.rightmost, s0)
        // Same order as `ParserFeatureTemplates.positions`.
        let words: [Int32] = [
            s0, s1, s2, s3,
            b0, state.bufferItem(1), state.bufferItem(2), state.bufferItem(3),
            s0l1, child(state.secondLeftmost, s0),
            s0r1, child(state.secondRightmost, s0),
            child(state.leftmost, s1), child(state.rightmost, s1),
            child(state.secondRightmost, s1),
            child(state.leftmost, b0), child(state.secondLeftmost, b0),
            child(state.leftmost, s0l1), child(state.rightmost, s0r1),
        ]
        let attributeCount = ParserFeatureTemplates.attributes.count
        let noneValue = ParserInput.noneValue
        for (position, word) in words.enumerated() {
            let w = Int(word)
            let label = word != none && w < state.count && state.heads[w] != none ? UInt64(state.labels[w]) &+ 1 : noneValue
            fillWord(table, position: position, word: word, input, label: label)
        }
        let g = words.count * attributeCount
        func distance(_ a: Int32, _ b: Int32) -> UInt64 {
            a == none || b == none ? noneValue : UInt64(min(Int(b - a), 5))
        }
        func valency(_ counts: [UInt8], _ word: Int32) -> UInt64 {
            word == none ? noneValue : UInt64(min(counts[Int(word)], 4))
        }
        table[g] = distance(s0, b0)
        table[g + 1] = distance(s1, s0)
        table[g + 2] = valency(state.leftCount, s0)
        table[g + 3] = valency(state.rightCount, s0)
        table[g + 4] = valency(state.leftCount, b0)
        table[g + 5] = valency(state.leftCount, s1)
        table[g + 6] = valency(state.rightCount, s1)
    }
}
