import DubanCore
import DubanStore
import FluentKit
import Foundation
import Testing

/// The office's assessment settings go through the store's own checks, whichever edge sends them.
@Suite struct AssessmentSettingsTests {
    @Test(arguments: StoreHarness.backends)
    func aRatingScaleWithControlCharactersOrBlankNamesIsRefusedAndChangesNothing(backend: DatabaseBackend) async throws {
        try await StoreHarness.withStore(backend) { ctx in
            let world = try await World.build(ctx)
            var weights = AssessmentWeights.standard
            weights.ratingScale = [RatingGrade(name: "合格", value: 0.8), RatingGrade(name: "不合格", value: 0.3)]
            try await PlanSettings.setWeights(planID: world.planID, weights, actor: world.supervisor, in: ctx)
            #expect(try await PlanSettings.weights(planID: world.planID, on: ctx.db).ratingScale.map(\.name).sorted() == ["不合格", "合格"])

            for bad in ["合\r格", "优\u{7}秀", "  ", "一二三四五六七八九十一"] {
                var refused = weights
                refused.ratingScale = [RatingGrade(name: bad, value: 0.5)]
                await #expect(throws: StoreError.self, "\(bad.debugDescription) is not a grade name") {
                    try await PlanSettings.setWeights(planID: world.planID, refused, actor: world.supervisor, in: ctx)
                }
            }
            #expect(try await PlanSettings.weights(planID: world.planID, on: ctx.db).ratingScale.map(\.name).sorted() == ["不合格", "合格"])
        }
    }
}
