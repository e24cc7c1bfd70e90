import DubanCore
import DubanStore
import FluentKit
import Foundation
import NIOConcurrencyHelpers
import Testing

/// Every app server runs the sweep. Two servers sweeping at the same moment must still send
/// each robot message once and remind each person once.
@Suite struct SweepOnManyServersTests {
    /// A second app server: the same database, its own in-process write gate.
    private func otherServer(_ ctx: StoreContext) -> StoreContext {
        StoreContext(db: ctx.db, clock: ctx.clock, backend: ctx.backend, gate: WriteGate(), cache: ReadCache())
    }

    /// Robot messages waiting to be sent, each with its own payload.
    private func queue(_ count: Int, in world: World, _ ctx: StoreContext) async throws {
        for n in 1...count {
            let message = OutboxRecord()
            message.governmentID = world.governmentID
            message.url = "https://oapi.dingtalk.com/robot/send?access_token=t\(n % 2)"
            message.payload = "{\"n\":\(n)}"
            message.attempts = 0
            try await message.create(on: ctx.db)
        }
    }

    @Test(arguments: StoreHarness.backends)
    func twoServersSendEachRobotMessageOnce(backend: DatabaseBackend) async throws {
        try await StoreHarness.withStore(backend) { ctx in
            try await queue(6, in: try await World.build(ctx), ctx)
            let received = NIOLockedValueBox<[String]>([])
            let send: @Sendable (WebhookDelivery.Message) async -> WebhookDelivery.Outcome = { message in
                received.withLockedValue { $0.append(message.payload) }
                return .sent
            }
            async let first = WebhookDelivery.deliver(in: ctx, send: send)
            async let second = WebhookDelivery.deliver(in: otherServer(ctx), send: send)
            let total = try await first + second
            let payloads = received.withLockedValue { $0 }
            #expect(total == 6)
            #expect(payloads.count == 6 && Set(payloads).count == 6, "sent: \(payloads.sorted())")
            let rows = try await OutboxRecord.query(on: ctx.db).all()
            #expect(rows.allSatisfy { $0.sentAt != nil && $0.attempts == 1 && $0.claimedUntil == nil })
            #expect(try await WebhookDelivery.deliver(in: ctx, send: send) == 0, "nothing is left to send")
        }
    }

    /// A failure stops a government's batch: the messages after it are given back at once, so
    /// the next sweep (of any server) sends them, not one ten minutes later.
    @Test(arguments: StoreHarness.backends)
    func aFailedBatchGivesItsRestBack(backend: DatabaseBackend) async throws {
        try await StoreHarness.withStore(backend) { ctx in
            try await queue(3, in: try await World.build(ctx), ctx)
            #expect(try await WebhookDelivery.deliver(in: ctx) { _ in .failed("超时") } == 0)
            let rows = try await OutboxRecord.query(on: ctx.db).sort(\.$id).all()
            #expect(rows.map(\.attempts) == [1, 0, 0])
            #expect(rows.allSatisfy { $0.claimedUntil == nil && $0.sentAt == nil })
            #expect(try await WebhookDelivery.deliver(in: otherServer(ctx)) { _ in .sent } == 3)
        }
    }

    @Test(arguments: StoreHarness.backends)
    func twoServersRemindEachPersonOnce(backend: DatabaseBackend) async throws {
        try await StoreHarness.withStore(backend) { ctx in
            let world = try await World.build(ctx)
            for unit in ["发改局", "财政局"] { _ = try await world.liaison(of: unit, ctx) }
            // July is due on 5 August; three days before, the reminder window opens.
            let window = ctx.withClock(FixedClock(PlanCalendar.date(2022, 8, 3, hour: 9)))
            async let first = Reminders.send(in: window)
            async let second = Reminders.send(in: otherServer(window))
            let total = try await first + second
            let reminders = try await NotificationRecord.query(on: ctx.db).filter(\.$kind == "reminder").all()
            #expect(total > 0 && reminders.count == total)
            let pairs = reminders.map { "\($0.taskID ?? 0)-\($0.accountID)" }
            #expect(Set(pairs).count == pairs.count, "someone was reminded twice")
        }
    }
}
