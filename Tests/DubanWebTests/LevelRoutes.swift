/// The routes of levels, the burden meter, carry-over and the year-end account (issue 17), in
/// the route × role matrix of `RouteCoverageTests`. The single government of `WebWorld` has no
/// parent and no children: what a role may try is checked here; what the levels do, in
/// `LevelsStoreTests` and `LevelsPageTests`.
extension RouteCoverageTests {
    typealias R = PermissionRouteTests.Route

    static let levelRoutes: [R] = [
        R(method: .PUT, path: "/api/v1/governments/{gov}/parent", body: #"{"parentID":null}"#, allowed: ["admin"]),
        R(method: .PUT, path: "/api/v1/governments/{gov}/burden-ceiling", body: #"{"ceiling":null}"#, allowed: office),
        R(method: .GET, path: "/api/v1/governments/{gov}/handed-down", allowed: readers),
        R(method: .GET, path: "/api/v1/governments/{gov}/burden", allowed: readers),
        R(method: .GET, path: "/api/v1/governments/{gov}/child-burdens", allowed: readers),
        R(method: .POST, path: "/api/v1/plans/{plan}/pass-down", allowed: office),
        R(method: .POST, path: "/api/v1/plans/{plan}/link-proposals", allowed: office),
        R(method: .POST, path: "/api/v1/tasks/{task}/pass-down", body: #"{"governments":[{gov}]}"#, allowed: office),
        R(method: .POST, path: "/api/v1/tasks/{task}/link", body: #"{"parentTaskID":{task}}"#, allowed: office),
        // No link exists in this world: every role meets a 404, the refusal the matrix checks.
        R(method: .POST, path: "/api/v1/links/{task}/decision", body: #"{"decision":"confirm"}"#, allowed: []),
        R(method: .GET, path: "/api/v1/tasks/{task}/child-parts", allowed: readers),
        R(method: .GET, path: "/api/v1/plans/{plan}/year-end", allowed: readers),
        R(method: .GET, path: "/api/v1/plans/{draft}/carry-over", allowed: office),
        R(method: .POST, path: "/api/v1/plans/{draft}/carry-over", body: #"{"taskIDs":[{task}]}"#, allowed: office),
        R(method: .POST, path: "/plans/{draft}/carry-over", body: "taskIDs[]={task}", allowed: office),
        R(method: .GET, path: "/levels", allowed: signedIn),
        R(method: .POST, path: "/levels/governments/{gov}/parent", body: "parent=", allowed: ["admin"]),
        R(method: .POST, path: "/levels/plans/{plan}/pass-down", allowed: office),
        R(method: .POST, path: "/levels/tasks/{task}/pass-down", body: "government={gov}", allowed: office),
        R(method: .POST, path: "/levels/tasks/{task}/weights", body: "weight-{gov}=2", allowed: office),
        R(method: .POST, path: "/levels/plans/{plan}/proposals", allowed: office),
        R(method: .POST, path: "/levels/links/{task}/decision", body: "decision=confirm", allowed: []),
        R(method: .POST, path: "/levels/handoffs/{task}/place", body: "childTaskID={task}", allowed: office),
        R(method: .POST, path: "/api/v1/plans/{plan}/inspection/issue", body: #"{"acceptOverCeiling":true}"#, allowed: office),
        R(method: .POST, path: "/plans/{plan}/inspection/issue", body: "acceptOverCeiling=true", allowed: office),
        R(method: .GET, path: "/burden", allowed: signedIn),
        R(method: .POST, path: "/burden/ceiling", body: "government={gov}&ceiling=", allowed: office),
        R(method: .GET, path: "/plans/{plan}/year-end.docx", allowed: readers),
        R(method: .GET, path: "/plans/{plan}/year-end.xlsx", allowed: readers),
    ]
}
