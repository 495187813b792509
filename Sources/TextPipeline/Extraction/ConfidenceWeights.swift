/// The weights of the fact confidence (`ConfidenceModel`), by `ConfidenceFeature` name.
enum ConfidenceWeights {
    static let table: [(String, Double)] = [
        ("bias", 1.6),
        ("kind.copula", 0.1), ("kind.appositive", -0.3), ("kind.title", -0.2), ("kind.attribution", 0.4),
        ("kind.possession", -2.5), ("kind.derived", -0.8),
        ("role.conjunct", -0.6), ("role.complement", -0.8), ("role.relative", -1.1), ("role.participle", -1.3),
        ("role.adverbial", -1.2), ("role.nominal", -0.7),
        ("subject.coordinated", -0.3), ("subject.inherited", -0.6), ("subject.antecedent", -0.6), ("subject.controller", -0.7),
        ("passive", -0.15),
        ("noObject.noQualifier", -2.0), ("noObject.withQualifier", -0.6),
        ("relation.bareGerund", -1.0), ("relation.extraWords", 0.15),
        ("subject.wordsOver4", -0.1), ("subject.comma", -0.5), ("object.commas", -0.3), ("subject.pronoun", -0.2),
        ("object.wordsOver10", -0.04), ("sentence.wordsOver30", -0.015), ("attributed", -0.2),
        ("qualifiers.over2", -0.2), ("qualifiers.wordsOver8", -0.05),
    ]
}
