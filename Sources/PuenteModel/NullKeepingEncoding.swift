/// Record fields are written even when nil, as JSON `null`: the format says unknown values are
/// `null`, and consumers rely on every key being present.
extension KeyedEncodingContainer {
    mutating func encodeKeepingNull<T: Encodable>(_ value: T?, forKey key: Key) throws {
        if let value { try encode(value, forKey: key) } else { try encodeNil(forKey: key) }
    }
}

extension KeyedDecodingContainer {
    func decodeList<T: Decodable>(_ type: [T].Type, forKey key: Key) throws -> [T] {
        try decodeIfPresent(type, forKey: key) ?? []
    }
}
