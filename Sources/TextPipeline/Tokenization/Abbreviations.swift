/// The abbreviations that keep their final period, and how each may end a sentence.
///
/// Lists follow AP style and the abbreviations of UD English EWT; the state forms are the AP
/// abbreviations of `gazetteer/us-states.tsv`, baked in so the tokenizer needs no resource file.
public enum Abbreviations {
    /// How an abbreviation behaves at a possible sentence end.
    public enum Kind: Sendable {
        /// Titles and name prefixes: never end a sentence ("Sen.", "Mr.", "Gov.").
        case title
        /// Other abbreviations: end a sentence only before a sentence-starting word
        /// ("... in Washington, D.C. The mayor said").
        case ordinary
    }

    /// Titles and name prefixes that always precede what they abbreviate.
    static let titles: Set<String> = [
        "Mr", "Mrs", "Ms", "Messrs", "Mmes", "Dr", "Drs", "Prof", "Gov", "Govs", "Sen", "Sens", "Rep", "Reps",
        "Gen", "Lt", "Sgt", "Capt", "Col", "Maj", "Cmdr", "Cdr", "Adm", "Cpl", "Pvt", "Spc", "Spec", "Rev",
        "Msgr", "Fr", "Hon", "Pres", "Supt", "Det", "Insp", "Atty", "Sup", "Gens", "Sgts", "Mt", "Ft",
        "Brig", "Lt.Gov", "Rt",
    ]

    /// Abbreviations that can end a sentence: months, days, company forms, places, Latin.
    static let ordinary: Set<String> = [
        "Jan", "Feb", "Mar", "Apr", "Aug", "Sep", "Sept", "Oct", "Nov", "Dec",
        "Mon", "Tue", "Tues", "Wed", "Thu", "Thur", "Thurs", "Fri", "Sat",
        "Inc", "Corp", "Co", "Cos", "Ltd", "Bros", "Assn", "Dept", "Univ", "Intl", "Natl", "Govt",
        "Jr", "Sr", "St", "Sts", "Ave", "Blvd", "Rd", "Hwy", "Pl", "Sq", "Ct", "Pkwy", "Ste",
        "vs", "v", "etc", "al", "approx", "est", "ext", "dept", "fig", "Fig", "vol", "Vol", "pp", "ca", "cf",
        "eg", "ie", "viz", "incl", "min", "mins", "max", "sec", "hrs", "yrs", "mos", "lb", "lbs", "oz", "ft",
        "mi", "km", "Ph", "Esq", "Rs", "Nos", "Attn",
    ]

    /// AP state abbreviations (from gazetteer/us-states.tsv) without their final period.
    static let states: Set<String> = [
        "Ala", "Ariz", "Ark", "Calif", "Colo", "Conn", "Del", "D.C", "Fla", "Ga", "Ill", "Ind", "Kan", "Ky",
        "La", "Md", "Mass", "Mich", "Minn", "Miss", "Mo", "Mont", "Neb", "Nev", "N.H", "N.J", "N.M", "N.Y",
        "N.C", "N.D", "Okla", "Ore", "Pa", "R.I", "S.C", "S.D", "Tenn", "Vt", "Va", "Wash", "W.Va", "Wis", "Wyo",
    ]

    /// State abbreviations that are also English words: kept only in a place context
    /// ("Springfield, Ill., said" but "he was ill.").
    static let ambiguousStates: Set<String> = ["Ill", "Ind", "Mass", "Miss", "Mo", "Wash", "La", "Del", "Ore", "Pa", "Ga"]

    /// Abbreviations kept only before a number ("No. 1", "Nos. 3 and 4").
    static let beforeNumbers: Set<String> = ["No", "no", "Nos", "nos", "Art", "art", "Sec", "sec", "Ch", "ch", "p", "pp"]

    /// The kind of the abbreviation `stem` (its text without the final period), ignoring context.
    public static func kind(of stem: String) -> Kind? {
        if titles.contains(stem) { return .title }
        if ordinary.contains(stem) || states.contains(stem) { return .ordinary }
        if isLetterPeriodRun(stem) { return .ordinary }
        return nil
    }

    /// "U.S", "a.m", "Ph.D", "e.g": segments of one or two letters joined by periods, one of a
    /// single letter.
    static func isLetterPeriodRun(_ stem: String) -> Bool {
        var segment = 0, segments = 1, shortest = Int.max
        for b in stem.utf8 {
            if b == ByteClass.period {
                if segment == 0 { return false }
                shortest = min(shortest, segment)
                segment = 0
                segments += 1
            } else if ByteClass.isASCIILetter(b) {
                segment += 1
                if segment > 2 { return false }
            } else {
                return false
            }
        }
        guard segment > 0 else { return false }
        shortest = min(shortest, segment)
        return segments >= 2 && shortest == 1
    }

    /// Whether `stem` is a single capital initial ("J" of "J. Smith").
    static func isInitial(_ stem: String) -> Bool {
        let utf8 = stem.utf8
        return utf8.count == 1 && ByteClass.isUpper(utf8.first!)
    }
}
