import DubanCore
import DubanExport
import Foundation
import Testing

/// The feed a unit's liaison subscribes to: report due dates and deadlines as all-day events.
@Suite struct CalendarFeedTests {
    static let stamp = Date(timeIntervalSince1970: 1_664_928_000)  // 2022-10-05T00:00:00Z

    static let longText =
        "钟楼区2022年第(2)项任务：数字经济先导区要树标杆，依托经开区“一带一轴三片区”为区域承载，"
        + "坚持产业数字化、数字产业化，深化提升“一园两平台三云多中心”产业格局，力争一般公共预算收入达到26.6亿元。"

    static let events = [
        // Midnight in Shanghai is still the day before in UTC: the event must fall on 10月5日.
        CalendarEvent(
            uid: "report-2-2022-09@duban", date: PlanCalendar.date(2022, 10, 5),
            summary: "9月进展报告截止：第(2)项任务", description: longText),
        CalendarEvent(
            uid: "deadline-6@duban", date: PlanCalendar.date(2022, 12, 31, hour: 23),
            summary: "完成时限; 净增高新技术企业30家, 科技局", description: "路径 C:\\督办\\资料\n第二行\r\n第三行"),
    ]

    static var feed: String { CalendarFeed.ics(name: "钟楼区督办, 经开区", events: events, stamp: stamp) }

    /// The feed's logical lines: unfolded, CRLF split.
    static func unfolded(_ ics: String) -> [String] {
        ics.replacingOccurrences(of: "\r\n ", with: "").components(separatedBy: "\r\n").dropLast().map { $0 }
    }

    /// The physical lines as octets, split at CRLF, so a cut character would show.
    static func octetLines(_ ics: String) -> [[UInt8]] {
        var lines: [[UInt8]] = [[]]
        for byte in ics.utf8 {
            if byte == 10, lines[lines.count - 1].last == 13 {
                lines[lines.count - 1].removeLast()
                lines.append([])
            } else {
                lines[lines.count - 1].append(byte)
            }
        }
        return lines.dropLast()
    }

    /// Whether the octets are whole UTF-8 on their own: decoding replaces a cut sequence with
    /// U+FFFD, which would not encode back to the same octets.
    static func isWholeUTF8(_ octets: [UInt8]) -> Bool {
        Array(String(decoding: octets, as: UTF8.self).utf8) == octets
    }

    @Test func everyLineEndsWithCRLF() {
        let bytes = Array(Self.feed.utf8)
        #expect(bytes.suffix(2) == [13, 10])
        for (index, byte) in bytes.enumerated() where byte == 10 {
            #expect(index > 0 && bytes[index - 1] == 13, "LF at \(index) without CR")
        }
        for (index, byte) in bytes.enumerated() where byte == 13 {
            #expect(index + 1 < bytes.count && bytes[index + 1] == 10, "CR at \(index) without LF")
        }
    }

    @Test func calendarHeaderAndAllDayEvents() {
        let lines = Self.unfolded(Self.feed)
        #expect(lines.prefix(3) == ["BEGIN:VCALENDAR", "VERSION:2.0", "PRODID:-//Duban//Duban Supervision//ZH"])
        #expect(lines.contains("X-WR-CALNAME:钟楼区督办\\, 经开区"))
        #expect(lines.last == "END:VCALENDAR")
        #expect(lines.filter { $0 == "BEGIN:VEVENT" }.count == 2)
        #expect(lines.filter { $0 == "END:VEVENT" }.count == 2)
        #expect(lines.contains("UID:report-2-2022-09@duban"))
        #expect(lines.contains("DTSTAMP:20221005T000000Z"))
        #expect(lines.contains("DTSTART;VALUE=DATE:20221005"))
        #expect(lines.contains("DTEND;VALUE=DATE:20221006"))
        // 23:00 on New Year's Eve is still 2022 in Shanghai, though 2023 is close.
        #expect(lines.contains("DTSTART;VALUE=DATE:20221231"))
        #expect(lines.contains("DTEND;VALUE=DATE:20230101"))
    }

    @Test func textIsEscaped() {
        let lines = Self.unfolded(Self.feed)
        #expect(lines.contains("SUMMARY:完成时限\\; 净增高新技术企业30家\\, 科技局"))
        #expect(lines.contains("DESCRIPTION:路径 C:\\\\督办\\\\资料\\n第二行\\n第三行"))
        // Chinese full-width punctuation is text, not syntax.
        #expect(lines.contains { $0.hasPrefix("DESCRIPTION:钟楼区2022年第(2)项任务：数字经济先导区要树标杆，") })
    }

    @Test func longChineseLinesAreFoldedWithoutSplittingCharacters() throws {
        for octets in Self.octetLines(Self.feed) {
            #expect(octets.count <= 75, "\(octets.count) octets: \(String(decoding: octets, as: UTF8.self))")
            // Each physical line decodes on its own: no character was cut in two.
            #expect(Self.isWholeUTF8(octets))
        }
        let physical = Self.feed.components(separatedBy: "\r\n").dropLast()
        #expect(physical.contains { $0.hasPrefix(" ") }, "the long description is folded")
        // 3-octet characters: a folded line is as full as whole characters allow.
        let description = physical.drop { !$0.hasPrefix("DESCRIPTION:钟楼区") }
        let first = try #require(description.first)
        #expect(first.utf8.count > 72)
        let next = try #require(description.dropFirst().first)
        #expect(next.hasPrefix(" ") && next.utf8.count > 72)
        // Unfolding gives back exactly what was written.
        #expect(Self.unfolded(Self.feed).contains("DESCRIPTION:" + Self.longText))
    }

    @Test func foldingMixedWidthText() {
        // ASCII, 2-, 3- and 4-octet characters around the boundary.
        let text = String(repeating: "a", count: 60) + "é中𠀀" + String(repeating: "中𠀀é", count: 40)
        let ics = CalendarFeed.ics(name: text, events: [], stamp: Self.stamp)
        let lines = Self.octetLines(ics)
        #expect(lines.count > 5)
        for octets in lines {
            #expect(octets.count <= 75)
            #expect(Self.isWholeUTF8(octets))
        }
        #expect(Self.unfolded(ics).contains("X-WR-CALNAME:" + text))
    }

    @Test func emptyFeedIsStillACalendar() {
        let ics = CalendarFeed.ics(name: "督办", events: [], stamp: Self.stamp)
        #expect(
            Self.unfolded(ics) == [
                "BEGIN:VCALENDAR", "VERSION:2.0", "PRODID:-//Duban//Duban Supervision//ZH",
                "CALSCALE:GREGORIAN", "METHOD:PUBLISH", "X-WR-CALNAME:督办",
                "X-WR-TIMEZONE:Asia/Shanghai", "END:VCALENDAR",
            ])
    }

    @Test func eventWithoutDescriptionHasNoEmptyProperty() {
        let event = CalendarEvent(uid: "x", date: PlanCalendar.date(2022, 3, 5), summary: "2月报告截止")
        let ics = CalendarFeed.ics(name: "督办", events: [event], stamp: Self.stamp)
        #expect(!ics.contains("DESCRIPTION"))
        #expect(ics.contains("TRANSP:TRANSPARENT\r\n"))
    }
}
