import FactModel

extension Fact {
    /// A fact derived from this one, in its words and with its provenance: the parts `change`
    /// sets, kind `.derived`, and the share of this fact's confidence derived facts get
    /// (`AppositiveSubjects.confidenceShare`).
    func derived(_ change: (inout Fact) -> Void) -> Fact {
        var copy = self
        change(&copy)
        copy.kind = .derived
        copy.confidence = confidence * AppositiveSubjects.confidenceShare
        return copy
    }
}
