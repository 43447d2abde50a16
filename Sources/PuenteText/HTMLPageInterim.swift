import PuenteModel
// Interim until the HTML extractor lands: strips tags.
public struct HTMLPage: Sendable {
    public var mainText: String
    public var title: String?
    public var publisher: String?
    public var published: DateValue?
    public var language: Language?
    public var warnings: [String] = []
    public init(parsing bytes: [UInt8], url: String? = nil) {
        mainText = String(decoding: bytes, as: UTF8.self)
    }
}
