import FactModel

/// One thing the confidence of a fact looks at (extraction.md §11). The raw value is a 0/1
/// indicator or a small clipped count; the name is the key of its weight in `ConfidenceWeights`
/// and the column name `factsh extract --format carb-features` writes for training.
public enum ConfidenceFeature: String, CaseIterable, Sendable {
    case bias
    case kindCopula = "kind.copula", kindAppositive = "kind.appositive", kindTitle = "kind.title"
    case kindAttribution = "kind.attribution", kindPossession = "kind.possession", kindDerived = "kind.derived"
    case roleConjunct = "role.conjunct", roleComplement = "role.complement", roleRelative = "role.relative"
    case roleParticiple = "role.participle", roleAdverbial = "role.adverbial", roleNominal = "role.nominal"
    case subjectCoordinated = "subject.coordinated", subjectInherited = "subject.inherited"
    case subjectAntecedent = "subject.antecedent", subjectController = "subject.controller"
    case passive
    case negated
    case modality
    case attributed
    case noObjectNoQualifier = "noObject.noQualifier", noObjectWithQualifier = "noObject.withQualifier"
    /// A bare present participle as the whole relation ("having"), from participle and gerund clauses.
    case relationBareGerund = "relation.bareGerund"
    /// Relation words past the first, up to three: "has been asked" reads more reliably than "asked".
    case relationExtraWords = "relation.extraWords"
    case relationInserted = "relation.inserted"
    case relationEndsInPreposition = "relation.endsInPreposition"
    case relationAdverb = "relation.adverb"
    case subjectOneWord = "subject.oneWord"
    case subjectWordsOver4 = "subject.wordsOver4"
    case subjectComma = "subject.comma"
    case subjectPronoun = "subject.pronoun"
    case subjectProper = "subject.proper"
    case subjectVerb = "subject.verb"
    case subjectAfterRelation = "subject.afterRelation"
    /// Words between the subject and the clause head, in fives, up to four: a subject read from
    /// far away is more often a misparse's.
    case subjectDistance = "subject.distance"
    case objectOneWord = "object.oneWord"
    case objectWordsOver10 = "object.wordsOver10"
    case objectCommas = "object.commas"
    case objectPronoun = "object.pronoun"
    case objectClause = "object.clause"
    case objectVerb = "object.verb"
    case qualifierCount = "qualifiers.count"
    case qualifiersOver2 = "qualifiers.over2"
    case qualifierWordsOver8 = "qualifiers.wordsOver8"
    case clauseDepth = "clause.depth"
    case sentenceWordsOver30 = "sentence.wordsOver30"
}

/// The feature values of one fact, read off its draft and its sentence's tree.
public struct ConfidenceFeatures: Sendable {
    /// One value per `ConfidenceFeature.allCases`, in that order.
    public private(set) var values: [Double]

    subscript(_ feature: ConfidenceFeature) -> Double {
        get { values[Self.position[feature]!] }
        set { values[Self.position[feature]!] = newValue }
    }

    static let position: [ConfidenceFeature: Int] = Dictionary(
        uniqueKeysWithValues: ConfidenceFeature.allCases.enumerated().map { ($1, $0) })

    /// The features as `name=value` pairs, zeros left out.
    public var named: [(name: String, value: Double)] {
        zip(ConfidenceFeature.allCases, values).filter { $0.1 != 0 }.map { ($0.0.rawValue, $0.1) }
    }

