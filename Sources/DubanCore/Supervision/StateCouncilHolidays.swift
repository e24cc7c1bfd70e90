/// The State Council General Office's yearly notices on public holidays (国务院办公厅关于…年部分节假日
/// 安排的通知), 2022–2026: each holiday's days off and the weekend days worked in exchange (调休).
/// An installation starts from these; its city administrator adds later years and local changes.
public enum StateCouncilHolidays {
    public struct Holiday: Sendable, Equatable {
        public var name: String
        public var first: CalendarDay
        public var last: CalendarDay
        public var makeUpWorkdays: [CalendarDay]
    }

    static func holiday(_ name: String, _ first: (Int, Int, Int), _ last: (Int, Int, Int), workdays: [(Int, Int, Int)] = []) -> Holiday {
        Holiday(
            name: name, first: CalendarDay(first.0, first.1, first.2), last: CalendarDay(last.0, last.1, last.2),
            makeUpWorkdays: workdays.map { CalendarDay($0.0, $0.1, $0.2) })
    }

    public static let notices: [Holiday] = [
        holiday("元旦", (2022, 1, 1), (2022, 1, 3)),
        holiday("春节", (2022, 1, 31), (2022, 2, 6), workdays: [(2022, 1, 29), (2022, 1, 30)]),
        holiday("清明节", (2022, 4, 3), (2022, 4, 5), workdays: [(2022, 4, 2)]),
        holiday("劳动节", (2022, 4, 30), (2022, 5, 4), workdays: [(2022, 4, 24), (2022, 5, 7)]),
        holiday("端午节", (2022, 6, 3), (2022, 6, 5)),
        holiday("中秋节", (2022, 9, 10), (2022, 9, 12)),
        holiday("国庆节", (2022, 10, 1), (2022, 10, 7), workdays: [(2022, 10, 8), (2022, 10, 9)]),

        holiday("元旦", (2022, 12, 31), (2023, 1, 2)),
        holiday("春节", (2023, 1, 21), (2023, 1, 27), workdays: [(2023, 1, 28), (2023, 1, 29)]),
        holiday("清明节", (2023, 4, 5), (2023, 4, 5)),
        holiday("劳动节", (2023, 4, 29), (2023, 5, 3), workdays: [(2023, 4, 23), (2023, 5, 6)]),
        holiday("端午节", (2023, 6, 22), (2023, 6, 24), workdays: [(2023, 6, 25)]),
        holiday("中秋节、国庆节", (2023, 9, 29), (2023, 10, 6), workdays: [(2023, 10, 7), (2023, 10, 8)]),

        holiday("元旦", (2024, 1, 1), (2024, 1, 1)),
        holiday("春节", (2024, 2, 10), (2024, 2, 17), workdays: [(2024, 2, 4), (2024, 2, 18)]),
        holiday("清明节", (2024, 4, 4), (2024, 4, 6), workdays: [(2024, 4, 7)]),
        holiday("劳动节", (2024, 5, 1), (2024, 5, 5), workdays: [(2024, 4, 28), (2024, 5, 11)]),
        holiday("端午节", (2024, 6, 10), (2024, 6, 10)),
        holiday("中秋节", (2024, 9, 15), (2024, 9, 17), workdays: [(2024, 9, 14)]),
        holiday("国庆节", (2024, 10, 1), (2024, 10, 7), workdays: [(2024, 9, 29), (2024, 10, 12)]),

        holiday("元旦", (2025, 1, 1), (2025, 1, 1)),
        holiday("春节", (2025, 1, 28), (2025, 2, 4), workdays: [(2025, 1, 26), (2025, 2, 8)]),
        holiday("清明节", (2025, 4, 4), (2025, 4, 6)),
        holiday("劳动节", (2025, 5, 1), (2025, 5, 5), workdays: [(2025, 4, 27)]),
        holiday("端午节", (2025, 5, 31), (2025, 6, 2)),
        holiday("国庆节、中秋节", (2025, 10, 1), (2025, 10, 8), workdays: [(2025, 9, 28), (2025, 10, 11)]),

        holiday("元旦", (2026, 1, 1), (2026, 1, 3), workdays: [(2026, 1, 4)]),
        holiday("春节", (2026, 2, 15), (2026, 2, 23), workdays: [(2026, 2, 14), (2026, 2, 28)]),
        holiday("清明节", (2026, 4, 4), (2026, 4, 6)),
        holiday("劳动节", (2026, 5, 1), (2026, 5, 5), workdays: [(2026, 5, 9)]),
        holiday("端午节", (2026, 6, 19), (2026, 6, 21)),
        holiday("中秋节", (2026, 9, 25), (2026, 9, 27)),
        holiday("国庆节", (2026, 10, 1), (2026, 10, 7), workdays: [(2026, 9, 20), (2026, 10, 10)]),
    ]

    /// The notice a day belongs to: a day off of that holiday, or a weekend day worked for it.
    public static func holiday(for day: CalendarDay) -> Holiday? {
        notices.first { ($0.first...$0.last).contains(day) || $0.makeUpWorkdays.contains(day) }
    }

    static var holidays: Set<CalendarDay> { Set(notices.flatMap { CalendarDay.through($0.first, $0.last) }) }
    static var makeUpWorkdays: Set<CalendarDay> { Set(notices.flatMap(\.makeUpWorkdays)) }
}
