/// Capitalized words that begin a sentence far more often than they continue a name.
///
/// After an abbreviation that may end a sentence ("D.C.", "Inc.", "p.m."), a capitalized word
/// ends the sentence only if it is one of these ("... in Washington, D.C. The mayor said"); any
/// other capitalized word is taken to continue the name ("U.S. Senate", "St. Louis").
/// Chosen from the sentence-initial words of UD English EWT train that are usually lowercase
/// elsewhere: determiners, pronouns, conjunctions, prepositions and sentence adverbs.
enum SentenceStarters {
    static let words: Set<String> = [
        "The", "A", "An", "This", "That", "These", "Those", "It", "Its", "He", "She", "His", "Her", "They",
        "Their", "We", "Our", "I", "My", "You", "Your", "There", "Here", "Some", "Many", "Most", "All",
        "Both", "Each", "Every", "Any", "No", "Not", "One", "Two", "Three", "Several", "Few", "Other",
        "Another", "Such", "But", "And", "Or", "So", "Yet", "Nor", "If", "When", "While", "Whether",
        "Although", "Though", "Because", "Since", "As", "After", "Before", "Until", "Unless", "Once",
        "In", "On", "At", "By", "For", "From", "With", "Without", "Of", "To", "Under", "Over", "During",
        "Despite", "According", "Among", "Between", "Through", "About", "Against", "Into", "Like",
        "However", "Meanwhile", "Also", "Still", "Then", "Now", "Thus", "Therefore", "Instead", "Indeed",
        "Finally", "Later", "Earlier", "Today", "Yesterday", "Tomorrow", "Last", "Next", "Even", "Only",
        "Just", "Perhaps", "Maybe", "Officials", "Police", "What", "Who", "Whom", "Whose", "Why", "How",
        "Where", "Which", "Is", "Are", "Was", "Were", "Do", "Does", "Did", "Can", "Could", "Will",
        "Would", "Should", "May", "Might", "Must", "Has", "Have", "Had", "Let", "Please", "Thanks",
        "Yes", "So", "Well", "Oh", "Everyone", "Nobody", "Everything", "Nothing", "Someone", "Something",
    ]
}
