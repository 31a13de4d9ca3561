import Testing
@testable import TabletopCore

@Suite("Action catalogue")
struct ActionCatalogueTests {
    let catalogue = ActionCatalogue.builtIn

    /// The ids scenario writers already use, with their default phases. Never rename or remove one.
    static let requiredSupplyChainIDs: [(id: String, phase: Phase)] = [
        ("sc.declare-incident", .detection), ("sc.sbom-query", .detection), ("sc.sbom-generate", .detection),
        ("sc.verify-artifact-integrity", .detection), ("sc.review-ci-logs", .detection),
        ("sc.audit-oauth-grants", .detection), ("sc.audit-repo-access", .detection), ("sc.scan-secrets", .detection),
        ("sc.inventory-exposed-secrets", .detection), ("sc.assess-advisory", .detection),
        ("sc.pin-dependency", .containment), ("sc.downgrade-dependency", .containment),
        ("sc.block-package-version", .containment), ("sc.revoke-oauth-tokens", .containment),
        ("sc.disable-integration", .containment), ("sc.rotate-ci-secrets", .containment),
        ("sc.rotate-cloud-keys", .containment), ("sc.freeze-releases", .containment),
        ("sc.apply-waf-rule", .containment), ("sc.restrict-egress", .containment),
        ("sc.remove-vulnerable-class", .containment), ("sc.isolate-build-agents", .containment),
        ("sc.rebuild-from-source", .eradication), ("sc.rebuild-images", .eradication),
        ("sc.reimage-hosts", .eradication), ("sc.fork-and-patch", .eradication),
        ("sc.replace-library", .eradication), ("sc.purge-compromised-artifacts", .eradication),
        ("sc.regression-test", .recovery), ("sc.staged-rollout", .recovery), ("sc.monitor-reinfection", .recovery),
        ("sc.restore-pipeline", .recovery), ("sc.sign-artifacts", .recovery),
        ("sc.engage-legal", .postIncident), ("sc.notify-customers", .postIncident),
        ("sc.notify-regulator", .postIncident), ("sc.report-to-registry", .postIncident),
        ("sc.notify-upstream", .postIncident), ("sc.publish-advisory", .postIncident),
        ("sc.brief-executives", .postIncident), ("sc.coordinate-vendor", .postIncident),
        ("sc.post-incident-review", .postIncident), ("sc.update-playbook", .postIncident),
    ]

    static func isActionID(_ id: String) -> Bool {
        // ^[A-Za-z0-9][A-Za-z0-9._:-]{0,63}$
        let scalars = Array(id.unicodeScalars)
        guard (1...64).contains(scalars.count) else { return false }
        func alphanumeric(_ s: Unicode.Scalar) -> Bool {
            ("a"..."z").contains(s) || ("A"..."Z").contains(s) || ("0"..."9").contains(s)
        }
        return alphanumeric(scalars[0]) && scalars.dropFirst().allSatisfy { alphanumeric($0) || "._:-".unicodeScalars.contains($0) }
    }

    // MARK: Contents

    @Test func requiredSupplyChainActionsArePresentWithTheirPhases() throws {
        for (id, phase) in Self.requiredSupplyChainIDs {
            let action = try #require(catalogue.action(id), "\(id) missing")
            #expect(action.source == .tabletop, "\(id)")
            #expect(action.phase == phase, "\(id)")
        }
    }

    @Test func supplyChainActionsAreWellFormed() {
        let tabletop = catalogue.all.filter { $0.source == .tabletop }
        #expect(tabletop.count == TabletopActions.all.count)
        #expect(tabletop.count >= Self.requiredSupplyChainIDs.count)
        for action in tabletop {
            #expect(action.id.hasPrefix("sc."), "\(action.id)")
            #expect(Self.isActionID(action.id), "\(action.id)")
            #expect(action.phase != nil, "\(action.id)")
            #expect(!action.title.isEmpty && !action.title.hasSuffix("."), "\(action.id)")
            #expect(action.summary.hasSuffix(".") && action.summary.count <= 200, "\(action.id)")
        }
    }

