extension Journal {
    /// The first line that breaks the journal's integrity: not a valid entry, out of sequence, or edited (its hash is not the next line's `prev`).
    ///
    /// A gap in `seq` is a deletion; a `seq` that turns up later is a reordering; a `prev` that does not match
    /// the previous line's hash means that previous line was edited. The last line has no successor to vouch
    /// for it: replay checks what it records.
    public func chainProblem() -> JournalProblem? {
        for (position, line) in lines.enumerated() {
            let entry: JournalEntry
            switch line.entry {
            case .success(let value):
                entry = value
            case .failure(let error):
                let kind: JournalProblem.Kind = position == 0 ? .invalid : .edited
                return JournalProblem(kind, "not a valid journal line: \(error.message)", file: path, line: line.number, column: column(of: error, in: line))
            }
            if entry.seq != position {
                return sequenceProblem(at: position, seq: entry.seq)
            }
            if case .started = entry.event, position > 0 {
                return JournalProblem(.invalid, "a second 'started' line: only the first line starts a session", file: path, line: line.number)
            }
            if position == 0, entry.event.type != "started" {
                return JournalProblem(.invalid, "not a session journal: the first line must be of type 'started', found '\(entry.event.type)'", file: path, line: line.number)
            }
            let expected = position == 0 ? JournalEntry.firstPrev : lines[position - 1].hash
            if entry.prev != expected {
                if position == 0 {
                    return JournalProblem(.edited, "the first line's 'prev' must be 64 zeros", file: path, line: line.number)
                }
                return JournalProblem(.edited, "this line's SHA-256 is not the 'prev' recorded on line \(line.number)", file: path, line: lines[position - 1].number)
            }
        }
        return nil
    }

    /// Explains a `seq` that is not the line's position: lines deleted before it, or lines swapped.
    private func sequenceProblem(at position: Int, seq: Int) -> JournalProblem {
        let number = lines[position].number
        if seq > position {
            let laterLine = lines[(position + 1)...].first { line in
                if case .success(let entry) = line.entry { return entry.seq == position }
                return false
            }
            if let laterLine {
                return JournalProblem(.reordered, "seq \(seq) is here but seq \(position) comes later, on line \(laterLine.number)", file: path, line: number)
            }
            let missing = seq - position
            if position == 0 {
                return JournalProblem(.deleted, "the journal starts at seq \(seq): the first \(missing == 1 ? "line is" : "\(missing) lines are") missing", file: path, line: number)
            }
            return JournalProblem(.deleted, "seq jumps from \(position - 1) to \(seq): \(missing) line\(missing == 1 ? " is" : "s are") missing before this one", file: path, line: number)
        }
        return JournalProblem(.reordered, "seq \(seq) comes after seq \(position - 1): lines are out of order or repeated", file: path, line: number)
    }
}
