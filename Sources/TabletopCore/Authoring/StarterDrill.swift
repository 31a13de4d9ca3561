/// The starter drill `tabletop new` writes: a scenario and its playbook that validate without a warning, explore without a dead end, and use every feature of the formats.
///
/// docs/authoring.md walks through it part by part.
/// ```
/// let written = try StarterDrill.write(id: "vendor-outage", into: ".")
/// // ["./Scenarios/vendor-outage.json", "./Playbooks/vendor-outage.json", ...]
/// ```
public enum StarterDrill {
    /// The scenario file for a drill with this id (a valid id, see `Identifiers.isValidID`).
    public static func scenario(id: String) -> String {
        fill(scenarioTemplate, id: id)
    }

    /// The playbook file for a drill with this id.
    public static func playbook(id: String) -> String {
        fill(playbookTemplate, id: id)
    }

    /// Writes `Scenarios/ID.json`, `Playbooks/ID.json` and, when missing, `Schemas/` under `folder`; returns the paths written.
    ///
    /// Nothing is written when the scenario or playbook file already exists (73).
    public static func write(id: String, into folder: String) throws(FileWriteError) -> [String] {
        let scenarioPath = FilePath.join(folder, "Scenarios/\(id).json")
        let playbookPath = FilePath.join(folder, "Playbooks/\(id).json")
        for path in [scenarioPath, playbookPath] where FilePath.exists(path) {
            throw FileWriteError(path: path, message: "already exists; choose another id or remove the file", status: .cantCreate)
        }
        var files = [(scenarioPath, scenario(id: id)), (playbookPath, playbook(id: id))]
        for (name, text) in [("scenario", SchemaText.scenario), ("playbook", SchemaText.playbook)] {
            let path = FilePath.join(folder, "Schemas/\(name).schema.json")
            if !FilePath.exists(path) { files.append((path, text)) }
        }
        for (path, text) in files {
            try DurableFile.makeDirectories(FilePath.directory(of: path), mode: 0o755)
            try OutputFile.write(Array(text.utf8), to: path)
        }
        return files.map(\.0)
    }

    /// A title made from an id: `vendor-outage` becomes `Vendor outage`.
    static func title(for id: String) -> String {
        let words = id.split(separator: "-").joined(separator: " ")
        return words.prefix(1).uppercased() + words.dropFirst()
    }

    private static func fill(_ template: String, id: String) -> String {
        template.replacing("{{ID}}", with: id).replacing("{{TITLE}}", with: title(for: id))
    }

