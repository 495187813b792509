/// A sentence the tagger left without a finite verb, because its verb is a third-person form
/// that is also a plural noun ("The machine employs RISC technology", "G-7 consists of seven
/// countries", "That amounts to $350 billion", all tagged NNS): no clause can be read from it,
/// so every fact of the sentence is lost. The first such word that stands where a verb would
/// (after a noun, name, number, pronoun, adverb or closing quote that ends the sentence's opening
/// noun phrase, with no verb, preposition or conjunction before it; not before a bare verb,
/// "traders buy", nor before a participle that ends its phrase, "Jaguar shares closed at"), and
/// whose stem is a verb in WordNet, is retagged VBZ before lemmatizing and parsing. Sentences
/// with a finite verb or modal, and headlines, are left alone, unless their first finite verb
/// follows a coordinator: "The lodge also hosts banquets, and supports the council" has its
/// first predicate's verb missing (not when a participle stands between them: "deals numbered 51
/// and totaled"). CaRB dev 0.5705 -> 0.5716; the coordinator case 0.5769 -> 0.5780.
enum VerblessSentences {
    static let finiteTags: Set<String> = ["VBZ", "VBD", "VBP", "MD"]
    static let subjectEnds: Set<String> = ["NOUN", "PROPN", "NUM", "PRON", "ADV"]
    /// A headline ("Iraqi Parliament votes for expulsion of troops") ends without one: it is left
    /// alone (there the new fact gave a question a second name for its answer).
    static let sentenceMarks: Set<String> = [".", "!", "?"]
    static let quotes: Set<String> = ["``", "''", "\"", "'"]
    static let coordinators: Set<String> = ["and", "or", "but"]
    static let subjectWords: Set<String> = ["DET", "ADJ", "NOUN", "PROPN", "NUM", "PRON", "ADV", "PUNCT", "SCONJ"]

    /// The index (into `forms`) of the word to retag VBZ, or nil. `isVerbStem` says whether a
    /// lowercased stem is a verb. O(n).
    static func verbIndex(
        forms: [String], xpos: [String], upos: [String], isVerbStem: (String) -> Bool
    ) -> Int? {
        guard let last = forms.last, sentenceMarks.contains(last) else { return nil }
        // A finite verb after a coordinator ("..., and supports the council") continues a first
        // predicate, which the word must then be; any other finite verb leaves the sentence alone.
        let firstFinite = xpos.firstIndex(where: finiteTags.contains)
        if let f = firstFinite, f == 0 || !coordinators.contains(forms[f - 1].lowercased()) { return nil }
        for i in forms.indices.dropFirst() where xpos[i] == "NNS" && i < (firstFinite ?? forms.count) {
            let form = forms[i]
            guard form.first?.isLowercase == true, form.hasSuffix("s"), !form.hasSuffix("ss"), form.count > 3 else { continue }
            let before = forms[i - 1]
            guard subjectEnds.contains(upos[i - 1]) || before == "''" || before.lowercased() == "that" else { continue }
            // Only a subject before it: the words of a noun phrase, no verb, preposition or conjunction.
            guard (0..<i).allSatisfy({ subjectWords.contains(upos[$0]) || quotes.contains(forms[$0]) }) else { break }
            if i + 1 < forms.count {
                if xpos[i + 1] == "VB" { continue }
                if xpos[i + 1] == "VBN", i + 2 >= forms.count || ["ADP", "PUNCT"].contains(upos[i + 2]) { continue }
            } else {
                continue
            }
            // "deals numbered 51 and totaled $17 billion": a participle before the coordinated
            // verb is the first predicate's verb already.
            if let f = firstFinite, (i + 1..<f).contains(where: { xpos[$0] == "VBN" || xpos[$0] == "VBD" }) { continue }
            guard MorphyRules.sStems(of: form.lowercased()).contains(where: isVerbStem) else { continue }
            return i
        }
        return nil
    }

    /// The index of a regular past participle (tagged VBN, ending in "-ed") that stands where the
    /// verb of a clause without one would, to retag VBD: "A Republican Assemblywoman, Jill
    /// Tolles, also commented on party disparity: ..." read as a noun phrase with a participle
    /// loses its whole clause. Only subject words before it (after a fronted prepositional phrase
    /// and its comma: "In a statement following the attack, Ahmed al-Assadi ... blamed"), no "by"
    /// after it (a reduced passive), and no finite verb in the sentence up to a colon, semicolon
    /// or opening quote after it (a quotation has its own). O(n).
    static func participleIndex(forms: [String], xpos: [String], upos: [String]) -> Int? {
        guard let last = forms.last, sentenceMarks.contains(last) || quotes.contains(last) else { return nil }
        guard let i = forms.indices.dropFirst().first(where: { xpos[$0] == "VBN" }) else { return nil }
        let form = forms[i]
        guard form.count > 4, form.hasSuffix("ed"), form.first?.isLowercase == true,
              subjectEnds.contains(upos[i - 1]) || quotes.contains(forms[i - 1]) || forms[i - 1] == ",",
              isSubject(forms: forms, upos: upos, from: subjectStart(forms: forms, upos: upos, before: i), to: i),
              i + 1 >= forms.count || forms[i + 1].lowercased() != "by" else { return nil }
        let clauseEnd = forms.indices.dropFirst(i + 1).first(where: { clauseEnds.contains(forms[$0]) }) ?? forms.count
        guard !(0..<clauseEnd).contains(where: { finiteTags.contains(xpos[$0]) }) else { return nil }
        return i
    }

    /// Where the subject of a clause verb at `i` starts: after the comma that ends a fronted
    /// prepositional phrase, else at the first word.
    static func subjectStart(forms: [String], upos: [String], before i: Int) -> Int {
        guard upos.first == "ADP", let comma = forms.prefix(i).firstIndex(of: ",") else { return 0 }
        return comma + 1
    }

    /// True when the words `start..<end` can be a subject: the words of a noun phrase, with
    /// anything between two commas after its first word (an apposition: "Ahmed al-Assadi, a
    /// spokesman for the PMF,").
    static func isSubject(forms: [String], upos: [String], from start: Int, to end: Int) -> Bool {
        var inApposition = false
        for j in start..<end {
            if forms[j] == ",", j > start { inApposition.toggle(); continue }
            if !inApposition, !subjectWords.contains(upos[j]), !quotes.contains(forms[j]) { return false }
        }
        return !inApposition
    }

    /// Marks after which a quotation or another clause begins, with verbs of its own.
    static let clauseEnds: Set<String> = [":", ";", "``", "\""]
}

extension PartOfSpeechTagger {
    /// Retags the verb of a verbless sentence (see `VerblessSentences`) in `range` of `document`.
    func retagVerbless(_ document: inout AnnotatedDocument, range: Range<Int>) {
        let tokens = document.tokens[range]
        // Nearly every sentence has a finite verb, or no plural noun or participle: nothing to copy for those.
        guard tokens.contains(where: { $0.xpos == "NNS" || $0.xpos == "VBN" }) else { return }
        let (forms, xpos, upos) = (tokens.map(\.form), tokens.map(\.xpos), tokens.map(\.upos))
        if let i = VerblessSentences.verbIndex(forms: forms, xpos: xpos, upos: upos, isVerbStem: { wordNet.isVerb($0) }) {
            document.tokens[range.lowerBound + i].xpos = "VBZ"
            document.tokens[range.lowerBound + i].upos = "VERB"
        } else if let i = VerblessSentences.participleIndex(forms: forms, xpos: xpos, upos: upos) {
            document.tokens[range.lowerBound + i].xpos = "VBD"
        }
    }
}
