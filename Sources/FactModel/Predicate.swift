/// Grammatical voice of the clause a fact was read from.
public enum Voice: String, Sendable, Codable {
    case active, passive
}

/// The relation of a fact: its surface words and normalized keys.
public struct Predicate: Hashable, Sendable {
    /// The words in sentence order: "will be joined by", "threatened to pull".
    public var surface: String
    /// The main verb's lemma plus particles: "join", "cut off", "be".
    public var lemma: String
    /// The canonical key questions match on: "attend" for "be in attendance", "meet" for "hold talks with".
    public var canonical: String
    public var voice: Voice
    public var negated: Bool
    /// Modality or aspect words: "will", "threatened to", "is set to", "could".
    public var modality: String?

    /// A passive without its doer ("was arrested in Rome"): its subject is the one it was done
    /// to, and nobody is named as the doer. A passive with "by" keeps its doer as the subject.
    public var isAgentlessPassive: Bool { voice == .passive && !surface.lowercased().contains(" by") }

    public init(
        surface: String, lemma: String, canonical: String? = nil,
        voice: Voice = .active, negated: Bool = false, modality: String? = nil
    ) {
        self.surface = surface
        self.lemma = lemma
        self.canonical = canonical ?? lemma
        self.voice = voice
        self.negated = negated
        self.modality = modality
    }
}
