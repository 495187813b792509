import Foundation

/// Finds the bundled demo corpus (`Corpus/`) wherever factsh runs from.
///
/// Looked for, in order: `$FACTSH_CORPUS`; next to the executable and in each folder above it
/// (a build lands in `<package>/.build/<config>/factsh`, an install may copy `Corpus/` beside the
/// binary); then the current directory and the folders above it.
public enum CorpusLocator {
    /// A corpus found on disk, and the name its documents carry in evidence (`Corpus/...`), so
    /// answers read the same wherever the package lives.
    public struct Location: Sendable, Equatable {
        public var directory: String
        public var displayName: String
    }

    /// The demo corpus, or the places searched.
    public static func locate(
        environment: [String: String] = ProcessInfo.processInfo.environment,
        executable: String = CommandLine.arguments.first ?? "",
        currentDirectory: String = FileManager.default.currentDirectoryPath
    ) -> Result<Location, ShellError> {
        if let override = environment["FACTSH_CORPUS"], !override.isEmpty {
            return isDirectory(override)
                ? .success(Location(directory: override, displayName: override))
                : .failure(.missing(path: override + " (from FACTSH_CORPUS)"))
        }
        var searched: [String] = []
        var starts: [String] = []
        if let binary = resolvedExecutable(executable) { starts.append((binary as NSString).deletingLastPathComponent) }
        starts.append(currentDirectory)
        for start in starts {
            var folder = URL(fileURLWithPath: start).standardizedFileURL
            for _ in 0..<6 {
                let candidate = folder.appendingPathComponent("Corpus").path
                if isDirectory(candidate), looksLikeCorpus(candidate) {
                    return .success(Location(directory: candidate, displayName: "Corpus"))
                }
                searched.append(folder.path)
                let parent = folder.deletingLastPathComponent()
                if parent.path == folder.path { break }
                folder = parent
            }
        }
        var unique: [String] = []
        for path in searched where !unique.contains(path) { unique.append(path) }
        return .failure(.noCorpus(searched: Array(unique.prefix(4))))
    }

    /// The executable's real path: `/proc/self/exe` on Linux, else argv[0] resolved against PATH.
    static func resolvedExecutable(_ argument: String) -> String? {
        if let link = try? FileManager.default.destinationOfSymbolicLink(atPath: "/proc/self/exe") { return link }
        if argument.contains("/") { return URL(fileURLWithPath: argument).resolvingSymlinksInPath().path }
        return nil
    }

    static func isDirectory(_ path: String) -> Bool {
        var directory: ObjCBool = false
        return FileManager.default.fileExists(atPath: path, isDirectory: &directory) && directory.boolValue
    }

    /// A folder named Corpus that holds at least one article.
    static func looksLikeCorpus(_ path: String) -> Bool {
        let names = (try? FileManager.default.contentsOfDirectory(atPath: path)) ?? []
        return names.contains { $0.hasSuffix(".txt") }
    }
}
