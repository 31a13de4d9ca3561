/// An after-action report and improvement plan in the HSEEP layout, built from a replayed journal: the facts every report format renders.
///
/// Text is kept as recorded; each renderer strips terminal controls with `SafeText` and escapes for its format.
public struct AfterActionReport: Sendable {
    /// 1. Exercise overview.
    public struct Overview: Sendable {
        public var scenarioID: String
        public var scenarioTitle: String
        public var scenarioSummary: String
        public var playbookID: String?
        public var playbookTitle: String?
        /// The first and last lines' wall times.
        public var startedAt: Timestamp
        public var finishedAt: Timestamp
        /// Wall time spent paused, in milliseconds.
        public var pausedMilliseconds: Int64
        /// Scenario minutes at the end.
        public var scenarioMinutes: Int
        public var participants: [RoleParticipants]
        public var objectives: [String]
    }

    /// Who played a role.
    public struct RoleParticipants: Sendable {
        public var roleID: String
        public var roleName: String
        /// The names given for the role (empty when nobody was named).
        public var names: [String]
    }

    /// 2. Executive summary.
    public struct Summary: Sendable {
        public var endingID: String?
        public var endingTitle: String?
        public var outcome: Outcome?
        public var score: Double?
        public var rating: Rating?
        public var decisions: Int
    }

    /// 3. One row of the timeline: a journal line as people read it.
    public struct TimelineRow: Sendable {
        public enum Kind: String, Sendable {
            case scene, inject, decision, note, pause, resume, ended, quit
            /// A participant joined or left a hosted drill.
            case joined, left
        }

        public var line: Int
        public var at: Timestamp
        public var clock: Int
        public var kind: Kind
        /// The title of the scene the team was in.
        public var scene: String?
        /// What happened, in a few words: `Decision 2: Query the SBOM store`, `Chat from Dana`.
        public var title: String
        /// The longer text: an inject's message, a note, an ending's narrative.
        public var detail: String?
        /// For decisions: the role's name and the people who play it.
        public var role: String?
        public var people: [String]
        public var rationale: String?
        public var actions: [String]
        /// For decisions: the option's label (or `time ran out`), the decision as recorded (ids, rolls, time taken) and its 1-based number.
        public var option: String?
        public var decision: JournalDecision?
        public var sequence: Int?
        /// For decisions of a hosted drill: the votes standing when the facilitator committed it, in the order last cast.
        public var votes: [Vote] = []
    }

    /// A participant's vote standing at a decision of a hosted drill, with the argument it gave.
    public struct Vote: Sendable {
        public var name: String
        public var roleID: String
        public var role: String
        public var optionID: String
        /// The option's label as the scenario gives it.
        public var option: String
        public var argument: String?
    }

    /// 4. One phase's rating, strengths and areas for improvement (`phase` nil: items that belong to no rated phase).
    public struct PhaseAnalysis: Sendable {
        public var phase: Phase?
        public var rating: Rating?
        public var earned: Double
        public var possible: Int
        public var strengths: [Finding]
        public var improvements: [Finding]
    }

    /// An expectation met, partly met or missed, or an avoid item taken.
    public struct Finding: Sendable {
        public enum Status: String, Sendable {
            case met, partial, missed, taken
        }

        /// The expectation or avoid item id.
        public var id: String
        public var title: String
        public var status: Status
        /// How it went: `done at T+00:10 (decision 1)`, `late: done at T+01:40, due by T+01:00`.
        public var detail: String
        /// The playbook's reason.
        public var why: String
        public var critical: Bool
        public var phase: Phase?
        /// The owner role's id and name.
        public var ownerID: String?
        public var owner: String?
        /// For partial credit: `late`, `out-of-order`.
        public var reasons: [String]
    }

    /// 5. One row of the improvement plan.
    public struct PlanItem: Sendable {
        public enum Priority: String, Sendable, Comparable {
            case critical, high, medium

            public static func < (lhs: Priority, rhs: Priority) -> Bool {
                [Priority.critical, .high, .medium].firstIndex(of: lhs)! < [Priority.critical, .high, .medium].firstIndex(of: rhs)!
            }
        }

        public var priority: Priority
        /// The finding's id.
        public var id: String
        public var issue: String
        public var correctiveAction: String
        public var phase: Phase?
        /// The owner role's name, or `Unassigned`.
        public var owner: String
    }

    /// A playbook deadline and when (if ever) the team met it, for the clock chart.
    public struct Deadline: Sendable {
        public var id: String
        public var title: String
        public var by: Int
        /// The clock of the first decision that performed it.
        public var doneAt: Int?
    }

    /// A decision on the scenario clock, for the clock chart.
    public struct DecisionMark: Sendable {
        public var sequence: Int
        public var clock: Int
        public var option: String
    }

    /// 6. Appendix.
    public struct Appendix: Sendable {
        /// The journal's file name (no local folders in a report handed around).
        public var journal: String
        public var seed: UInt64
        public var scenarioFile: FileIdentity
        public var playbookFile: FileIdentity?
        /// The program that recorded the session and the one that wrote the report.
        public var recordedBy: String
        public var reportedBy: String
        /// `nil` when the journal verified intact; else the first problem.
        public var verificationProblem: String?
    }

    public var overview: Overview
    public var summary: Summary
    public var timeline: [TimelineRow]
    public var phases: [PhaseAnalysis]
    public var plan: [PlanItem]
    public var deadlines: [Deadline]
    public var decisions: [DecisionMark]
    public var appendix: Appendix
}
