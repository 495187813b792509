/// Word-level exceptions of the tokenizer: hyphen prefixes kept attached and contractions
/// written without an apostrophe.
enum TokenizerExceptions {
    /// Prefixes UD English EWT keeps attached before a hyphen ("re-election", "e-mail",
    /// "non-profit", "anti-American"); every other hyphenated compound is split ("well - known").
    /// Derived from the hyphenated word types of EWT train and dev ("self-" and "vice-" split there).
    static let attachedPrefixes: Set<String> = [
        "e", "non", "anti", "pre", "re", "mid", "co", "post", "over", "pro", "multi", "ex", "semi",
        "counter", "sub", "neo", "cross", "un", "socio", "psycho", "mis", "micro", "intra", "inter",
        "extra", "ultra", "macro", "mega", "quasi", "pseudo", "trans", "bi", "tri", "de", "geo", "hyper",
    ]

    /// Contractions written without an apostrophe, with the length of their first word
    /// ("cannot" → "can" "not", "gonna" → "gon" "na", "dont" → "do" "nt"), as in EWT.
    /// "cant" and "wont" are left alone: they are also English words.
    static let unmarkedContractions: [String: Int] = [
        "cannot": 3, "gonna": 3, "wanna": 3, "gotta": 3,
        "dont": 2, "doesnt": 4, "didnt": 3, "isnt": 2, "wasnt": 3, "arent": 3, "werent": 4,
        "couldnt": 5, "wouldnt": 5, "shouldnt": 6, "havent": 4, "hasnt": 3, "hadnt": 3,
    ]
}