    init(_ draft: DraftFact, tree: SentenceTree) {
        values = Array(repeating: 0, count: ConfidenceFeature.allCases.count)
        self[.bias] = 1
        switch draft.kind {
        case .event: break
        case .copula: self[.kindCopula] = 1
        case .appositive: self[.kindAppositive] = 1
        case .title: self[.kindTitle] = 1
        case .attribution: self[.kindAttribution] = 1
        case .possession: self[.kindPossession] = 1
        case .derived: self[.kindDerived] = 1
        }
        switch draft.role {
        case .main: break
        case .conjunct: self[.roleConjunct] = 1
        case .complement: self[.roleComplement] = 1
        case .relative: self[.roleRelative] = 1
        case .participle: self[.roleParticiple] = 1
        case .adverbial: self[.roleAdverbial] = 1
        case .nominal: self[.roleNominal] = 1
        }
        switch draft.subjectSource {
        case .own: break
        case .coordinated: self[.subjectCoordinated] = 1
        case .inherited: self[.subjectInherited] = 1
        case .antecedent: self[.subjectAntecedent] = 1
        case .controller: self[.subjectController] = 1
        }
        if draft.voice == .passive { self[.passive] = 1 }
        if draft.negated { self[.negated] = 1 }
        if draft.modality != nil { self[.modality] = 1 }
        if draft.attributedBy != nil { self[.attributed] = 1 }
        if draft.object == nil {
            self[draft.qualifiers.isEmpty ? .noObjectNoQualifier : .noObjectWithQualifier] = 1
        }
        readRelation(draft, tree: tree)
        readSubject(draft.subject, anchor: draft.anchor, relation: draft.relationWords, tree: tree)
        if let object = draft.object { readObject(object, tree: tree) }
        self[.qualifierCount] = Double(min(draft.qualifiers.count, 3))
        if draft.qualifiers.count > 2 { self[.qualifiersOver2] = Double(draft.qualifiers.count - 2) }
        let qualifierLength = draft.qualifiers.reduce(0) { $0 + $1.argument.words.count }
        if qualifierLength > 8 { self[.qualifierWordsOver8] = Double(min(qualifierLength - 8, 20)) }
        if tree.count > 0, draft.anchor < tree.count { self[.clauseDepth] = Double(min(tree.depth(draft.anchor), 5)) }
        if tree.count > 30 { self[.sentenceWordsOver30] = Double(tree.count - 30) }
    }

    private mutating func readRelation(_ draft: DraftFact, tree: SentenceTree) {
        let words = draft.relationWords
        if words.count == 1, draft.insertedRelation == nil, tree.isGerund(words[0]) { self[.relationBareGerund] = 1 }
        let length = words.count + (draft.insertedRelation == nil ? 0 : 1)
        self[.relationExtraWords] = Double(min(max(length - 1, 0), 3))
        if draft.insertedRelation != nil { self[.relationInserted] = 1 }
        if let last = words.last, tree.upos(last) == "ADP" { self[.relationEndsInPreposition] = 1 }
        if words.contains(where: { tree.upos($0) == "ADV" }) { self[.relationAdverb] = 1 }
    }

    private mutating func readSubject(_ subject: DraftArgument, anchor: Int, relation: [Int], tree: SentenceTree) {
        let words = subject.words
        if words.count == 1 { self[.subjectOneWord] = 1 }
        if words.count > 4 { self[.subjectWordsOver4] = Double(words.count - 4) }
        if words.contains(where: { tree.form($0) == "," }) { self[.subjectComma] = 1 }
        if let head = subject.head {
            if tree.upos(head) == "PRON" { self[.subjectPronoun] = 1 }
            if tree.upos(head) == "PROPN" { self[.subjectProper] = 1 }
        }
        if words.contains(where: { tree.upos($0) == "VERB" }) { self[.subjectVerb] = 1 }
        guard let first = words.first, let last = words.last else { return }
        if let start = relation.first ?? Optional(anchor), first > start { self[.subjectAfterRelation] = 1 }
        let gap = anchor > last ? anchor - last - 1 : (anchor < first ? first - anchor - 1 : 0)
        self[.subjectDistance] = Double(min(gap / 5, 4))
    }

    private mutating func readObject(_ object: DraftArgument, tree: SentenceTree) {
        let words = object.words
        if words.count == 1 { self[.objectOneWord] = 1 }
        if words.count > 10 { self[.objectWordsOver10] = Double(words.count - 10) }
        self[.objectCommas] = Double(min(words.filter { tree.form($0) == "," }.count, 2))
        if let head = object.head {
            if tree.upos(head) == "PRON" { self[.objectPronoun] = 1 }
            if tree.upos(head) == "VERB" || tree.upos(head) == "AUX" { self[.objectClause] = 1 }
        }
        if words.contains(where: { tree.upos($0) == "VERB" }) { self[.objectVerb] = 1 }
    }
}
