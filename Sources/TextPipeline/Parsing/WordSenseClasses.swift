import Foundation

/// Coarse semantic classes of words for the parser: the WordNet lexicographer file ("supersense")
/// of a lemma's first noun and first verb sense, and of a name WordNet lists as an instance
/// ("meeting" noun.event, "said" verb.communication, "Monday" noun.time, "Paris" noun.location).
///
/// They let the parser generalise attachments over words it has seen rarely: "on Monday" and
/// "on Friday" attach alike, as do "told reporters" and "told officials". Built from Open English
/// WordNet 2025 (CC BY 4.0) when the parser is trained and stored in its model file.
public struct WordSenseClasses: Sendable, Equatable {
    /// The lexicographer file names; a class id is an index into this list, plus one.
    public let names: [String]
    /// Word keys (FNV-1a of the lowercased lemma or name) and their packed classes: the noun
    /// sense's id in bits 0–7, the verb sense's in bits 8–15, the instance's in bits 16–23.
    let keys: [UInt64]
    let values: [UInt32]
    private let table: [UInt64: UInt32]

    init(names: [String], keys: [UInt64], values: [UInt32]) {
        self.names = names
        self.keys = keys
        self.values = values
        table = Dictionary(zip(keys, values), uniquingKeysWith: { first, _ in first })
    }

    public static func == (a: WordSenseClasses, b: WordSenseClasses) -> Bool {
        a.names == b.names && a.keys == b.keys && a.values == b.values
    }

    /// The class value of a word for the parser's features: by its universal tag, the verb sense
    /// of a verb's lemma, the instance class or else the noun sense of a proper noun, the noun
    /// sense of a noun; `ParserInput.noneValue` for other words and words WordNet lacks.
    /// O(length of the word).
    func value(form: String, lemma: String, upos: String) -> UInt64 {
        let packed: UInt32
        let shift: UInt32
        switch upos {
        case "VERB": packed = table[FeatureHasher.hashLowercased(lemma)] ?? 0; shift = 8
        case "NOUN": packed = table[FeatureHasher.hashLowercased(lemma)] ?? 0; shift = 0
        case "PROPN":
            packed = table[FeatureHasher.hashLowercased(form)] ?? 0
            shift = packed >> 16 & 0xFF != 0 ? 16 : 0
        default: return ParserInput.noneValue
        }
        let id = packed >> shift & 0xFF
        return id == 0 ? ParserInput.noneValue : UInt64(id)
    }

    /// No classes (a parser trained without them).
    public static let empty = WordSenseClasses(names: [], keys: [], values: [])

    /// Reads Open English WordNet's `senses.tsv`, `noun-synsets.tsv`, `verb-synsets.tsv` and
    /// `instances.tsv` (tab-separated, header row first) from `directory`.
    public static func build(wordNetDirectory directory: String) throws -> WordSenseClasses {
        func rows(_ name: String) throws -> [[Substring]] { try HeaderedTSV.rows(name, in: directory) }
        var lexfileOfSynset: [Substring: Substring] = [:]
        for file in ["noun-synsets.tsv", "verb-synsets.tsv"] {
            for row in try rows(file) where row.count >= 2 { lexfileOfSynset[row[0]] = row[1] }
        }
        var names: [String] = []
        var ids: [Substring: UInt32] = [:]
        func id(_ lexfile: Substring) -> UInt32 {
            if let known = ids[lexfile] { return known }
            names.append(String(lexfile))
            ids[lexfile] = UInt32(names.count)
            return UInt32(names.count)
        }
        var packed: [UInt64: UInt32] = [:]
        var order: [UInt64] = []
        func set(_ word: Substring, _ value: UInt32, shift: UInt32) {
            let key = FeatureHasher.hash(word.lowercased())
            let old = packed[key] ?? { order.append(key); return 0 }()
            guard old >> shift & 0xFF == 0 else { return }  // the first (best-ranked) sense wins
            packed[key] = old | value << shift
        }
        // senses.tsv: lemma, pos, rank, synset; rank 1 is the most frequent sense.
        for row in try rows("senses.tsv") where row.count >= 4 && row[2] == "1" {
            guard let lexfile = lexfileOfSynset[row[3]] else { continue }
            if row[1] == "n" { set(row[0], id(lexfile), shift: 0) }
            if row[1] == "v" { set(row[0], id(lexfile), shift: 8) }
        }
        // instances.tsv: name, lexfile, ...; one-word names only (the parser sees words).
        for row in try rows("instances.tsv") where row.count >= 2 && !row[0].contains(" ") {
            set(row[0], id(row[1]), shift: 16)
        }
        return WordSenseClasses(names: names, keys: order, values: order.map { packed[$0]! })
    }

    /// Stores the classes as the list `<prefix>.names` and sections `<prefix>.keys`, `.values`.
    func write(to file: inout ModelFile, prefix: String) {
        file.lists[prefix + ".names"] = names
        file.setArray(keys, for: prefix + ".keys")
        file.setArray(values, for: prefix + ".values")
    }

    /// Reads classes stored by `write(to:prefix:)`; `empty` when the file has none.
    init(from file: ModelFile, prefix: String) throws {
        guard file.hasSection(prefix + ".keys") else {
            self = .empty
            return
        }
        let names = try file.list(prefix + ".names")
        let keys = try file.array(UInt64.self, prefix + ".keys")
        let values = try file.array(UInt32.self, prefix + ".values")
        guard keys.count == values.count,
              values.allSatisfy({ [$0 & 0xFF, $0 >> 8 & 0xFF, $0 >> 16 & 0xFF].allSatisfy { Int($0) <= names.count } })
        else { throw ModelFileError.malformed("\(prefix) word classes") }
        self.init(names: names, keys: keys, values: values)
    }
}
