import ArgumentParser
import Foundation
import PuenteLexicon

/// Where actors and mechanisms come from: the shipped lexicon, `puente.yaml` in the working
/// folder, then each `--lexicon` file, later files adding or overriding entries by id.
struct LexiconOptions: ParsableArguments {
    @Option(name: .customLong("lexicon"), help: ArgumentHelp("A YAML or JSON lexicon file that adds or overrides entries (repeatable).", valueName: "file"))
    var files: [String] = []

    /// The file read from the working folder when present.
    static let workingFolderFile = "puente.yaml"

    func validate() throws {
        for file in files where !FileManager.default.isReadableFile(atPath: file) {
            throw ValidationError("--lexicon \(file): no such readable file; check the path")
        }
    }

    func load() throws(LexiconError) -> Lexicon {
        var lexicon = try Lexicon.bundled()
        let local = FileManager.default.currentDirectoryPath + "/" + Self.workingFolderFile
        var paths = files
        if FileManager.default.fileExists(atPath: local) { paths.insert(local, at: 0) }
        for path in paths {
            lexicon = try lexicon.adding(contentsOf: URL(fileURLWithPath: path))
        }
        return lexicon
    }
}
