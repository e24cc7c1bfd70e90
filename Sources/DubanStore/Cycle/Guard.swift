import DubanCore

/// The store re-checks every permission the route checked: a use case called from anywhere
/// (CLI, demo loader, a future route) cannot skip it.
enum Guard {
    static func require(_ actor: Actor?, _ action: Action, _ subject: Subject) throws {
        if case .denied(let reason) = Permissions.decide(actor, action, subject) {
            throw StoreError.forbidden(reason)
        }
    }
}
