import DubanStore
import Vapor

/// Every route, registered in one place: the JSON API under /api/v1 and the pages.
func routes(_ app: Application) throws {
    app.get("healthz", use: HealthEndpoint.health)
    ServerMetrics.register(app)
    let api = app.grouped("api", "v1")
    api.get("openapi.json") { _ in OpenAPIDocument.response() }
    SessionAPI().register(api)
    AccountAPI().register(api)
    PlanAPI().register(api)
    TaskAPI().register(api)
    DraftAPI().register(api)
    BulletinAPI().register(api)
    ProductAPI().register(api)
    NotificationAPI().register(api)
    AuditAPI().register(api)
    DirectoryAPI().register(api)
    CalendarAPI().register(api)
    SheetAPI().register(api)
    ChangeRequestAPI().register(api)
    SignOffAPI().register(api)
    ProviderBindingAPI().register(api)
    LevelsAPI().register(api)
    OpenDataAPI().register(app)
    CityAPI().register(app)
    SearchAPI().register(app)
    AccountPages.register(app)
    CalendarPage.register(app)
    SheetsPage.register(app)
    ChangeRequestSection.register(app)
    SignOffSection.register(app)
    LevelsPage.register(app)
    BurdenPage.register(app)
    ProviderLoginRoutes().register(app)
    try PageRoutes().register(app)
}
