/// A configuration of the arc-hybrid transition system over one sentence of `count` words.
///
/// Words are 0..<count; the artificial ROOT is index `count` and sits at the end of the buffer,
/// so the buffer is `front...count`. Arcs go onto a word only when it leaves the stack, so buffer
/// words never have heads. The state also tracks each word's two outermost children on either
/// side and its valency, which the features read.
public struct ArcHybridState: Sendable {
    /// Marks "no word" in the index arrays.
    public static let none: Int32 = -1

    /// The number of words; also the index of ROOT.
    public private(set) var count: Int
    /// The stack, bottom first; `stack.last` is s0.
    public private(set) var stack: [Int32] = []
    /// b0, the first buffer item (`count` when only ROOT is left).
    public private(set) var front: Int32 = 0
    /// Head of each word (`count` for ROOT, `none` while unattached).
    public private(set) var heads: [Int32] = []
    /// Label id of each word's arc.
    public private(set) var labels: [UInt8] = []
    /// Leftmost, second leftmost, rightmost and second rightmost child of each word (ROOT included).
    public private(set) var leftmost: [Int32] = []
    public private(set) var secondLeftmost: [Int32] = []
    public private(set) var rightmost: [Int32] = []
    public private(set) var secondRightmost: [Int32] = []
    /// Number of left and right children of each word (ROOT included).
    public private(set) var leftCount: [UInt8] = []
    public private(set) var rightCount: [UInt8] = []

    public init(count: Int) {
        self.count = 0
        reset(count: count)
    }

    /// Starts over on a sentence of `count` words, reusing the storage.
    public mutating func reset(count: Int) {
        self.count = count
        stack.removeAll(keepingCapacity: true)
        front = 0
        func fill<T>(_ array: inout [T], _ value: T, _ n: Int) {
            array.removeAll(keepingCapacity: true)
            array.append(contentsOf: repeatElement(value, count: n))
        }
        fill(&heads, Self.none, count)
        fill(&labels, 0, count)
        fill(&leftmost, Self.none, count + 1)
        fill(&secondLeftmost, Self.none, count + 1)
        fill(&rightmost, Self.none, count + 1)
        fill(&secondRightmost, Self.none, count + 1)
        fill(&leftCount, 0, count + 1)
        fill(&rightCount, 0, count + 1)
    }

    /// True when the parse is complete: everything shifted and reduced, ROOT alone in the buffer.
    public var isTerminal: Bool { stack.isEmpty && Int(front) == count }

    /// s0, s1, s2 ... (`none` when the stack is shallower).
    @inline(__always) public func stackItem(_ depth: Int) -> Int32 {
        let n = stack.count
        return depth < n ? stack[n - 1 - depth] : Self.none
    }

    /// b0, b1, b2 ... (`count` for ROOT, `none` past it).
    @inline(__always) public func bufferItem(_ offset: Int) -> Int32 {
        let index = Int(front) + offset
        return index <= count ? Int32(index) : Self.none
    }

    /// SHIFT needs a word (not ROOT) at the front of the buffer.
    public var canShift: Bool { Int(front) < count }

    /// LEFT needs a stack; onto ROOT only the last stack word may go, which keeps one root.
    public var canLeft: Bool { !stack.isEmpty && (Int(front) < count || stack.count == 1) }

    /// RIGHT needs two stack words.
    public var canRight: Bool { stack.count >= 2 }

    /// Whether `transition` may be applied. LEFT onto ROOT must carry `root`; no other arc may.
    public func isLegal(_ transition: Transition) -> Bool {
        switch transition.kind {
        case .shift: return canShift
        case .left:
            guard canLeft else { return false }
            return (Int(front) == count) == (transition.label == DependencyLabelSet.root)
        case .right: return canRight && transition.label != DependencyLabelSet.root
        }
    }

    /// Applies a legal transition.
    public mutating func apply(_ transition: Transition) {
        switch transition.kind {
        case .shift:
            stack.append(front)
            front += 1
        case .left:
            let dependent = stack.removeLast()
            attach(dependent, to: front, label: transition.label)
        case .right:
            let dependent = stack.removeLast()
            attach(dependent, to: stack[stack.count - 1], label: transition.label)
        }
    }

    private mutating func attach(_ dependent: Int32, to head: Int32, label: UInt8) {
        let d = Int(dependent), h = Int(head)
        heads[d] = head
        labels[d] = label
        if dependent < head {
            leftCount[h] &+= 1
            if leftmost[h] == Self.none || dependent < leftmost[h] {
                secondLeftmost[h] = leftmost[h]
                leftmost[h] = dependent
            } else if secondLeftmost[h] == Self.none || dependent < secondLeftmost[h] {
                secondLeftmost[h] = dependent
            }
        } else {
            rightCount[h] &+= 1
            if rightmost[h] == Self.none || dependent > rightmost[h] {
                secondRightmost[h] = rightmost[h]
                rightmost[h] = dependent
            } else if secondRightmost[h] == Self.none || dependent > secondRightmost[h] {
                secondRightmost[h] = dependent
            }
        }
    }
}
