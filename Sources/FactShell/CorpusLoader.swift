import FactModel
import FactStore
import Foundation
import Synchronization
import TextPipeline

/// One thing to load, and the name its documents carry in evidence and messages.
public struct LoadRequest: Sendable, Equatable {
    /// Where it is on disk.
    public var path: String
    /// How it is shown: the path as the user typed it, or `Corpus` for the demo corpus.
    public var displayPath: String

    public init(path: String, displayPath: String? = nil) {
        self.path = path
        self.displayPath = displayPath ?? path
    }
}

/// What a load did: counts added, problems met, time taken.
public struct LoadReport: Sendable {
    public var documents = 0
    public var sentences = 0
    public var facts = 0
    public var entities = 0
    /// Files that could not be loaded (each named, with the reason).
    public var problems: [ShellError] = []
    /// Things worth saying that are not errors: empty files, very large folders.
    public var warnings: [String] = []
    public var seconds: Double = 0
    /// True when Ctrl-C stopped the load part way.
    public var cancelled = false
    /// Malformed lines of fact files, each with its position and the line it points into.
    public var diagnostics: [LoadDiagnostic] = []
    /// True when the store was opened from the snapshot cache instead of the articles.
    public var fromSnapshot = false
}

/// A problem found inside a loaded file, with the text of its line for the caret excerpt.
public struct LoadDiagnostic: Sendable {
    public var diagnostic: Diagnostic
    /// The source line the diagnostic's position is on (nil when unknown).
    public var line: String?
}

/// Loads articles (files and folders, recursively) and fact files into a store.
///
/// Articles go through the text pipeline in parallel, one worker per core, with a progress bar
/// on standard error when it is a terminal. Documents are added in path order, so ids and
/// answers do not depend on thread timing. A file that cannot be loaded is reported by name
/// and the rest still loads.
public final class CorpusLoader: Sendable {
    /// Folders with more articles than this get a warning first: loading will take a while.
    static let largeFolder = 1000

    /// Fact files report at most this many malformed lines each; the rest are counted.
    static let diagnosticsPerFile = 10

    /// The text pipeline, or why its models could not be loaded (articles then cannot be read,
    /// but the shell still opens). Loaded on first use: a corpus opened from the snapshot cache
    /// or from fact files never needs them.
    var models: Result<Pipeline, ShellError> {
        loadedModels.withLock { slot in
            if let slot { return slot }
            let models = makeModels()
            slot = models
            return models
        }
    }
    private let loadedModels = Mutex<Result<Pipeline, ShellError>?>(nil)
    private let makeModels: @Sendable () -> Result<Pipeline, ShellError>

    public init(pipeline: Pipeline) {
        self.makeModels = { .success(pipeline) }
    }

    /// A loader with the bundled models (read when first needed), or one that reports why they are missing.
    public static func bundled() -> CorpusLoader {
        CorpusLoader {
            do {
                return .success(try Pipeline.bundled())
            } catch {
                return .failure(.models(reason: "\(error)"))
            }
        }
    }

    init(models: @escaping @Sendable () -> Result<Pipeline, ShellError>) {
        self.makeModels = models
    }

    /// The files a set of requests names, and what was wrong with the others.
    struct FileList: Sendable {
        var articles: [LoadRequest] = []
        var factFiles: [LoadRequest] = []
        var problems: [ShellError] = []
        var warnings: [String] = []
    }

    /// Loads `requests` into `store`. `isCancelled` is polled between documents. `announce`,
    /// when given, hears the problems and warnings found while listing the files at once (before
    /// the slow extraction: "this folder holds 5,000 articles"); they are then not in the report.
    public func load(
        _ requests: [LoadRequest], into store: FactStore,
        isCancelled: @escaping @Sendable () -> Bool = { false },
        announce: ((_ problems: [ShellError], _ warnings: [String]) -> Void)? = nil
    ) -> LoadReport {
        let clock = ContinuousClock.now
        let before = (store.documentIDs.count, store.factCount, store.entityCount)
        let files = articleFiles(requests)
        var report = LoadReport()
        if let announce {
            announce(files.problems, files.warnings)
        } else {
            report.problems = files.problems
            report.warnings = files.warnings
        }
        for file in files.factFiles {
            loadFactFile(file, into: store, report: &report)
        }
        var documents: [Document] = []
        for outcome in readArticles(files.articles) {
            switch outcome {
            case .document(let document): documents.append(document)
            case .failed(let problem): report.problems.append(problem)
            case .skipped(let path, let reason): report.warnings.append("\(path): \(reason); skipped")
            }
        }
        if !documents.isEmpty, case .failure(let problem) = models {
            report.problems.append(problem)
            documents = []
        }
        for extracted in extractAll(documents, isCancelled: isCancelled) {
            guard let extracted else {
                report.cancelled = true
                continue
            }
            store.add(extracted)
            report.sentences += extracted.document.sentences.count
        }
        report.documents = store.documentIDs.count - before.0
        report.facts = store.factCount - before.1
        report.entities = store.entityCount - before.2
        report.seconds = ShellMain.seconds(since: clock)
        return report
    }

