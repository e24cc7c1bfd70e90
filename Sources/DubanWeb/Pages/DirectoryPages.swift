import DubanCore
import DubanHTML
import DubanStore
import DubanStrings
import Foundation

/// The directory: every unit and leader with their lists; for the office, the forms that keep it.
enum DirectoryPages {
    static func directory(_ page: PageContext, units: [UnitEntry], leaders: [LeaderEntry], canManage: Bool) -> HTML {
        typealias DirectoryText = Strings.Directory
        return Page.layout(Strings.Pages.directory, page) {
            element(.h1) { Strings.Pages.directory }
            element(.section, ["class": "card"]) {
                element(.table, ["class": "responsive", "id": "units"]) {
                    element(.thead) {
                        element(.tr) {
                            element(.th, ["scope": "col"]) { Strings.Pages.unitColumn }
                            element(.th, ["scope": "col"]) { Strings.Pages.kindColumn }
                            element(.th, ["scope": "col"]) { DirectoryText.aliases }
                            element(.th, ["scope": "col"]) { Strings.Pages.listColumn }
                        }
                    }
                    element(.tbody) {
                        for unit in units {
                            let id = unit.id
                            element(.tr, ["id": "unit-\(id)"]) {
                                element(.td, ["data-label": Strings.Pages.unitColumn]) { unit.name + (unit.confirmed ? "" : DirectoryText.pending) }
                                element(.td, ["data-label": Strings.Pages.kindColumn]) { Strings.Pages.unitKind(unit.kind) }
                                element(.td, ["data-label": DirectoryText.aliases]) { unit.aliases.listed() }
                                element(.td, ["data-label": Strings.Pages.listColumn]) {
                                    element(.a, ["href": SiteURL.unit.path(id)]) { DirectoryText.unitList }
                                    if canManage {
                                        " · "
                                        element(
                                            .a, ["href": SiteURL.directoryUnit.path(id), "class": "edit", "aria-label": DirectoryText.manageUnit(unit.name)]
                                        ) {
                                            DirectoryText.manage
                                        }
                                    }
                                }
                            }
                        }
                    }
                }
            }
            if canManage {
                element(.section, ["class": "card", "id": "add-unit"]) {
                    element(.h2) { DirectoryText.addUnit }
                    TaskPage.form(SiteURL.directoryUnits.path(), page, id: "add-unit-form") {
                        element(.label, ["for": "new-unit-name"]) { DirectoryText.name }
                        element(.input, ["type": "text", "id": "new-unit-name", "name": "name", "required": "required", "maxlength": "60"])
                        kindSelect(id: "new-unit-kind", selected: nil)
                        element(.p) { element(.button, ["type": "submit"]) { DirectoryText.addUnit } }
                    }
                }
            }
            element(.section, ["class": "card", "id": "leaders"]) {
                element(.h2) { Strings.Pages.leaders }
                element(.ul, ["class": "plain"]) {
                    for leader in leaders {
                        let id = leader.id
                        element(.li, ["id": "leader-\(id)"]) {
                            element(.a, ["href": SiteURL.leader.path(id)]) { leader.name + " · " + DirectoryText.leaderList }
                            if canManage {
                                TaskPage.form(SiteURL.directoryLeader.path(id), page, id: "rename-leader-\(id)") {
                                    element(.span, ["class": "inline"]) {
                                        // Named for screen readers only: the leader's name beside it says what it is.
                                        element(
                                            .input,
                                            [
                                                "type": "text", "id": "leader-name-\(id)", "name": "name", "value": leader.name, "required": "required",
                                                "aria-label": DirectoryText.renameLeaderLabel(leader.name),
                                            ])
                                        element(.button, ["type": "submit"]) { DirectoryText.saveLeader }
                                    }
                                }
                            }
                        }
                    }
                }
                if canManage {
                    TaskPage.form(SiteURL.directoryLeaders.path(), page, id: "add-leader-form") {
                        element(.label, ["for": "new-leader-name"]) { DirectoryText.addLeader + " · " + DirectoryText.leaderName }
                        element(.span, ["class": "inline"]) {
                            element(.input, ["type": "text", "id": "new-leader-name", "name": "name", "required": "required", "maxlength": "60"])
                            element(.button, ["type": "submit"]) { DirectoryText.addLeader }
                        }
                    }
                }
            }
        }
    }

