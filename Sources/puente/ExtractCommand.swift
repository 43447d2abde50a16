import ArgumentParser
import Foundation
import PuenteExtract
import PuenteLexicon
import PuenteModel
import PuenteText

struct ExtractCommand: AsyncParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "extract",
        abstract: "Print one puente.record/1 per document.",
        discussion: """
        Reads .txt, .md, .html, .htm, .html.gz and .pdf files, folders of them, JSON Lines batches \
        (.jsonl: one {"source", "text" or "html", "id", "title", "publisher", "published", "language"} a line) \
        and standard input (-). Records go to standard output; warnings and errors to standard error. \
        Exit status: 0 all documents read, 1 some failed, 2 usage error.
        """
    )

    enum OutputFormat: String, ExpressibleByArgument, CaseIterable {
        case jsonl, json
    }

    @Argument(help: "Files, folders or - for standard input.")
    var paths: [String] = []

    @Option(help: "jsonl: one record a line; json: one indented array.")
    var format: OutputFormat = .jsonl

    @Option(help: "The publication date (YYYY-MM-DD, YYYY-MM or YYYY) for documents that do not give one.")
    var published: String?

    @Option(help: "The language (en or es) for documents that do not give one.")
    var language: String?

    @Option(help: "The source URL to record instead of the file path (one input only).")
    var source: String?

    @Option(help: "Refuse documents larger than this many megabytes.")
    var maxSize: Int = 32

    @Flag(help: "Print each document's sentences with offsets instead of records.")
    var sentences = false

    @Flag(help: "Print the dates, amounts, actors and mechanisms found in each document instead of records.")
    var annotations = false

    @OptionGroup var lexiconOptions: LexiconOptions

    mutating func validate() throws {
        if let published, DateValue(isoString: published) == nil {
            throw ValidationError("--published '\(published)' is not a date; write YYYY-MM-DD, YYYY-MM or YYYY")
        }
        if let language, Language(rawValue: language.lowercased()) == nil {
            throw ValidationError("--language '\(language)' is not one Puente reads; give en or es")
        }
        if source != nil && paths.count > 1 {
            throw ValidationError("--source names one document; give a single input with it")
        }
        if sentences && annotations { throw ValidationError("give --sentences or --annotations, not both") }
        if maxSize < 1 { throw ValidationError("--max-size must be at least 1 (megabyte)") }
        if paths.isEmpty {
            if isatty(FileHandle.standardInput.fileDescriptor) == 1 {
                throw ValidationError("give files, folders or - to read standard input")
            }
            paths = ["-"]
        }
    }

    func run() async throws {
        let terminal = Terminal()
        let output = StandardOutput()
        let lexicon: Lexicon
        do {
            lexicon = try lexiconOptions.load()
        } catch {
            terminal.error(error.description)
            throw PuenteExit.usage.code
        }
        // The extractor builds its own resolver; a second one is made only for --annotations.
        let annotationDump = annotations ? AnnotationDump(resolver: ActorResolver(lexicon: lexicon)) : nil
        let extractor: Extractor
        do {
            extractor = try Extractor(lexicon: lexicon)
        } catch {
            terminal.error("the extractor's data files could not be loaded (\(error)); reinstall Puente")
            throw PuenteExit.someFailed.code
        }
        let reader = DocumentReader(maximumSize: maxSize << 20)
        let defaults = DocumentReader.Hints(
            published: published.flatMap(DateValue.init(isoString:)),
            language: language.flatMap { Language(rawValue: $0.lowercased()) })
        let encoder = format == .json ? RecordCoding.prettyEncoder() : RecordCoding.lineEncoder()
        var collected: [Record] = []
        var (read, failed) = (0, 0)

        try Inputs(paths: paths, maximumDocumentSize: maxSize << 20).forEach { pending in
            terminal.progress("\(read + failed) documents…")
            switch pending.flatMap({ readDocument($0, reader: reader, defaults: defaults) }) {
            case .failure(let error):
                failed += 1
                terminal.error(error.description)
            case .success(let result):
                read += 1
                result.warnings.forEach { terminal.warning($0.description) }
                if sentences {
                    output.write(try SentenceDump.json(for: result.document) + "\n")
                    return
                }
                if let annotationDump {
                    output.write(try annotationDump.json(for: result.document) + "\n")
                    return
                }
                let record = extractor.record(for: result.document)
                if format == .json {
                    collected.append(record)
                } else {
                    var line = try encoder.encode(record)
                    line.append(0x0A)
                    output.write(line)
                }
            }
        }
        if format == .json && !sentences && !annotations {
            output.write(try encoder.encode(collected))
            output.write("\n")
        }
        terminal.finishProgress()
        if failed > 0 {
            terminal.error("\(failed) of \(read + failed) documents could not be read")
            throw PuenteExit.someFailed.code
        }
    }

    private func readDocument(_ pending: PendingDocument, reader: DocumentReader, defaults: DocumentReader.Hints) -> Result<DocumentReader.Result, ReadingError> {
        var hints = pending.hints
        hints.published = hints.published ?? defaults.published
        hints.language = hints.language ?? defaults.language
        let source = self.source ?? pending.source
        do {
            switch pending.content {
            case .bytes(let bytes, let format):
                var result = try reader.read(bytes, format: format, source: source, hints: hints)
                if pending.location != source { result.warnings = result.warnings.map { ReadingWarning(location: pending.location, message: $0.message) } }
                return .success(result)
            case .text(let text):
                return .success(try reader.read(text: text, source: source, hints: hints))
            }
        } catch {
            return .failure(ReadingError(error.code, location: pending.location, message: error.message))
        }
    }
}
