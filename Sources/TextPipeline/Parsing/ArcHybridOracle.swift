/// The dynamic oracle of Goldberg & Nivre (2013) for arc-hybrid, made label-aware.
///
/// The cost of a transition is the number of gold arcs it makes unreachable, plus one when it
/// builds a gold arc with the wrong label. A zero-cost move keeps the best reachable tree; on a
/// non-projective gold tree no move may be free, and training takes the cheapest.
public struct ArcHybridOracle: Sendable {
    /// Gold head of each word (`count` for ROOT).
    public let heads: [Int32]
    /// Gold label id of each word.
    public let labels: [UInt8]

    public init(heads: [Int32], labels: [UInt8]) {
        self.heads = heads
        self.labels = labels
    }

    /// SHIFT loses b0's dependents on the stack, and its head if that is on the stack below s0.
    public func shiftCost(_ state: ArcHybridState) -> Int {
        let b = state.front
        var cost = 0
        let stack = state.stack
        let top = stack.count - 1
        for (depth, item) in stack.enumerated() {
            if heads[Int(item)] == b { cost += 1 }
            if depth != top, heads[Int(b)] == item { cost += 1 }
        }
        return cost
    }

    /// LEFT loses s0's dependents in the buffer, and its head if that is s1 or in the buffer
    /// after b0.
    public func leftCost(_ state: ArcHybridState) -> Int {
        let s = state.stack[state.stack.count - 1]
        let head = heads[Int(s)]
        var cost = dependentsInBuffer(of: s, state)
        if head != state.front && (head > state.front || (state.stack.count > 1 && head == state.stack[state.stack.count - 2])) {
            cost += 1
        }
        return cost
    }

    /// RIGHT loses s0's dependents in the buffer, and its head if that is in the buffer.
    public func rightCost(_ state: ArcHybridState) -> Int {
        let s = state.stack[state.stack.count - 1]
        var cost = dependentsInBuffer(of: s, state)
        if heads[Int(s)] >= state.front { cost += 1 }
        return cost
    }

    /// The cost of each transition (`Int.max` when illegal), written into `costs`.
    public func costs(_ state: ArcHybridState, into costs: inout [Int]) {
        let labelCount = (costs.count - 1) / 2
        for index in costs.indices { costs[index] = Int.max }
        if state.canShift { costs[0] = shiftCost(state) }
        guard !state.stack.isEmpty else { return }
        let s = Int(state.stack[state.stack.count - 1])
        if state.canLeft {
            let base = leftCost(state)
            let correctHead = heads[s] == state.front
            if Int(state.front) == state.count {
                costs[Transition.left(DependencyLabelSet.root).rawValue] = base
            } else {
                for label in 1..<labelCount {
                    costs[Transition.left(UInt8(label)).rawValue] = base + (correctHead && labels[s] != UInt8(label) ? 1 : 0)
                }
            }
        }
        if state.canRight {
            let base = rightCost(state)
            let correctHead = heads[s] == state.stack[state.stack.count - 2]
            for label in 1..<labelCount {
                costs[Transition.right(UInt8(label)).rawValue] = base + (correctHead && labels[s] != UInt8(label) ? 1 : 0)
            }
        }
    }

    /// Gold dependents of `word` still in the buffer (ROOT is never a dependent).
    private func dependentsInBuffer(of word: Int32, _ state: ArcHybridState) -> Int {
        var cost = 0
        var index = Int(state.front)
        while index < state.count {
            if heads[index] == word { cost += 1 }
            index += 1
        }
        return cost
    }
}
