/// Turns a configuration into the hashed feature keys of its templates.
///
/// Every atom value is filled into a slot table first (plain array loads), then each template
/// hashes its slots with its index (`FeatureHasher`: FNV-1a over words, then fmix64): one 64-bit key per template, no strings, no allocation.
public struct ParserFeatures: Sendable {
    public let templates: ParserFeatureTemplates
    private var table: [UInt64]
    private var words: [Int32]

    public init(templates: ParserFeatureTemplates) {
        self.templates = templates
        table = Array(repeating: 0, count: ParserFeatureTemplates.slotCount)
        words = Array(repeating: 0, count: ParserFeatureTemplates.positions.count)
    }

    /// The number of keys `extract` writes.
    public var count: Int { templates.count }

    /// Writes one key per template into `keys` (which holds at least `count` values).
    public mutating func extract(_ state: ArcHybridState, _ input: ParserInput, into keys: UnsafeMutablePointer<UInt64>) {
        fillSlots(state, input)
        templates.slots.withUnsafeBufferPointer { slots in
            templates.offsets.withUnsafeBufferPointer { offsets in
                table.withUnsafeBufferPointer { table in
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

    private mutating func fillSlots(_ state: ArcHybridState, _ input: ParserInput) {
        let none = ArcHybridState.none
        let s0 = state.stackItem(0), s1 = state.stackItem(1), s2 = state.stackItem(2), s3 = state.stackItem(3)
        let b0 = state.bufferItem(0)
        func child(_ array: [Int32], _ word: Int32) -> Int32 { word == none ? none : array[Int(word)] }
        let s0l1 = child(state.leftmost, s0)
        let s0r1 = child(state.rightmost, s0)
        // Same order as `ParserFeatureTemplates.positions`.
        words[0] = s0; words[1] = s1; words[2] = s2; words[3] = s3
        words[4] = b0; words[5] = state.bufferItem(1); words[6] = state.bufferItem(2); words[7] = state.bufferItem(3)
        words[8] = s0l1; words[9] = child(state.secondLeftmost, s0)
        words[10] = s0r1; words[11] = child(state.secondRightmost, s0)
        words[12] = child(state.leftmost, s1); words[13] = child(state.rightmost, s1)
        words[14] = child(state.secondRightmost, s1)
        words[15] = child(state.leftmost, b0); words[16] = child(state.secondLeftmost, b0)
        words[17] = child(state.leftmost, s0l1); words[18] = child(state.rightmost, s0r1)
        let words = self.words
        let attributeCount = ParserFeatureTemplates.attributes.count
        let noneValue = ParserInput.noneValue
        table.withUnsafeMutableBufferPointer { table in
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
}
