import DubanCore
import DubanStrings
import FluentKit
import Foundation

/// 审核: the office accepts a report or returns it with a reason; only accepted reports count.
public enum Reviews {
    public static func review(reportID: Int, accept: Bool, reason: String, actor: Actor, in context: StoreContext) async throws {
        let reason = reason.trimmingCharacters(in: .whitespacesAndNewlines)
        if !accept && reason.isEmpty { throw StoreError.invalid(Strings.Store.returnNeedsReason) }
        try await context.write { ctx in
            guard let report = try await ReportRecord.find(reportID, on: ctx.db) else { throw StoreError.notFound(Strings.Store.reportNotFound) }
            let loaded = try await TaskSubject.load(report.taskID, on: ctx.db)
            try Guard.require(actor, .reviewReport, loaded.subject)
            try await ReviewIndependence.check(authorAccountID: report.accountID, reviewer: actor, on: ctx.db)
            guard report.status == ReportStatus.submitted.rawValue else { throw StoreError.conflict(Strings.Store.alreadyReviewed) }
            let before = report.status
            report.status = accept ? ReportStatus.accepted.rawValue : ReportStatus.returned.rawValue
            report.reviewReason = reason.isEmpty ? nil : reason
            report.reviewedBy = actor.accountID
            report.reviewedAt = ctx.now
            try await report.save(on: ctx.db)
            let title = accept ? Strings.Notify.reportAccepted(loaded.task.displayLabel) : Strings.Notify.reportReturned(loaded.task.displayLabel)
            try await Notifications.notifyUnits(
                [report.unitID], kind: accept ? "report.accepted" : "report.returned",
                title: title, body: reason, taskID: report.taskID, on: ctx.db)
            try await ctx.audit(
                actor, accept ? "report.accept" : "report.return", "report", reportID,
                governmentID: loaded.task.governmentID, before: before,
                after: JSONText.encode(["status": report.status, "reason": reason]))
            // A parent's light follows its children's accepted figures: its cached boards go too.
            if accept { WriteScope.touch(loaded.subject.linkedGovernmentIDs) }
        }
    }
}
