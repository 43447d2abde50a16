import CZlib

/// Inflates gzip (or zlib) data with a cap on the output size.
enum GzipInflater {
    /// The result of inflating: the bytes, or why there are none.
    enum Outcome: Equatable {
        case inflated([UInt8])
        case tooLarge
        case corrupt
    }

    /// True when `bytes` start with the gzip magic number 1f 8b.
    static func isGzip(_ bytes: [UInt8]) -> Bool {
        bytes.count >= 2 && bytes[0] == 0x1F && bytes[1] == 0x8B
    }

    /// Inflates `bytes`; `.tooLarge` when the output would exceed `limit` bytes. A truncated stream
    /// gives what could be inflated, or `.corrupt` when that is nothing.
    static func inflate(_ bytes: [UInt8], limit: Int) -> Outcome {
        var stream = z_stream()
        // 15 window bits + 32: detect gzip or zlib headers automatically.
        guard inflateInit2_(&stream, 15 + 32, ZLIB_VERSION, Int32(MemoryLayout<z_stream>.size)) == Z_OK else {
            return .corrupt
        }
        defer { inflateEnd(&stream) }
        var output: [UInt8] = []
        output.reserveCapacity(min(limit, max(bytes.count * 5, 1 << 16)))
        var chunk = [UInt8](repeating: 0, count: 1 << 16)
        var status = Z_OK
        var input = bytes
        input.withUnsafeMutableBufferPointer { inputBuffer in
            stream.next_in = inputBuffer.baseAddress
            stream.avail_in = UInt32(inputBuffer.count)
            while status == Z_OK {
                let produced: Int = chunk.withUnsafeMutableBufferPointer { chunkBuffer in
                    stream.next_out = chunkBuffer.baseAddress
                    stream.avail_out = UInt32(chunkBuffer.count)
                    status = CZlib.inflate(&stream, Z_NO_FLUSH)
                    return chunkBuffer.count - Int(stream.avail_out)
                }
                if output.count + produced > limit {
                    status = Z_MEM_ERROR
                    output.removeAll()
                    return
                }
                output.append(contentsOf: chunk[0 ..< produced])
                if status == Z_BUF_ERROR, stream.avail_in == 0 { break }
                // A second gzip member follows: keep going.
                if status == Z_STREAM_END, stream.avail_in > 0, inflateReset(&stream) == Z_OK { status = Z_OK }
            }
        }
        if status == Z_MEM_ERROR { return .tooLarge }
        if output.isEmpty, status != Z_STREAM_END { return .corrupt }
        return .inflated(output)
    }
}
