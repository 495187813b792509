import Testing
@testable import FactShell

@Suite struct FactShellSmokeTests {
    @Test func moduleLoads() {
        #expect(Bool(true))
    }
}
