import Testing
@testable import FactStore

@Suite struct FactStoreSmokeTests {
    @Test func moduleLoads() {
        #expect(Bool(true))
    }
}
