import Foundation

/// Standard error for the argument layer.
enum FileHandleOutput {
    static func writeError(_ text: String) {
        FileHandle.standardError.write(Data(text.utf8))
    }
}