    /// Adds the documents of a JSON Lines fact file (docs/fact-format.md) with the store's
    /// positioned reader; each malformed line becomes a diagnostic and the rest loads.
    func loadFactFile(_ file: LoadRequest, into store: FactStore, report: inout LoadReport) {
        guard let data = FileManager.default.contents(atPath: file.path) else {
            report.problems.append(.unloadable(path: file.displayPath, reason: "cannot read the file (permission denied?)"))
            return
        }
        guard !data.isEmpty else {
            report.warnings.append("\(file.displayPath): empty fact file; skipped")
            return
        }
        let (documents, diagnostics) = data.withUnsafeBytes { FactsJSONL.decode($0, file: file.displayPath) }
        for extracted in documents {
            store.add(extracted)
            report.sentences += extracted.document.sentences.count
        }
        guard !diagnostics.isEmpty else { return }
        let lines = data.split(separator: UInt8(ascii: "\n"), omittingEmptySubsequences: false)
        for diagnostic in diagnostics.prefix(Self.diagnosticsPerFile) {
            let index = (diagnostic.range?.start.line ?? 0) - 1
            let line = lines.indices.contains(index) ? String(decoding: lines[index], as: UTF8.self) : nil
            report.diagnostics.append(LoadDiagnostic(diagnostic: diagnostic, line: line))
        }
        if diagnostics.count > Self.diagnosticsPerFile {
            report.warnings.append("\(file.displayPath): \(diagnostics.count - Self.diagnosticsPerFile) more malformed lines not shown")
        }
    }

    /// Expands requests into files: a file as is, a folder's `.txt` and `.jsonl` files.
    func articleFiles(_ requests: [LoadRequest]) -> FileList {
        var list = FileList()
        var report = LoadReport()
        for request in requests {
            collect(request, articles: &list.articles, factFiles: &list.factFiles, report: &report)
        }
        list.problems = report.problems
        list.warnings = report.warnings
        return list
    }

    /// Reads and checks each article file (fast; extraction is the slow part).
    func readArticles(_ files: [LoadRequest]) -> [ArticleReader.Outcome] {
        files.map { ArticleReader.read(file: $0.path, displayPath: $0.displayPath) }
    }

    /// Adds the files of one request: a file as is, a folder's `.txt` and `.jsonl` files recursively
    /// (hidden files and folders skipped), in path order.
    private func collect(_ request: LoadRequest, articles: inout [LoadRequest], factFiles: inout [LoadRequest], report: inout LoadReport) {
        var isFolder: ObjCBool = false
        guard FileManager.default.fileExists(atPath: request.path, isDirectory: &isFolder) else {
            report.problems.append(.missing(path: request.displayPath))
            return
        }
        guard isFolder.boolValue else {
            if request.path.lowercased().hasSuffix(".jsonl") { factFiles.append(request) } else { articles.append(request) }
            return
        }
        guard FileManager.default.isReadableFile(atPath: request.path),
              let walker = FileManager.default.enumerator(
                at: URL(fileURLWithPath: request.path), includingPropertiesForKeys: [.isRegularFileKey],
                options: [.skipsHiddenFiles])
        else {
            report.problems.append(.unloadable(path: request.displayPath, reason: "cannot read the folder (permission denied)"))
            return
        }
        let root = URL(fileURLWithPath: request.path).standardizedFileURL.resolvingSymlinksInPath().path
        var found: [LoadRequest] = []
        for case let url as URL in walker {
            let name = url.lastPathComponent.lowercased()
            guard name.hasSuffix(".txt") || name.hasSuffix(".jsonl") else { continue }
            guard (try? url.resourceValues(forKeys: [.isRegularFileKey]))?.isRegularFile == true else { continue }
            let full = url.standardizedFileURL.resolvingSymlinksInPath().path
            let relative = full.hasPrefix(root + "/") ? String(full.dropFirst(root.count + 1)) : url.lastPathComponent
            let display = request.displayPath.hasSuffix("/") ? request.displayPath + relative : request.displayPath + "/" + relative
            found.append(LoadRequest(path: url.path, displayPath: display))
        }
        found.sort { $0.displayPath < $1.displayPath }
        let articleCount = found.filter { !$0.path.lowercased().hasSuffix(".jsonl") }.count
        if articleCount == 0, found.isEmpty {
            report.warnings.append("\(request.displayPath): no .txt articles or .jsonl fact files in this folder")
        }
        if articleCount > Self.largeFolder {
            report.warnings.append("\(request.displayPath): \(articleCount) articles; extracting them will take a while (Ctrl-C stops and keeps what is loaded)")
        }
        for file in found {
            if file.path.lowercased().hasSuffix(".jsonl") { factFiles.append(file) } else { articles.append(file) }
        }
    }

    /// Runs the text pipeline over every document on one worker per core; nil for documents
    /// not reached because the load was cancelled. The calling thread draws the progress bar.
    func extractAll(_ documents: [Document], isCancelled: @escaping @Sendable () -> Bool = { false }) -> [ExtractedDocument?] {
        guard !documents.isEmpty, case .success(let pipeline) = models else {
            return Array(repeating: nil, count: documents.count)
        }
        let results = Mutex<[ExtractedDocument?]>(Array(repeating: nil, count: documents.count))
        let next = Atomic<Int>(0)
        let finished = Atomic<Int>(0)
        let workers = max(1, min(ProcessInfo.processInfo.activeProcessorCount, documents.count, 8))
        let group = DispatchGroup()
        for _ in 0..<workers {
            DispatchQueue.global(qos: .userInitiated).async(group: group) {
                while !isCancelled() {
                    let index = next.wrappingAdd(1, ordering: .relaxed).oldValue
                    guard index < documents.count else { break }
                    let extracted = pipeline.extract(documents[index])
                    results.withLock { $0[index] = extracted }
                    finished.wrappingAdd(1, ordering: .relaxed)
                }
            }
        }
        let bar = ProgressBar(total: documents.count, label: "extracting")
        while group.wait(timeout: .now() + .milliseconds(100)) == .timedOut {
            let done = finished.load(ordering: .relaxed)
            bar?.update(done: done, current: documents[min(done, documents.count - 1)].path)
        }
        bar?.finish()
        return results.withLock { $0 }
    }
}
