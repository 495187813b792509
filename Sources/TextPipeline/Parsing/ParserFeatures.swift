/// Turns a configuration into the hashed feature keys of its templates.
///
/// Every atom value is filled into a slot table first (plain array loads), then each template
/// hashes its slots with its index (`FeatureHasher`: FNV-1a over words, then fmix64): one 64-bit key per template, no strings, no allocation.
///
/// The slot table lives on the stack for the length of one `extract`, so extracting mutates
/// nothing but the keys: a decoder holding the features, its state and its keys then passes the
/// state in place. (With a mutating `extract` called inside a closure over the keys, Swift copied
/// the whole state, nine arrays, on every decision.)
public struct ParserFeatures: Sendable {
    public let templates: ParserFeatureTemplates

    public init(templates: ParserFeatureTemplates) {
        self.templates = templates
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
            templates.slots.withUnsafeBufferPointer { slots in
                templates.offsets.withUnsafeBufferPointer { offsets in
                    for template in 0..<(offsets.count - 1) {
                        var hash = FeatureHasher.mix(FeatureHasher.offsetBasis, UInt64(truncatingIfNeeded: template))
                        for index in Int(offsets[template])..<Int(offsets[template + 1]) {
                            hash = FeatureHasher.mix(hash, table[Int(slots[index])])
                        }
                        keys[template] = FeatureHasher.finish(hash)
                    }
                }
            }
        }
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
            let base = position * attributeCount
            if word == none {
                for a in 0..<attributeCount { table[base + a] = noneValue }
                continue
            }
            let w = Int(word)
            table[base] = input.words[w]
            table[base + 1] = input.xpos[w]
            table[base + 2] = input.upos[w]
            table[base + 3] = w < state.count && state.heads[w] != none ? UInt64(state.labels[w]) &+ 1 : noneValue
            table[base + 4] = input.lemmas[w]
            table[base + 5] = input.classes[w]
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
