/// Verb lemmas for the extraction rules when the lemmatizer left an inflected verb as it was
/// ("said", "noted", "are"): the rules key on lemmas (say-verbs, light verbs, "be"), so a missing
/// lemma would silently switch them off. Irregular verbs by table, regular ones by suffix rules.
/// It only fills a gap: a real lemma is always used as given.
enum VerbLemmaFallback {
    static let irregular: [String: String] = [
        "is": "be", "are": "be", "was": "be", "were": "be", "been": "be", "being": "be", "am": "be", "'s": "be",
        "'re": "be", "'m": "be", "has": "have", "had": "have", "having": "have", "'ve": "have", "does": "do",
        "did": "do", "done": "do", "said": "say", "says": "say", "told": "tell", "met": "meet", "went": "go",
        "gone": "go", "goes": "go", "came": "come", "took": "take", "taken": "take", "gave": "give", "given": "give",
        "made": "make", "got": "get", "gotten": "get", "held": "hold", "left": "leave", "led": "lead",
        "began": "begin", "begun": "begin", "became": "become", "brought": "bring", "bought": "buy",
        "built": "build", "chose": "choose", "chosen": "choose", "drove": "drive", "driven": "drive",
        "fell": "fall", "fallen": "fall", "felt": "feel", "fought": "fight", "found": "find", "flew": "fly",
        "flown": "fly", "forgot": "forget", "grew": "grow", "grown": "grow", "heard": "hear", "hid": "hide",
        "kept": "keep", "knew": "know", "known": "know", "lost": "lose", "meant": "mean", "paid": "pay",
        "ran": "run", "rose": "rise", "risen": "rise", "saw": "see", "seen": "see", "sold": "sell", "sent": "send",
        "shot": "shoot", "sat": "sit", "spoke": "speak", "spoken": "speak", "spent": "spend", "stood": "stand",
        "stole": "steal", "stolen": "steal", "struck": "strike", "taught": "teach", "thought": "think",
        "threw": "throw", "thrown": "throw", "understood": "understand", "won": "win", "wrote": "write",
        "written": "write", "wore": "wear", "worn": "wear", "broke": "break", "broken": "break", "ate": "eat",
        "eaten": "eat", "drew": "draw", "drawn": "draw", "sought": "seek", "caught": "catch", "born": "bear",
        "bore": "bear", "dealt": "deal", "fed": "feed", "fled": "flee", "laid": "lay", "lay": "lie", "lent": "lend",
        "slid": "slide", "swore": "swear", "sworn": "swear", "woke": "wake", "beat": "beat", "bet": "bet",
        "cut": "cut", "hit": "hit", "hurt": "hurt", "let": "let", "put": "put", "quit": "quit", "set": "set",
        "shut": "shut", "split": "split", "spread": "spread", "cost": "cost", "read": "read", "ca": "can",
        "wo": "will", "'ll": "will", "'d": "would", "dies": "die", "died": "die", "dying": "die", "lies": "lie",
        "tied": "tie", "lying": "lie",
    ]

    /// The lemma of an inflected verb form (lowercased), by table or suffix rule.
    static func lemma(of form: String, xpos: String) -> String {
        let word = form.lowercased()
        if let known = irregular[word] { return known }
        switch xpos {
        case "VBZ":
            if word.hasSuffix("ies") { return String(word.dropLast(3)) + "y" }
            for suffix in ["sses", "shes", "ches", "xes", "zes", "oes"] where word.hasSuffix(suffix) {
                return String(word.dropLast(2))
            }
            return word.hasSuffix("s") ? String(word.dropLast()) : word
        case "VBD", "VBN":
            if word.hasSuffix("ied") { return String(word.dropLast(3)) + "y" }
            guard word.hasSuffix("ed"), word.count > 4 else { return word }
            return restoreStem(String(word.dropLast(2)))
        case "VBG":
            guard word.hasSuffix("ing"), word.count > 5 else { return word }
            return restoreStem(String(word.dropLast(3)))
        default:
            return word
        }
    }

    /// Undoes the spelling changes before -ed/-ing: doubled consonants ("stopp" -> "stop") and a
    /// dropped final e ("not" -> "note", "announc" -> "announce", "chang" -> "change").
    static func restoreStem(_ stem: String) -> String {
        let letters = Array(stem)
        guard letters.count >= 2 else { return stem }
        let last = letters[letters.count - 1]
        let previous = letters[letters.count - 2]
        if last == previous, !"lsz".contains(last), !"aeiou".contains(last) { return String(letters.dropLast()) }
        let eEndings = ["c", "v", "z", "at", "ut", "ot", "dg", "bl", "pl", "tl", "kl", "gl", "ng", "rg", "ur", "ir", "ar", "ous", "aus", "ais", "os", "us", "ag", "ak", "id", "od", "uc", "ib", "ir", "ul", "ok"]
        let keep = ["ing", "oid", "ook", "eak", "pass", "focus", "offer", "occur", "stir", "blur", "bar", "star", "appear", "clear", "fear", "hear", "near", "pour", "tour", "four", "answer"]
        if keep.contains(where: { stem.hasSuffix($0) }) { return stem }
        // Short consonant-vowel-consonant stems lost their e: "fil" -> "file", "hop" -> "hope".
        if letters.count == 3, !"aeiou".contains(letters[0]), "aeiou".contains(letters[1]), !"aeiouwxy".contains(letters[2]) {
            return stem + "e"
        }
        if eEndings.contains(where: { stem.hasSuffix($0) }) { return stem + "e" }
        return stem
    }
}
