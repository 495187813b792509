import ArgumentParser
import CMemoryHints
import FactShell
#if canImport(Glibc)
import Glibc
#endif

// Freed blocks merge at once rather than waiting in glibc's fast bins: after a query with
// thousands of answer rows, the next queries would otherwise allocate at cold, scattered
// addresses and run 2-3 times slower (see CMemoryHints and docs/store.md).
_ = memory_prefer_merged_free_blocks()

// The root command takes paths as positional arguments, so a subcommand name is picked out
// here first (ArgumentParser would read `extract` as a path).
// Bad usage exits 2 (not ArgumentParser's 64), as the command line promises; --help and
// --version exit 0; a command's own ExitCode passes through.
var arguments = Array(CommandLine.arguments.dropFirst())
// `factsh help extract` means `factsh extract --help`.
if arguments.first == "help" {
    arguments = Array(arguments.dropFirst()) + ["--help"]
}
let subcommand = arguments.first.flatMap { name in
    FactshCommand.configuration.subcommands.first { $0.configuration.commandName == name }
}
let commandType: any ParsableCommand.Type = subcommand ?? FactshCommand.self

// Help for a subcommand is asked of the root, so its usage reads `factsh extract ...`.
if subcommand != nil, arguments.contains("--help") || arguments.contains("-h") {
    var deepest: any ParsableCommand.Type = FactshCommand.self
    for word in arguments {
        guard let next = deepest.configuration.subcommands.first(where: { $0.configuration.commandName == word }) else { break }
        deepest = next
    }
    print(FactshCommand.helpMessage(for: deepest))
    exit(0)
}
do {
    var command = try commandType.parseAsRoot(subcommand == nil ? arguments : Array(arguments.dropFirst()))
    try command.run()
} catch let code as ExitCode {
    exit(code.rawValue)
} catch {
    if commandType.exitCode(for: error) == .success {
        commandType.exit(withError: error)
    }
    var message = commandType.fullMessage(for: error)
    if let subcommand, message.contains("Usage: \(subcommand.configuration.commandName!)") {
        message = message.replacingOccurrences(of: "Usage: ", with: "Usage: factsh ")
            .replacingOccurrences(of: "See '", with: "See 'factsh ")
    }
    FileHandleOutput.writeError(message + "\n")
    exit(ExitStatus.badInput.rawValue)
}
