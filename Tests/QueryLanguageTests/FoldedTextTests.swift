import Testing
@testable import QueryLanguage

/// `folded`: the forgiving form names and words are compared in (lower case, no accents),
/// with its shortcut for text that is already plain lower-case ASCII.
@Suite struct FoldedTextTests {
    @Test(arguments: [
        ("plain words, 4.1 billion", "plain words, 4.1 billion"),
        ("Mayor GARCETTI", "mayor garcetti"),
        ("Głódź", "glodz"),
        ("Straße", "strasse"),
        ("Élodie Brun", "elodie brun"),
        ("", ""),
    ])
    func foldsCaseAndAccents(text: String, expected: String) {
        #expect(folded(text) == expected)
    }
}
