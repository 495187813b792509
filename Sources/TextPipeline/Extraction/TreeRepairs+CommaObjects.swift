/// Repairs to a name and its description read as two objects.
extension TreeRepairs {
    /// "to extort Nike, an athletic equipment company": the parser read the name as the verb's
    /// indirect object and the description after the comma as its direct object. A ditransitive
    /// puts no comma between its objects ("gave Nike a deadline"), so an indefinite noun phrase
    /// right after "<name> ," is the name's appositive and the name the object.
    static func descriptionTakenForASecondObject(_ range: Range<Int>, _ document: inout AnnotatedDocument) {
        for name in range where document.tokens[name].deprel == "iobj" && document.tokens[name].upos == "PROPN" {
            let verb = Int(document.tokens[name].head)
            // The name's last word, then the comma.
            var end = name
            while end + 1 < range.upperBound, Int(document.tokens[end + 1].head) == name,
                  ["flat", "compound"].contains(document.tokens[end + 1].deprel) {
                end += 1
            }
            let comma = end + 1
            guard comma + 1 < range.upperBound, document.tokens[comma].form == ",",
                  let object = range.first(where: { Int(document.tokens[$0].head) == verb && document.tokens[$0].deprel == "obj" }),
                  object > comma, document.tokens[object].upos == "NOUN",
                  let article = range.first(where: { Int(document.tokens[$0].head) == object && document.tokens[$0].deprel == "det" }),
                  article == comma + 1, ["a", "an"].contains(document.tokens[article].form.lowercased())
            else { continue }
            document.tokens[name].deprel = "obj"
            document.tokens[object].head = Int32(name)
            document.tokens[object].deprel = "appos"
            if Int(document.tokens[comma].head) == object || Int(document.tokens[comma].head) == verb {
                document.tokens[comma].head = Int32(object)
            }
        }
    }
}
