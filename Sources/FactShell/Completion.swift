import Synchronization

/// Tab completion: dot-commands and their arguments, query keywords, and the entity and
/// relation names of the loaded store. Multi-word names complete across words: after
/// `who met Eric Ga`, Tab gives `Garcetti`.
public enum Completion {
    /// The words completion offers; refreshed when the store changes.
    public struct Vocabulary: Sendable {
        public var dotCommands: [String] = []
        public var keywords: [String] = []
        /// Entity names (possibly several words) and relation names.
        public var names: [String] = []
        /// Arguments of dot-commands: `.mode` -> formats, `.headers` -> on/off.
        public var arguments: [String: [String]] = [:]
        /// Dot-commands whose argument is a file name (libedit completes those itself).
        public var fileCommands: Set<String> = []

        public init() {}
    }

    /// What to offer for one Tab.
    public enum Answer: Equatable, Sendable {
        case words([String])
        /// Let libedit complete a file name.
        case fileNames
    }

    static let vocabulary = Mutex(Vocabulary())

    /// Replaces the vocabulary.
    public static func update(_ vocabulary: Vocabulary) {
        self.vocabulary.withLock { $0 = vocabulary }
    }

    /// The candidates for completing the word that starts at scalar `wordStart` of `line`
    /// (the line up to the cursor), sorted and without duplicates.
    public static func candidates(line: String, wordStart: Int, vocabulary: Vocabulary) -> Answer {
        let scalars = Array(line.unicodeScalars)
        let start = max(0, min(wordStart, scalars.count))
        let word = String(String.UnicodeScalarView(scalars[start...]))
        let before = String(String.UnicodeScalarView(scalars[..<start]))
        let previousWords = before.split(whereSeparator: { $0 == " " || $0 == "\t" }).map(String.init)
        let lowerWord = word.lowercased()

        if let command = previousWords.first, command.hasPrefix(".") {
            // An argument of a dot-command.
            guard previousWords.count == 1 else { return .words([]) }
            if vocabulary.fileCommands.contains(command) { return .fileNames }
            let options = vocabulary.arguments[command] ?? []
            return .words(unique(options.filter { $0.lowercased().hasPrefix(lowerWord) }))
        }
        if previousWords.isEmpty, word.hasPrefix(".") {
            return .words(unique(vocabulary.dotCommands.filter { $0.hasPrefix(lowerWord) }))
        }
        var matches = (vocabulary.keywords + vocabulary.names).filter {
            !$0.contains(" ") && $0.lowercased().hasPrefix(lowerWord)
        }
        // Multi-word names and keywords: the words already typed pick one, the rest completes it.
        for name in vocabulary.keywords + vocabulary.names where name.contains(" ") {
            let nameWords = name.split(separator: " ").map(String.init)
            for typed in 0..<min(nameWords.count, previousWords.count + 1) {
                let typedWords = previousWords.suffix(typed).map { $0.lowercased() }
                guard typedWords.count == typed,
                      zip(typedWords, nameWords).allSatisfy({ $0 == $1.lowercased() }),
                      typed < nameWords.count,
                      nameWords[typed].lowercased().hasPrefix(lowerWord)
                else { continue }
                matches.append(nameWords[typed...].joined(separator: " "))
            }
        }
        if word.isEmpty, previousWords.isEmpty { return .words([]) }
        return .words(unique(matches))
    }

    /// The text that replaces the typed word: the longest common prefix of the matches, or the
    /// typed word when the matches differ already within it (only in letter case).
    static func replacement(for word: String, matches: [String]) -> String {
        guard var prefix = matches.first else { return word }
        for match in matches.dropFirst() {
            while !match.hasPrefix(prefix) { prefix.removeLast() }
        }
        return prefix.count >= word.count ? prefix : word
    }

    private static func unique(_ words: [String]) -> [String] {
        Array(Set(words)).sorted { ($0.lowercased(), $0) < ($1.lowercased(), $1) }
    }
}
