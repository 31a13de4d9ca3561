import ArgumentParser
import TabletopCore
import TabletopUI

/// Measures drawing one full frame of the drill into the `Screen` (layout, wrapping, every pane): median and p99.
struct RenderBenchmark: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "render",
        abstract: "Time full-frame renders of the drill page into the cell buffer (after playing a few decisions, facilitator view on)."
    )

    @Argument(help: "A scenario file.")
    var scenario: String = "Scenarios/dependency-confusion.json"

    @Option(help: "Its playbook (for the facilitator view); an empty string for none.")
    var playbook: String = "Playbooks/dependency-confusion.json"

    @Option(help: "Frames to time.")
    var frames: Int = 5_000

    @Option(help: "Terminal columns.")
    var width: Int = 200

    @Option(help: "Terminal rows.")
    var height: Int = 60

    @Option(help: "Decisions to take first (the first offered option each time), so the timeline has history.")
    var decisions: Int = 5

    func run() throws {
        let scenarioValue = try BenchmarkInput.scenario(scenario)
        let playbookPath = playbook.isEmpty ? nil : playbook
        let playbookValue = try playbookPath.map { try BenchmarkInput.playbook($0, for: scenarioValue) }
        let setup = DrillSetup(scenario: scenarioValue, scenarioFile: FileIdentity(path: scenario, sha256: ""), playbook: playbookValue,
                               playbookFile: playbookPath.map { FileIdentity(path: $0, sha256: "") }, seed: 1)
        var app = App(setup: setup, configuration: AppConfiguration(timers: false, facilitator: true), size: Size(width: width, height: height))
        _ = app.update(.tick(1))
        _ = app.update(.key(.character("s")))
        for _ in 0..<decisions where app.isDrillRunning {
            _ = app.update(.key(.enter))
            _ = app.update(.key(.enter))
        }
        var screen = Screen(app.size)
        var wall: [Double] = [], cpu: [Double] = []
        wall.reserveCapacity(frames)
        cpu.reserveCapacity(frames)
        for frame in 0..<frames {
            _ = app.update(.key(frame.isMultiple(of: 2) ? .down : .up))
            let start = Stopwatch.now(), startCPU = Stopwatch.threadCPUNow()
            app.render(into: &screen)
            cpu.append(Double(Stopwatch.threadCPUNow() - startCPU) / 1000)
            wall.append(Double(Stopwatch.now() - start) / 1000)
        }
        // Wall time counts any preemption by other processes; CPU time is the frame's own cost.
        print(#"{"benchmark": "render", "width": \#(width), "height": \#(height), "frames": \#(frames), "timelineEntries": \#(app.session?.timeline.count ?? 0), "p50Microseconds": \#(Stopwatch.quantile(wall, 0.5)), "p99Microseconds": \#(Stopwatch.quantile(wall, 0.99)), "cpuP50Microseconds": \#(Stopwatch.quantile(cpu, 0.5)), "cpuP99Microseconds": \#(Stopwatch.quantile(cpu, 0.99))}"#)
    }
}