    @Test func everyBuiltInIDIsValidAndUnique() {
        let ids = catalogue.all.map(\.id)
        #expect(ids.allSatisfy(Self.isActionID))
        #expect(Set(ids).count == ids.count)
        // Nothing was dropped as a duplicate between the two sources.
        #expect(catalogue.count == TabletopActions.all.count + ReactActions.all.count)
        #expect(Set(TabletopActions.all.map(\.id)).isDisjoint(with: ReactActions.all.map(\.id)))
        // Look-alike folding never merges two built-in ids, so it cannot suggest the wrong one.
        #expect(Set(ids.map(ActionCatalogue.fold)).count == ids.count)
    }

    @Test func textIsSingleLinePlainText() {
        for action in catalogue.all {
            for field in [action.id, action.title, action.summary] {
                #expect(!field.unicodeScalars.contains { $0.properties.generalCategory == .control }, "\(action.id)")
                #expect(field == field.split(separator: " ", omittingEmptySubsequences: true).joined(separator: " "),
                        "\(action.id): untrimmed or doubled spaces")
            }
        }
    }

    @Test func orderIsSupplyChainThenReactByID() {
        let sources = catalogue.all.map(\.source)
        let firstReact = sources.firstIndex(of: .react) ?? sources.count
        #expect(sources[..<firstReact].allSatisfy { $0 == .tabletop })
        #expect(sources[firstReact...].allSatisfy { $0 == .react })
        let tabletopPhases = catalogue.all[..<firstReact].compactMap(\.phase)
        #expect(tabletopPhases == tabletopPhases.sorted())
        let reactIDs = catalogue.all[firstReact...].map(\.id)
        #expect(reactIDs == reactIDs.sorted())
    }

    @Test func lookupIsExactAndCaseSensitive() {
        #expect(catalogue.action("RA4601")?.title == "Revoke authentication credentials")
        #expect(catalogue.contains("sc.pin-dependency"))
        #expect(!catalogue.contains("ra4601"))
        #expect(!catalogue.contains(" RA4601"))
        #expect(catalogue.action("") == nil)
    }

    // MARK: Search

    @Test func searchRanksIDThenTitleThenSummary() {
        let results = catalogue.search("revoke").map(\.id)
        #expect(Array(results.prefix(4)) == ["sc.revoke-oauth-tokens", "sc.revoke-signing-keys", "RA1604", "RA4601"])
        // Only in the summary: "... and revoke the old ones", "... revoke credentials ...".
        #expect(results.contains("sc.rotate-cloud-keys"))
        #expect(results.contains("RA1601"))
        #expect(results.firstIndex(of: "sc.rotate-cloud-keys")! > results.firstIndex(of: "RA4601")!)
    }

    @Test func searchPutsAnExactIDFirstAndIgnoresCase() {
        #expect(catalogue.search("ra4601").map(\.id) == ["RA4601"])
        #expect(catalogue.search("RA460").map(\.id) == ["RA4601", "RA4602"])
        #expect(catalogue.search("sc.rebuild").map(\.id) == ["sc.rebuild-from-source", "sc.rebuild-images"])
    }

    @Test func searchNeedsEveryWord() {
        let results = catalogue.search("  Block   EMAIL ")
        #expect(!results.isEmpty)
        for action in results {
            let text = (action.id + " " + action.title + " " + action.summary).lowercased()
            #expect(text.contains("block") && text.contains("email"), "\(action.id)")
        }
        // Words may be split between id and title; that ranks as a title match, above summaries.
        #expect(catalogue.search("ra32 block").map(\.id) == ["RA3201", "RA3202"])
        #expect(catalogue.search("oauth revoke").first?.id == "sc.revoke-oauth-tokens")
        #expect(catalogue.search("xylophone").isEmpty)
        #expect(catalogue.search("   ").count == catalogue.count)
    }

    // MARK: Suggestions

    @Test(arguments: [
        ("ra4601", "RA4601"),
        ("RA46O1", "RA4601"),
        ("sc.pin-dependancy", "sc.pin-dependency"),
        ("SC.PIN-DEPENDENCY", "sc.pin-dependency"),
        ("sc.pin_dependency", "sc.pin-dependency"),
        (" RA4601 ", "RA4601"),
        ("RA1O01", "RA1001"),
        ("sc.rotate-ci-secret", "sc.rotate-ci-secrets"),
        ("sc.declare-incidnet", "sc.declare-incident"),
        ("sc.revoke-tokens", "sc.revoke-oauth-tokens"),
        ("lock-account", "RA3601"),
        ("notify-customer", "sc.notify-customers"),
        ("revoke-credentials", "RA4601"),
        ("block-ip", "RA3101"),
        ("sc.isolate-host", "sc.isolate-build-agents"),
    ])
    func suggestsTheIntendedID(unknown: String, expected: String) {
        #expect(catalogue.suggestion(for: unknown) == expected)
    }

    @Test(arguments: ["zzz-qqq", "sc.teleport-datacentre", "RA9999", "", "  ", "RA4601", "x"])
    func suggestsNothingWhenNothingIsClose(unknown: String) {
        #expect(catalogue.suggestion(for: unknown) == nil)
    }

    // MARK: Scenario actions

    @Test func addingDeclaresScenarioActionsButNeverRedefinesBuiltIns() throws {
        let extended = catalogue.adding([
            (id: "x.page-oncall", title: "Page the on-call engineer"),
            (id: "RA4601", title: "Something else"),
            (id: "x.page-oncall", title: "Second declaration"),
            (id: "a.first", title: "First by id"),
        ])
        #expect(extended.count == catalogue.count + 2)
        let declared = try #require(extended.action("x.page-oncall"))
        #expect(declared == CatalogueAction(id: "x.page-oncall", title: "Page the on-call engineer",
                                           summary: "", phase: nil, source: .scenario))
        // The built-in entry wins.
        #expect(extended.action("RA4601") == catalogue.action("RA4601"))
        // Scenario actions come last, sorted by id; the built-in catalogue is untouched.
        #expect(extended.all.suffix(2).map(\.id) == ["a.first", "x.page-oncall"])
        #expect(Array(extended.all.prefix(catalogue.count)) == catalogue.all)
        #expect(!catalogue.contains("x.page-oncall"))
        // Scenario actions take part in search and suggestions.
        #expect(extended.search("on-call").map(\.id) == ["x.page-oncall"])
        #expect(extended.suggestion(for: "x.page-oncal") == "x.page-oncall")
    }

    @Test func addingTwiceKeepsOrderAndFirstDeclaration() {
        let once = catalogue.adding([(id: "z.last", title: "Z")])
        let twice = once.adding([(id: "b.middle", title: "B"), (id: "z.last", title: "Other")])
        #expect(twice.all.suffix(2).map(\.id) == ["b.middle", "z.last"])
        #expect(twice.action("z.last")?.title == "Z")
        #expect(twice.action("b.middle")?.source == .scenario)
        #expect(catalogue.adding([]).count == catalogue.count)
        #expect(catalogue.adding([(id: "sc.pin-dependency", title: "Mine")]).action("sc.pin-dependency")?.source == .tabletop)
    }

    @Test func builtInIsSharedAcrossTasks() async {
        let counts = await withTaskGroup(of: Int.self) { group in
            for _ in 0..<8 { group.addTask { ActionCatalogue.builtIn.count } }
            return await group.reduce(into: []) { $0.append($1) }
        }
        #expect(Set(counts) == [catalogue.count])
    }
}
