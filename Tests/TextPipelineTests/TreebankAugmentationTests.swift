import Testing
@testable import TextPipeline

/// The synthetic news-construction trees the parser also trains on.
@Suite struct TreebankAugmentationTests {
    /// "Ana Ruiz told reporters the plant and the warehouse would close ." in CoNLL-U.
    static let sentence = CoNLLU.parse("""
        1\tAna\tAna\tPROPN\tNNP\t_\t3\tnsubj\t_\t_
        2\tRuiz\tRuiz\tPROPN\tNNP\t_\t1\tflat\t_\t_
        3\ttold\ttell\tVERB\tVBD\t_\t0\troot\t_\t_
        4\treporters\treporter\tNOUN\tNNS\t_\t3\tiobj\t_\t_
        5\tthe\tthe\tDET\tDT\t_\t6\tdet\t_\t_
        6\tplant\tplant\tNOUN\tNN\t_\t11\tnsubj\t_\t_
        7\tand\tand\tCCONJ\tCC\t_\t9\tcc\t_\t_
        8\tthe\tthe\tDET\tDT\t_\t9\tdet\t_\t_
        9\twarehouse\twarehouse\tNOUN\tNN\t_\t6\tconj\t_\t_
        10\twould\twould\tAUX\tMD\t_\t11\taux\t_\t_
        11\tclose\tclose\tVERB\tVB\t_\t3\tccomp\t_\t_
        12\t.\t.\tPUNCT\t.\t_\t3\tpunct\t_\t_

        """)[0]

    static func arc(_ sentence: CoNLLUSentence, _ form: String, occurrence: Int = 0) -> String {
        let words = sentence.words
        let i = words.indices.filter { words[$0].form == form }[occurrence]
        let head = words[i].head == 0 ? "ROOT" : words[words[i].head - 1].form
        return "\(head) \(words[i].deprel)"
    }

    static func isTree(_ sentence: CoNLLUSentence) -> Bool {
        let words = sentence.words
        guard words.filter({ $0.head == 0 }).count == 1, words.allSatisfy({ (0...words.count).contains($0.head) }) else { return false }
        for start in words.indices {  // every word reaches the root without a cycle
            var i = start, steps = 0
            while words[i].head != 0 {
                i = words[i].head - 1
                steps += 1
                if steps > words.count { return false }
            }
        }
        return true
    }

    @Test func anAppositiveFollowsTheSubjectAndDescribesIt() throws {
        var random = SplitMix64(seed: 3)
        let variant = try #require(TreebankAugmentation.appositiveAfterSubject((Self.sentence, nil), &random))
        #expect(Self.isTree(variant.sentence))
        let forms = variant.sentence.words.map(\.form)
        #expect(forms.prefix(3) == ["Ana", "Ruiz", ","])
        let appositive = try #require(variant.sentence.words.first { $0.deprel == "appos" })
        #expect(variant.sentence.words[appositive.head - 1].form == "Ana")
        #expect(Self.arc(variant.sentence, "Ana") == "told nsubj", "the subject keeps its verb")
        #expect(Self.arc(variant.sentence, "close") == "told ccomp", "heads after the insertion follow their words")
        #expect(variant.sentence.words.filter { $0.form == "," }.count == 2)
    }

    @Test func namesStandInAppositionToACommonNounSubject() throws {
        let parents = CoNLLU.parse("""
            1\tHer\ther\tPRON\tPRP$\t_\t2\tnmod:poss\t_\t_
            2\tparents\tparent\tNOUN\tNNS\t_\t4\tnsubj\t_\t_
            3\twere\tbe\tAUX\tVBD\t_\t4\tcop\t_\t_
            4\tfarmers\tfarmer\tNOUN\tNNS\t_\t0\troot\t_\t_
            5\t.\t.\tPUNCT\t.\t_\t4\tpunct\t_\t_

            """)[0]
        var random = SplitMix64(seed: 4)
        let variant = try #require(TreebankAugmentation.namesAfterNounSubject((parents, nil), &random))
        #expect(Self.isTree(variant.sentence))
        let words = variant.sentence.words
        #expect(words.count == 5 + 7, "comma, two names of two words, 'and', comma")
        #expect(words[2].form == "," && words[8].form == ",")
        #expect(Self.arc(variant.sentence, words[3].form) == "parents appos")
        #expect(words[6].deprel == "conj" && words[6].head == 4, "the second name is a conjunct of the first")
        #expect(Self.arc(variant.sentence, "and") == "\(words[6].form) cc")
        #expect(Self.arc(variant.sentence, "parents") == "farmers nsubj")
        // A subject already coordinated gets no names (the plant and the warehouse).
        #expect(TreebankAugmentation.namesAfterNounSubject((Self.sentence, nil), &random) == nil)
    }

    @Test func aTitleBeforeANameIsItsDescription() throws {
        var random = SplitMix64(seed: 1)
        let variant = try #require(TreebankAugmentation.titleBeforeName((Self.sentence, nil), &random))
        #expect(Self.isTree(variant.sentence))
        let title = try #require(variant.sentence.words.firstIndex { $0.deprel == "nmod:desc" })
        #expect(variant.sentence.words[title].head - 1 == title + 1, "the title's last word hangs on the name's first")
        #expect(variant.sentence.words[title + 1].form == "Ana")
        #expect(Self.arc(variant.sentence, "Ana") == "told nsubj")
    }

    @Test func asWellAsReplacesAndInANominalCoordination() throws {
        let tags = PredictedTags(xpos: Self.sentence.words.map(\.xpos), upos: Self.sentence.words.map(\.upos))
        let variant = try #require(TreebankAugmentation.asWellAsCoordination((Self.sentence, tags)))
        #expect(Self.isTree(variant.sentence))
        #expect(variant.sentence.words.map(\.form).joined(separator: " ")
                == "Ana Ruiz told reporters the plant as well as the warehouse would close .")
        #expect(Self.arc(variant.sentence, "as") == "warehouse cc")
        #expect(Self.arc(variant.sentence, "well") == "as fixed")
        #expect(Self.arc(variant.sentence, "as", occurrence: 1) == "as fixed")
        #expect(Self.arc(variant.sentence, "warehouse") == "plant conj")
        #expect(variant.tags?.xpos.count == variant.sentence.words.count)
        #expect(variant.tags?.xpos[6] == "RB")
    }

    @Test func variantsAreDeterministicAndOnlyWhereTheyApply() {
        let noSubject = CoNLLU.parse("1\tHello\thello\tINTJ\tUH\t_\t0\troot\t_\t_\n\n")[0]
        let input: [TreebankAugmentation.TaggedSentence] = [(Self.sentence, nil), (noSubject, nil)]
        let first = TreebankAugmentation.variants(of: input, share: 1, seed: 5)
        let second = TreebankAugmentation.variants(of: input, share: 1, seed: 5)
        #expect(first.map(\.sentence) == second.map(\.sentence))
        #expect(first.count == 3, "one variant per construction that fits, none from the interjection")
        #expect(first.allSatisfy { Self.isTree($0.sentence) })
        #expect(TreebankAugmentation.variants(of: input, share: 0, seed: 5).isEmpty)
    }
}
