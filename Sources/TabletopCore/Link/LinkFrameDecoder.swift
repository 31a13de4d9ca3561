/// Splits a byte stream into frame payloads, refusing a declared length above its bound before reading it.
///
/// ```swift
/// var decoder = LinkFrameDecoder(maximumPayload: LinkProtocol.maximumParticipantPayload)
/// decoder.append(bytesRead)
/// while let payload = try decoder.next() { handle(payload) }
/// ```
public struct LinkFrameDecoder: Sendable {
    /// The largest payload accepted.
    public let maximumPayload: Int
    private var buffer: [UInt8] = []
    private var start = 0

    public init(maximumPayload: Int) {
        self.maximumPayload = maximumPayload
    }

    /// Bytes received but not yet returned as a payload.
    public var bufferedCount: Int { buffer.count - start }

    /// Adds bytes read from the stream.
    public mutating func append<Bytes: Sequence>(_ bytes: Bytes) where Bytes.Element == UInt8 {
        if start > 0, start == buffer.count {
            buffer.removeAll(keepingCapacity: true)
            start = 0
        }
        buffer.append(contentsOf: bytes)
    }

    /// The next complete payload, nil when more bytes are needed, or an error when the declared length is out of bounds.
    public mutating func next() throws(LinkFrameError) -> [UInt8]? {
        guard bufferedCount >= LinkProtocol.lengthPrefixSize else { return nil }
        let length = Int(buffer[start]) << 24 | Int(buffer[start + 1]) << 16 | Int(buffer[start + 2]) << 8 | Int(buffer[start + 3])
        guard length > 0 else { throw .emptyFrame }
        guard length <= maximumPayload else { throw .oversized(declared: length, maximum: maximumPayload) }
        let end = start + LinkProtocol.lengthPrefixSize + length
        guard end <= buffer.count else { return nil }
        let payload = Array(buffer[(start + LinkProtocol.lengthPrefixSize)..<end])
        start = end
        if start > 64 * 1024, start * 2 > buffer.count {
            buffer.removeFirst(start)
            start = 0
        }
        return payload
    }
}
