/// The project's own supply-chain response actions (source `.tabletop`), which RE&CT lacks.
///
/// Ids are `sc.<verb>-<object>` and are part of the scenario format: scenario and playbook
/// writers use them, so an id, once published, is never renamed or removed. Entries are
/// listed in phase order and keep this order in `ActionCatalogue.all`.
///
/// Communication steps sit in post-incident by default; a playbook expectation states its
/// own phase anyway.
enum TabletopActions {
    static let all: [CatalogueAction] = [
        // Detection and analysis
        a("sc.declare-incident", .detection, "Declare an incident",
          "Formally declare a security incident, name an incident commander and open the incident channel and log."),
        a("sc.sbom-query", .detection, "Query SBOMs for the affected component",
          "Query SBOMs and the software inventory for every product, service and image that includes the affected component or version."),
        a("sc.sbom-generate", .detection, "Generate missing SBOMs",
          "Generate SBOMs for the products, images and services that lack one, so that exposure can be assessed."),
        a("sc.verify-artifact-integrity", .detection, "Verify artifact integrity",
          "Compare the checksums, signatures and provenance of released artifacts with what the source and build records say they should be."),
        a("sc.review-ci-logs", .detection, "Review CI/CD logs",
          "Review build and deployment logs for unexpected steps, network calls, dependency changes or secret access."),
        a("sc.audit-oauth-grants", .detection, "Audit OAuth grants",
          "List the OAuth apps and tokens with access to source control, CI and cloud accounts, and flag unused or over-privileged ones."),
        a("sc.audit-repo-access", .detection, "Audit repository access",
          "Review which users, deploy keys, bots and integrations can read or write the affected repositories, and their recent activity."),
        a("sc.scan-secrets", .detection, "Scan for exposed secrets",
          "Scan repositories, their history, container images and build artifacts for committed credentials and keys."),
        a("sc.inventory-exposed-secrets", .detection, "Inventory exposed secrets",
          "List every secret the compromised system could read, with its owner, scope and uses, to plan the rotation."),
        a("sc.assess-advisory", .detection, "Assess the advisory",
          "Read the security advisory and assess whether the vulnerable code is reachable and exploitable in your systems, and how exposed they are."),
        a("sc.preserve-evidence", .detection, "Preserve evidence",
          "Preserve logs, build records, artifacts and snapshots of affected systems before they are rotated, rebuilt or expire."),

        // Containment
        a("sc.pin-dependency", .containment, "Pin the dependency",
          "Pin the affected dependency to an exact known-good version and hash in manifests and lockfiles, so builds stop taking new releases."),
        a("sc.downgrade-dependency", .containment, "Downgrade the dependency",
          "Roll the affected dependency back to the last known-good version and redeploy."),
        a("sc.block-package-version", .containment, "Block the package version",
          "Block the malicious or vulnerable package version in the internal proxy or registry, so that no build can fetch it."),
        a("sc.revoke-oauth-tokens", .containment, "Revoke OAuth tokens",
          "Revoke the OAuth tokens and app authorisations held by the compromised integration or account."),
        a("sc.disable-integration", .containment, "Disable the integration",
          "Disable the compromised third-party integration, app or webhook until it can be trusted again."),
        a("sc.rotate-ci-secrets", .containment, "Rotate CI/CD secrets",
          "Rotate the tokens, passwords and keys stored in or reachable from the CI/CD system."),
        a("sc.rotate-cloud-keys", .containment, "Rotate cloud keys",
          "Rotate the cloud access keys and service-account credentials that may have been exposed, and revoke the old ones."),
        a("sc.freeze-releases", .containment, "Freeze releases",
          "Stop publishing and deploying new builds until the pipeline is known to be clean."),
        a("sc.apply-waf-rule", .containment, "Apply a WAF rule",
          "Deploy a web application firewall rule that blocks known exploit patterns until a fix is deployed."),
        a("sc.restrict-egress", .containment, "Restrict egress",
          "Limit outbound traffic from build agents and affected services to known destinations, cutting off exfiltration and command and control."),
        a("sc.remove-vulnerable-class", .containment, "Remove the vulnerable class",
          "Remove the vulnerable class or module from deployed packages (for example JndiLookup from log4j-core) as a stopgap mitigation."),
        a("sc.isolate-build-agents", .containment, "Isolate build agents",
          "Take the affected build agents or runners offline, or cut them off from the network and from secrets."),
        a("sc.revoke-signing-keys", .containment, "Revoke signing keys",
          "Revoke code-signing and package-publishing keys that may be compromised, and publish the revocation."),

        // Eradication
        a("sc.rebuild-from-source", .eradication, "Rebuild from verified source",
          "Rebuild the affected artifacts from reviewed source on clean, trusted build infrastructure."),
        a("sc.rebuild-images", .eradication, "Rebuild container images",
          "Rebuild container images from trusted base images with the fixed dependencies, and redeploy them."),
        a("sc.reimage-hosts", .eradication, "Reimage hosts",
          "Wipe and reinstall the affected hosts and build agents from a known-good image."),
        a("sc.fork-and-patch", .eradication, "Fork and patch the dependency",
          "Fork the affected dependency and apply a fix internally when upstream cannot release one in time."),
        a("sc.replace-library", .eradication, "Replace the library",
          "Replace the compromised or abandoned dependency with a maintained alternative."),
        a("sc.purge-compromised-artifacts", .eradication, "Purge compromised artifacts",
          "Delete compromised artifacts, images and packages from registries, caches and mirrors, so that they cannot be deployed again."),

        // Recovery
        a("sc.regression-test", .recovery, "Run regression tests",
          "Run the regression and security test suites against the fixed build before it returns to production."),
        a("sc.staged-rollout", .recovery, "Roll out in stages",
          "Roll the fixed build out in stages, canary first, with health checks and a rollback plan."),
        a("sc.monitor-reinfection", .recovery, "Monitor for reinfection",
          "Watch builds, hosts and dependencies for signs that the compromise has returned after the clean-up."),
        a("sc.restore-pipeline", .recovery, "Restore the build pipeline",
          "Bring the CI/CD pipeline back into service with rotated secrets, hardened configuration and verified runners."),
        a("sc.sign-artifacts", .recovery, "Sign artifacts",
          "Sign the released artifacts and publish their provenance, so that consumers can verify them."),
        a("sc.enforce-mfa", .recovery, "Enforce MFA",
          "Require phishing-resistant multi-factor authentication for maintainer, package-publishing and CI/CD accounts."),

        // Post-incident (including communication)
        a("sc.engage-legal", .postIncident, "Engage legal counsel",
          "Bring in legal counsel to assess contractual, regulatory and disclosure obligations."),
        a("sc.notify-customers", .postIncident, "Notify customers",
          "Tell affected customers what happened, what it means for them and what they should do."),
        a("sc.notify-regulator", .postIncident, "Notify the regulator",
          "Report the incident to the relevant regulator or authority within the required deadline."),
        a("sc.report-to-registry", .postIncident, "Report to the package registry",
          "Report the malicious package or compromised maintainer account to the package registry's security team."),
        a("sc.notify-upstream", .postIncident, "Notify upstream maintainers",
          "Tell the upstream project's maintainers about the vulnerability or compromise through their security contact."),
        a("sc.publish-advisory", .postIncident, "Publish a security advisory",
          "Publish a security advisory for the affected versions, with fixes, workarounds and a CVE where one applies."),
        a("sc.brief-executives", .postIncident, "Brief executives",
          "Brief leadership on the impact, the risk, the decisions needed and the communication plan."),
        a("sc.coordinate-vendor", .postIncident, "Coordinate with the vendor",
          "Work with the affected vendor or supplier on timelines, fixes, indicators and joint communications."),
        a("sc.post-incident-review", .postIncident, "Hold a post-incident review",
          "Run a blameless post-incident review and record the findings, owners and deadlines for improvements."),
        a("sc.update-playbook", .postIncident, "Update the playbook",
          "Update the response playbook and runbooks with what the incident or drill taught."),
    ]

    /// Keeps the table above short; an explicit, non-generic call type-checks quickly.
    private static func a(_ id: String, _ phase: Phase, _ title: String, _ summary: String) -> CatalogueAction {
        CatalogueAction(id: id, title: title, summary: summary, phase: phase, source: .tabletop)
    }
}
