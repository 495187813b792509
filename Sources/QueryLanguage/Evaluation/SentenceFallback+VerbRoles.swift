import FactModel

extension SentenceFallback {
    /// Where, in a sentence's text, the question verb's doer and undergoer stand: the words of
    /// the side the question asks for, and of the other side. A mention holding one of these
    /// words fills that side ("CNN reported Van Drew was expected to leave": Van Drew, not CNN,
    /// was expected to leave).
    struct VerbRoles: Equatable {
        /// Byte offsets (in the sentence) of the words on the asked side.
        var asked: Set<Int> = []
        /// Byte offsets of the words on the other side.
        var other: Set<Int> = []
        /// The head words (indices in the tree) of the phrases on the asked side.
        var askedHeads: [Int] = []

        /// Which side a mention spanning `range` (bytes of the sentence) stands on; nil for neither.
        func side(of range: Range<Int>) -> Bool? {
            if asked.contains(where: range.contains) { return true }
            if other.contains(where: range.contains) { return false }
            return nil
        }
    }

    /// The doers and undergoers of every use of the question's verb in the sentence's tree.
    /// `asksDoer` is true when the question asks who did it ("who reported it", "who beat X"),
    /// false when it asks who underwent it ("who was expected to leave", "whom did X beat").
    /// O(words²) for a sentence of a few dozen words.
    static func verbRoles(in tree: DependencyTree, text: String, verbForms: Set<String>, asksDoer: Bool) -> VerbRoles {
        let (words, children) = (tree.words, tree.dependents)
        let utf8 = Array(text.utf8)
        func surface(_ index: Int) -> String {
            let word = words[index]
            guard word.start >= 0, word.end <= utf8.count, word.start < word.end else { return "" }
            return String(decoding: utf8[word.start..<word.end], as: UTF8.self).lowercased()
        }
        var roles = VerbRoles()
        for (index, word) in words.enumerated() where word.upos == "VERB" {
            guard verbForms.contains(word.lemma.lowercased()) || verbForms.contains(surface(index)) else { continue }
            let (doers, undergoers) = arguments(of: index, words: words, children: children)
            for filler in (asksDoer ? doers : undergoers) {
                if !roles.askedHeads.contains(filler) { roles.askedHeads.append(filler) }
                for member in phraseMembers(filler, words: words, children: children) { roles.asked.insert(words[member].start) }
            }
            for filler in (asksDoer ? undergoers : doers) {
                for member in phraseMembers(filler, words: words, children: children) { roles.other.insert(words[member].start) }
            }
        }
        roles.other.subtract(roles.asked)
        return roles
    }

    /// The doer and undergoer words of the verb at `index`: its subject and object, the other way
    /// round in the passive, where a "by" phrase names the doer.
    private static func arguments(of index: Int, words: [DependencyTree.Word], children: [[Int]]) -> (doers: [Int], undergoers: [Int]) {
        let own = children[index]
        let passive = own.contains { ["aux:pass", "nsubj:pass", "csubj:pass"].contains(words[$0].relation) }
            || (words[index].relation == "acl" && words[index].xpos == "VBN")
        let subjects = subjects(of: index, words: words, children: children, depth: 0)
        let objects = own.filter { ["obj", "iobj"].contains(words[$0].relation) }.map { standingFor($0, in: index, words: words) }
        let agents = own.filter { child in
            words[child].relation == "obl:agent" || (words[child].relation == "obl"
                && children[child].contains { words[$0].relation == "case" && words[$0].lemma.lowercased() == "by" })
        }
        return passive ? (agents, subjects) : (subjects, objects)
    }

    /// The subject words of the verb at `index`: its own; else its first conjunct's ("Gorka also
    /// spoke in the rally and encouraged supporters"); for an infinitive, its controller, the
    /// object or else the subject of the verb above ("Van Drew was expected to leave"); for a
    /// participle modifying a noun, that noun ("the people killed", "a photo showing him").
    private static func subjects(of index: Int, words: [DependencyTree.Word], children: [[Int]], depth: Int) -> [Int] {
        let own = children[index].filter { ["nsubj", "nsubj:pass"].contains(words[$0].relation) }
        if !own.isEmpty { return own.map { standingFor($0, in: index, words: words) } }
        guard let head = words[index].head, words.indices.contains(head), depth < 4 else { return [] }
        switch words[index].relation {
        case "conj": return subjects(of: head, words: words, children: children, depth: depth + 1)
        case "xcomp":
            let objects = children[head].filter { words[$0].relation == "obj" }
            return objects.isEmpty ? subjects(of: head, words: words, children: children, depth: depth + 1) : objects
        case "acl": return [head]
        default: return []
        }
    }

    /// The noun a relative pronoun stands for ("Kevin McCarthy, who held the post": McCarthy);
    /// any other word stands for itself.
    private static func standingFor(_ filler: Int, in verb: Int, words: [DependencyTree.Word]) -> Int {
        guard words[verb].relation == "acl:relcl", let head = words[verb].head,
              relativePronouns.contains(words[filler].lemma.lowercased()) else { return filler }
        return head
    }

    private static let relativePronouns: Set<String> = ["who", "whom", "which", "that"]

    /// A filler and the words that name the same thing with it: its conjuncts ("Kurdish and
    /// Sunni MPs"), appositions ("Another former Trump adviser, Sebastian Gorka") and the rest
    /// of a flat name; not its modifiers ("Trump" in "Trump adviser" did not speak).
    private static func phraseMembers(_ filler: Int, words: [DependencyTree.Word], children: [[Int]]) -> [Int] {
        var members = [filler]
        var index = 0
        while index < members.count {
            for child in children[members[index]] where ["conj", "appos", "flat", "flat:name"].contains(words[child].relation) {
                if !members.contains(child) { members.append(child) }
            }
            index += 1
        }
        return members
    }

    /// The text of the noun phrase headed by the word at `head`: the word and its dependents,
    /// without clauses, appositions, its preposition or punctuation at its edges ("US troops in Iraqi military
    /// bases", not the relative clause after them). Nil for a pronoun or a phrase longer than
    /// `maxWords`.
    static func nounPhrase(at head: Int, in tree: DependencyTree, text: String, maxWords: Int = 12) -> String? {
        let (words, children) = (tree.words, tree.dependents)
        guard words.indices.contains(head), !["PRON", "DET", "VERB", "AUX"].contains(words[head].upos) else { return nil }
        let left: Set<String> = ["acl:relcl", "acl", "advcl", "parataxis", "ccomp", "appos", "punct", "dep", "list"]
        var members = [head]
        var index = 0
        while index < members.count, members.count <= maxWords * 2 {
            for child in children[members[index]] where !left.contains(words[child].relation) {
                // The phrase's own preposition ("to José Martí International Airport") is not part of it.
                if index == 0, ["case", "mark", "cc"].contains(words[child].relation) { continue }
                members.append(child)
            }
            index += 1
        }
        guard members.count <= maxWords, let first = members.map({ words[$0].start }).min(),
              let last = members.map({ words[$0].end }).max() else { return nil }
        let utf8 = Array(text.utf8)
        guard first >= 0, last <= utf8.count, first < last else { return nil }
        return String(decoding: utf8[first..<last], as: UTF8.self)
    }
}
