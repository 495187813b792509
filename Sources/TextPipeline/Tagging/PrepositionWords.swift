/// Two closed classes, prepositions and subordinating conjunctions (Penn tag `IN`) and prefixes
/// written apart (`AFX`: "pre", "anti"): a word outside them is never one, however its context
/// looks. The greedy tagger once read "beat" in "Ortega and Sergio Luna beat Whitby" as `IN`,
/// after taking the surname for a common noun, and the parser then hung the whole clause on a
/// preposition; "won" in "declared to have won" it read as `IN`, and next as `AFX`. Words of one
/// or two letters ("in", "of", "vs") and words with digits or punctuation are not checked:
/// treebank text spells prepositions in too many short ways ("w/", "b4").
enum PrepositionWords {
    /// The prepositions and subordinators of three letters or more that UD English EWT tags `IN`.
    static let forms: [String] = [
        "aboard", "about", "above", "absent", "according", "across", "after", "against", "ago", "albeit", "along",
        "alongside", "although", "amid", "amidst", "among", "amongst", "anti", "around", "aside", "atop", "barring",
        "because", "before", "behind", "below", "beneath", "beside", "besides", "between", "beyond", "bout", "but",
        "cause", "circa", "concerning", "considering", "coz", "cuz", "despite", "down", "due", "during", "except",
        "excluding", "following", "for", "from", "given", "including", "inside", "into", "less", "lest", "like",
        "minus", "near", "next", "notwithstanding", "off", "once", "onto", "opposite", "out", "outside", "over",
        "past", "pending", "per", "plus", "post", "pre", "regarding", "respecting", "round", "save", "since",
        "than", "that", "then", "tho", "though", "thru", "through", "throughout", "til", "till", "toward",
        "towards", "under", "underneath", "unless", "unlike", "until", "unto", "upon", "upto", "versus", "via",
        "whereas", "whether", "while", "whilst", "with", "within", "without", "worth", "fro", "ere", "sans",
        "onboard", "inbetween", "nearby", "aground", "astride", "ahead",
    ]

    /// Prefixes the treebank writes apart from their word (`AFX`).
    static let prefixes: [String] = [
        "anglo", "anti", "counter", "eco", "indo", "infra", "inter", "mega", "mid", "mini", "multi", "non", "out",
        "over", "post", "pre", "pro", "semi", "socio", "sub", "super", "ultra", "under", "micro", "macro", "neo",
        "pseudo", "quasi", "self", "cross", "trans",
    ]

    /// The lowercased form hashes of `forms` and `prefixes`, as `WordShape.lower` computes them.
    static let hashes: Set<UInt64> = {
        var scratch = WordScratch()
        return Set((forms + prefixes).map { WordShape($0, scratch: &scratch).lower })
    }()

    /// True when `word` is long enough and plain enough to be checked and is no preposition.
    static func excludes(_ word: WordShape) -> Bool {
        word.length >= 3 && word.flags & WordShape.Flag.hasLetter != 0
            && word.flags & (WordShape.Flag.hasDigit | WordShape.Flag.hasPeriod | WordShape.Flag.hasHyphen) == 0
            && !hashes.contains(word.lower)
    }
}
