/// The name tagger's Viterbi search over integer scores with the labels as vector lanes.
///
/// `NamedEntityTagger.viterbi` compares one (previous2, previous, label) triple at a time, 343 a
/// token for seven labels, and took 12 % of the entity stage's instructions. Here, for each
/// (previous2, previous) pair, the scores of all seven next labels are one `SIMD8<Int32>`
/// (`pairLanes` holds the label-bigram weights so), so a token takes 49 vector steps. The best
/// predecessor of each label is the one `viterbi` keeps (the first reachable one, replaced only
/// by a strictly higher total), so the labels are exactly `viterbi`'s.
extension NamedEntityTagger {
    /// `pair` (`pair[(q * L + p) * L + y]`) as one vector per (q, p): lane y holds the weight of
    /// label y after p after q; the lanes past the labels are 0.
    static func pairLanes(_ pair: [Int32]) -> [SIMD8<Int32>] {
        let count = EntityLabel.tags.count
        precondition(count <= 8 && pair.count == count * count * count)
        return (0..<(count * count)).map { qp in
            var lanes = SIMD8<Int32>()
            for y in 0..<count { lanes[y] = pair[qp * count + y] }
            return lanes
        }
    }

    /// The labels `viterbi(count:pair:floor:local:)` finds for the local scores `local`
    /// (`local[(t * L + p) * L + y]`, as `localScores` makes them) with `Int32.min` as its floor,
    /// `pairLanes` being `pairLanes(pair)`. O(n × L²) vector steps.
    ///
    /// The forward pass keeps each token's totals (`history`), not each state's best
    /// predecessor: the backtrace finds the predecessor of the n states on the path again, by
    /// the same comparisons, instead of the forward pass recording it for all 49 states of
    /// every token (a third of its instructions).
    static func laneViterbi(_ local: [Int32], pairLanes: [SIMD8<Int32>]) -> [Int] {
        let count = EntityLabel.tags.count
        let n = local.count / (count * count)
        guard n > 0 else { return [] }
        precondition(pairLanes.count == count * count && local.count == n * count * count)
        let outside = EntityLabel.outside
        let floor = Int32.min
        // history[t * L * L + q * L + p]: the best total of the states (q, p) at token t.
        var history = [Int32](repeating: floor, count: n * count * count)
        var state = -1
        history.withUnsafeMutableBufferPointer { history in
            local.withUnsafeBufferPointer { local in
                pairLanes.withUnsafeBufferPointer { pairLanes in
                    for y in 0..<count where EntityLabel.allowed(y, after: outside) {
                        history[outside * count + y] = local[outside * count + y] + pairLanes[outside * count + outside][y]
                    }
                    for t in 1..<n {
                        let delta = UnsafeBufferPointer(rebasing: history[((t - 1) * count * count)..<(t * count * count)])
                        let next = UnsafeMutableBufferPointer(rebasing: history[(t * count * count)..<((t + 1) * count * count)])
                        for p in 0..<count {
                            // Each label's best total over the reachable q (the first such q,
                            // replaced only by a strictly higher total, as in `viterbi`).
                            var best = SIMD8<Int32>(repeating: floor)
                            var reachable = false
                            for q in 0..<count {
                                let d = delta[q * count + p]
                                guard d != floor else { continue }
                                let value = SIMD8(repeating: d) &+ pairLanes[q * count + p]
                                if reachable {
                                    best.replace(with: value, where: value .> best)
                                } else {
                                    best = value
                                    reachable = true
                                }
                            }
                            guard reachable else { continue }
                            let row = (t * count + p) * count
                            for y in 0..<count where EntityLabel.allowed(y, after: p) && best[y] != floor {
                                next[p * count + y] = best[y] + local[row + y]
                            }
                        }
                    }
                    let last = UnsafeBufferPointer(rebasing: history[((n - 1) * count * count)...])
                    for i in last.indices where last[i] != floor && (state < 0 || last[i] > last[state]) { state = i }
                }
            }
        }
        var labels = [Int](repeating: outside, count: n)
        var p = state / count
        var y = state % count
        var t = n - 1
        history.withUnsafeBufferPointer { history in
            pairLanes.withUnsafeBufferPointer { pairLanes in
                while true {
                    labels[t] = y
                    if t == 0 { break }
                    // The predecessor the forward pass chose for (p, y) at t: the first reachable
                    // q with the highest total.
                    let delta = UnsafeBufferPointer(rebasing: history[((t - 1) * count * count)..<(t * count * count)])
                    var q = -1, bestValue: Int32 = 0
                    for candidate in 0..<count where delta[candidate * count + p] != floor {
                        let value = delta[candidate * count + p] &+ pairLanes[candidate * count + p][y]
                        if q < 0 || value > bestValue { q = candidate; bestValue = value }
                    }
                    y = p
                    p = q
                    t -= 1
                }
            }
        }
        return labels
    }
}
