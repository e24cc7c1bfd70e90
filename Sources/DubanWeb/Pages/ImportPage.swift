import DubanCore
import DubanHTML
import DubanStore
import DubanStrings
import Foundation

/// The upload form for a plan document.
enum ImportPage {
    static func render(_ page: PageContext, governments: [GovernmentEntry], error: String? = nil) -> HTML {
        Page.layout(Strings.Pages.importPlan, page) {
            element(.h1) { Strings.Pages.importPlan }
            element(.section, ["class": "card"]) {
                if let error { element(.p, ["class": "bad", "role": "alert"]) { error } }
                element(
                    .form, ["method": "post", "action": SiteURL.importPlan.path(), "enctype": "multipart/form-data", "class": "stack", "id": "import-form"]
                ) {
                    Page.csrf(page)
                    element(.label, ["for": "government"]) { Strings.Pages.government }
                    element(.select, ["id": "government", "name": "governmentID"]) {
                        for government in governments { element(.option, ["value": String(government.id)]) { government.name } }
                    }
                    element(.label, ["for": "year"]) { Strings.Pages.yearIfMissing }
                    element(.input, ["type": "number", "id": "year", "name": "year", "min": "2000", "max": "2100"])
                    element(.label, ["for": "file"]) { Strings.Pages.chooseFile }
                    element(.input, ["type": "file", "id": "file", "name": "file", "required": "required", "accept": ".docx,.xlsx,.csv,.tsv,.txt,.md"])
                    element(.p) { element(.button, ["type": "submit", "id": "upload"]) { Strings.Pages.upload } }
                }
            }
            element(.p) { element(.a, ["href": SiteURL.newPlan.path(), "id": "start-blank"]) { Strings.Editor.orStartBlank } }
        }
    }
}
