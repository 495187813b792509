import Foundation
import Testing
@testable import TextPipeline

/// The name tagger's second-order Viterbi decoder, its structured-perceptron training and the
/// seed ensemble.
@Suite struct NamedEntityViterbiTests {
    static let count = EntityLabel.tags.count

    /// Every label sequence of length `n` that keeps the BIO constraints (no I- after O or another type).
    static func allowedSequences(_ n: Int) -> [[Int]] {
        var sequences: [[Int]] = [[]]
        for _ in 0..<n {
            sequences = sequences.flatMap { sequence in
                (0..<count).filter { EntityLabel.allowed($0, after: sequence.last ?? EntityLabel.outside) }.map { sequence + [$0] }
            }
        }
        return sequences
    }

    @Test func viterbiFindsTheBestAllowedSequence() {
        var random = SplitMix64(seed: 11)
        for n in 1...4 {
            for _ in 0..<5 {
                // local[(t * L + p) * L + y] and pair[(q * L + p) * L + y], small random integers.
                let local = (0..<(n * Self.count * Self.count)).map { _ in Int32(random.next() % 41) - 20 }
                let pair = (0..<(Self.count * Self.count * Self.count)).map { _ in Int32(random.next() % 21) - 10 }
                func total(_ labels: [Int]) -> Int32 {
                    var sum: Int32 = 0
                    for t in labels.indices {
                        let p = t > 0 ? labels[t - 1] : EntityLabel.outside
                        let q = t > 1 ? labels[t - 2] : EntityLabel.outside
                        sum += local[(t * Self.count + p) * Self.count + labels[t]] + pair[(q * Self.count + p) * Self.count + labels[t]]
                    }
                    return sum
                }
                let found = NamedEntityTagger.viterbi(count: n, pair: pair, floor: Int32.min) { t, p, out in
                    for y in 0..<Self.count { out[y] = local[(t * Self.count + p) * Self.count + y] }
                }
                let best = Self.allowedSequences(n).map(total).max()!
                #expect(found.count == n)
                #expect(total(found) == best)
                for t in found.indices {
                    #expect(EntityLabel.allowed(found[t], after: t > 0 ? found[t - 1] : EntityLabel.outside))
                }
            }
        }
        #expect(NamedEntityTagger.viterbi(count: 0, pair: [Int32](repeating: 0, count: 343), floor: Int32.min) { _, _, _ in }.isEmpty)
    }

    /// The search with labels as vector lanes finds exactly the labels of the scalar search, ties
    /// included (scores from a small range, so that many totals are equal).
    @Test func laneSearchEqualsTheScalarSearch() {
        var random = SplitMix64(seed: 23)
        for n in [1, 2, 3, 5, 9, 20] {
            for range: UInt64 in [3, 7, 41] {
                for _ in 0..<20 {
                    let local = (0..<(n * Self.count * Self.count)).map { _ in Int32(random.next() % range) - Int32(range / 2) }
                    let pair = (0..<(Self.count * Self.count * Self.count)).map { _ in Int32(random.next() % range) - Int32(range / 2) }
                    let scalar = NamedEntityTagger.viterbi(count: n, pair: pair, floor: Int32.min) { t, p, out in
                        for y in 0..<Self.count { out[y] = local[(t * Self.count + p) * Self.count + y] }
                    }
                    #expect(NamedEntityTagger.laneViterbi(local, pairLanes: NamedEntityTagger.pairLanes(pair)) == scalar)
                }
            }
        }
        #expect(NamedEntityTagger.laneViterbi([], pairLanes: NamedEntityTagger.pairLanes([Int32](repeating: 0, count: 343))).isEmpty)
    }

    @Test func viterbiNeverStartsWithInside() {
        // I-PER scores highest everywhere, but a name must begin with B-.
        let found = NamedEntityTagger.viterbi(count: 3, pair: [Int32](repeating: 0, count: 343), floor: Int32.min) { _, _, out in
            for y in 0..<Self.count { out[y] = y == 2 ? 100 : y == 1 ? 10 : 0 }
        }
        #expect(found == [1, 2, 2])
    }

    @Test func bundledModelIsDecodedByViterbi() throws {
        let tagger = try NamedEntityTagger.bundled()
        #expect(tagger.viterbi)
        #expect(tagger.recipe["ensemble"] == "9")
        #expect(tagger.recipe["plain_members"] == "6")
        #expect(tagger.documentLabels)
    }

    /// Toy training data: a capitalised word after "met" is a person, after "in" a place.
    static let toy: [IOB2Sentence] = [
        IOB2Sentence(words: ["We", "met", "Alvarez", "in", "Gdansk", "."], tags: ["O", "O", "B-PER", "O", "B-LOC", "O"]),
        IOB2Sentence(words: ["They", "met", "Mary", "Smith", "in", "Texas", "."], tags: ["O", "O", "B-PER", "I-PER", "O", "B-LOC", "O"]),
        IOB2Sentence(words: ["I", "met", "Drake", "in", "Boston", "."], tags: ["O", "O", "B-PER", "O", "B-LOC", "O"]),
        IOB2Sentence(words: ["She", "met", "Adler", "in", "Austin", "."], tags: ["O", "O", "B-PER", "O", "B-LOC", "O"]),
    ]

    static func annotate(_ document: inout AnnotatedDocument) {
        for i in document.tokens.indices {
            let form = document.tokens[i].form
            document.tokens[i].upos = form == "." ? "PUNCT" : i > 0 && form.first!.isUppercase ? "PROPN" : "X"
        }
    }

    @Test func structuredTrainingLearnsAndIsDeterministic() throws {
        var trainer = NamedEntityTrainer(gazetteer: try .bundled(), titles: try .bundled())
        trainer.epochs = 4
        trainer.viterbi = true
        trainer.ensemble = 2
        let first = trainer.train(train: Self.toy, dev: Self.toy, annotate: Self.annotate, recipe: [:], log: { _ in })
        let second = trainer.train(train: Self.toy, dev: Self.toy, annotate: Self.annotate, recipe: [:], log: { _ in })
        #expect(first.tagger.model == second.tagger.model)
        #expect(first.tagger.recipe["decoder"] == "viterbi")
        #expect(first.tagger.recipe["ensemble"] == "2")
        #expect(first.devF1 == 100)
        // Written and read back, it decodes the same way.
        let url = FileManager.default.temporaryDirectory.appendingPathComponent("ner-viterbi-\(UUID().uuidString).model")
        defer { try? FileManager.default.removeItem(at: url) }
        try first.tagger.write(to: url)
        let reloaded = try NamedEntityTagger(contentsOf: url)
        #expect(reloaded.viterbi)
        #expect(NamedEntityTrainer.f1(reloaded, trainer.examples(Self.toy, annotate: Self.annotate)) == 100)
    }
}
