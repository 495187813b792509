import Foundation

/// The word lists the lemmatizer consults, read from the `lexicon-*` resource files.
///
/// - `lexicon-wordnet-lemmas.bin`: the lowercase single-word lemmas of Open English WordNet with
///   their parts of speech, as a `HashedWordSet` (the only lookups are of lowercase candidates).
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
        init<Letters: StringProtocol>(letters: Letters) {
            var value: UInt8 = 0
            for letter in letters.utf8 {
                switch letter {
                case UInt8(ascii: "n"): value |= 1
                case UInt8(ascii: "v"): value |= 2
                case UInt8(ascii: "a"), UInt8(ascii: "s"): value |= 4
                case UInt8(ascii: "r"): value |= 8
                default: break
                }
            }
            rawValue = value
        }
    }

    let lemmas: HashedWordSet?
    /// Form → (WordNet pos letter, lemma) pairs.
    let exceptions: [String: [(pos: UInt8, lemma: String)]]
    /// Form → (XPOS, lemma) pairs: keyed by the form alone so a lookup builds no string.
    let treebankLemmas: [String: [(xpos: String, lemma: String)]]

    init(lemmas: HashedWordSet?, exceptions: [String: [(pos: UInt8, lemma: String)]], treebankLemmas: [String: [(xpos: String, lemma: String)]]) {
        self.lemmas = lemmas
        self.exceptions = exceptions
        self.treebankLemmas = treebankLemmas
    }

    /// An empty lexicon: rules and the closed-class table only.
    static let empty = LemmaLexicon(lemmas: nil, exceptions: [:], treebankLemmas: [:])

    /// The lexicon in the package's resources, read once.
    static func bundled() throws -> LemmaLexicon { try cached.get() }

    private static let cached: Result<LemmaLexicon, Error> = Result { try load(from: nil) }

    /// Reads the lexicon files from `directory`, or from the package's resources when nil.
    static func load(from directory: URL?) throws -> LemmaLexicon {
        try LemmaLexicon(
            lemmas: HashedWordSet(data: Data(contentsOf: ResourceTable.url("lexicon-wordnet-lemmas", extension: "bin", in: directory))),
            exceptions: ResourceTable.load("lexicon-lemma-exceptions", in: directory) { fields, table in
                table[fields[0], default: []].append((fields[2].utf8.first ?? 0, fields[1]))
            },
            treebankLemmas: ResourceTable.load("lexicon-treebank-lemmas", in: directory) { fields, table in
                table[fields[0], default: []].append((fields[1], fields[2]))
            })
    }

    /// WordNet's irregular lemma of `form` in word class `pos` ("n", "v", "a", "r").
    @inline(__always) func exception(of form: String, pos: Unicode.Scalar) -> String? {
        guard let entries = exceptions[form] else { return nil }
        for entry in entries where entry.pos == UInt8(ascii: pos) { return entry.lemma }
        return nil
    }

    /// The treebank's lemma of `form` tagged `xpos`, if it differs from the rules' one.
    @inline(__always) func treebankLemma(of form: String, xpos: String) -> String? {
        guard let entries = treebankLemmas[form] else { return nil }
        for entry in entries where entry.xpos == xpos { return entry.lemma }
        return nil
    }

    /// Whether WordNet lists `lemma` (exact case) with one of `parts`.
    @inline(__always) func contains(_ lemma: String, as parts: PartsOfSpeech) -> Bool {
        guard let tag = lemmas?.tag(of: lemma) else { return false }
        return tag & parts.rawValue != 0
    }

    /// Whether WordNet lists `lemma` (exact case) at all.
    @inline(__always) func contains(_ lemma: String) -> Bool { lemmas?.tag(of: lemma) != nil }
}

/// Reads a tab-separated resource file of the package into a dictionary.
enum ResourceTable {
    enum LoadError: Error, CustomStringConvertible {
        case missing(String)
        var description: String {
            switch self { case .missing(let name): "missing resource file \(name).tsv" }
        }
    }

    /// The URL of resource `name`.`extension`, in `directory` or else in the package's resources.
    static func url(_ name: String, extension ext: String = "tsv", in directory: URL? = nil) throws -> URL {
        if let directory { return directory.appendingPathComponent(name + "." + ext) }
        if let url = Bundle.module.url(forResource: name, withExtension: ext, subdirectory: "Resources") { return url }
        if let url = Bundle.module.url(forResource: name, withExtension: ext) { return url }
        throw LoadError.missing(name)
    }

    /// Every non-comment line of resource `name`.tsv, split at tabs, folded into a dictionary.
    /// Parses UTF-8 bytes directly (no Character splitting): a few milliseconds per 100k lines.
    static func load<Value>(
        _ name: String, in directory: URL? = nil, _ add: ([String], inout [String: Value]) -> Void
    ) throws -> [String: Value] {
        let data = try Data(contentsOf: try url(name, in: directory), options: .alwaysMapped)
        var table: [String: Value] = [:]
        table.reserveCapacity(data.count / 16)
        data.withUnsafeBytes { (raw: UnsafeRawBufferPointer) in
            let bytes = raw.bindMemory(to: UInt8.self)
            var fields: [String] = []
            fields.reserveCapacity(4)
            var lineStart = 0
            while lineStart < bytes.count {
                var lineEnd = lineStart
                while lineEnd < bytes.count, bytes[lineEnd] != 10 { lineEnd += 1 }
                if lineEnd > lineStart, bytes[lineStart] != UInt8(ascii: "#") {
                    fields.removeAll(keepingCapacity: true)
                    var fieldStart = lineStart
                    for k in lineStart...lineEnd where k == lineEnd || bytes[k] == 9 {
                        fields.append(String(decoding: UnsafeBufferPointer(rebasing: bytes[fieldStart..<k]), as: UTF8.self))
                        fieldStart = k + 1
                    }
                    add(fields, &table)
                }
                lineStart = lineEnd + 1
            }
        }
        return table
    }
}
