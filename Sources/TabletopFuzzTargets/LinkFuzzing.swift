import TabletopCore

/// Fuzzes the host-and-join protocol: a byte stream read as frames, each frame's message, and what the reader does with it.
///
/// The first byte chooses the direction (bit 0: 0 for what the host reads from a participant, 1 for what a participant
/// reads from the host) and how many bytes arrive at a time (`byte >> 1`, plus 1), as a socket splits a stream.
enum LinkFuzzing {
    /// Reads the rest of `bytes` as a stream of frames in the direction the first byte chooses.
    ///
    /// The outcome is `accepted` when every frame is a valid message and no frame is left half-read, else the first
    /// problem: `empty-frame`, `oversized-frame`, `invalid-message`, `vote-before-hello` or `torn-frame`.
    static func run(_ bytes: [UInt8]) -> FuzzOutcome {
        guard let header = bytes.first else { return .accepted }
        let stream = bytes.dropFirst()
        let chunk = Int(header >> 1) + 1
        if header & 1 == 0 {
            var host = HostSide()
            return read(stream, chunk: chunk, maximumPayload: LinkProtocol.maximumParticipantPayload) { (payload) throws(Refusal) in
                try host.receive(payload)
            }
        }
        var participant = ParticipantSide()
        return read(stream, chunk: chunk, maximumPayload: LinkProtocol.maximumHostPayload) { (payload) throws(Refusal) in
            try participant.receive(payload)
        }
    }

    /// Why a stream stopped being read.
    private struct Refusal: Error {
        var code: String
    }

    /// Feeds `stream` to a frame decoder `chunk` bytes at a time and hands each payload to `handle`.
    private static func read(_ stream: ArraySlice<UInt8>, chunk: Int, maximumPayload: Int,
                             handle: (_ payload: [UInt8]) throws(Refusal) -> Void) -> FuzzOutcome {
        var decoder = LinkFrameDecoder(maximumPayload: maximumPayload)
        var offset = stream.startIndex
        do throws(Refusal) {
            while offset < stream.endIndex {
                let end = min(offset + chunk, stream.endIndex)
                decoder.append(stream[offset..<end])
                offset = end
                while let payload = try frame(&decoder) { try handle(payload) }
            }
        } catch {
            return .rejected(code: error.code)
        }
        return decoder.bufferedCount == 0 ? .accepted : .rejected(code: "torn-frame")
    }

    /// The decoder's next payload, its error as a refusal.
    private static func frame(_ decoder: inout LinkFrameDecoder) throws(Refusal) -> [UInt8]? {
        do {
            return try decoder.next()
        } catch .emptyFrame {
            throw Refusal(code: "empty-frame")
        } catch {
            throw Refusal(code: "oversized-frame")
        }
    }

    /// The host's reading of one connection after another: `hello` names who casts the votes, withdrawals and leaves that follow.
    private struct HostSide {
        var voter: Participant?
        var voters: [Participant] = []
        var options: [String] = []
        var tally = VoteTally()

        /// Decodes one participant message, checks it reads back as itself, applies it to the tally and reads the tally.
        mutating func receive(_ payload: [UInt8]) throws(Refusal) {
            guard let message = try? ParticipantMessage(payload: payload) else { throw Refusal(code: "invalid-message") }
            precondition((try? ParticipantMessage(payload: message.payload)) == message, "a participant message does not read back as itself")
            if case .hello(let hello) = message {
                voter = hello.participant
                if !voters.contains(hello.participant) { voters.append(hello.participant) }
                return
            }
            guard let voter else { throw Refusal(code: "vote-before-hello") }
            switch message {
            case .vote(let vote):
                if !options.contains(vote.option) { options.append(vote.option) }
                tally.cast(voter, option: vote.option, argument: vote.argument)
                precondition(tally.ballot(of: voter)?.option == vote.option, "a cast vote is not the voter's ballot")
            case .withdraw, .leave:
                tally.withdraw(voter)
                precondition(tally.ballot(of: voter) == nil, "a withdrawn vote is still counted")
            case .hello:
                break
            }
            summarize()
        }

        /// Reads the tally as the host's screen and journal do.
        func summarize() {
            LinkFuzzing.summarize(tally, options: options, voters: voters)
        }
    }

    /// Reads a tally as the screens and the journal do: each option's votes and rationale, the leader and the consensus.
    private static func summarize(_ tally: VoteTally, options: [String], voters: [Participant]) {
        for option in options { _ = tally.rationale(for: option).map(SafeText.singleLine) }
        if let leader = tally.leader(in: options) { precondition(tally.count(for: leader) > 0, "the leading option has no votes") }
        if let consensus = tally.consensus(of: voters) {
            precondition(voters.allSatisfy { tally.ballot(of: $0)?.option == consensus }, "a consensus some voter does not share")
        }
    }

    /// A participant's reading of the host: each message applied to its mirror.
    private struct ParticipantSide {
        var mirror = ParticipantMirror(me: Participant(role: "legal", name: "fuzz"))

        /// Decodes one host message, checks that one sent unchanged reads back as itself, and applies it.
        mutating func receive(_ payload: [UInt8]) throws(Refusal) {
            guard let message = try? HostMessage(payload: payload) else { throw Refusal(code: "invalid-message") }
            let sent = message.payload
            guard let readBack = try? HostMessage(payload: sent) else { preconditionFailure("a host message's payload does not read back") }
            // Only a snapshot can be cut (its oldest timeline entries dropped to fit a frame); a whole message reads back as itself.
            var whole = true
            if case .snapshot = message { whole = sent == Array(message.json.rendered().utf8) }
            if whole { precondition(readBack == message, "a host message does not read back as itself") }
            mirror.apply(message)
            summarize()
        }

        /// Reads the mirror as the participant's screen does: its vote, each option's owner, the tally, the texts made safe.
        func summarize() {
            _ = mirror.myVote
            guard let snapshot = mirror.snapshot else { return }
            for option in snapshot.drill.options { _ = mirror.isOwnedByAnotherRole(option) }
            LinkFuzzing.summarize(snapshot.tally, options: snapshot.drill.options.map(\.id), voters: snapshot.roster)
            if let scene = snapshot.drill.scene { _ = SafeText.multiline(scene.narrative) }
            for entry in snapshot.drill.timeline { _ = SafeText.multiline(entry.text) }
        }
    }
}
