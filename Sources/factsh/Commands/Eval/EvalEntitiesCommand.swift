import ArgumentParser
import Foundation
import TextPipeline

/// `factsh eval entities FILE.iob2`: run the whole pipeline from the file's words and score the names.
struct EvalEntitiesCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "entities",
        abstract: "Measure entity recognition on a .iob2 file (exact-span typed F1, CoNLL style).")

    @Argument(help: "An IOB2 file (tab-separated: index, word, tag).")
    var file: String

    @Option(help: "Also write the sentences with errors here (word, gold, predicted; '*' marks a difference).")
    var errors: String?

    @Flag(help: "Annotate each sentence alone instead of each document (# newdoc) as one article.")
    var bySentence = false

    func run() throws {
        let sentences = try IOB2.read(path: file)
        let pipeline = try Pipeline.bundled()
        let evaluation = EntityEvaluation.run(sentences, pipeline: pipeline, byDocument: !bySentence)
        for line in evaluation.report { print(line) }
        if let errors { try evaluation.errorListing.write(toFile: errors, atomically: true, encoding: .utf8) }
    }
}
