/// Repairs to subjects the parser took for part of a time phrase before them.
extension TreeRepairs {
    /// "On Friday the legislature of Taiwan, the Legislative Yuan, voted 66 to 27": with no comma
    /// after the fronted time, the parser hung the subject on "Friday" as its appositive and left
    /// the verb without a subject. An appositive that follows an oblique before a subjectless verb
    /// with no comma between them is that verb's subject.
    static func subjectTakenForAnAppositiveOfAFrontedTime(_ range: Range<Int>, _ document: inout AnnotatedDocument) {
        func head(_ i: Int) -> Int { Int(document.tokens[i].head) }
        let subjectRelations: Set<String> = ["nsubj", "nsubj:pass", "csubj", "csubj:pass", "expl"]
        for verb in range where ["VERB", "AUX"].contains(document.tokens[verb].upos) {
            guard !range.contains(where: { head($0) == verb && subjectRelations.contains(document.tokens[$0].deprel) }) else { continue }
            for time in range where time < verb && head(time) == verb && document.tokens[time].deprel.hasPrefix("obl") {
                guard let appositive = range.first(where: {
                    $0 > time && $0 < verb && head($0) == time && document.tokens[$0].deprel == "appos"
                        && ["NOUN", "PROPN"].contains(document.tokens[$0].upos)
                }) else { continue }
                let start = range.first { isInside($0, subtreeOf: appositive, range, document) } ?? appositive
                guard start > range.lowerBound, ![",", "-", "(", ":"].contains(document.tokens[start - 1].form) else { continue }
                document.tokens[appositive].head = Int32(verb)
                document.tokens[appositive].deprel = "nsubj"
                break
            }
        }
    }
}
