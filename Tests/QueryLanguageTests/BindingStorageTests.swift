import FactModel
import Testing
@testable import QueryLanguage

/// A binding keeps its first two variables and supports inline and the rest in a list; reads,
/// replacements and removals give the same answers wherever a value is kept.
@Suite struct BindingStorageTests {
    @Test func variablesReadBackWhereverTheyAreKept() {
        var values: VariableValues = ["a": .entity(1), "b": .text("two")]
        values["c"] = .entity(3)
        values["d"] = .text("four")
        #expect(values["a"] == .entity(1))
        #expect(values["b"] == .text("two"))
        #expect(values["c"] == .entity(3))
        #expect(values["d"] == .text("four"))
        #expect(values["e"] == nil)
        values["c"] = .entity(30)
        #expect(values["c"] == .entity(30))
    }

    @Test func removingAVariableKeepsTheOthers() {
        var values: VariableValues = ["a": .entity(1), "b": .entity(2), "c": .entity(3), "d": .entity(4)]
        values["a"] = nil
        #expect(values["a"] == nil)
        #expect([values["b"], values["c"], values["d"]] == [.entity(2), .entity(3), .entity(4)])
        values["c"] = nil
        values["e"] = .entity(5)
        #expect([values["b"], values["c"], values["d"], values["e"]] == [.entity(2), nil, .entity(4), .entity(5)])
        values["b"] = nil
        values["d"] = nil
        values["e"] = nil
        #expect([values["b"], values["d"], values["e"]] == [nil, nil, nil])
        values["f"] = .text("six")
        #expect(values["f"] == .text("six"))
    }

    /// 30 bindings of 12 people, each person's bindings spread through the list.
    static let bindings: [Binding] = (0..<30).map { k in
        Binding(values: ["who": .entity(EntityID(k % 12))], score: Double(k) / 30, support: [.fact(FactID(k))])
    }

    @Test(arguments: [30, 4])  // the table from the start, and a list that becomes a table
    func groupsAreTheSameSearchedInOrderOrHashed(expected: Int) {
        var groups = BindingGroups(variables: ["who"], expectedBindings: expected)
        for binding in Self.bindings { groups.add(binding) }
        #expect(groups.groups.map { $0.values } == (0..<12).map { [.entity(EntityID($0))] })
        #expect(groups.groups.map(\.count) == (0..<12).map { $0 < 6 ? 3 : 2 })
        #expect(Array(groups.groups[0].support) == [.fact(0), .fact(12), .fact(24)])
        #expect(groups.groups[0].score == 24.0 / 30)
    }

    @Test func supportsKeepTheirOrderPastTheInlineTwo() {
        var list: SupportList = []
        #expect(list.isEmpty)
        list.append(.fact(7))
        let extended = list.appending(.title(nil)).appending(.fact(9)).appending(.fact(11))
        #expect(Array(list) == [.fact(7)])
        #expect(Array(extended) == [.fact(7), .title(nil), .fact(9), .fact(11)])
        #expect(extended.count == 4)
        #expect(extended.last == .fact(11))
    }
}
