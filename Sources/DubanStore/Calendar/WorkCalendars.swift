import DubanCore
import DubanStrings
import FluentKit
import Foundation

/// The working-day calendar every limit in working days counts with: the State Council's notices
/// as shipped, and on top the days the city administrator set (a later year's notice, a local
/// holiday). Each change is audited; removing one returns the day to the notices.
public enum WorkCalendars {
    /// One day that is not as its weekday says, and why.
    public struct Entry: Codable, Sendable, Equatable {
        public var day: String
        public var workday: Bool
        /// The holiday of the State Council's notice, or the administrator's note.
        public var name: String
        /// `stateCouncil` or `local`.
        public var source: String
    }

    public static func load(on db: any Database) async throws -> WorkCalendar {
        calendar(over: try await CalendarDayRecord.query(on: db).all())
    }

    static func calendar(over local: [CalendarDayRecord]) -> WorkCalendar {
        var days: [CalendarDay: Bool] = [:]
        for record in local {
            if let day = CalendarDay(iso: record.day) { days[day] = record.workday }
        }
        return WorkCalendar.stateCouncil.applying(days)
    }

    /// The year's exceptions, as the calendar counts them now.
    public static func entries(year: Int, on db: any Database) async throws -> [Entry] {
        // One read: the whole calendar counts with every local day, the list names this year's.
        let every = try await CalendarDayRecord.query(on: db).all()
        let counted = calendar(over: every)
        let local = every.filter { $0.day.hasPrefix("\(year)-") }
        let notes = Dictionary(local.map { ($0.day, $0.note) }, uniquingKeysWith: { first, _ in first })
        var entries = counted.exceptions(in: year).map { exception in
            let key = exception.day.description
            return Entry(
                day: key, workday: exception.workday,
                name: notes[key] ?? StateCouncilHolidays.holiday(for: exception.day)?.name ?? "",
                source: notes[key] == nil ? "stateCouncil" : "local")
        }
        // A local day that only restates the weekday (a weekday made a workday again) is listed too.
        for record in local where !entries.contains(where: { $0.day == record.day }) {
            entries.append(Entry(day: record.day, workday: record.workday, name: record.note, source: "local"))
        }
        return entries.sorted { $0.day < $1.day }
    }

    public static func set(_ day: CalendarDay, workday: Bool, note: String, actor: Actor, in context: StoreContext) async throws {
        try Guard.require(actor, .manageCalendar, .government(nil))
        let note = note.trimmingCharacters(in: .whitespacesAndNewlines)
        guard !note.isEmpty else { throw StoreError.invalid(Strings.Store.calendarNoteRequired) }
        guard note.count <= 100 else { throw StoreError.invalid(Strings.Store.calendarNoteTooLong) }
        try await context.write { ctx in
            let key = day.description
            let existing = try await CalendarDayRecord.query(on: ctx.db).filter(\.$day == key).first()
            let before = existing.map { "\($0.workday ? "workday" : "holiday") \($0.note)" } ?? ""
            let record = existing ?? CalendarDayRecord()
            record.day = key
            record.workday = workday
            record.note = note
            record.accountID = actor.accountID
            try await record.save(on: ctx.db)
            try await PeriodSchedule.refreshAll(on: ctx.db)
            try await ctx.audit(
                actor, "calendar.set", "calendar_day", try record.requireID(), governmentID: nil, before: before,
                after: "\(key) \(workday ? "workday" : "holiday") \(note)")
        }
    }

    public static func remove(_ day: CalendarDay, actor: Actor, in context: StoreContext) async throws {
        try Guard.require(actor, .manageCalendar, .government(nil))
        try await context.write { ctx in
            let key = day.description
            guard let record = try await CalendarDayRecord.query(on: ctx.db).filter(\.$day == key).first() else {
                throw StoreError.notFound(Strings.Store.calendarDayNotFound)
            }
            let id = try record.requireID()
            try await record.delete(on: ctx.db)
            try await PeriodSchedule.refreshAll(on: ctx.db)
            try await ctx.audit(
                actor, "calendar.remove", "calendar_day", id, governmentID: nil,
                before: "\(key) \(record.workday ? "workday" : "holiday") \(record.note)")
        }
    }
}
