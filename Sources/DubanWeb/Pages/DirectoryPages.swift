import DubanCore
import DubanStore
import DubanStrings
import Vapor

/// The directory: every unit and leader with their lists; for the office, the forms that keep it.
enum DirectoryPages {
    static func directory(_ req: Request, units: [UnitEntry], leaders: [LeaderEntry], canManage: Bool) -> HTML {
        typealias S = Strings.Directory
        return Page.layout(Strings.Pages.directory, request: req) {
            el("h1") { Strings.Pages.directory }
            el("section", ["class": "card"]) {
                el("table", ["class": "responsive", "id": "units"]) {
                    el("thead") {
                        el("tr") {
                            el("th", ["scope": "col"]) { Strings.Pages.unitColumn }
                            el("th", ["scope": "col"]) { Strings.Pages.kindColumn }
                            el("th", ["scope": "col"]) { S.aliases }
                            el("th", ["scope": "col"]) { Strings.Pages.listColumn }
                        }
                    }
                    el("tbody") {
                        for unit in units {
                            let id = unit.id
                            el("tr", ["id": "unit-\(id)"]) {
                                el("td", ["data-label": Strings.Pages.unitColumn]) { unit.name + (unit.confirmed ? "" : S.pending) }
                                el("td", ["data-label": Strings.Pages.kindColumn]) { Strings.Pages.unitKind(unit.kind) }
                                el("td", ["data-label": S.aliases]) { unit.aliases.joined(separator: "、") }
                                el("td", ["data-label": Strings.Pages.listColumn]) {
                                    el("a", ["href": "/units/\(id)"]) { S.unitList }
                                    if canManage {
                                        " · "
                                        el("a", ["href": "/directory/units/\(id)", "class": "edit", "aria-label": S.manageUnit(unit.name)]) { S.manage }
                                    }
                                }
                            }
                        }
                    }
                }
            }
            if canManage {
                el("section", ["class": "card", "id": "add-unit"]) {
                    el("h2") { S.addUnit }
                    TaskPage.form("/directory/units", req, id: "add-unit-form") {
                        el("label", ["for": "new-unit-name"]) { S.name }
                        el("input", ["type": "text", "id": "new-unit-name", "name": "name", "required": "required", "maxlength": "60"])
                        kindSelect(id: "new-unit-kind", selected: nil)
                        el("p") { el("button", ["type": "submit"]) { S.addUnit } }
                    }
                }
            }
            el("section", ["class": "card", "id": "leaders"]) {
                el("h2") { Strings.Pages.leaders }
                el("ul", ["class": "plain"]) {
                    for leader in leaders {
                        let id = leader.id
                        el("li", ["id": "leader-\(id)"]) {
                            el("a", ["href": "/leaders/\(id)"]) { leader.name + " · " + S.leaderList }
                            if canManage {
                                TaskPage.form("/directory/leaders/\(id)", req, id: "rename-leader-\(id)") {
                                    el("label", ["for": "leader-name-\(id)", "class": "visually-hidden"]) { S.renameLeaderLabel(leader.name) }
                                    el("span", ["class": "inline"]) {
                                        el("input", ["type": "text", "id": "leader-name-\(id)", "name": "name", "value": leader.name, "required": "required"])
                                        el("button", ["type": "submit"]) { S.saveLeader }
                                    }
                                }
                            }
                        }
                    }
                }
                if canManage {
                    TaskPage.form("/directory/leaders", req, id: "add-leader-form") {
                        el("label", ["for": "new-leader-name"]) { S.addLeader + " · " + S.leaderName }
                        el("span", ["class": "inline"]) {
                            el("input", ["type": "text", "id": "new-leader-name", "name": "name", "required": "required", "maxlength": "60"])
                            el("button", ["type": "submit"]) { S.addLeader }
                        }
                    }
                }
            }
        }
    }

