import Testing
import Vapor

@testable import DubanWeb

/// The pages' addresses: every `SiteURL` is a route the server answers, and a link fills in the
/// pattern as the router reads it.
@Suite(.serialized) struct SiteURLTests {
    @Test func everySiteURLIsARegisteredRoute() async throws {
        try await WebWorld.with { world in
            let registered = Set(world.app.routes.all.map { "/" + $0.path.map(\.description).joined(separator: "/") })
            for url in SiteURL.allCases {
                #expect(registered.contains(url.rawValue), "\(url) (\(url.rawValue)) is linked but no route answers it")
            }
        }
    }

    @Test func linksFillInThePattern() {
        #expect(SiteURL.plan.path(12) == "/plans/12")
        #expect(SiteURL.task.path(7, done: "urge") == "/tasks/7?done=urge")
        #expect(SiteURL.plan.path(3, done: "edit", fragment: "task-9") == "/plans/3?done=edit#task-9")
        #expect(SiteURL.directory.path(fragment: "unit-4") == "/directory#unit-4")
        #expect(SiteURL.home.path() == "/")
        #expect(SiteURL.home.components.isEmpty)
        #expect(SiteURL.directoryUnitAliasRemoval.components.map(\.description) == ["directory", "units", ":id", "aliases", "remove"])
    }

    @Test func patternsAreDistinctAndTakeAtMostOneID() {
        #expect(Set(SiteURL.allCases.map(\.rawValue)).count == SiteURL.allCases.count)
        for url in SiteURL.allCases {
            #expect(url.segments.filter { $0 == SiteURL.idParameter }.count <= 1, "\(url.rawValue)")
            #expect(url.segments.allSatisfy { !$0.isEmpty && !$0.contains("?") && !$0.contains("#") }, "\(url.rawValue)")
        }
    }
}
