/// One move of the arc-hybrid system, encoded as a class index of the classifier.
///
/// Class 0 is SHIFT; LEFT-l is `1 + 2l` and RIGHT-l is `2 + 2l`, so a model with L labels
/// has `1 + 2L` classes.
public struct Transition: Hashable, Sendable, CustomStringConvertible {
    /// The kind of move.
    public enum Kind: UInt8, Sendable {
        /// Push b0 onto the stack.
        case shift
        /// Attach s0 to b0 (b0 is the head) and pop s0.
        case left
        /// Attach s0 to s1 (s1 is the head) and pop s0.
        case right
    }

    /// The class index.
    public let rawValue: Int

    public init(rawValue: Int) { self.rawValue = rawValue }

    public static let shift = Transition(rawValue: 0)
    public static func left(_ label: UInt8) -> Transition { Transition(rawValue: 1 + 2 * Int(label)) }
    public static func right(_ label: UInt8) -> Transition { Transition(rawValue: 2 + 2 * Int(label)) }

    /// The number of classes for `labelCount` labels.
    public static func classCount(labelCount: Int) -> Int { 1 + 2 * labelCount }

    public var kind: Kind { rawValue == 0 ? .shift : (rawValue & 1 == 1 ? .left : .right) }

    /// The label of an arc-making move (0 for SHIFT).
    public var label: UInt8 { rawValue == 0 ? 0 : UInt8((rawValue - 1) >> 1) }

    public var description: String {
        switch kind {
        case .shift: "SHIFT"
        case .left: "LEFT-\(label)"
        case .right: "RIGHT-\(label)"
        }
    }
}
