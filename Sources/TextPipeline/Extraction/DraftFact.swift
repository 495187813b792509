import FactModel

/// An argument while a sentence is being read: the words it spans (sentence-local, in order) and
/// its head word, or a phrase the extractor supplies itself ("the meeting" for a derived fact).
struct DraftArgument: Hashable {
    var words: [Int]
    var head: Int?
    /// Text used instead of `words` when the argument is not a span of the sentence.
    var suppliedText: String?
    var suppliedHead: String?

    init(words: [Int], head: Int?) {
        self.words = words
        self.head = head
    }

    init(text: String, head: String) {
        self.words = []
        self.head = nil
        self.suppliedText = text
        self.suppliedHead = head
    }

    var isEmpty: Bool { words.isEmpty && suppliedText == nil }
}

/// Where the clause a fact comes from sits in its sentence; the confidence ranks by it.
enum ClauseRole: Int, Hashable {
    case main, conjunct, complement, relative, participle, adverbial, nominal
}

/// How the subject of a clause was found; borrowed subjects are less certain.
enum SubjectSource: Hashable {
    case own, coordinated, inherited, antecedent, controller
}

/// A fact under construction, in sentence-local word indexes.
struct DraftFact {
    var subject: DraftArgument
    /// The relation words in sentence order (sentence-local), plus words the rule inserts ("be").
    var relationWords: [Int]
    var insertedRelation: String?
    var lemma: String
    var canonical: String?
    var object: DraftArgument?
    var qualifiers: [(marker: String, argument: DraftArgument, time: Bool)]
    var kind: FactKind
    var voice: Voice = .active
    var negated = false
    var modality: String?
    var role: ClauseRole = .main
    var subjectSource: SubjectSource = .own
    /// The clause head, for provenance and attribution scope.
    var anchor: Int
    /// Index of the attribution draft whose content holds this fact.
    var attributedBy: Int?
    /// The `ccomp` head whose content this clause reports (for say-verbs).
    var contentClause: Int?
    /// Surface relation override (e.g. title text); nil means the relation words.
    var surfaceOverride: String?
    /// Words the fact was read from, when not the clause (titles cite the title words).
    var evidenceWords: [Int]?
    var confidence: Float = 0.5

    /// A fact derived from `draft` with the relation `lemma` (also its key and its written form,
    /// unless `written` differs: "participate in"), no qualifiers yet, and the draft's clause role,
    /// subject source, attribution, negation and modality: "made a visit" -> visit.
    init(derivedFrom draft: DraftFact, subject: DraftArgument, lemma: String, written: String? = nil, object: DraftArgument?) {
        self.init(subject: subject, relationWords: [], lemma: lemma, object: object, kind: .derived, anchor: draft.anchor)
        canonical = lemma
        insertedRelation = written ?? lemma
        role = draft.role
        subjectSource = draft.subjectSource
        attributedBy = draft.attributedBy
        negated = draft.negated
        modality = draft.modality
    }

    init(
        subject: DraftArgument, relationWords: [Int], lemma: String, object: DraftArgument? = nil,
        kind: FactKind = .event, anchor: Int
    ) {
        self.subject = subject
        self.relationWords = relationWords
        self.lemma = lemma
        self.object = object
        self.qualifiers = []
        self.kind = kind
        self.anchor = anchor
    }
}
