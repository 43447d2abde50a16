import Foundation

/// Where lexicon files come from: the shipped resources, files on disk, or values in tests.
public protocol LexiconSource: Sendable {
    /// The files in override order (later wins).
    func files() throws(LexiconError) -> [LexiconFile]
}

/// The JSON files shipped in the package's `Resources` folder.
public struct BundledLexiconSource: LexiconSource {
    /// The shipped files, in load order.
    public static let resourceNames = ["countries", "bodies", "people", "mechanisms"]

    public init() {}

    public func files() throws(LexiconError) -> [LexiconFile] {
        var out: [LexiconFile] = []
        for name in Self.resourceNames {
            guard let url = Bundle.module.url(forResource: name, withExtension: "json", subdirectory: "Resources") else {
                throw LexiconError(code: .missingResource, file: "\(name).json",
                                   message: "the PuenteLexicon resource bundle lacks this file; rebuild the package")
            }
            out.append(try LexiconFile.read(url))
        }
        return out
    }
}

/// User files on disk (`--lexicon FILE`, `puente.yaml`), JSON or YAML.
public struct FileLexiconSource: LexiconSource {
    public var urls: [URL]
    public init(urls: [URL]) { self.urls = urls }

    public func files() throws(LexiconError) -> [LexiconFile] {
        var out: [LexiconFile] = []
        for url in urls { out.append(try LexiconFile.read(url)) }
        return out
    }
}

/// Files given as values, for tests.
public struct StaticLexiconSource: LexiconSource {
    public var values: [LexiconFile]
    public init(_ values: [LexiconFile]) { self.values = values }
    public func files() throws(LexiconError) -> [LexiconFile] { values }
}
