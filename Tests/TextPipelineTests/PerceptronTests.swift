import Testing
@testable import TextPipeline

/// A toy task: the class of a "word" is decided by its suffix feature, with a noisy prefix.
private func toyInstances() -> [(features: [UInt64], truth: Int)] {
    var instances: [(features: [UInt64], truth: Int)] = []
    for i in 0..<300 {
        let truth = i % 3
        let suffix = FeatureHasher.feature(1, UInt64(truth))
        let prefix = FeatureHasher.feature(2, UInt64(i % 7))
        let bias = FeatureHasher.feature(0)
        instances.append(([bias, suffix, prefix], truth))
    }
    return instances
}

private func trainToy(epochs: Int = 3) -> AveragedPerceptron {
    var perceptron = AveragedPerceptron(classCount: 3, tableBits: 12)
    for _ in 0..<epochs {
        for instance in toyInstances() { perceptron.train(features: instance.features, truth: instance.truth) }
    }
    return perceptron
}

@Suite struct PerceptronTests {
    @Test func featureKeysDependOnTemplateAndValues() {
        #expect(FeatureHasher.feature(1, 5) != FeatureHasher.feature(2, 5))
        #expect(FeatureHasher.feature(1, 5) != FeatureHasher.feature(1, 6))
        #expect(FeatureHasher.feature(1, 5, 6) != FeatureHasher.feature(1, 6, 5))
        #expect(FeatureHasher.feature(3, 7) == FeatureHasher.feature(3, 7))
        #expect(FeatureHasher.hash("the") != FeatureHasher.hash("The"))
    }

    /// `accumulate` over small rows (at most eight classes) and over sparse rows gives the sum
    /// of the stored weights of the features found, for features present, absent and sharing
    /// home slots.
    @Test func smallAndSparseRowsScoreTheStoredWeights() {
        var random = SplitMix64(seed: 5)
        for classCount in [7, 8, 11] {
            var builder = PerceptronModel.Builder(classCount: classCount)
            var stored: [UInt64: [(Int, Int16)]] = [:]
            for k in 0..<300 {
                // Keys whose low halves repeat share home slots, so probes run past each other.
                let key = random.next() << 32 | UInt64(k % 40)
                let weights = (0..<classCount).filter { _ in random.next() % 3 == 0 }
                    .map { ($0, Int16(truncatingIfNeeded: Int(random.next() % 60001) - 30000)) }
                    .filter { $0.1 != 0 }
                builder.addRow(key: key, weights: weights)
                if !weights.isEmpty { stored[key] = weights }
            }
            let model = builder.build()
            #expect(model.smallRows.isEmpty == (classCount > PerceptronModel.smallClassLimit))
            let present = Array(stored.keys.prefix(60))
            let features = present + (0..<20).map { _ in random.next() | 1 << 63 }
            var expected = [Int32](repeating: 5, count: classCount)
            for key in present { for (c, w) in stored[key]! { expected[c] += Int32(w) } }
            var scores = [Int32](repeating: 5, count: classCount)
            scores.withUnsafeMutableBufferPointer { out in
                features.withUnsafeBufferPointer { model.accumulate($0, into: out) }
            }
            #expect(scores == expected, "\(classCount) classes")
        }
    }

    /// Models of many classes keep their long rows dense (`PerceptronModel+DenseRows`): scores
    /// from a mix of dense rows (narrow ones and wide ones, more than one group of them), short
    /// rows and a row naming a class twice are the stored weights' sums, for class counts that
    /// fill the last vector or not.
    @Test func denseAndSparseRowsScoreTheStoredWeights() {
        var random = SplitMix64(seed: 9)
        for classCount in [20, 33, 102] {
            var builder = PerceptronModel.Builder(classCount: classCount)
            var stored: [UInt64: [(Int, Int16)]] = [:]
            for k in 0..<200 {
                let key = random.next() << 32 | UInt64(k % 30)
                let long = k % 3 != 0  // a third short, the rest long
                let limit: UInt64 = k % 5 == 0 ? 60001 : 8191  // a fifth wide
                var weights = (0..<classCount).filter { _ in long ? random.next() % 8 != 0 : random.next() % 6 == 0 }
                    .map { ($0, Int16(truncatingIfNeeded: Int(random.next() % limit) - Int(limit / 2))) }
                    .filter { $0.1 != 0 }
                if k == 7, let first = weights.first { weights.append(first) }
                builder.addRow(key: key, weights: weights)
                if !weights.isEmpty { stored[key] = weights }
            }
            let model = builder.build()
            #expect(model.dense != nil, "\(classCount) classes")
            let present = Array(stored.keys)
            let features = present + (0..<20).map { _ in random.next() | 1 << 63 }
            var expected = [Int32](repeating: 5, count: classCount)
            for key in present { for (c, w) in stored[key]! { expected[c] += Int32(w) } }
            var scores = [Int32](repeating: 5, count: classCount)
            scores.withUnsafeMutableBufferPointer { out in
                features.withUnsafeBufferPointer { model.accumulate($0, into: out) }
            }
            #expect(scores == expected, "\(classCount) classes")
            for key in present.prefix(10) {
                for c in 0..<classCount {
                    let weight = stored[key]!.first { $0.0 == c }.map { Float($0.1) / model.scale } ?? 0
                    #expect(model.weight(key: key, classIndex: c) == weight)
                }
            }
        }
    }

