import Foundation

/// What kind of place a name is ("California" is a state, "Iran" a country, "Miami" a city), from
/// the bundled GeoNames gazetteer, so "which state" can tell a state from a country.
///
/// Read on the first question that asks for a kind; lookups are O(1).
final class PlaceKinds: Sendable {
    /// Lowercased name -> the class nouns it is an instance of.
    let kindsOfName: [String: [String]]
    /// Lowercased nationality adjective -> its country ("turkish" -> "Turkey").
    let countryOfDemonym: [String: String]

    init(kindsOfName: [String: [String]], countryOfDemonym: [String: String] = [:]) {
        self.kindsOfName = kindsOfName
        self.countryOfDemonym = countryOfDemonym
    }

    /// The class nouns of `name`, case-insensitively. O(1).
    func kinds(of name: String) -> [String] { kindsOfName[name.lowercased()] ?? [] }

    /// The country of a nationality adjective, case-insensitively. O(1).
    func country(ofDemonym word: String) -> String? { countryOfDemonym[word.lowercased()] }

    /// The nouns a question uses for each gazetteer class ("which nation" means a country too).
    static let nounsOfClass: [String: [String]] = [
        "country": ["country", "nation"], "continent": ["continent"], "state": ["state"], "state-abbrev": ["state"],
        "city-1": ["city", "town"], "city-2": ["city", "town"], "city-3": ["city", "town"], "county": ["county"],
    ]

    /// The bundled table, read on first use (empty if the file cannot be read).
    static let shared: PlaceKinds = (try? load(from: nil)) ?? PlaceKinds(kindsOfName: [:])

    /// Reads `gazetteer-places.tsv` and `gazetteer-places-more.tsv` (the further classes of names
    /// listed under several), and `gazetteer-demonyms.tsv`, from `directory`, or from the
    /// package's resources when nil.
    static func load(from directory: URL?) throws -> PlaceKinds {
        var kinds: [String: [String]] = [:]
        for file in ["gazetteer-places", "gazetteer-places-more"] {
            let classes: [String: [String]] = try ResourceTable.load(file, in: directory) { fields, table in
                if fields.count >= 2 { table[fields[0].lowercased(), default: []].append(fields[1]) }
            }
            for (name, classNames) in classes {
                for noun in classNames.flatMap({ nounsOfClass[$0] ?? [] }) where !(kinds[name]?.contains(noun) ?? false) {
                    kinds[name, default: []].append(noun)
                }
            }
        }
        let demonyms: [String: String] = try ResourceTable.load("gazetteer-demonyms", in: directory) { fields, table in
            if fields.count >= 2 { table[fields[0].lowercased()] = fields[1] }
        }
        return PlaceKinds(kindsOfName: kinds, countryOfDemonym: demonyms)
    }
}
