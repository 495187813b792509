import Foundation

/// What kind of title a lexicon entry is.
public enum TitleCategory: String, Sendable {
    case office, judicial, police, military, business, royal, religious, academic
    /// A courtesy title (Mr., Dr.): it precedes names but is not a role.
    case honorific
}

/// The grammatical gender a title implies, when it implies one.
public enum Gender: Sendable, Hashable {
    case male, female
}

/// One entry of the title lexicon as matched in text.
public struct TitleEntry: Sendable, Hashable {
    /// The lexicon form, lowercased and singular: "police chief", "gov.".
    public var canonical: String
    public var category: TitleCategory
    public var gender: Gender?
    /// True when the text had the plural form ("police chiefs").
    public var plural: Bool
}

/// The curated title lexicon (`titles-en.tsv`): roles and courtesy titles that stand before names
/// or head descriptions, matched case-insensitively with multiword entries first.
public struct PersonTitleLexicon: Sendable {
    /// Lowercased word sequence (joined by one space) -> entry, plurals included.
    private var entries: [String: TitleEntry] = [:]
    /// The most words any entry has.
    public private(set) var longest = 1
    /// The last word of every entry, plurals included.
    private(set) var lastWords = Set<String>()

    public init() {}

    /// The bundled lexicon.
    public static func bundled() throws -> PersonTitleLexicon { try load(from: nil) }

    /// The lexicon in `folder` (nil: the bundle).
    public static func load(from folder: URL?) throws -> PersonTitleLexicon {
        var lexicon = PersonTitleLexicon()
        for row in try EntityResources.rows("titles-en.tsv", in: folder) where row.count >= 3 {
            guard let category = TitleCategory(rawValue: String(row[1])) else { continue }
            let gender: Gender? = row[2] == "m" ? .male : row[2] == "f" ? .female : nil
            lexicon.add(String(row[0]), category: category, gender: gender)
        }
        return lexicon
    }

    /// Adds a title and its regular plural.
    public mutating func add(_ title: String, category: TitleCategory, gender: Gender? = nil) {
        let words = Gazetteer.words(of: title)
        let canonical = words.joined(separator: " ")
        entries[canonical] = TitleEntry(canonical: canonical, category: category, gender: gender, plural: false)
        if let last = words.last { lastWords.insert(last) }
        longest = max(longest, words.count)
        guard category != .honorific, let last = words.last, last.last != "." else { return }
        // "attorney general" pluralises its first word; other titles their last.
        var plural = words
        if words.count == 2, words[1] == "general", words[0] != "brigadier", words[0] != "major" {
            plural[0] = PersonTitleLexicon.pluralize(words[0])
        } else {
            plural[plural.count - 1] = PersonTitleLexicon.pluralize(last)
        }
        let key = plural.joined(separator: " ")
        if entries[key] == nil {
            if let last = plural.last { lastWords.insert(last) }
            entries[key] = TitleEntry(canonical: canonical, category: category, gender: gender, plural: true)
        }
    }

    static func pluralize(_ word: String) -> String {
        if word.hasSuffix("man") { return String(word.dropLast(3)) + "men" }
        if word.hasSuffix("y"), let before = word.dropLast().last, !"aeiou".contains(before) {
            return String(word.dropLast()) + "ies"
        }
        if word.hasSuffix("s") || word.hasSuffix("sh") || word.hasSuffix("ch") { return word + "es" }
        return word + "s"
    }

    /// The entry for a lowercased word sequence. O(1).
    public func entry(_ words: ArraySlice<String>) -> TitleEntry? { entries[PhraseKey.of(words)] }

    /// The longest title starting at `start` within `limit` (lowercased words). O(longest).
    public func match(startingAt start: Int, in words: [String], limit: Int) -> (length: Int, entry: TitleEntry)? {
        var length = min(longest, limit - start)
        while length >= 1 {
            if let entry = entry(words[start..<start + length]) { return (length, entry) }
            length -= 1
        }
        return nil
    }

    /// The longest title ending just before `end` and starting no earlier than `floor`. O(longest).
    public func match(endingAt end: Int, in words: [String], floor: Int) -> (length: Int, entry: TitleEntry)? {
        var length = min(longest, end - floor)
        while length >= 1 {
            if let entry = entry(words[end - length..<end]) { return (length, entry) }
            length -= 1
        }
        return nil
    }
}

extension PersonTitleLexicon {
    /// True when `word` (lowercased) is the last word of some title: a cheap filter before `match`.
    func isTitleWord(_ word: String) -> Bool { lastWords.contains(word) }
}
