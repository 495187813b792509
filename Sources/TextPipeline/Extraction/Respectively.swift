import FactModel

/// "respectively" (extraction.md §4): "Sanders and Trump won the Democratic and Republican
/// primaries respectively" pairs the first subject with the first of the other coordinated
/// words and the second with the second, (Sanders; won; the Democratic primaries) and (Trump;
/// won; the Republican primaries), instead of giving every subject every conjunct. The other
/// coordination has as many conjuncts as there are subjects: the objects ("chair the board and
/// the panel"), qualifiers split from one coordination ("in 2019 and 2021"), or a coordinated
/// word inside the object or a qualifier ("the junior and senior titles"). A single subject with
/// a coordinated word inside ("Shares in Arden and Nordlys") is split like an object.
extension SentenceReader {
    /// One fact's arguments before it is drafted: its subject, object and qualifiers.
    typealias ArgumentRow = (
        subject: (argument: DraftArgument, source: SubjectSource),
        object: (argument: DraftArgument, source: SubjectSource),
        qualifiers: [(marker: String, argument: DraftArgument, time: Bool)]
    )

    /// The (subject, object, qualifiers) rows of clause `h` when it says "respectively" and a
    /// coordination matches its subjects one to one; nil otherwise (every subject then takes
    /// every object).
    func respectiveRows(
        of h: Int, subjects: [(argument: DraftArgument, source: SubjectSource)],
        objects: [(argument: DraftArgument, source: SubjectSource)], qualifiers: [(marker: String, argument: DraftArgument, time: Bool)]
    ) -> [ArgumentRow]? {
        // "Shares in Arden and Nordlys fell 11.4 percent and 6.2 percent, respectively": one
        // subject holding the coordination, split as many ways as the objects.
        let oneSubjectToSplit = subjects.count == 1 && objects.count >= 2
        guard subjects.count >= 2 || oneSubjectToSplit, saysRespectively(h) else { return nil }
        var subjects = subjects
        if oneSubjectToSplit, let parts = distributed(subjects[0].argument, over: objects.count) {
            subjects = parts.map { (argument: $0, source: subjects[0].source) }
        }
        let count = subjects.count
        guard count >= 2 else { return nil }
        // Qualifiers already split into one per conjunct ("in 2019 and 2021"): each row keeps its
        // own, as many as there are rows; the qualifiers of every row when none are.
        let qualifierGroup = qualifiers.indices.lazy.compactMap { index -> [Int]? in
            guard let first = qualifiers[index].argument.head else { return nil }
            let group = qualifiers.indices.filter { other in
                other == index || qualifiers[other].argument.head.map { tree.deprel($0) == "conj" && tree.head($0) == first } == true
            }
            return group.count == count ? group : nil
        }.first
        func rowQualifiers(_ row: Int) -> [(marker: String, argument: DraftArgument, time: Bool)] {
            guard let group = qualifierGroup else { return qualifiers }
            return qualifiers.enumerated().filter { !group.contains($0.offset) || $0.offset == group[row] }.map(\.element)
        }
        // "raised C$388,000 and C$341,000, respectively, the most of any candidates": the
        // coordinated objects pair; a phrase set beside them is no object of its own.
        var objects = objects
        if objects.count > count, let first = objects.first?.argument.head {
            // A conjunct with a preposition of its own ("according to filings") is no object.
            let coordinated = objects.filter { object in
                object.argument.head == first || object.argument.head.map {
                    tree.deprel($0) == "conj" && tree.head($0) == first && tree.dependents($0, ["case"]).isEmpty
                } == true
            }
            if coordinated.count == count { objects = coordinated }
        }
        if objects.count == count {
            return zip(subjects, objects).enumerated().map { (subject: $1.0, object: $1.1, qualifiers: rowQualifiers($0)) }
        }
        let object = objects.first ?? (argument: DraftArgument(words: [], head: nil), source: .own)
        if objects.count == 1, let parts = distributed(object.argument, over: count) {
            return zip(subjects, parts).enumerated().map {
                (subject: $1.0, object: (argument: $1.1, source: object.source), qualifiers: rowQualifiers($0))
            }
        }
        if qualifierGroup != nil {
            return subjects.enumerated().map { (subject: $1, object: object, qualifiers: rowQualifiers($0)) }
        }
        for (index, qualifier) in qualifiers.enumerated() {
            guard let parts = distributed(qualifier.argument, over: count) else { continue }
            return zip(subjects, parts).map { subject, part in
                var own = qualifiers
                own[index].argument = part
                return (subject: subject, object: object, qualifiers: own)
            }
        }
        return nil
    }

    /// True when "respectively" belongs to clause `h`: the first clause head above it is `h`.
    func saysRespectively(_ h: Int) -> Bool {
        tree.subtree(h).contains { w in
            guard tree.form(w).lowercased() == "respectively" else { return false }
            var current = w
            for _ in 0..<tree.count {
                guard let up = tree.head(current) else { return false }
                if isClauseHead(up) { return up == h }
                current = up
            }
            return false
        }
    }

    /// `argument` once per conjunct of its first coordinated word with exactly `count` conjuncts,
    /// each copy keeping that conjunct and dropping the others (with their coordinators and
    /// commas): "the Democratic and Republican primaries" -> "the Democratic primaries", "the
    /// Republican primaries". Nil when no word coordinates `count` conjuncts.
    func distributed(_ argument: DraftArgument, over count: Int) -> [DraftArgument]? {
        let words = Set(argument.words)
        for first in argument.words.sorted() {
            let others = tree.dependents(first, ["conj"]).filter { words.contains($0) }
            guard others.count + 1 == count else { continue }
            let conjuncts = [first] + others
            return conjuncts.map { kept in
                var dropped = Set<Int>()
                for other in others where other != kept { dropped.formUnion(tree.subtree(other)) }
                if kept != first {
                    // The first conjunct heads the others: drop it with its own modifiers only.
                    dropped.insert(first)
                    // The preposition before the first conjunct governs them all ("in Arden and Nordlys").
                    for child in tree.children[first] where !others.contains(child) && tree.deprel(child) != "case" {
                        dropped.formUnion(tree.subtree(child))
                    }
                    for child in tree.children[kept] where ["cc", "punct"].contains(tree.deprel(child)) { dropped.insert(child) }
                }
                let head = argument.head.map { conjuncts.contains($0) ? kept : $0 }
                return DraftArgument(words: argument.words.filter { !dropped.contains($0) }, head: head)
            }
        }
        return nil
    }
}
