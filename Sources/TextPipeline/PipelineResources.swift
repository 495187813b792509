import Foundation

extension Pipeline {
    /// The bundled models and lexicons (the package's `Resources` folder), or nil when the bundle
    /// is missing. The shell hashes its files into the snapshot cache key, so a retrained model
    /// never answers from a snapshot built by the old one.
    public static var bundledResourceFolder: URL? {
        Bundle.module.url(forResource: "Resources", withExtension: nil)
    }
}