    /// One unit: its name and kind, and the other names the documents call it by.
    static func unit(_ req: Request, unit: UnitEntry, membership: CollectiveMembers.Membership? = nil) -> HTML {
        let aliases = unit.aliases
        typealias S = Strings.Directory
        let id = unit.id
        return Page.layout(S.unitTitle + " · " + unit.name, request: req) {
            el("p") { el("a", ["href": "/directory#unit-\(id)"]) { S.backToDirectory } }
            el("h1") { unit.name + (unit.confirmed ? "" : S.pending) }
            el("section", ["class": "card"]) {
                TaskPage.form("/directory/units/\(id)", req, id: "unit-form") {
                    el("label", ["for": "unit-name"]) { S.name }
                    el(
                        "input",
                        [
                            "type": "text", "id": "unit-name", "name": "name", "value": unit.name, "required": "required",
                            "maxlength": "60", "aria-describedby": "rename-hint",
                        ])
                    el("p", ["class": "muted", "id": "rename-hint"]) { S.renameHint }
                    kindSelect(id: "unit-kind", selected: unit.kind)
                    el("p") { el("button", ["type": "submit", "id": "save-unit"]) { S.saveUnit } }
                }
            }
            el("section", ["class": "card", "id": "aliases"]) {
                el("h2") { S.aliases }
                el("p", ["class": "muted"]) { S.aliasesHint }
                if aliases.isEmpty { el("p", ["class": "muted"]) { S.noAliases } }
                el("ul", ["class": "plain"]) {
                    for alias in aliases {
                        el("li") {
                            TaskPage.form("/directory/units/\(id)/aliases/remove", req) {
                                el("input", ["type": "hidden", "name": "alias", "value": alias])
                                el("span", ["class": "inline"]) {
                                    el("span") { alias }
                                    el("button", ["type": "submit", "class": "danger", "aria-label": S.removeAliasLabel(alias)]) { S.removeAlias }
                                }
                            }
                        }
                    }
                }
                TaskPage.form("/directory/units/\(id)/aliases", req, id: "add-alias-form") {
                    el("label", ["for": "new-alias"]) { S.newAlias }
                    el("span", ["class": "inline"]) {
                        el("input", ["type": "text", "id": "new-alias", "name": "alias", "required": "required", "maxlength": "60"])
                        el("button", ["type": "submit"]) { S.addAlias }
                    }
                }
            }
            if let membership { members(req, membership) }
            el("p") { el("a", ["href": "/units/\(id)"]) { S.unitList } }
        }
    }

    /// Which units a collective name stands for: the rule's, the office's, or no one yet.
    static func members(_ req: Request, _ membership: CollectiveMembers.Membership) -> HTML {
        typealias S = Strings.Directory
        let chosen = Set(membership.members.map(\.id))
        return el("section", ["class": "card", "id": "members"]) {
            el("h2") { S.membersTitle }
            el("p", ["class": membership.source == "unnamed" ? "warn" : "muted", "id": "members-source"]) {
                S.membersSource(membership.source, count: membership.members.count)
            }
            if !membership.members.isEmpty {
                el("p", ["id": "members-now"]) { membership.members.map(\.name).joined(separator: "、") }
            }
            TaskPage.form("/directory/units/\(membership.collectiveID)/members", req, id: "members-form") {
                el("fieldset", ["class": "choices"]) {
                    el("legend") { S.membersChoose }
                    for candidate in membership.candidates {
                        el("label", ["class": "choice"]) {
                            el(
                                "input",
                                [
                                    "type": "checkbox", "name": "members[]", "value": String(candidate.id),
                                    "checked": chosen.contains(candidate.id) ? "checked" : nil,
                                ])
                            candidate.name
                        }
                    }
                }
                el("p", ["class": "muted"]) { S.membersHint }
                el("p") { el("button", ["type": "submit", "id": "save-members"]) { S.saveMembers } }
            }
        }
    }

    @HTMLBuilder static func kindSelect(id: String, selected: String?) -> HTML {
        el("label", ["for": id]) { Strings.Directory.kind }
        el("select", ["id": id, "name": "kind"]) {
            if selected == nil { el("option", ["value": ""]) { Strings.Directory.kindAuto } }
            for kind in DirectoryAdmin.kinds {
                el("option", ["value": kind, "selected": selected == kind ? "selected" : nil]) { Strings.Pages.unitKind(kind) }
            }
        }
    }
}
