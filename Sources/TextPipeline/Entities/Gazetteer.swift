import Foundation

/// Classes a gazetteer entry can belong to; one word or phrase may have several.
public struct GazetteerClasses: OptionSet, Hashable, Sendable {
    public let rawValue: UInt32
    public init(rawValue: UInt32) { self.rawValue = rawValue }

    public static let country = GazetteerClasses(rawValue: 1 << 0)
    public static let continent = GazetteerClasses(rawValue: 1 << 1)
    public static let usState = GazetteerClasses(rawValue: 1 << 2)
    public static let stateAbbreviation = GazetteerClasses(rawValue: 1 << 3)
    public static let bigCity = GazetteerClasses(rawValue: 1 << 4)
    public static let city = GazetteerClasses(rawValue: 1 << 5)
    public static let smallCity = GazetteerClasses(rawValue: 1 << 6)
    public static let county = GazetteerClasses(rawValue: 1 << 7)
    public static let wordNetPerson = GazetteerClasses(rawValue: 1 << 8)
    public static let wordNetLocation = GazetteerClasses(rawValue: 1 << 9)
    public static let wordNetGroup = GazetteerClasses(rawValue: 1 << 10)
    public static let commonFemaleName = GazetteerClasses(rawValue: 1 << 11)
    public static let femaleName = GazetteerClasses(rawValue: 1 << 12)
    public static let rareFemaleName = GazetteerClasses(rawValue: 1 << 13)
    public static let commonMaleName = GazetteerClasses(rawValue: 1 << 14)
    public static let maleName = GazetteerClasses(rawValue: 1 << 15)
    public static let rareMaleName = GazetteerClasses(rawValue: 1 << 16)
    public static let commonSurname = GazetteerClasses(rawValue: 1 << 17)
    public static let surname = GazetteerClasses(rawValue: 1 << 18)
    public static let rareSurname = GazetteerClasses(rawValue: 1 << 19)
    public static let demonym = GazetteerClasses(rawValue: 1 << 20)
    public static let personNoun = GazetteerClasses(rawValue: 1 << 21)

    static let names: [(String, GazetteerClasses)] = [
        ("country", .country), ("continent", .continent), ("state", .usState), ("state-abbrev", .stateAbbreviation),
        ("city-1", .bigCity), ("city-2", .city), ("city-3", .smallCity), ("county", .county),
        ("person", .wordNetPerson), ("location", .wordNetLocation), ("group", .wordNetGroup),
        ("first-F1", .commonFemaleName), ("first-F2", .femaleName), ("first-F3", .rareFemaleName),
        ("first-M1", .commonMaleName), ("first-M2", .maleName), ("first-M3", .rareMaleName),
        ("last1", .commonSurname), ("last2", .surname), ("last3", .rareSurname),
    ]

    /// Any place class.
    public static let place: GazetteerClasses = [
        .country, .continent, .usState, .stateAbbreviation, .bigCity, .city, .smallCity, .county, .wordNetLocation,
    ]
    public static let female: GazetteerClasses = [.commonFemaleName, .femaleName, .rareFemaleName]
    public static let male: GazetteerClasses = [.commonMaleName, .maleName, .rareMaleName]
    public static let firstName: GazetteerClasses = female.union(male)
    public static let lastName: GazetteerClasses = [.commonSurname, .surname, .rareSurname]
    /// Classes that are matched as phrases (the name lists and person nouns are single-word lookups).
    public static let phrase: GazetteerClasses = place.union([.wordNetPerson, .wordNetGroup, .demonym])
}

/// A longest-match gazetteer over lowercased token sequences: places, names, WordNet instances,
/// nationality adjectives and person nouns.
public struct Gazetteer: Sendable {
    /// What the gazetteer knows of a phrase or word: its classes, and for the first word of
    /// multiword phrases the longest of them.
    private struct Entry {
        var classes: GazetteerClasses = []
        /// The most words of a phrase starting with this word (0: none of two or more).
        var longestPhrase = 0
    }
    /// Phrase (lowercased words joined by one space) -> its entry. One table for both, so that
    /// matching reads a word's classes and its longest phrase with one lookup: with a table
    /// each, a token's three lookups (its classes, its phrases, the single-word match) were a
    /// fifth of the entity context's instructions.
    private var entries: [String: Entry] = [:]
    /// `FeatureHasher.hash` of every phrase of two or more words in `entries`, and of its
    /// canonical decomposition when it is not ASCII: matching makes an ASCII phrase's text and
    /// looks it up only when its hash is here. (Strings are equal when canonically equivalent, so
    /// an ASCII phrase equals a key exactly when it has the key's decomposed bytes; a phrase that
    /// is not ASCII is always looked up.) Made and looked up for every length at each word that
    /// starts a phrase, the texts took a third of matching's instructions.
    private var phraseHashes: Set<UInt64> = []
    /// Demonym -> country ("italian" -> "Italy").
    public private(set) var countryOfDemonym: [String: String] = [:]

    public init() {}

    /// The bundled gazetteer files.
    public static func bundled() throws -> Gazetteer { try load(from: nil) }

