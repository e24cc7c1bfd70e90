import DubanStore
import Foundation
import Vapor

/// Whose tasks a board lists.
enum BoardScope: Sendable {
    case plan(Int)
    case unit(Int)
    case leader(Int)

    var key: String {
        switch self {
        case .plan(let id): "plan:\(id)"
        case .unit(let id): "unit:\(id)"
        case .leader(let id): "leader:\(id)"
        }
    }
}

extension Request {
    /// The rows of a board with their lights, computed once per data revision and minute.
    /// A report makes only its reports be read again: the rest of the board is kept until
    /// something other than a report changes.
    func board(_ scope: BoardScope) async throws -> [TaskRow] {
        let (db, now) = (store.db, self.now)
        let base = try await boardBase(scope)
        return try await cached("board:" + scope.key, government: try await government(of: scope)) {
            try await TaskBoard.rows(base, now: now, on: db)
        }
    }

    /// The same board as the API's JSON body; encoding is a large share of a list request.
    /// Its rows are computed for it and not kept: a list read only through the API would
    /// otherwise be held twice, as rows and as JSON (a province's 200 plan boards, 250 MB).
    func boardJSON(_ scope: BoardScope) async throws -> Response {
        let (db, now) = (store.db, self.now)
        let body = try await cached("board.json:" + scope.key, government: try await government(of: scope)) {
            try [TaskRow].apiEncoder.encode(try await TaskBoard.rows(try await self.boardBase(scope), now: now, on: db))
        }
        let response = Response(status: .ok, body: .init(data: body))
        response.headers.contentType = .json
        return response
    }

    /// What a board is computed from besides its reports, kept until the structure changes.
    private func boardBase(_ scope: BoardScope) async throws -> TaskBoard.Base {
        let db = store.db
        return try await cached("board-base:" + scope.key, scope: .structure) {
            switch scope {
            case .plan(let id): try await TaskBoard.base(planID: id, on: db)
            case .unit(let id): try await TaskBoard.base(unitID: id, on: db)
            case .leader(let id): try await TaskBoard.base(leaderID: id, on: db)
            }
        }
    }

    /// The government whose data a board shows, remembered until the structure changes.
    func government(of scope: BoardScope) async throws -> Int {
        let db = store.db
        return try await cached("government-of:" + scope.key, scope: .structure) {
            try await BoardOwner.government(of: scope.owner, on: db)
        }
    }
}

extension BoardScope {
    var owner: BoardOwner.Subject {
        switch self {
        case .plan(let id): .plan(id)
        case .unit(let id): .unit(id)
        case .leader(let id): .leader(id)
        }
    }
}