    /// One unit: its name and kind, and the other names the documents call it by.
    static func unit(_ page: PageContext, unit: UnitEntry, membership: CollectiveMembers.Membership? = nil) -> HTML {
        let aliases = unit.aliases
        typealias DirectoryText = Strings.Directory
        let id = unit.id
        return Page.layout(DirectoryText.unitTitle + " · " + unit.name, page) {
            element(.p) { element(.a, ["href": SiteURL.directory.path(fragment: "unit-\(id)")]) { DirectoryText.backToDirectory } }
            element(.h1) { unit.name + (unit.confirmed ? "" : DirectoryText.pending) }
            element(.section, ["class": "card"]) {
                TaskPage.form(SiteURL.directoryUnit.path(id), page, id: "unit-form") {
                    element(.label, ["for": "unit-name"]) { DirectoryText.name }
                    element(
                        .input,
                        [
                            "type": "text", "id": "unit-name", "name": "name", "value": unit.name, "required": "required",
                            "maxlength": "60", "aria-describedby": "rename-hint",
                        ])
                    element(.p, ["class": "muted", "id": "rename-hint"]) { DirectoryText.renameHint }
                    kindSelect(id: "unit-kind", selected: unit.kind)
                    element(.p) { element(.button, ["type": "submit", "id": "save-unit"]) { DirectoryText.saveUnit } }
                }
            }
            element(.section, ["class": "card", "id": "aliases"]) {
                element(.h2) { DirectoryText.aliases }
                element(.p, ["class": "muted"]) { DirectoryText.aliasesHint }
                if aliases.isEmpty { element(.p, ["class": "muted"]) { DirectoryText.noAliases } }
                element(.ul, ["class": "plain"]) {
                    for alias in aliases {
                        element(.li) {
                            TaskPage.form(SiteURL.directoryUnitAliasRemoval.path(id), page) {
                                element(.input, ["type": "hidden", "name": "alias", "value": alias])
                                element(.span, ["class": "inline"]) {
                                    element(.span) { alias }
                                    element(.button, ["type": "submit", "class": "danger", "aria-label": DirectoryText.removeAliasLabel(alias)]) {
                                        DirectoryText.removeAlias
                                    }
                                }
                            }
                        }
                    }
                }
                TaskPage.form(SiteURL.directoryUnitAliases.path(id), page, id: "add-alias-form") {
                    element(.label, ["for": "new-alias"]) { DirectoryText.newAlias }
                    element(.span, ["class": "inline"]) {
                        element(.input, ["type": "text", "id": "new-alias", "name": "alias", "required": "required", "maxlength": "60"])
                        element(.button, ["type": "submit"]) { DirectoryText.addAlias }
                    }
                }
            }
            if let membership { members(page, membership) }
            element(.p) { element(.a, ["href": SiteURL.unit.path(id)]) { DirectoryText.unitList } }
        }
    }

    /// Which units a collective name stands for: the rule's, the office's, or no one yet.
    static func members(_ page: PageContext, _ membership: CollectiveMembers.Membership) -> HTML {
        typealias DirectoryText = Strings.Directory
        let chosen = Set(membership.members.map(\.id))
        return element(.section, ["class": "card", "id": "members"]) {
            element(.h2) { DirectoryText.membersTitle }
            element(.p, ["class": membership.source == "unnamed" ? "warn" : "muted", "id": "members-source"]) {
                DirectoryText.membersSource(membership.source, count: membership.members.count)
            }
            if !membership.members.isEmpty {
                element(.p, ["id": "members-now"]) { membership.members.map(\.name).listed() }
            }
            TaskPage.form(SiteURL.directoryUnitMembers.path(membership.collectiveID), page, id: "members-form") {
                element(.fieldset, ["class": "choices"]) {
                    element(.legend) { DirectoryText.membersChoose }
                    for candidate in membership.candidates {
                        element(.label, ["class": "choice"]) {
                            element(
                                .input,
                                [
                                    "type": "checkbox", "name": "members[]", "value": String(candidate.id),
                                    "checked": chosen.contains(candidate.id) ? "checked" : nil,
                                ])
                            candidate.name
                        }
                    }
                }
                element(.p, ["class": "muted"]) { DirectoryText.membersHint }
                element(.p) { element(.button, ["type": "submit", "id": "save-members"]) { DirectoryText.saveMembers } }
            }
        }
    }

    @HTMLBuilder static func kindSelect(id: String, selected: String?) -> HTML {
        element(.label, ["for": id]) { Strings.Directory.kind }
        element(.select, ["id": id, "name": "kind"]) {
            if selected == nil { element(.option, ["value": ""]) { Strings.Directory.kindAuto } }
            for kind in DirectoryAdmin.kinds {
                element(.option, ["value": kind, "selected": selected == kind ? "selected" : nil]) { Strings.Pages.unitKind(kind) }
            }
        }
    }
}
