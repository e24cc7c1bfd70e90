import FluentKit

/// The office's thresholds for a plan's lights and bulletin ranking (`SupervisionRules`);
/// empty until first set, read as the defaults.
struct AddSupervisionRules: AsyncMigration {
    func prepare(on db: any Database) async throws {
        try await db.schema(PlanSettingsRecord.schema).field("supervision_rules", .string).update()
    }

    func revert(on db: any Database) async throws {
        try await db.schema(PlanSettingsRecord.schema).deleteField("supervision_rules").update()
    }
}
