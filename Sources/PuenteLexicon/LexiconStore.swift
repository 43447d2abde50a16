import Foundation

/// Loads the lexicon once (shipped data plus user files) and hands out the compiled resolver.
///
/// An actor so that concurrent documents share one load; the values it returns are immutable.
public actor LexiconStore {
    private let source: any LexiconSource
    private let userFiles: [URL]
    private var cached: ActorResolver?

    /// `source` gives the base files (the shipped data by default); `userFiles` are layered on top
    /// in order (`--lexicon FILE`, then `puente.yaml`).
    public init(source: any LexiconSource = BundledLexiconSource(), userFiles: [URL] = []) {
        self.source = source
        self.userFiles = userFiles
    }

    /// The compiled resolver, loading and compiling on first use.
    public func resolver() throws(LexiconError) -> ActorResolver {
        if let cached { return cached }
        var lexicon = try Lexicon(files: source.files(), name: "lexicon")
        for url in userFiles { lexicon = try lexicon.adding(contentsOf: url) }
        let resolver = ActorResolver(lexicon: lexicon)
        cached = resolver
        return resolver
    }

    /// The loaded lexicon.
    public func lexicon() throws(LexiconError) -> Lexicon { try resolver().lexicon }
}
