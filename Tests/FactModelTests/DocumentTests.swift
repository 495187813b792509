import Testing
@testable import FactModel

@Suite struct DocumentTests {
    @Test func linesAndSlicesUseUTF8Offsets() {
        let document = Document(id: 0, path: "a.txt", title: "Café news", text: "Café news\n\nThe mayor spoke.\n")
        #expect(document.lineStarts == [0, 11, 12, 29])
        #expect(document.line(atOffset: 0) == 1)
        #expect(document.line(atOffset: 12) == 3)
        #expect(document.slice(12..<21) == "The mayor")
    }
}
