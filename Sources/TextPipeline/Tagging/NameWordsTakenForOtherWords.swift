/// Words of names the tagger reads by their form as other words:
/// - an acronym in brackets after a name, whose last letters look like a suffix ("(NAFOSTED)"
///   tagged VBN, so the parser made it a participle of the name);
/// - the given name "Will" before a surname ("Opener Will Henderson top-scored" tagged as the
///   modal, so the parser found a verb "will score" with no subject but "Opener").
enum NameWordsTakenForOtherWords {
    /// True for a word of two or more letters, all capitals (digits and "&" may be inside):
    /// "INPE", "NAFOSTED", "AT&T".
    static func isAcronym(_ form: String) -> Bool {
        var letters = 0
        for scalar in form.unicodeScalars {
            if scalar.properties.isUppercase { letters += 1; continue }
            guard scalar == "&" || ("0"..."9").contains(scalar) else { return false }
        }
        return letters >= 2
    }

    /// Given names that are also modal verbs.
    static let modalGivenNames: Set<String> = ["Will"]
}

extension PartOfSpeechTagger {
    /// Retags the name words of `range` (see `NameWordsTakenForOtherWords`) NNP. O(n).
    func retagNameWords(_ document: inout AnnotatedDocument, range: Range<Int>) {
        func retag(_ i: Int) {
            document.tokens[i].xpos = "NNP"
            document.tokens[i].upos = "PROPN"
        }
        for i in range.dropFirst().dropLast() where document.tokens[i].xpos != "NNP" {
            let form = document.tokens[i].form
            if document.isAloneInBrackets(i), NameWordsTakenForOtherWords.isAcronym(form) {
                retag(i)
            }
            // Capitalised inside the sentence and followed by a capitalised proper noun that is no
            // verb: "Opener Will Henderson", not "Trump Will Meet" in a title-case headline.
            if NameWordsTakenForOtherWords.modalGivenNames.contains(form),
               document.tokens[i + 1].xpos == "NNP", document.tokens[i + 1].form.first?.isUppercase == true {
                retag(i)
            }
        }
    }
}
