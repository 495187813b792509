import Foundation
import Testing
@testable import TextPipeline

private func sampleFile() -> ModelFile {
    var perceptron = AveragedPerceptron(classCount: 3, tableBits: 10)
    for i in 0..<60 {
        let features = [FeatureHasher.feature(1, UInt64(i % 3)), FeatureHasher.feature(2, UInt64(i % 5))]
        perceptron.train(features: features, truth: i % 3)
    }
    var file = ModelFile(
        kind: "test", recipe: ["treebank": "toy", "seed": "1", "epochs": "1"],
        lists: ["labels": ["A", "B", "C"], "templates": ["suffix", "prefix"]])
    perceptron.averaged().write(to: &file, prefix: "model")
    return file
}

@Suite struct ModelFileTests {
    @Test func roundTripsEverything() throws {
        let file = sampleFile()
        let bytes = file.encoded()
        let decoded = try ModelFile(bytes: bytes)
        #expect(decoded == file)
        #expect(decoded.recipe["treebank"] == "toy")
        #expect(try decoded.list("labels") == ["A", "B", "C"])
        let model = try PerceptronModel(from: decoded, prefix: "model")
        #expect(model == (try PerceptronModel(from: file, prefix: "model")))
        #expect(decoded.encoded() == bytes)
    }

    @Test func writesAndReadsAFile() throws {
        let url = FileManager.default.temporaryDirectory.appendingPathComponent("factsh-modelfile-\(UUID()).model")
        defer { try? FileManager.default.removeItem(at: url) }
        try sampleFile().write(to: url)
        #expect(try ModelFile(contentsOf: url) == sampleFile())
    }

    @Test func rejectsTruncatedFilesAtEveryLength() {
        let bytes = sampleFile().encoded()
        for length in stride(from: 0, to: bytes.count, by: 7) {
            #expect(throws: ModelFileError.self) { try ModelFile(bytes: Array(bytes.prefix(length))) }
        }
    }

    @Test func rejectsCorruptedBytes() {
        let bytes = sampleFile().encoded()
        for position in bytes.indices {
            var damaged = bytes
            damaged[position] ^= 0x5A
            #expect(throws: ModelFileError.self) { try ModelFile(bytes: damaged) }
        }
    }

    @Test func rejectsOtherFilesAndVersions() {
        #expect(throws: ModelFileError.notAModelFile) { try ModelFile(bytes: Array("hello world".utf8)) }
        var bytes = sampleFile().encoded()
        bytes[8] = 99
        #expect(throws: ModelFileError.unsupportedVersion(99)) { try ModelFile(bytes: bytes) }
    }

    @Test func reportsMissingSections() {
        #expect(throws: ModelFileError.missingSection("other.meta")) {
            try PerceptronModel(from: sampleFile(), prefix: "other")
        }
    }
}
