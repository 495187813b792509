import FactModel
import FactStore
import Foundation
import TextPipeline

/// The formats `factsh extract` prints.
public enum ExtractFormat: String, Sendable, CaseIterable {
    case jsonl, tsv, carb
    /// carb with a last column of each fact's confidence features ("name=value ..."), which
    /// scripts/train-confidence.sh reads.
    case carbFeatures = "carb-features"
}

/// `factsh extract`: runs the text pipeline over articles (or one sentence a line) and prints
/// every fact, in file order.
public enum ExtractRunner {
    /// Prints the facts of `paths`; returns the exit status (2 when an input could not be read).
    public static func run(paths: [String], format: ExtractFormat, sentencePerLine: Bool) -> Int32 {
        let errors = DescriptorSink.standardError
        let style = Style(enabled: Terminal.allowsColor(STDERR_FILENO))
        let loader = CorpusLoader.bundled()
        if case .failure(let problem) = loader.models {
            errors.write(ErrorReport.render(problem, style: style))
            return ErrorReport.exitStatus(for: problem).rawValue
        }
        let files = loader.articleFiles(paths.map { LoadRequest(path: $0) })
        var status = ExitStatus.success
        for problem in files.problems {
            errors.write(ErrorReport.render(problem, style: style))
            status = max(status, ErrorReport.exitStatus(for: problem))
        }
        for warning in files.warnings { errors.write(ErrorReport.renderWarning(warning, style: style)) }
        let output = DescriptorSink.standardOutput
        if format == .jsonl { output.write(FactsJSONL.header() + "\n") }
        if format == .tsv {
            output.write(["source", "subject", "relation", "object", "qualifiers", "kind", "confidence", "sentence"]
                .joined(separator: "\t") + "\n")
        }
        let documents: [Document]
        let outcomes = loader.readArticles(files.articles)
        var read: [Document] = []
        for outcome in outcomes {
            switch outcome {
            case .document(let document):
                if sentencePerLine { read += splitLines(document) } else { read.append(document) }
            case .skipped(let path, let reason):
                errors.write(ErrorReport.renderWarning("\(path): \(reason); skipped", style: style))
            case .failed(let problem):
                errors.write(ErrorReport.render(problem, style: style))
                status = max(status, ErrorReport.exitStatus(for: problem))
            }
        }
        documents = read
        if format == .carbFeatures, case .success(let pipeline) = loader.models {
            for document in documents { output.write(featureLines(document, pipeline: pipeline)) }
            return status.rawValue
        }
        for case let extracted? in loader.extractAll(documents) {
            switch format {
            case .tsv: output.write(tsvLines(extracted))
            case .carb, .carbFeatures: output.write(CarbWriter.lines(for: extracted).map { $0 + "\n" }.joined())
            case .jsonl: output.write(FactsJSONL.lines(of: extracted).map { $0 + "\n" }.joined())
            }
        }
        return status.rawValue
    }

    /// The CaRB lines of one document with each fact's confidence features as a last column
    /// (empty for a fact the confidence model does not score).
    static func featureLines(_ document: Document, pipeline: Pipeline) -> String {
        let (extracted, features) = pipeline.extractor.explainedExtract(pipeline.annotate(document.text), document: document)
        let lines = CarbWriter.lines(for: extracted) { index in
            features[index].map { $0.named.map { "\($0.name)=\($0.value)" }.joined(separator: " ") } ?? ""
        }
        return lines.map { $0 + "\n" }.joined()
    }

    /// One document per non-blank line, each keeping its line number (for `path:line` and the
    /// CaRB sentence column) by starting with as many newlines as lines before it. The line is
    /// kept exactly as written, so benchmark sentences match their gold text.
    static func splitLines(_ document: Document) -> [Document] {
        var result: [Document] = []
        for (index, line) in document.text.split(separator: "\n", omittingEmptySubsequences: false).enumerated() {
            let title = line.trimmingCharacters(in: .whitespaces)
            guard !title.isEmpty else { continue }
            let text = String(repeating: "\n", count: index) + line + "\n"
            result.append(Document(id: 0, path: document.path, title: title, text: text, date: document.date))
        }
        return result
    }

    /// The tsv rows of one document's facts.
    static func tsvLines(_ extracted: ExtractedDocument) -> String {
        let document = extracted.document
        var out = ""
        for fact in extracted.facts {
            let qualifiers = fact.qualifiers.map { "\($0.marker)=\($0.argument.text)" }.joined(separator: "; ")
            var relation = fact.predicate.negated ? "not " + fact.predicate.canonical : fact.predicate.canonical
            if let modality = fact.predicate.modality { relation = modality + " " + relation }
            let fields = [
                "\(document.path):\(document.line(atOffset: Int(fact.provenance.start)))",
                fact.subject.text, relation, fact.object?.text ?? "", qualifiers, fact.kind.rawValue,
                String(format: "%.2f", fact.confidence), document.sentenceText(Int(fact.provenance.sentence)),
            ]
            out += fields.map(DelimitedFormatter.escapeTSV).joined(separator: "\t") + "\n"
        }
        return out
    }
}
