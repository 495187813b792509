import Testing
import FactModel
@testable import QueryLanguage

/// Random and mutated inputs through the lexer, the parser and the whole engine: no crash, no
/// hang, and every failure a positioned diagnostic from the catalog.
@Suite struct QueryFuzzTests {
    /// A small deterministic generator (SplitMix64), so a failure reproduces from its seed.
    struct Random {
        var state: UInt64
        mutating func next() -> UInt64 {
            state &+= 0x9E37_79B9_7F4A_7C15
            var z = state
            z = (z ^ (z >> 30)) &* 0xBF58_476D_1CE4_E5B9
            z = (z ^ (z >> 27)) &* 0x94D0_49BB_1331_11EB
            return z ^ (z >> 31)
        }
        mutating func below(_ n: Int) -> Int { Int(next() % UInt64(n)) }
    }

    static let seeds = [
        "who attends meeting", "who is mayor of Los Angeles", "what did Sessions threaten", "describe Garcetti",
        "entities people", "relations of Garcetti", "sentences with \"sanctuary\"", "how many sanctuary jurisdictions are there",
        "did Abbott cut off funding", "?who attend meeting and ?who is mayor of ?city", "count ?x where ?x attend meeting",
        "explain who attends meeting", "?x \"meet with\" ?y order by count desc limit 20", "not (?x say ?y or ?x attend ?z)",
        "which countries' prime ministers self-isolated", "since when has Mahan been under US sanctions",
    ]
    static let pieces = [
        "who", "what", "which", "whose", "how", "many", "much", "did", "is", "was", "been", "the", "of", "and", "or",
        "not", "(", ")", "\"", "\u{201C}", "'s", "?", "?x", ";", "\n", "#", "--", "count", "where", "order", "by",
        "limit", "explain", "describe", "entities", "sentences", "with", "Garcetti", "meeting", "attend", "1,991",
        "é", "\u{2019}", "=", "!", "@", "\t", "  ", "U.S.", "-", ".", ",",
    ]

    func checkAll(_ text: String, _ engine: QueryEngine) {
        let tokens = QueryLexer.tokenize(text)
        #expect(tokens.last?.kind == .end)
        for result in QueryParser.parse(text) {
            if case .failure(let diagnostic) = result {
                #expect(diagnostic.id.hasPrefix("query."), "\(text.debugDescription)")
                #expect(diagnostic.range != nil, "\(text.debugDescription)")
                #expect(!diagnostic.message.isEmpty)
            }
        }
        _ = QueryEngine.needsContinuation(text)
        _ = engine
    }

    /// 100,000 inputs in four seeded chunks of 25,000 (so they run in parallel).
    @Test(arguments: [1, 2, 3, 4])
    func randomAndMutatedInputs(chunk: UInt64) {
        var random = Random(state: 20_261_129 &* chunk)
        let engine = QueryEngine(source: makeStory(), lexicon: FakeLexicon())
        var count = 0
        // Mutations of real statements: delete, duplicate, insert and swap pieces.
        for _ in 0..<15_000 {
            var words = Self.seeds[random.below(Self.seeds.count)].split(separator: " ").map(String.init)
            for _ in 0...random.below(3) {
                switch random.below(4) {
                case 0 where !words.isEmpty: words.remove(at: random.below(words.count))
                case 1: words.insert(Self.pieces[random.below(Self.pieces.count)], at: random.below(words.count + 1))
                case 2 where !words.isEmpty: words.insert(words[random.below(words.count)], at: random.below(words.count + 1))
                default: if words.count > 1 { words.swapAt(random.below(words.count), random.below(words.count)) }
                }
            }
            checkAll(words.joined(separator: random.below(5) == 0 ? "" : " "), engine)
            count += 1
        }
        // Random piece sequences and random bytes.
        for _ in 0..<10_000 {
            var text = ""
            if random.below(4) == 0 {
                var bytes: [UInt8] = []
                for _ in 0..<random.below(24) { bytes.append(UInt8(truncatingIfNeeded: random.next())) }
                text = String(decoding: bytes, as: UTF8.self)
            } else {
                for _ in 0..<random.below(12) { text += Self.pieces[random.below(Self.pieces.count)] + (random.below(3) == 0 ? "" : " ") }
            }
            checkAll(text, engine)
            count += 1
        }
        #expect(count == 25_000)
    }

    @Test func mutatedStatementsEvaluateWithoutCrashing() {
        var random = Random(state: 7)
        let engine = QueryEngine(source: makeStory(), lexicon: FakeLexicon())
        for _ in 0..<2_000 {
            var words = Self.seeds[random.below(Self.seeds.count)].split(separator: " ").map(String.init)
            if !words.isEmpty, random.below(2) == 0 { words.remove(at: random.below(words.count)) }
            words.insert(Self.pieces[random.below(Self.pieces.count)], at: random.below(words.count + 1))
            for result in engine.run(words.joined(separator: " ")) {
                if case .failure(let diagnostic) = result { #expect(diagnostic.range != nil) }
            }
        }
    }
}
