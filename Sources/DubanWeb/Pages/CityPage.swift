import DubanCore
import DubanHTML
import DubanStore
import DubanStrings

/// The city view's page: each shared indicator, district by district, with its light.
enum CityPage {
    static func render(_ comparison: CityComparison, page: PageContext) -> HTML {
        typealias ProductPagesText = Strings.ProductPages
        return Page.layout(ProductPagesText.cityView, page) {
            element(.h1) { "\(comparison.year) \(ProductPagesText.cityView)" }
            element(.p, ["class": "muted"]) { comparison.governments.listed() }
            if comparison.metrics.isEmpty { element(.p, ["class": "muted"]) { ProductPagesText.noSharedIndicators } }
            let plansPerDistrict = Dictionary(grouping: comparison.metrics.flatMap(\.districts), by: \.government).mapValues { Set($0.map(\.plan)).count }
            for metric in comparison.metrics {
                element(.section, ["class": "card"]) {
                    element(.h2) { metric.metric }
                    element(.table, ["class": "plain-table"]) {
                        element(.thead) {
                            element(.tr) {
                                for head in [ProductPagesText.district, ProductPagesText.target, ProductPagesText.reported, ProductPagesText.status] {
                                    element(.th, ["scope": "col"]) { head }
                                }
                            }
                        }
                        element(.tbody) {
                            for district in metric.districts {
                                element(.tr) {
                                    // Two plans of one district in a year: say which is which.
                                    element(.td) {
                                        (plansPerDistrict[district.government] ?? 1) > 1
                                            ? district.government + Strings.Join.aside(district.plan) : district.government
                                    }
                                    element(.td) { "\(Format.number(district.target))\(metric.unit)" }
                                    element(.td) { district.reported.map { "\(Format.number($0))\(metric.unit)" } ?? "—" }
                                    element(.td) {
                                        element(.a, ["href": SiteURL.task.path(district.taskID)]) { Page.light(Light(rawValue: district.light) ?? .pending) }
                                    }
                                }
                            }
                        }
                    }
                }
            }
        }
    }
}