    private static let scenarioTemplate = #"""
    {
      "$schema": "../Schemas/scenario.schema.json",
      "format": "tabletop-scenario/1",
      "id": "{{ID}}",
      "title": "{{TITLE}}",
      "summary": "A starter drill written by 'tabletop new': a rogue package in the build. Replace the story with yours; keep what you need of the structure.",
      "x-note": "Keys that start with x- are ignored by tabletop: use them for notes. docs/authoring.md explains every part of this file.",
      "tags": ["starter", "supply-chain"],
      "difficulty": "introductory",
      "estimatedMinutes": 20,
      "author": "Your name",
      "version": "0.1.0",
      "objectives": [
        "Scope a compromised dependency from data, not memory.",
        "Contain it before the next build, then rebuild from clean source."
      ],
      "references": [
        {"title": "CISA: Defending against software supply chain attacks", "url": "https://www.cisa.gov/resources-tools/resources/defending-against-software-supply-chain-attacks"}
      ],
      "roles": [
        {"id": "ic", "name": "Incident commander", "brief": "Runs the response and owns the clock."},
        {"id": "platform", "name": "Platform lead", "brief": "Owns CI, the package proxy and the build agents."},
        {"id": "comms", "name": "Communications lead", "brief": "Owns what customers and the press hear."}
      ],
      "variables": {
        "exposure": {"type": "int", "initial": 2, "min": 0, "max": 10, "label": "Exposure"},
        "contained": {"type": "bool", "initial": false, "label": "Package blocked"},
        "pressure": {"type": "enum", "values": ["quiet", "asking", "public"], "initial": "quiet", "label": "Outside pressure"},
        "luck": {"type": "int", "initial": 1, "min": 1, "max": 6, "hidden": true}
      },
      "actions": {
        "x.wait-for-vendor": "Wait for the vendor's statement before acting"
      },
      "start": "alert",
      "scenes": [
        {
          "id": "alert",
          "title": "An odd connection from CI",
          "phase": "detection",
          "narrative": "Tuesday, 09:10. The EDR on a build agent flags an outbound connection from a package's install script during last night's build.",
          "injects": [
            {"from": "EDR", "channel": "alert", "text": "HIGH outbound connection from build-agent-07\nprocess: node postinstall.js\ndest: 203.0.113.77:443"}
          ],
          "prompt": "How do you respond?",
          "options": [
            {"id": "declare", "label": "Declare an incident and open a bridge", "role": "ic", "actions": ["sc.declare-incident"], "takes": "10m", "feedback": "Everyone knows who decides.", "next": "triage"},
            {"id": "watch", "label": "Keep watching for now", "effects": [{"add": "exposure", "by": 2}], "takes": "1h", "feedback": "Two more builds pull the package while you watch.", "next": "triage"}
          ]
        },
        {
          "id": "triage",
          "title": "Where did it go?",
          "phase": "detection",
          "narrative": "The lockfile changed last night: a public package now shadows an internal one.",
          "injects": [
            {"from": "On-call engineer", "channel": "chat", "text": "two more builds pulled it while we waited", "when": "chose('alert/watch')"}
          ],
          "prompt": "How do you find every build that pulled it?",
          "options": [
            {"id": "sbom", "label": "Query the SBOM store", "role": "platform", "actions": ["sc.sbom-query"], "takes": "30m", "feedback": "Eleven builds across four services.", "next": "contain"},
            {"id": "guess", "label": "Check the services you remember", "role": "platform", "effects": [{"add": "exposure", "by": 1}], "takes": "15m", "feedback": "Quick, but you miss two services.", "next": "contain"}
          ]
        },
        {
          "id": "contain",
          "title": "The next build starts soon",
          "phase": "containment",
          "narrative": "Every build that resolves dependencies can pull the package again.",
          "prompt": "The next build starts in two minutes. What do you do?",
          "timeLimit": "2m",
          "onTimeout": {"effects": [{"add": "exposure", "by": 2}], "takes": "30m", "feedback": "While the team talked, two more builds pulled it.", "next": "vendor"},
          "options": [
            {"id": "block", "label": "Block the package in the proxy and pin the version", "role": "platform", "actions": ["sc.block-package-version", "sc.pin-dependency"], "effects": [{"set": "contained", "to": true}], "takes": "20m", "next": "vendor"},
            {"id": "isolate", "label": "Take the affected build agents offline", "role": "platform", "actions": ["sc.isolate-build-agents"], "effects": [{"add": "exposure", "by": 1}], "takes": "15m", "feedback": "Other agents still resolve the package.", "next": "vendor"}
          ]
        },
        {
          "id": "vendor",
          "title": "Clean up",
          "phase": "eradication",
          "narrative": "Artefacts built while the package was in the tree may carry its code.",
          "injects": [
            {"from": "Package vendor", "channel": "email", "text": "We confirm the version you blocked was published with a stolen token.", "when": "did('sc.block-package-version')"}
          ],
          "prompt": "What do you do with the affected artefacts?",
          "options": [
            {"id": "rebuild", "label": "Rebuild everything from clean source", "role": "platform", "actions": ["sc.rebuild-from-source"], "effects": [{"roll": "luck", "sides": 6}], "takes": "2h", "next": [{"to": "leak", "when": "not contained and (luck == 1 or exposure >= 5)"}, {"to": "comms"}]},
            {"id": "rollback", "label": "Roll the pipeline back to last week's state", "role": "platform", "when": "not contained", "actions": ["sc.restore-pipeline"], "takes": "45m", "next": "comms"},
            {"id": "wait-vendor", "label": "Wait for the vendor's statement", "role": "ic", "actions": ["x.wait-for-vendor"], "effects": [{"set": "pressure", "to": "asking"}], "takes": "3h", "next": "comms"}
          ]
        },
        {
          "id": "leak",
          "title": "A token was used",
          "phase": "containment",
          "narrative": "A CI token the package could read was used an hour ago from an unknown address.",
          "prompt": "What now?",
          "options": [
            {"id": "rotate", "label": "Rotate every CI secret", "role": "platform", "actions": ["sc.rotate-ci-secrets"], "effects": [{"add": "exposure", "by": 2}, {"set": "pressure", "to": "public"}], "takes": "1h", "next": "comms"}
          ]
        },
        {
          "id": "comms",
          "title": "Customers are asking",
          "phase": "post-incident",
          "narrative": "Two customers noticed unusual activity.",
          "injects": [
            {"from": "Tech press", "channel": "news", "text": "Company silent on suspicious release", "when": "pressure == 'public'"}
          ],
          "prompt": "What do you tell customers?",
          "options": [
            {"id": "notify", "label": "Notify affected customers with what you know", "role": "comms", "actions": ["sc.notify-customers"], "takes": "1h", "next": [
              {"to": "resolved", "when": "contained and exposure <= 4 and not visited('leak')"},
              {"to": "breach", "when": "exposure >= 8"},
              {"to": "loose-ends"}
            ]},
            {"id": "silence", "label": "Say nothing until the review is done", "role": "comms", "when": "elapsed() < 8h", "effects": [{"set": "pressure", "to": "public"}], "takes": "30m", "next": [
              {"to": "breach", "when": "exposure + 2 >= 6"},
              {"to": "loose-ends"}
            ]}
          ]
        }
      ],
      "endings": [
        {"id": "resolved", "title": "Contained and disclosed", "narrative": "The package never ran again and customers heard it from you first.", "outcome": "success"},
        {"id": "loose-ends", "title": "Recovered, with loose ends", "narrative": "The builds are clean, but something was left undone.", "outcome": "partial"},
        {"id": "breach", "title": "A public breach", "narrative": "The compromise spread, or the silence became the story.", "outcome": "failure"}
      ],
      "injects": [
        {"id": "proxy-log", "at": "0m", "from": "Package proxy", "channel": "log", "text": "GET /internal-utils 200 upstream=public version=9.9.9"},
        {"id": "reporter", "at": "3h", "when": "not did('sc.notify-customers')", "from": "Reporter", "channel": "email", "text": "We hear your builds were compromised. Any comment?", "effects": [{"set": "pressure", "to": "asking"}]}
      ]
    }

