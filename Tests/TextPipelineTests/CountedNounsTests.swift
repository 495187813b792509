import Testing
@testable import TextPipeline

/// `CountedNouns`: a plural noun tagged as a verb right after the number that counts it.
@Suite struct CountedNounsTests {
    private let nouns: Set<String> = ["delegate", "medal", "come"]

    private func indices(_ words: [(String, String, String)]) -> [Int] {
        CountedNouns.nounIndices(forms: words.map(\.0), xpos: words.map(\.1), upos: words.map(\.2), isNounStem: nouns.contains)
    }

    /// "Both earned 9 delegates there ." with "delegates" tagged VBZ: it is the counted noun.
    @Test func aVerbFormAfterAnObjectNumberIsTheCountedNoun() {
        #expect(indices([
            ("Both", "DT", "DET"), ("earned", "VBD", "VERB"), ("9", "CD", "NUM"), ("delegates", "VBZ", "VERB"),
            ("there", "RB", "ADV"), (".", ".", "PUNCT"),
        ]) == [3])
    }

    /// "In 2019 comes the sequel .": a year is no count, and the verb stays.
    @Test func aVerbAfterAYearStays() {
        #expect(indices([
            ("In", "IN", "ADP"), ("2019", "CD", "NUM"), ("comes", "VBZ", "VERB"), ("the", "DT", "DET"),
            ("sequel", "NN", "NOUN"), (".", ".", "PUNCT"),
        ]).isEmpty)
    }

    /// "Of the voters , 52 supports ...": a number that opens a clause is its subject, not an object.
    @Test func aVerbAfterASubjectNumberStays() {
        #expect(indices([
            ("Of", "IN", "ADP"), ("the", "DT", "DET"), ("voters", "NNS", "NOUN"), (",", ",", "PUNCT"),
            ("52", "CD", "NUM"), ("medals", "VBZ", "VERB"), (".", ".", "PUNCT"),
        ]).isEmpty)
    }
}

/// `RelativeClauseVerbs`: a relative clause's verb tagged as a noun after its pronoun.
@Suite struct RelativeClauseVerbsTests {
    private let verbs: Set<String> = ["read", "state"]

    private func found(_ words: [(String, String, String)]) -> [Int] {
        RelativeClauseVerbs.verbs(forms: words.map(\.0), xpos: words.map(\.1), upos: words.map(\.2), isVerb: verbs.contains).map(\.index)
    }

    /// "holding signs which read " silenced " ." with "read" tagged NN.
    @Test func aNounAfterWhichBeforeAQuoteIsTheVerb() {
        let words = [
            ("holding", "VBG", "VERB"), ("signs", "NNS", "NOUN"), ("which", "WDT", "PRON"), ("read", "NN", "NOUN"),
            ("\"", "``", "PUNCT"), ("silenced", "VBN", "VERB"), ("\"", "''", "PUNCT"), (".", ".", "PUNCT"),
        ]
        #expect(found(words) == [3])
        #expect(RelativeClauseVerbs.verbs(forms: words.map(\.0), xpos: words.map(\.1), upos: words.map(\.2), isVerb: verbs.contains).first?.tag == "VBD")
    }

    /// "the report which states ...": an "-s" form with a verb stem becomes VBZ.
    @Test func anSFormBecomesAPresentVerb() {
        let words = [
            ("the", "DT", "DET"), ("report", "NN", "NOUN"), ("which", "WDT", "PRON"), ("states", "NNS", "NOUN"),
            ("the", "DT", "DET"), ("facts", "NNS", "NOUN"), (".", ".", "PUNCT"),
        ]
        #expect(RelativeClauseVerbs.verbs(forms: words.map(\.0), xpos: words.map(\.1), upos: words.map(\.2), isVerb: verbs.contains).map(\.tag) == ["VBZ"])
    }

    /// "ask voters which state governments help": a noun after the word makes it part of a noun phrase.
    @Test func aNounFollowedByANounStays() {
        #expect(found([
            ("ask", "VB", "VERB"), ("voters", "NNS", "NOUN"), ("which", "WDT", "PRON"), ("state", "NN", "NOUN"),
            ("governments", "NNS", "NOUN"), ("help", "VBP", "VERB"), (".", ".", "PUNCT"),
        ]).isEmpty)
    }
}
