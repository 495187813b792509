import Foundation

/// Reads the entity stage's resource files (`gazetteer-*`, `titles-*`, `ner.model`) from the package bundle.
enum EntityResources {
    /// The bundled `Resources` folder.
    static var folder: URL {
        get throws {
            guard let url = Bundle.module.url(forResource: "Resources", withExtension: nil) else {
                throw EntityResourceError.missing("Resources")
            }
            return url
        }
    }

    /// The URL of resource `name`, in `folder` or else the bundle.
    static func url(_ name: String, in folder: URL? = nil) throws -> URL {
        let url = try (folder ?? self.folder).appendingPathComponent(name)
        guard FileManager.default.fileExists(atPath: url.path) else { throw EntityResourceError.missing(name) }
        return url
    }

    /// The tab-separated rows of a text resource, skipping `#` comment lines and blank lines.
    static func rows(_ name: String, in folder: URL? = nil) throws -> [[Substring]] {
        try rows(of: String(contentsOf: url(name, in: folder), encoding: .utf8))
    }

    /// The tab-separated rows of resource text, skipping `#` comment lines and blank lines.
    static func rows(of text: String) -> [[Substring]] {
        text.split(separator: "\n").compactMap { line in
            line.hasPrefix("#") ? nil : line.split(separator: "\t", omittingEmptySubsequences: false)
        }
    }
}

/// A resource file the entity stage needs was not found.
public enum EntityResourceError: Error, CustomStringConvertible {
    case missing(String)
    case malformed(String)

    public var description: String {
        switch self {
        case .missing(let name): "entity resource not found: \(name)"
        case .malformed(let name): "entity resource is malformed: \(name)"
        }
    }
}