    """#

    private static let playbookTemplate = #"""
    {
      "$schema": "../Schemas/playbook.schema.json",
      "format": "tabletop-playbook/1",
      "id": "{{ID}}",
      "title": "{{TITLE}}: response playbook",
      "summary": "What a prepared team does; the drill is scored against it.",
      "scenarios": ["{{ID}}"],
      "partialCredit": 0.5,
      "expectations": [
        {"id": "declare", "title": "Declare an incident within 30 minutes", "phase": "detection", "action": "sc.declare-incident", "by": "30m", "owner": "ic", "why": "A declared incident gets a commander, a channel and a clock."},
        {"id": "scope", "title": "Scope the spread from data", "phase": "detection", "anyOf": ["sc.sbom-query", "sc.verify-artifact-integrity"], "weight": 2, "by": "2h", "after": ["declare"], "owner": "platform", "why": "An SBOM query finds every build, not just the ones you remember."},
        {"id": "block", "title": "Block the package before the next build", "phase": "containment", "action": "sc.block-package-version", "weight": 2, "by": "3h", "after": ["scope"], "critical": true, "owner": "platform", "why": "Every build that resolves it is a new infection."},
        {"id": "rebuild", "title": "Rebuild from clean source", "phase": "eradication", "action": "sc.rebuild-from-source", "weight": 2, "after": ["block"], "owner": "platform", "why": "Only a rebuild removes the doubt about what was built."},
        {"id": "notify", "title": "Tell customers within 6 hours", "phase": "post-incident", "action": "sc.notify-customers", "weight": 2, "by": "6h", "owner": "comms", "why": "Customers forgive an incident more readily than silence."}
      ],
      "avoid": [
        {"id": "wait-vendor", "title": "Waiting for the vendor before acting", "action": "x.wait-for-vendor", "penalty": 1, "phase": "eradication", "why": "The vendor's timeline is not yours."}
      ]
    }

    """#
}