    /// The gazetteer files in `folder` (nil: the bundle).
    public static func load(from folder: URL?) throws -> Gazetteer {
        var gazetteer = Gazetteer()
        for file in ["gazetteer-places.tsv", "gazetteer-names.tsv", "gazetteer-wordnet.tsv"] {
            for row in try EntityResources.rows(file, in: folder) where row.count >= 2 {
                guard let classes = GazetteerClasses.names.first(where: { $0.0 == row[1] })?.1 else { continue }
                gazetteer.add(String(row[0]), classes)
            }
        }
        for row in try EntityResources.rows("gazetteer-person-nouns.tsv", in: folder) where !row[0].isEmpty {
            gazetteer.add(String(row[0]), .personNoun)
        }
        for row in try EntityResources.rows("gazetteer-demonyms.tsv", in: folder) where row.count >= 2 {
            gazetteer.add(String(row[0]), .demonym)
            gazetteer.countryOfDemonym[row[0].lowercased()] = String(row[1])
        }
        return gazetteer
    }

    /// Adds `phrase` with `classes`, merging with what it already has.
    public mutating func add(_ phrase: String, _ classes: GazetteerClasses) {
        let words = Gazetteer.words(of: phrase)
        guard let first = words.first else { return }
        let key = words.joined(separator: " ")
        entries[key, default: Entry()].classes.formUnion(classes)
        if words.count > 1 {
            entries[first, default: Entry()].longestPhrase = max(entries[first]?.longestPhrase ?? 0, words.count)
            phraseHashes.insert(FeatureHasher.hash(key))
            if key.utf8.contains(where: { $0 >= 0x80 }) { phraseHashes.insert(FeatureHasher.hash(key.decomposedStringWithCanonicalMapping)) }
        }
    }

    /// Splits an entry the way the tokenizer splits text: on spaces, with hyphens and commas as words.
    static func words(of phrase: String) -> [String] {
        var words: [String] = []
        for piece in phrase.lowercased().split(separator: " ") {
            var current = ""
            for character in piece {
                if character == "-" || character == "," {
                    if !current.isEmpty { words.append(current) }
                    words.append(String(character))
                    current = ""
                } else {
                    current.append(character)
                }
            }
            if !current.isEmpty { words.append(current) }
        }
        return words
    }

    /// The word with its accents and other diacritics dropped ("cédric" -> "cedric").
    static func withoutAccents(_ word: String) -> String {
        word.folding(options: .diacriticInsensitive, locale: nil)
    }

    /// The classes of one lowercased word. O(1).
    public func classes(ofWord word: String) -> GazetteerClasses { entries[word]?.classes ?? [] }

    /// The classes of a lowercased phrase. O(1).
    public func classes(ofPhrase phrase: String) -> GazetteerClasses { entries[phrase]?.classes ?? [] }

    /// The classes of each of `words` (lowercased) and the longest phrase length that starts
    /// with it (0: none of two or more words), for `longestMatches`. O(n).
    public func wordEntries(_ words: [String]) -> (classes: [GazetteerClasses], longestPhrases: [Int]) {
        var classes: [GazetteerClasses] = [], longestPhrases: [Int] = []
        classes.reserveCapacity(words.count)
        longestPhrases.reserveCapacity(words.count)
        for word in words {
            // "cédric": the lists spell names without accents ("Cedric").
            let entry = entries[word] ?? (word.utf8.contains { $0 >= 0x80 } ? entries[Self.withoutAccents(word)] : nil) ?? Entry()
            classes.append(entry.classes)
            longestPhrases.append(entry.longestPhrase)
        }
        return (classes, longestPhrases)
    }

    /// Longest phrase matches over `words` (lowercased), left to right, without overlaps;
    /// `wordClasses` and `longestPhrases` are `wordEntries(words)`'s. O(n · longest phrase).
    public func longestMatches(in words: [String], wordClasses: [GazetteerClasses], longestPhrases: [Int],
                               range: Range<Int>) -> [(range: Range<Int>, classes: GazetteerClasses)] {
        var matches: [(Range<Int>, GazetteerClasses)] = []
        var i = range.lowerBound
        while i < range.upperBound {
            var found: (Range<Int>, GazetteerClasses)? = nil
            if longestPhrases[i] > 0 {
                let longest = min(longestPhrases[i], range.upperBound - i)
                withUnsafeTemporaryAllocation(of: UInt64.self, capacity: longest + 1) { hashes in
                    // hashes[k]: `FeatureHasher.hash` of the text of the k words from i; the
                    // texts of more than `ascii` words are not ASCII.
                    var hash = FeatureHasher.offsetBasis, ascii = longest
                    for k in 0..<longest {
                        if k > 0 { hash = (hash ^ UInt64(UInt8(ascii: " "))) &* FeatureHasher.prime }
                        for byte in words[i + k].utf8 {
                            if byte >= 0x80 && ascii == longest { ascii = k }
                            hash = (hash ^ UInt64(byte)) &* FeatureHasher.prime
                        }
                        hashes[k + 1] = hash
                    }
                    var length = longest
                    while length >= 2 {
                        if length > ascii || phraseHashes.contains(hashes[length]),
                           let classes = entries[PhraseKey.of(words[i..<i + length])]?.classes,
                           !classes.intersection(.phrase).isEmpty {
                            found = (i..<i + length, classes.intersection(.phrase))
                            break
                        }
                        length -= 1
                    }
                }
            }
            if found == nil, !wordClasses[i].intersection(.phrase).isEmpty {
                found = (i..<i + 1, wordClasses[i].intersection(.phrase))
            }
            if let found {
                matches.append(found)
                i = found.0.upperBound
            } else {
                i += 1
            }
        }
        return matches
    }
}
