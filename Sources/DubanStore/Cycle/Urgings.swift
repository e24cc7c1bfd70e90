import DubanCore
import DubanStrings
import FluentKit
import Foundation

/// 催办 → 督办: the office urges a unit with a reply deadline; unanswered, it escalates to a
/// supervision notice that the task's leaders see. Urging a collective urges each of its members;
/// the first urging is returned.
public enum Urgings {
    /// `3个工作日内` unless the office sets a date.
    public static let defaultRules = UrgingRules(replyDays: 3)

    @discardableResult
    public static func urge(
        taskID: Int, unitID: Int?, message: String, replyBy: Date?, actor: Actor,
        in context: StoreContext
    ) async throws -> UrgingRecord {
        let message = message.trimmingCharacters(in: .whitespacesAndNewlines)
        guard !message.isEmpty else { throw StoreError.invalid(Strings.Store.messageRequired) }
        return try await context.write { ctx in
            let loaded = try await TaskSubject.load(taskID, on: ctx.db)
            try Guard.require(actor, .urge, loaded.subject)
            guard let target = unitID ?? loaded.subject.leadUnitIDs.sorted().first,
                loaded.subject.leadUnitIDs.contains(target) || loaded.subject.coopUnitIDs.contains(target)
            else {
                throw StoreError.invalid(Strings.Store.notLeadUnit)
            }
            // Nobody answers for 各街道 as a whole: each 街道 it stands for is urged and answers for itself.
            var targets = [target]
            if let members = try await CollectiveExpansion.members(of: [target], governmentID: loaded.task.governmentID, on: ctx.db)[target] {
                guard !members.isEmpty else {
                    let name = try await UnitRecord.find(target, on: ctx.db)?.name ?? ""
                    throw StoreError.conflict(Strings.Store.collectiveUnnamed(name))
                }
                targets = members
            }
            let calendar = try await WorkCalendars.load(on: ctx.db)
            var made: [UrgingRecord] = []
            for unit in targets {
                let urging = UrgingRecord()
                urging.taskID = taskID
                urging.unitID = unit
                urging.message = message
                urging.sentBy = actor.accountID
                urging.sentAt = ctx.now
                urging.replyBy = replyBy ?? defaultRules.replyBy(sentAt: ctx.now, calendar: calendar)
                try await urging.create(on: ctx.db)
                try await Notifications.notifyUnits(
                    [unit], kind: "urging", title: Strings.Notify.urged(loaded.task.displayLabel),
                    body: message, taskID: taskID, on: ctx.db)
                try await ctx.audit(
                    actor, "urging.create", "urging", try urging.requireID(), governmentID: loaded.task.governmentID,
                    after: JSONText.encode(["task": String(taskID), "unit": String(unit), "message": message]))
                made.append(urging)
            }
            try await Webhooks.enqueue(
                governmentID: loaded.task.governmentID, title: Strings.Notify.urged(loaded.task.displayLabel),
                text: message, on: ctx.db)
            return made[0]
        }
    }

    public static func answer(urgingID: Int, answer: String, actor: Actor, in context: StoreContext) async throws {
        let answer = answer.trimmingCharacters(in: .whitespacesAndNewlines)
        guard !answer.isEmpty else { throw StoreError.invalid(Strings.Store.answerRequired) }
        try await context.write { ctx in
            guard let urging = try await UrgingRecord.find(urgingID, on: ctx.db) else { throw StoreError.notFound(Strings.Store.urgingNotFound) }
            let loaded = try await TaskSubject.load(urging.taskID, on: ctx.db)
            var subject = loaded.subject
            subject.unitID = urging.unitID
            try Guard.require(actor, .answerUrging, subject)
            guard actor.unitID == urging.unitID else { throw StoreError.forbidden(Strings.Store.notLeadUnit) }
            guard urging.answeredAt == nil else { throw StoreError.conflict(Strings.Store.alreadyAnswered) }
            urging.answer = answer
            urging.answeredBy = actor.accountID
            urging.answeredAt = ctx.now
            try await urging.save(on: ctx.db)
            try await Notifications.notifySupervisors(
                governmentID: loaded.task.governmentID, kind: "urging.answered",
                title: Strings.Notify.urgingAnswered(loaded.task.displayLabel), body: answer,
                taskID: urging.taskID, on: ctx.db)
            try await ctx.audit(actor, "urging.answer", "urging", urgingID, governmentID: loaded.task.governmentID, after: answer)
        }
    }

    /// Escalates one urging to a 督办单 (by hand, or by the sweep when its reply deadline passed).
    public static func escalate(urgingID: Int, note: String, actor: Actor?, in context: StoreContext) async throws {
        try await context.write { ctx in
            guard let urging = try await UrgingRecord.find(urgingID, on: ctx.db) else { throw StoreError.notFound(Strings.Store.urgingNotFound) }
            let loaded = try await TaskSubject.load(urging.taskID, on: ctx.db)
            if let actor { try Guard.require(actor, .escalateUrging, loaded.subject) }
            guard urging.escalatedAt == nil, urging.answeredAt == nil else { return }
            urging.escalatedAt = ctx.now
            urging.escalationNote = note
            try await urging.save(on: ctx.db)
            try await Notifications.notifyLeaders(
                loaded.subject.leaderIDs, kind: "urging.escalated",
                title: Strings.Notify.escalated(loaded.task.displayLabel),
                body: urging.message + (note.isEmpty ? "" : "；" + note), taskID: urging.taskID, on: ctx.db)
            try await Notifications.notifyUnits(
                [urging.unitID], kind: "urging.escalated", title: Strings.Notify.escalated(loaded.task.displayLabel),
                body: urging.message, taskID: urging.taskID, on: ctx.db)
            try await Webhooks.enqueue(
                governmentID: loaded.task.governmentID, title: Strings.Notify.escalated(loaded.task.displayLabel),
                text: urging.message, on: ctx.db)
            try await ctx.audit(actor, "urging.escalate", "urging", urgingID, governmentID: loaded.task.governmentID, after: note)
        }
    }

    /// Escalates every urging whose reply deadline has passed unanswered; returns how many.
    public static func escalateOverdue(in context: StoreContext) async throws -> Int {
        let overdue = try await UrgingRecord.query(on: context.db).filter(\.$answeredAt == nil)
            .filter(\.$escalatedAt == nil).filter(\.$replyBy < context.now).all()
        for urging in overdue {
            try await escalate(urgingID: try urging.requireID(), note: Strings.Store.autoEscalationNote, actor: nil, in: context)
        }
        return overdue.count
    }
}
