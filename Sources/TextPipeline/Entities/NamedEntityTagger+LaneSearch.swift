/// The name tagger's Viterbi search over integer scores with the labels as vector lanes.
///
/// `NamedEntityTagger.viterbi` compares one (previous2, previous, label) triple at a time, 343 a
/// token for seven labels, and took 12 % of the entity stage's instructions. Here, for each
/// (previous2, previous) pair, the scores of all seven next labels are one `SIMD8<Int32>`
/// (`pairLanes` holds the label-bigram weights so), so a token takes 49 vector steps. The best
/// predecessor of each label is kept as in `viterbi` (the first reachable one, replaced only by
/// a strictly higher total), so the labels are exactly `viterbi`'s.
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
    static func laneViterbi(_ local: [Int32], pairLanes: [SIMD8<Int32>]) -> [Int] {
        let count = EntityLabel.tags.count
        let n = local.count / (count * count)
        guard n > 0 else { return [] }
        precondition(pairLanes.count == count * count && local.count == n * count * count)
        let outside = EntityLabel.outside
        let floor = Int32.min
        var back = [UInt8](repeating: 0, count: n * count * count)
        let state = withUnsafeTemporaryAllocation(of: Int32.self, capacity: 2 * count * count) { buffer -> Int in
            buffer.initialize(repeating: floor)
            // (previous, label) totals at the current token and the next.
            var delta = UnsafeMutableBufferPointer(rebasing: buffer[0..<(count * count)])
            var next = UnsafeMutableBufferPointer(rebasing: buffer[(count * count)...])
            local.withUnsafeBufferPointer { local in
                pairLanes.withUnsafeBufferPointer { pairLanes in
                    back.withUnsafeMutableBufferPointer { back in
                        for y in 0..<count where EntityLabel.allowed(y, after: outside) {
                            delta[outside * count + y] = local[outside * count + y] + pairLanes[outside * count + outside][y]
                        }
                        for t in 1..<n {
                            for i in next.indices { next[i] = floor }
                            for p in 0..<count {
                                // Each label's best total over the reachable q, and that q.
                                var best = SIMD8<Int32>(repeating: floor), argument = SIMD8<Int32>()
                                var reachable = false
                                for q in 0..<count {
                                    let d = delta[q * count + p]
                                    guard d != floor else { continue }
                                    let value = SIMD8(repeating: d) &+ pairLanes[q * count + p]
                                    if reachable {
                                        let higher = value .> best
                                        best.replace(with: value, where: higher)
                                        argument.replace(with: SIMD8(repeating: Int32(q)), where: higher)
                                    } else {
                                        best = value
                                        argument = SIMD8(repeating: Int32(q))
                                        reachable = true
                                    }
                                }
                                guard reachable else { continue }
                                let row = (t * count + p) * count
                                for y in 0..<count where EntityLabel.allowed(y, after: p) && best[y] != floor {
                                    next[p * count + y] = best[y] + local[row + y]
                                    back[row + y] = UInt8(truncatingIfNeeded: argument[y])
                                }
                            }
                            swap(&delta, &next)
                        }
                    }
                }
            }
            var state = -1
            for i in delta.indices where delta[i] != floor && (state < 0 || delta[i] > delta[state]) { state = i }
            return state
        }
        var labels = [Int](repeating: outside, count: n)
        var p = state / count
        var y = state % count
        var t = n - 1
        while true {
            labels[t] = y
            if t == 0 { break }
            let q = Int(back[(t * count + p) * count + y])
            y = p
            p = q
            t -= 1
        }
        return labels
    }
}
