import Foundation

/// Builds the compact `lexicon-*` resource files from the WordNet tables and UD English EWT
/// train (`scripts/build-lexicon.sh` runs it). Deterministic: sorted output, no randomness.
public enum LexiconBuilder {
    /// Writes every lexicon file into `outputDirectory` from `dataDirectory` (the shared data
    /// folder holding `wordnet/` and `ud-english-ewt/`). Returns one summary line per file.
    public static func build(dataDirectory: String, outputDirectory: String) throws -> [String] {
        let wordnet = dataDirectory + "/wordnet/"
        var summary: [String] = []

        // WordNet lemmas: lowercase single words with their parts of speech, as a hashed set.
        var parts: [String: LemmaLexicon.PartsOfSpeech] = [:]
        try forEachRow(wordnet + "lemmas.tsv") { row in
            guard row.count >= 2, !row[0].contains(" "), row[0] == row[0].lowercased() else { return }
            parts[String(row[0]), default: []].formUnion(LemmaLexicon.PartsOfSpeech(letters: row[1]))
        }
        let lemmaData = HashedWordSet.encode(parts.map { ($0.key, $0.value.rawValue) })
        try lemmaData.write(to: URL(fileURLWithPath: outputDirectory + "/lexicon-wordnet-lemmas.bin"), options: .atomic)
        summary.append("lexicon-wordnet-lemmas.bin words=\(parts.count) bytes=\(lemmaData.count)")

        // Irregular inflections.
        var exceptions: [String: [(pos: UInt8, lemma: String)]] = [:]
        var exceptionLines: [String] = []
        try forEachRow(wordnet + "exceptions.tsv") { row in
            guard row.count >= 3, !row[0].contains(" "), !row[1].contains(" ") else { return }
            let form = String(row[0]), pos = row[2].utf8.first ?? 0
            guard !(exceptions[form] ?? []).contains(where: { $0.pos == pos }) else { return }
            exceptions[form, default: []].append((pos, String(row[1])))
            exceptionLines.append([row[0], row[1], row[2]].joined(separator: "\t"))
        }
        summary.append(try write(exceptionLines.sorted(), "lexicon-lemma-exceptions", outputDirectory))

        // Treebank conventions the rules miss, from EWT train.
        let lexicon = LemmaLexicon(
            lemmas: try HashedWordSet(data: lemmaData),
            exceptions: exceptions, treebankLemmas: [:])
        let rules = Lemmatizer(lexicon: lexicon, usesTreebankLemmas: false)
        let train = try CoNLLU.read(path: dataDirectory + "/ud-english-ewt/en_ewt-ud-train.conllu")
        summary.append(try write(treebankLemmaLines(train, rules: rules), "lexicon-treebank-lemmas", outputDirectory))

        // Noun-verb derivations, in both directions, most sense links first:
        // "attendance\tattend", "attend\tattendance|attendee|...".
        var links: [(noun: String, verb: String, weight: Int)] = []
        try forEachRow(wordnet + "noun-verb.tsv") { row in
            guard row.count >= 4, isPlainLowercaseWord(row[0]), isPlainLowercaseWord(row[1]) else { return }
            links.append((String(row[0]), String(row[1]), Int(row[3]) ?? 0))
        }
        links.sort { ($0.weight, $1.noun, $1.verb) > ($1.weight, $0.noun, $0.verb) }
        var verbsOfNoun: [String: [String]] = [:], nounsOfVerb: [String: [String]] = [:]
        for link in links {
            verbsOfNoun[link.noun, default: []].append(link.verb)
            nounsOfVerb[link.verb, default: []].append(link.noun)
        }
        summary.append(try write(listLines(verbsOfNoun), "lexicon-noun-verbs", outputDirectory))
        summary.append(try write(listLines(nounsOfVerb), "lexicon-verb-nouns", outputDirectory))

        // Verb synonyms: members of a synset that is among the first senses of both verbs.
        summary.append(try write(try verbSynonymLines(wordnet), "lexicon-verb-synonyms", outputDirectory))
        return summary
    }

    /// (form, XPOS) pairs seen at least twice whose majority lemma (at least half the cases)
    /// differs from what the rules give.
    static func treebankLemmaLines(_ corpus: [CoNLLUSentence], rules: Lemmatizer) -> [String] {
        var counts: [String: [String: Int]] = [:]
        for sentence in corpus {
            for word in sentence.words where word.lemma != "_" && !word.form.contains("\t") {
                counts[word.form + "\t" + word.xpos, default: [:]][word.lemma, default: 0] += 1
            }
        }
        var lines: [String] = []
        for (key, lemmas) in counts {
            let total = lemmas.values.reduce(0, +)
            guard let (lemma, count) = lemmas.max(by: { $0.value < $1.value || ($0.value == $1.value && $0.key > $1.key) }),
                  count >= 2, 2 * count >= total else { continue }
            let fields = key.split(separator: "\t", omittingEmptySubsequences: false)
            if rules.ruleLemma(of: String(fields[0]), xpos: String(fields[1])) != lemma { lines.append(key + "\t" + lemma) }
        }
        return lines.sorted()
    }

    /// "say\tstate|tell": for each verb, the members of its first sense's synset for which that
    /// synset is among their own first two senses (so "say" ≈ "tell", but "kill" ≉ "vote down").
    static func verbSynonymLines(_ wordnet: String) throws -> [String] {
        var rank: [String: Int] = [:]  // "lemma\tsynset" -> sense rank
        try forEachRow(wordnet + "senses.tsv") { row in
            guard row.count >= 4, row[1] == "v", let r = Int(row[2]) else { return }
            rank[String(row[0]) + "\t" + String(row[3])] = r
        }
        var synonyms: [String: Set<String>] = [:]
        try forEachRow(wordnet + "verb-synsets.tsv") { row in
            guard row.count >= 3 else { return }
            let synset = String(row[0])
            let members = row[2].split(separator: "|").map(String.init).filter { $0 == $0.lowercased() }
            for verb in members where !verb.contains(" ") {
                guard rank[verb + "\t" + synset] == 1 else { continue }
                for other in members where other != verb {
                    if let otherRank = rank[other + "\t" + synset], otherRank <= 2 { synonyms[verb, default: []].insert(other) }
                }
            }
        }
        return synonyms.keys.sorted().map { $0 + "\t" + synonyms[$0]!.sorted().joined(separator: "|") }
    }

    /// "key\tvalue1|value2" lines, sorted by key, values in their given order.
    static func listLines(_ table: [String: [String]]) -> [String] {
        table.keys.sorted().map { $0 + "\t" + table[$0]!.joined(separator: "|") }
    }

    private static func isPlainLowercaseWord(_ word: Substring) -> Bool {
        !word.isEmpty && word.utf8.allSatisfy { ByteClass.isLower($0) || $0 == ByteClass.hyphen }
    }

    private static func forEachRow(_ path: String, _ body: ([Substring]) -> Void) throws {
        let text = try String(contentsOfFile: path, encoding: .utf8)
        for (index, line) in text.split(separator: "\n").enumerated() where index > 0 {
            body(line.split(separator: "\t", omittingEmptySubsequences: false))
        }
    }

    private static func write(_ lines: [String], _ name: String, _ directory: String) throws -> String {
        let header = "# \(name): derived by LexiconBuilder (scripts/build-lexicon.sh); CC BY-SA 4.0, see NOTICE.md\n"
        let text = header + lines.joined(separator: "\n") + "\n"
        try text.write(toFile: directory + "/" + name + ".tsv", atomically: true, encoding: .utf8)
        return "\(name).tsv lines=\(lines.count) bytes=\(text.utf8.count)"
    }
}
