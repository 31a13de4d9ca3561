import TabletopCore

/// Fuzzes the JSON reader: parses the bytes, then reads back every value and checks the reader agrees with itself.
///
/// Every input is also parsed in two parts at once wherever a place to split is found (see
/// `JSONFragment`, which real files reach from a megabyte on): the tape or the error must be the same.
enum JSONReaderFuzzing {
    /// Parses `bytes` and visits every node; traps when two ways of reading a value disagree.
    static func run(_ bytes: [UInt8]) -> FuzzOutcome {
        let document: JSONDocument
        do {
            document = try JSONDocument(bytes: bytes, splittingFrom: .max)
        } catch {
            precondition(error.offset >= 0 && error.offset <= bytes.count, "syntax error offset \(error.offset) outside the input")
            do throws(JSONSyntaxError) {
                _ = try JSONDocument(bytes: bytes, splittingFrom: 0)
                preconditionFailure("parsed in two parts, accepted where one thread reports \(error.code)")
            } catch let split {
                precondition(split == error, "parsed in two parts, \(split.code) at \(split.offset) where one thread reports \(error.code) at \(error.offset)")
            }
            return .rejected(code: error.code)
        }
        let split: JSONDocument
        do throws(JSONSyntaxError) {
            split = try JSONDocument(bytes: bytes, splittingFrom: 0)
        } catch {
            preconditionFailure("parsed in two parts, \(error.code) where one thread accepts")
        }
        precondition(split.sameTape(as: document), "parsed in two parts, another tape")
        let ancestry = document.ancestry()
        for index in ancestry.parents.indices {
            precondition(document.offset(index) < bytes.count, "node \(index) starts outside the input")
            _ = document.pointer(index, ancestry: ancestry)
            switch document.kind(index) {
            case .string:
                precondition(document.stringEquals(index, document.string(index)), "string \(index) does not equal its own text")
            case .number:
                _ = document.integer(index)
                _ = document.number(index)
                _ = document.rawText(index)
            case .object:
                for key in document.keys(index) {
                    precondition(document.member(index, document.string(key)) != nil, "key \(key) not found by name")
                }
            case .array, .null, .true, .false:
                break
            }
        }
        return .accepted
    }
}
