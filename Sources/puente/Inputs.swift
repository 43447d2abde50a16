import Foundation
import PuenteModel
import PuenteText

/// One document to read: its bytes or text, where it came from, and what is known of it.
struct PendingDocument {
    enum Content {
        case bytes([UInt8], DocumentReader.Format)
        case text(String)
    }

    var location: String
    var source: String
    var content: Content
    var hints: DocumentReader.Hints
}

/// Expands command-line inputs (files, folders, `-`) into documents, reporting the ones that
/// cannot be read without stopping the rest.
struct Inputs {
    /// A JSON Lines file larger than this is refused (documents inside have their own limit).
    static let maximumBatchSize = 2 << 30
    static let batchExtensions: Set<String> = ["jsonl", "ndjson"]

    var paths: [String]
    var maximumDocumentSize: Int

    /// Calls `body` with each document or each failure, in input order.
    func forEach(_ body: (Result<PendingDocument, ReadingError>) throws -> Void) rethrows {
        for path in paths {
            if path == "-" {
                try readStandardInput(body)
                continue
            }
            var isDirectory: ObjCBool = false
            guard FileManager.default.fileExists(atPath: path, isDirectory: &isDirectory) else {
                try body(.failure(ReadingError(.notFound, location: path, message: "no such file or folder; check the path")))
                continue
            }
            if isDirectory.boolValue {
                for file in Self.documentFiles(in: path) { try readFile(file, body) }
            } else {
                try readFile(path, body)
            }
        }
    }

    /// The readable files below a folder, sorted by path so runs are repeatable.
    static func documentFiles(in folder: String) -> [String] {
        guard let walker = FileManager.default.enumerator(atPath: folder) else { return [] }
        var files: [String] = []
        while let relative = walker.nextObject() as? String {
            let path = (folder as NSString).appendingPathComponent(relative)
            let ext = (relative as NSString).pathExtension.lowercased()
            if batchExtensions.contains(ext) || DocumentReader.format(ofPath: relative) != nil {
                var isDirectory: ObjCBool = false
                if FileManager.default.fileExists(atPath: path, isDirectory: &isDirectory), !isDirectory.boolValue { files.append(path) }
            }
        }
        return files.sorted()
    }

    private func readFile(_ path: String, _ body: (Result<PendingDocument, ReadingError>) throws -> Void) rethrows {
        let ext = (path as NSString).pathExtension.lowercased()
        let isBatch = Self.batchExtensions.contains(ext)
        let limit = isBatch ? Self.maximumBatchSize : maximumDocumentSize
        let bytes: [UInt8]
        switch Self.load(path, limit: limit) {
        case .success(let loaded): bytes = loaded
        case .failure(let error): try body(.failure(error)); return
        }
        if isBatch {
            try readBatch(bytes, name: path, body)
        } else if let format = DocumentReader.format(ofPath: path) {
            try body(.success(PendingDocument(location: path, source: path, content: .bytes(bytes, format), hints: .init())))
        } else {
            try body(.failure(ReadingError(.unsupportedFormat, location: path, message: "unknown kind of file '.\(ext)'; Puente reads .txt, .md, .html, .htm, .html.gz, .pdf and .jsonl")))
        }
    }

    private func readStandardInput(_ body: (Result<PendingDocument, ReadingError>) throws -> Void) rethrows {
        let bytes = Array(FileHandle.standardInput.readDataToEndOfFile())
        let firstByte = bytes.first(where: { $0 != 0x20 && $0 != 0x0A && $0 != 0x0D && $0 != 0x09 })
        if firstByte == UInt8(ascii: "{") {
            try readBatch(bytes, name: "<stdin>", body)
        } else {
            let format = DocumentReader.sniffFormat(bytes)
            try body(.success(PendingDocument(location: "<stdin>", source: "<stdin>", content: .bytes(bytes, format), hints: .init())))
        }
    }

    private func readBatch(_ bytes: [UInt8], name: String, _ body: (Result<PendingDocument, ReadingError>) throws -> Void) rethrows {
        guard !bytes.isEmpty else {
            try body(.failure(ReadingError(.empty, location: name, message: "the file is empty; give one JSON object a line")))
            return
        }
        guard !TextDecoding.looksBinary(bytes), let text = String(validating: bytes, as: UTF8.self) else {
            try body(.failure(ReadingError(.binary, location: name, message: "JSON Lines must be UTF-8 text; convert the file to UTF-8")))
            return
        }
        var lineNumber = 0
        for line in text.split(separator: "\n", omittingEmptySubsequences: false) {
            lineNumber += 1
            let trimmed = line.drop(while: { $0 == " " || $0 == "\t" || $0 == "\r" })
            if trimmed.isEmpty { continue }
            let location = "\(name):\(lineNumber)"
            switch Result(catching: { () throws(ReadingError) in try BatchLine(parsing: line, location: location) }) {
            case .failure(let error):
                try body(.failure(error))
            case .success(let batchLine):
                let content: PendingDocument.Content
                switch batchLine.body {
                case .text(let text): content = .text(text)
                case .html(let html): content = .bytes(Array(html.utf8), .html)
                }
                try body(.success(PendingDocument(location: location, source: batchLine.source, content: content, hints: batchLine.hints)))
            }
        }
    }

    static func load(_ path: String, limit: Int) -> Result<[UInt8], ReadingError> {
        guard let attributes = try? FileManager.default.attributesOfItem(atPath: path),
              let size = (attributes[.size] as? NSNumber)?.intValue else {
            return .failure(ReadingError(.unreadable, location: path, message: "cannot read the file; check its permissions"))
        }
        guard size <= limit else {
            return .failure(ReadingError(.tooLarge, location: path, message: "the file is \(DocumentReader.describeSize(size)); Puente reads files up to \(DocumentReader.describeSize(limit)), so split it into smaller documents"))
        }
        guard let handle = FileHandle(forReadingAtPath: path) else {
            return .failure(ReadingError(.unreadable, location: path, message: "cannot open the file; check its permissions"))
        }
        defer { try? handle.close() }
        do {
            return .success(Array(try handle.readToEnd() ?? Data()))
        } catch {
            return .failure(ReadingError(.unreadable, location: path, message: "reading failed (\(error.localizedDescription))"))
        }
    }
}
