import FactModel

/// One mention to resolve, in document order: a name, a group, a definite description or a pronoun.
struct EntityMention {
    enum Kind {
        /// A recognised name ("Eric Garcetti", "Garcetti", "DHS").
        case name(EntityType)
        /// People referred to together; `key` merges mentions of the same group.
        case group(key: String, name: String)
        /// "the mayor", "the former Senator": a title standing for its holder.
        case description(title: String, modifier: String?, of: String?)
        /// "a federal judge" in a lede: someone introduced by a title and named later.
        case introduction(title: String)
        /// he, she, they, it and their other forms.
        case pronoun(Pronoun)
        /// "the Swede": a person of `country`, standing for the last one named (`NationalityReferences`).
        case nationality(country: String)
        /// I, me, my inside a quotation: its speaker, whose subject word is token `speaker`
        /// (`QuotationSpeakers`).
        case firstPerson(speaker: Int)
    }

    var tokens: Range<Int>
    var sentence: Int
    var kind: Kind
    /// The entity it was resolved to.
    var entity: Int?
}

/// The pronouns coreference resolves, by the entities they can stand for.
enum Pronoun {
    /// `locative` is "there" standing for a place ("Both earned 9 delegates there"); `company` is
    /// a definite noun for a kind of organization ("the company said"), which refers back like
    /// "it" but only to an organization.
    case masculine, feminine, plural, neuter, locative, company

    init?(_ word: String) {
        // Every pronoun starts with h, s, t or i: that byte rules out most words before the
        // switch compares them with each of its 17 strings.
        switch word.utf8.first {
        case UInt8(ascii: "h"), UInt8(ascii: "s"), UInt8(ascii: "t"), UInt8(ascii: "i"): break
        default: return nil
        }
        switch word {
        case "he", "him", "his", "himself": self = .masculine
        case "she", "her", "hers", "herself": self = .feminine
        case "they", "them", "their", "theirs", "themselves": self = .plural
        case "it", "its", "itself": self = .neuter
        case "there": self = .locative
        default: return nil
        }
    }

    var gender: Gender? {
        switch self {
        case .masculine: .male
        case .feminine: .female
        default: nil
        }
    }
}
