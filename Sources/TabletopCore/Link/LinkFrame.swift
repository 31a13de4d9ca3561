/// The framing of the protocol: a 4-byte big-endian payload length, then that many bytes of UTF-8 JSON.
public enum LinkFrame {
    /// The frame carrying `payload`: its length prefix followed by its bytes.
    public static func encode(_ payload: [UInt8]) -> [UInt8] {
        var frame: [UInt8] = []
        frame.reserveCapacity(LinkProtocol.lengthPrefixSize + payload.count)
        let length = UInt32(truncatingIfNeeded: payload.count)
        frame.append(UInt8(truncatingIfNeeded: length >> 24))
        frame.append(UInt8(truncatingIfNeeded: length >> 16))
        frame.append(UInt8(truncatingIfNeeded: length >> 8))
        frame.append(UInt8(truncatingIfNeeded: length))
        frame.append(contentsOf: payload)
        return frame
    }

    /// The frame carrying `text` as UTF-8.
    public static func encode(_ text: String) -> [UInt8] {
        encode(Array(text.utf8))
    }
}
