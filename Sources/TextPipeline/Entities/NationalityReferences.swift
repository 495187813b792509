/// "The Swede did not take part in the press conference": a word for a person of a country,
/// standing alone after "the", refers back to the last person the article named as being from
/// that country: "Sweden's Tobias Lindqvist", "the Swede Tobias Lindqvist", "Swedish rower Tobias
/// Lindqvist", "Tobias Lindqvist of Sweden". Sports and election reports name their people this
/// way once and then call them by their country.
struct NationalityReferences {
    let gazetteer: Gazetteer

    /// Nouns for a person of a country that are not also the country's adjective ("a Kenyan" is
    /// found through the adjective "Kenyan").
    static let personNouns: [String: String] = [
        "swede": "Sweden", "pole": "Poland", "briton": "United Kingdom", "dutchman": "Netherlands",
        "dutchwoman": "Netherlands", "dane": "Denmark", "finn": "Finland", "spaniard": "Spain",
        "frenchman": "France", "frenchwoman": "France", "englishman": "United Kingdom", "englishwoman": "United Kingdom",
        "scot": "United Kingdom", "welshman": "United Kingdom", "irishman": "Ireland", "irishwoman": "Ireland",
        "turk": "Turkey", "croat": "Croatia", "serb": "Serbia", "icelander": "Iceland",
        "luxembourger": "Luxembourg", "norwegian": "Norway", "slovene": "Slovenia", "uzbek": "Uzbekistan",
        "kazakh": "Kazakhstan", "kyrgyz": "Kyrgyzstan", "tajik": "Tajikistan", "lao": "Laos", "greek": "Greece",
    ]

    /// The country a lower-case person word names ("swede" -> Sweden), or nil.
    func country(ofPersonWord word: String) -> String? {
        Self.personNouns[word] ?? gazetteer.countryOfDemonym[word]
    }

    /// The mention at `i` ("the Swede", two tokens) when the word after "the" is a person of a
    /// country standing alone: not followed by a noun or name it modifies ("the Swedish team",
    /// "the Swede Tobias Lindqvist").
    func mention(at i: Int, in sentence: Range<Int>, document: AnnotatedDocument, lower: [String]) -> (tokens: Range<Int>, country: String)? {
        guard lower[i] == "the", i + 1 < sentence.upperBound, let country = country(ofPersonWord: lower[i + 1]),
              document.tokens[i + 1].form.first?.isUppercase == true else { return nil }
        if i + 2 < sentence.upperBound, ["NOUN", "PROPN", "ADJ", "NUM"].contains(document.tokens[i + 2].upos) { return nil }
        return (i..<i + 2, country)
    }

    /// True when the name at `tokens` is written as from `country`: the country's name, its
    /// possessive or its adjective or person noun shortly before the name, or "of" the country
    /// right after it. O(a few tokens).
    func isNamed(_ tokens: Range<Int>, asFrom country: String, sentence: Range<Int>, lower: [String]) -> Bool {
        let countryWords = country.lowercased().split(separator: " ").map(String.init)
        func namesCountry(_ k: Int) -> Bool {
            if let last = countryWords.last, lower[k] == last { return true }
            return self.country(ofPersonWord: lower[k]) == country
        }
        for k in max(sentence.lowerBound, tokens.lowerBound - 4)..<tokens.lowerBound where namesCountry(k) { return true }
        let after = tokens.upperBound
        if after + 1 < sentence.upperBound, lower[after] == "of" || lower[after] == "(" {
            return (after + 1..<min(sentence.upperBound, after + 1 + countryWords.count + 1)).contains { namesCountry($0) }
        }
        return false
    }
}
