import FactModel

/// Bindings grouped by the values of the variables a pattern shows: one group per distinct tuple,
/// with its best score, all its support and how many bindings it merges, in first-seen order.
///
/// A pattern's bindings are mostly entity ids, so the table hashes them with one multiply each
/// rather than a `Hasher`, and compares a binding with a group in place: adding a binding
/// allocates only when it starts a group. A few groups are searched in order, with no table.
/// O(variables) per binding, expected.
struct BindingGroups {
    /// One distinct tuple of shown values.
    struct Group {
        var values: [BoundValue?]
        var score: Double
        var support: SupportList
        var count: Int
    }

    let variables: [String]
    private(set) var groups: [Group] = []
    /// Open addressing: each slot holds a group's index, or -1; empty while the groups are few.
    private var slots: [Int32]

    /// Up to this many groups are searched in order; the table is built past it.
    private static let listedGroups = 8

    init(variables: [String], expectedBindings: Int) {
        self.variables = variables
        if expectedBindings <= Self.listedGroups {
            slots = []
            groups.reserveCapacity(expectedBindings)
            return
        }
        var capacity = 16
        while capacity < 2 * min(expectedBindings, 1 << 20) { capacity <<= 1 }
        slots = Array(repeating: -1, count: capacity)
    }

    /// Adds one binding to its group, or starts a group with it.
    mutating func add(_ binding: Binding) {
        if slots.isEmpty {
            // A handful of bindings (most answers): compare with each group, no hashing.
            if let index = groups.firstIndex(where: { holds($0, binding) }) {
                merge(binding, into: index)
                return
            }
            groups.append(Group(values: variables.map { binding.values[$0] }, score: binding.score, support: binding.support, count: 1))
            if groups.count > Self.listedGroups { rebuildSlots(capacity: 4 * Self.listedGroups) }
            return
        }
        let mask = slots.count - 1
        var slot = hash(binding) & mask
        while true {
            let index = Int(slots[slot])
            if index < 0 { break }
            if holds(groups[index], binding) {
                merge(binding, into: index)
                return
            }
            slot = (slot + 1) & mask
        }
        slots[slot] = Int32(groups.count)
        groups.append(Group(values: variables.map { binding.values[$0] }, score: binding.score, support: binding.support, count: 1))
        if groups.count * 2 > slots.count { rebuildSlots(capacity: slots.count * 2) }
    }

    private mutating func merge(_ binding: Binding, into index: Int) {
        groups[index].score = max(groups[index].score, binding.score)
        groups[index].support += binding.support
        groups[index].count += 1
    }

    private func holds(_ group: Group, _ binding: Binding) -> Bool {
        for (k, name) in variables.enumerated() where group.values[k] != binding.values[name] { return false }
        return true
    }

    private func hash(_ binding: Binding) -> Int {
        var h: UInt64 = 0x243F_6A88_85A3_08D3
        for name in variables { h = (h ^ Self.hash(binding.values[name])) &* 0x9E37_79B9_7F4A_7C15 }
        return Int(truncatingIfNeeded: h ^ (h >> 29))
    }

    private func hash(_ values: [BoundValue?]) -> Int {
        var h: UInt64 = 0x243F_6A88_85A3_08D3
        for value in values { h = (h ^ Self.hash(value)) &* 0x9E37_79B9_7F4A_7C15 }
        return Int(truncatingIfNeeded: h ^ (h >> 29))
    }

    private static func hash(_ value: BoundValue?) -> UInt64 {
        switch value {
        case nil: return 0x5851_F42D_4C95_7F2D
        case .entity(let id): return UInt64(id) &* 0xD6E8_FEB8_6659_FD93 | 1
        case .text(let text): return UInt64(bitPattern: Int64(text.hashValue))
        }
    }

    /// Rehashes every group into a table of `capacity` slots (a power of two).
    private mutating func rebuildSlots(capacity: Int) {
        slots = Array(repeating: -1, count: capacity)
        let mask = slots.count - 1
        for (index, group) in groups.enumerated() {
            var slot = hash(group.values) & mask
            while slots[slot] >= 0 { slot = (slot + 1) & mask }
            slots[slot] = Int32(index)
        }
    }
}
