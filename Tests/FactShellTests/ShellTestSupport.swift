import Foundation
#if canImport(Glibc)
import Glibc
#endif

/// Paths the shell tests need: the package, its fixtures, the built `factsh`.
enum ShellTestPaths {
    /// The package root, found from this source file (Tests/FactShellTests/ShellTestSupport.swift).
    static let packageRoot: URL = URL(fileURLWithPath: #filePath)
        .deletingLastPathComponent().deletingLastPathComponent().deletingLastPathComponent()

    static let fixtures = packageRoot.appendingPathComponent("Tests/FactShellTests/Fixtures/shell")
    static let articles = fixtures.appendingPathComponent("articles")

    /// The `factsh` executable `swift test` built, next to the test bundle in the build folder.
    static let executable: String? = {
        var candidates: [URL] = []
        if let exe = try? FileManager.default.destinationOfSymbolicLink(atPath: "/proc/self/exe") {
            var folder = URL(fileURLWithPath: exe).deletingLastPathComponent()
            // The test bundle is `<build>/<config>/factshPackageTests.xctest` (a file on Linux, a folder elsewhere).
            for _ in 0..<4 {
                candidates.append(folder.appendingPathComponent("factsh"))
                folder = folder.deletingLastPathComponent()
            }
        }
        for bundle in Bundle.allBundles {
            candidates.append(bundle.bundleURL.deletingLastPathComponent().appendingPathComponent("factsh"))
        }
        candidates.append(packageRoot.appendingPathComponent(".build/debug/factsh"))
        return candidates.first { FileManager.default.isExecutableFile(atPath: $0.path) }?.path
    }()

    /// The cache folder every test run of `factsh` uses as XDG_CACHE_HOME, so tests never write
    /// into the user's snapshot cache.
    static let cacheHome: URL = temporaryFolder()

    /// The environment that keeps a `factsh` run out of the user's cache: the snapshot cache off
    /// (tests of the cache turn it on with `FACTSH_NO_CACHE=""`) and pointed at a temporary folder.
    static let isolatedCache: [String: String] = ["XDG_CACHE_HOME": cacheHome.path, "FACTSH_NO_CACHE": "1"]

    /// The one folder under the system's temporary directory that holds every folder this test
    /// process makes; it is removed when the process exits, so test runs leave nothing behind.
    static let runFolder: URL = {
        let url = FileManager.default.temporaryDirectory.appendingPathComponent("factsh-test-\(UUID().uuidString)")
        try? FileManager.default.createDirectory(at: url, withIntermediateDirectories: true)
        atexit { try? FileManager.default.removeItem(at: ShellTestPaths.runFolder) }
        return url
    }()

    /// A new empty temporary folder inside `runFolder`.
    static func temporaryFolder() -> URL {
        let url = runFolder.appendingPathComponent(UUID().uuidString)
        try? FileManager.default.createDirectory(at: url, withIntermediateDirectories: true)
        return url
    }
}

/// What one run of `factsh` printed and how it ended.
struct ShellRun {
    var stdout: String
    var stderr: String
    var status: Int32
}

/// Runs the built `factsh` with pipes for its standard streams.
enum Factsh {
    /// Runs `factsh ARGUMENTS` in `directory` with `input` on standard input; history and colour
    /// are kept out of the user's environment.
    static func run(
        _ arguments: [String], input: String? = nil, directory: URL = ShellTestPaths.packageRoot,
        environment extra: [String: String] = [:]
    ) throws -> ShellRun {
        guard let executable = ShellTestPaths.executable else { throw MissingExecutable() }
        let process = Process()
        process.executableURL = URL(fileURLWithPath: executable)
        process.arguments = arguments
        process.currentDirectoryURL = directory
        var environment = ProcessInfo.processInfo.environment
        environment["FACTSH_HISTORY"] = ""
        environment.removeValue(forKey: "COLUMNS")
        environment.removeValue(forKey: "FACTSH_CORPUS")
        for (key, value) in ShellTestPaths.isolatedCache { environment[key] = value }
        for (key, value) in extra { environment[key] = value }
        process.environment = environment
        let stdin = Pipe(), stdout = Pipe(), stderr = Pipe()
        process.standardInput = stdin
        process.standardOutput = stdout
        process.standardError = stderr
        try process.run()
        if let input { stdin.fileHandleForWriting.write(Data(input.utf8)) }
        try stdin.fileHandleForWriting.close()
        // Read both pipes concurrently so neither fills up and blocks the child.
        let errData = ErrorCollector(stderr.fileHandleForReading)
        let outData = stdout.fileHandleForReading.readDataToEndOfFile()
        process.waitUntilExit()
        return ShellRun(
            stdout: String(decoding: outData, as: UTF8.self),
            stderr: String(decoding: errData.wait(), as: UTF8.self),
            status: process.terminationStatus)
    }

    struct MissingExecutable: Error, CustomStringConvertible {
        var description: String { "the factsh executable was not found next to the test bundle; run `swift build` first" }
    }
}

/// Reads a pipe to its end on another thread.
final class ErrorCollector: @unchecked Sendable {
    private var data = Data()
    private let done = DispatchSemaphore(value: 0)

    init(_ handle: FileHandle) {
        DispatchQueue.global().async {
            self.data = handle.readDataToEndOfFile()
            self.done.signal()
        }
    }

    func wait() -> Data {
        done.wait()
        return data
    }
}

extension Array {
    /// The element at `index`, or nil past the end (tests fail, never crash, on short output).
    subscript(safe index: Int) -> Element? { indices.contains(index) ? self[index] : nil }
}
