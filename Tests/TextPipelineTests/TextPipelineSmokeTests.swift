import Testing
@testable import TextPipeline

@Suite struct TextPipelineSmokeTests {
    @Test func moduleLoads() {
        #expect(Bool(true))
    }
}
