/// Reading and combining trained name models by feature: the structured trainer's extra class is
/// dropped and seed ensembles are averaged into one model, as fast to use as each member.
extension PerceptronModel {
    /// The weights of `key` as (class, averaged weight) pairs; empty when the model has no row.
    func weights(of key: UInt64) -> [(Int, Float)] {
        guard let offset = rowOffset(key) else { return [] }
        let count = Int(rowData[offset])
        return (offset + 1..<offset + 1 + count).map { j in
            (Int(rowData[j] >> 16), Float(Int16(truncatingIfNeeded: rowData[j])) / scale)
        }
    }

    /// The mean of `models`' weights for the classes below `classCount`, over `keys` (sorted,
    /// distinct), quantised again to `Int16` with one scale; weights below `prune` times the
    /// largest are dropped. Deterministic. O(models × keys).
    static func mean(of models: [PerceptronModel], keys: [UInt64], classCount: Int, prune: Float = 0) -> PerceptronModel {
        var rows: [(key: UInt64, weights: [Float])] = []
        var largest: Float = 0
        var sums = [Float](repeating: 0, count: classCount)
        for key in keys {
            for i in sums.indices { sums[i] = 0 }
            var any = false
            for model in models {
                for (label, weight) in model.weights(of: key) where label < classCount {
                    sums[label] += weight / Float(models.count)
                    any = true
                }
            }
            guard any else { continue }
            for weight in sums { largest = max(largest, abs(weight)) }
            rows.append((key, sums))
        }
        var builder = Builder(classCount: classCount)
        builder.scale = largest > 0 ? Float(Int16.max) / largest : 1
        for row in rows {
            builder.addRow(key: row.key, weights: row.weights.enumerated().compactMap { label, weight in
                let q = Int16(clamping: Int((weight * builder.scale).rounded()))
                return q == 0 || Float(abs(Int(q))) < prune * Float(Int16.max) ? nil : (label, q)
            })
        }
        return builder.build()
    }
}
