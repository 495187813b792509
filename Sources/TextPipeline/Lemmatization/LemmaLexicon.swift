import Foundation

/// The word lists the lemmatizer consults, read from the `lexicon-*` resource files.
///
/// - `lexicon-wordnet-lemmas.tsv`: single-word lemmas of Open English WordNet with their parts
///   of speech (`attend\tv`, `meeting\tnv`), case as in WordNet.
/// - `lexicon-lemma-exceptions.tsv`: WordNet's irregular inflections (`went\tgo\tv`).
/// - `lexicon-treebank-lemmas.tsv`: treebank conventions the rules miss, learned from UD English
///   EWT train (`these\tDT\tthis`, `AM\tNN\ta.m.`): form, XPOS and lemma.
///
/// Rebuild with `scripts/build-lexicon.sh`. Lookups are hash-table reads, O(1).
final class LemmaLexicon: Sendable {
    /// Part-of-speech bits of WordNet lemmas.
    struct PartsOfSpeech: OptionSet, Sendable {
        let rawValue: UInt8
        static let noun = PartsOfSpeech(rawValue: 1)
        static let verb = PartsOfSpeech(rawValue: 2)
        static let adjective = PartsOfSpeech(rawValue: 4)
        static let adverb = PartsOfSpeech(rawValue: 8)

        init(rawValue: UInt8) { self.rawValue = rawValue }
        init(letters: Substring) {
            var value: UInt8 = 0
            for letter in letters {
                switch letter {
                case "n": value |= 1
                case "v": value |= 2
                case "a", "s": value |= 4
                case "r": value |= 8
                default: break
                }
            }
            rawValue = value
        }
    }

    let lemmas: [String: PartsOfSpeech]
    /// Key: form + "\t" + WordNet pos letter.
    let exceptions: [String: String]
    /// Key: form + "\t" + XPOS.
    let treebankLemmas: [String: String]

    init(lemmas: [String: PartsOfSpeech], exceptions: [String: String], treebankLemmas: [String: String]) {
        self.lemmas = lemmas
        self.exceptions = exceptions
        self.treebankLemmas = treebankLemmas
    }

    /// An empty lexicon: rules and the closed-class table only.
    static let empty = LemmaLexicon(lemmas: [:], exceptions: [:], treebankLemmas: [:])

    /// The lexicon in the package's resources, read once.
    static func bundled() throws -> LemmaLexicon { try cached.get() }

    private static let cached: Result<LemmaLexicon, Error> = Result { try load(from: nil) }

    /// Reads the lexicon files from `directory`, or from the package's resources when nil.
    static func load(from directory: URL?) throws -> LemmaLexicon {
        try LemmaLexicon(
            lemmas: ResourceTable.load("lexicon-wordnet-lemmas", in: directory) { fields, table in
                table[String(fields[0])] = PartsOfSpeech(letters: fields[1])
            },
            exceptions: ResourceTable.load("lexicon-lemma-exceptions", in: directory) { fields, table in
                table[fields[0] + "\t" + fields[2]] = String(fields[1])
            },
            treebankLemmas: ResourceTable.load("lexicon-treebank-lemmas", in: directory) { fields, table in
                table[fields[0] + "\t" + fields[1]] = String(fields[2])
            })
    }

    /// Whether WordNet lists `lemma` (exact case) with one of `parts`.
    @inline(__always) func contains(_ lemma: String, as parts: PartsOfSpeech) -> Bool {
        guard let found = lemmas[lemma] else { return false }
        return !found.intersection(parts).isEmpty
    }

    /// Whether WordNet lists `lemma` (exact case) at all.
    @inline(__always) func contains(_ lemma: String) -> Bool { lemmas[lemma] != nil }
}

/// Reads a tab-separated resource file of the package into a dictionary.
enum ResourceTable {
    enum LoadError: Error, CustomStringConvertible {
        case missing(String)
        var description: String {
            switch self { case .missing(let name): "missing resource file \(name).tsv" }
        }
    }

    /// The URL of resource `name`.tsv, in `directory` or else in the package's resources.
    static func url(_ name: String, in directory: URL? = nil) throws -> URL {
        if let directory { return directory.appendingPathComponent(name + ".tsv") }
        if let url = Bundle.module.url(forResource: name, withExtension: "tsv", subdirectory: "Resources") { return url }
        if let url = Bundle.module.url(forResource: name, withExtension: "tsv") { return url }
        throw LoadError.missing(name)
    }

    /// Every non-comment line of resource `name`.tsv, split at tabs, folded into a dictionary.
    static func load<Value>(
        _ name: String, in directory: URL? = nil, _ add: ([Substring], inout [String: Value]) -> Void
    ) throws -> [String: Value] {
        let text = try String(contentsOf: try url(name, in: directory), encoding: .utf8)
        var table: [String: Value] = [:]
        table.reserveCapacity(text.utf8.count / 12)
        for line in text.split(separator: "\n", omittingEmptySubsequences: true) where !line.hasPrefix("#") {
            let fields = line.split(separator: "\t", omittingEmptySubsequences: false)
            add(fields, &table)
        }
        return table
    }
}