    /// `smallSum` gives a model's summed rows as lanes, from its small rows or, when a row names
    /// a class twice (no small rows), from its sparse rows.
    @Test func smallSumIsTheSumOfTheRows() {
        for repeated in [false, true] {
            var builder = PerceptronModel.Builder(classCount: 7)
            builder.addRow(key: 11 << 32 | 1, weights: [(0, 5), (3, -2), (6, 9)])
            builder.addRow(key: 12 << 32 | 2, weights: repeated ? [(3, 4), (3, 1)] : [(3, 5)])
            let model = builder.build()
            #expect(model.smallRows.isEmpty == repeated)
            let sums = [UInt64(11 << 32 | 1), 12 << 32 | 2, 13 << 32 | 3].withUnsafeBufferPointer { model.smallSum($0) }
            #expect(sums == SIMD8(5, 0, 0, 3, 0, 0, 9, 0))
        }
    }

    @Test func lowercasedHashIsTheHashOfTheLowercasedWord() {
        for word in ["Obama", "NASA", "the", "", "U.S.", "3-D", "Zürich", "ÉCOLE", "İstanbul", "ΣΟΦΙΑ", "naïve"] {
            #expect(FeatureHasher.hashLowercased(word) == FeatureHasher.hash(word.lowercased()), "\(word)")
        }
        #expect(FeatureHasher.hashLowercased("Obama") != FeatureHasher.hash("Obama"))
    }

    @Test func learnsASeparableTask() {
        let perceptron = trainToy()
        for instance in toyInstances().prefix(30) {
            #expect(perceptron.predict(instance.features) == instance.truth)
        }
        let model = perceptron.averaged()
        for instance in toyInstances().prefix(30) {
            #expect(model.predict(instance.features) == instance.truth)
        }
    }

    @Test func tiesGoToTheLowestClass() {
        let perceptron = AveragedPerceptron(classCount: 4, tableBits: 10)
        #expect(perceptron.predict([FeatureHasher.feature(9, 9)]) == 0)
        #expect(PerceptronModel.argmax([3, 7, 7, 1]) == 1)
        #expect(AveragedPerceptron.argmax([0, 2.5, 2.5]) == 1)
    }

    @Test func averagingWeighsWeightsByHowLongTheyHeld() {
        // One update at instance 1 that is undone at instance 3 of 4: the averaged weight of
        // the feature for class 1 is (+1 held over instances 1...2) / 4 = 0.5.
        var perceptron = AveragedPerceptron(classCount: 2, tableBits: 10)
        let f = [FeatureHasher.feature(1, 1)]
        perceptron.observe(f); perceptron.observe(f)
        perceptron.update(truth: 1, guess: 0, features: f)      // clock 2: w1 = +1
        perceptron.observe(f); perceptron.observe(f)
        perceptron.update(truth: 0, guess: 1, features: f)      // clock 4: w1 = 0
        let model = perceptron.averaged(threshold: 0, minimumSeen: 0)
        #expect(abs(model.weight(key: f[0], classIndex: 1) - 0.5) < 0.01)
        #expect(abs(model.weight(key: f[0], classIndex: 0) + 0.5) < 0.01)
    }

    @Test func rareFeaturesArePruned() {
        var perceptron = AveragedPerceptron(classCount: 2, tableBits: 16)
        let common = FeatureHasher.feature(1, 1)
        let rare = FeatureHasher.feature(1, 2)
        perceptron.observe([common, rare])
        perceptron.update(truth: 1, guess: 0, features: [common, rare])
        perceptron.observe([common])
        let model = perceptron.averaged(minimumSeen: 2)
        #expect(model.weight(key: common, classIndex: 1) > 0)
        #expect(model.weight(key: rare, classIndex: 1) == 0)
    }

    @Test func trainingIsDeterministic() {
        let first = trainToy().averaged()
        let second = trainToy().averaged()
        #expect(first == second)
        #expect(first.featureCount > 0)
    }
}
