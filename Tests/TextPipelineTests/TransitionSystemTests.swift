import Testing
@testable import TextPipeline

/// The arc-hybrid system and its dynamic oracle on hand-built trees.
@Suite struct TransitionSystemTests {
    // "She saw him ." : saw is the root; She, him, . depend on it.
    // Words 0..3, ROOT = 4. Labels: 0 root, 1 nsubj, 2 obj, 3 punct.
    let heads: [Int32] = [1, 4, 1, 1]
    let labels: [UInt8] = [1, 0, 2, 3]

    @Test func emptyStackAllowsOnlyShift() {
        let state = ArcHybridState(count: 4)
        #expect(state.isLegal(.shift))
        #expect(!state.isLegal(.left(1)))
        #expect(!state.isLegal(.right(1)))
        #expect(!state.isTerminal)
    }

    @Test func leftAttachesTopToFrontAndPops() {
        var state = ArcHybridState(count: 4)
        state.apply(.shift)
        #expect(state.isLegal(.left(1)))
        #expect(!state.isLegal(.left(DependencyLabelSet.root)), "root label only onto ROOT")
        #expect(!state.isLegal(.right(1)), "RIGHT needs two stack words")
        state.apply(.left(1))
        #expect(state.heads[0] == 1)
        #expect(state.labels[0] == 1)
        #expect(state.stack.isEmpty)
        #expect(state.leftmost[1] == 0 && state.leftCount[1] == 1)
    }

    @Test func rightAttachesTopToSecondAndPops() {
        var state = ArcHybridState(count: 4)
        state.apply(.shift)
        state.apply(.shift)
        #expect(state.isLegal(.right(2)))
        #expect(!state.isLegal(.right(DependencyLabelSet.root)), "no root label on a word-to-word arc")
        state.apply(.right(2))
        #expect(state.heads[1] == 0)
        #expect(state.stack == [0])
        #expect(state.rightmost[0] == 1 && state.rightCount[0] == 1)
    }

    @Test func onlyTheLastStackWordMayGoToRoot() {
        var state = ArcHybridState(count: 2)
        state.apply(.shift)
        state.apply(.shift)
        #expect(!state.isLegal(.shift), "ROOT is never shifted")
        #expect(!state.isLegal(.left(DependencyLabelSet.root)), "two stack words: a second root would follow")
        #expect(state.isLegal(.right(1)))
        state.apply(.right(1))
        #expect(state.isLegal(.left(DependencyLabelSet.root)))
        #expect(!state.isLegal(.left(1)), "the arc onto ROOT is labelled root")
        state.apply(.left(DependencyLabelSet.root))
        #expect(state.isTerminal)
        #expect(state.heads == [2, 0])
    }

    @Test func oracleCostsOnHandBuiltConfiguration() {
        let oracle = ArcHybridOracle(heads: heads, labels: labels)
        var state = ArcHybridState(count: 4)
        state.apply(.shift)  // stack [She], buffer [saw him . ROOT]
        #expect(oracle.leftCost(state) == 0, "She's head is b0 = saw")
        #expect(oracle.shiftCost(state) == 1, "shifting saw loses She <- saw")
        var costs = [Int](repeating: 0, count: Transition.classCount(labelCount: 4))
        oracle.costs(state, into: &costs)
        #expect(costs[Transition.left(1).rawValue] == 0)
        #expect(costs[Transition.left(2).rawValue] == 1, "right head, wrong label")
        #expect(costs[Transition.right(1).rawValue] == Int.max, "illegal")

        state.apply(.shift)  // stack [She saw], buffer [him . ROOT]
        #expect(oracle.rightCost(state) == 3, "saw loses its dependents him and . and its head ROOT")
        #expect(oracle.leftCost(state) == 3, "saw loses him and ., and LEFT gives it head him instead of ROOT")
        #expect(oracle.shiftCost(state) == 0, "him's head saw is s0")
    }

    @Test func zeroCostMovesRebuildTheGoldTree() {
        let result = followOracle(heads: heads, labels: labels)
        #expect(result.heads == heads)
        #expect(result.labels == labels)
        #expect(result.totalCost == 0)
    }

    @Test func nonProjectiveTreeCostsAtLeastTheCrossingArc() {
        // "A hearing is scheduled on the issue today" style crossing: word 1 depends on word 3,
        // word 2 on word 0 (arcs 3->1 and 0->2 cross). 0 is the root.
        let heads: [Int32] = [4, 3, 0, 0]
        let labels: [UInt8] = [0, 1, 1, 1]
        let result = followOracle(heads: heads, labels: labels)
        let wrong = zip(result.heads, heads).filter { $0 != $1 }.count
        #expect(wrong == 1, "exactly one of the two crossing arcs is lost; every other arc is built")
        #expect(result.totalCost >= 1, "the oracle charges for the lost arc")
        #expect(result.heads.allSatisfy { $0 >= 0 }, "still a complete tree")
    }

    /// Parses by always taking the cheapest move (lowest class among equals); sums their costs.
    private func followOracle(heads: [Int32], labels: [UInt8]) -> (heads: [Int32], labels: [UInt8], totalCost: Int) {
        let oracle = ArcHybridOracle(heads: heads, labels: labels)
        var state = ArcHybridState(count: heads.count)
        var costs = [Int](repeating: 0, count: Transition.classCount(labelCount: 4))
        var total = 0
        var steps = 0
        while !state.isTerminal && steps < 100 {
            oracle.costs(state, into: &costs)
            let best = costs.indices.min { costs[$0] < costs[$1] }!
            total += costs[best]
            state.apply(Transition(rawValue: best))
            steps += 1
        }
        return (state.heads, state.labels, total)
    }
}
