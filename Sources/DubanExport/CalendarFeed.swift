import DubanCore
import Foundation

/// One all-day entry in a calendar feed: a report due, a deadline, an urging's reply date.
public struct CalendarEvent: Sendable, Equatable {
    /// Stable across feeds, so a calendar updates the event instead of adding a copy.
    public var uid: String
    /// The day it falls on in Asia/Shanghai, whatever the time of day.
    public var date: Date
    public var summary: String
    public var description: String

    public init(uid: String, date: Date, summary: String, description: String = "") {
        self.uid = uid
        self.date = date
        self.summary = summary
        self.description = description
    }
}

/// An iCalendar (RFC 5545) feed that phone and desktop calendars subscribe to.
public enum CalendarFeed {
    public static let productId = "-//Duban//Duban Supervision//ZH"
    /// Content lines are at most this many octets before the CRLF (RFC 5545 §3.1).
    static let lineLimit = 75

    /// The whole feed, CRLF line endings, long lines folded. `stamp` is the DTSTAMP every event
    /// carries (the feed's creation time, UTC); fixed by the caller when the bytes must repeat.
    public static func ics(name: String, events: [CalendarEvent], stamp: Date = Date()) -> String {
        var lines = [
            "BEGIN:VCALENDAR",
            "VERSION:2.0",
            "PRODID:\(productId)",
            "CALSCALE:GREGORIAN",
            "METHOD:PUBLISH",
            "X-WR-CALNAME:\(escape(name))",
            "X-WR-TIMEZONE:\(PlanCalendar.timeZone.identifier)",
        ]
        let dtstamp = utcStamp(stamp)
        for event in events {
            lines += [
                "BEGIN:VEVENT",
                "UID:\(escape(event.uid))",
                "DTSTAMP:\(dtstamp)",
                "DTSTART;VALUE=DATE:\(day(event.date))",
                // DTEND is exclusive: the next day makes a one-day event everywhere (Outlook included).
                "DTEND;VALUE=DATE:\(day(PlanCalendar.calendar.date(byAdding: .day, value: 1, to: event.date) ?? event.date))",
                "SUMMARY:\(escape(event.summary))",
            ]
            if !event.description.isEmpty { lines.append("DESCRIPTION:\(escape(event.description))") }
            // A deadline does not make anyone busy.
            lines += ["TRANSP:TRANSPARENT", "END:VEVENT"]
        }
        lines.append("END:VCALENDAR")
        return lines.map(fold).joined(separator: "\r\n") + "\r\n"
    }

    /// TEXT value escaping (§3.3.11): backslash, semicolon, comma, and line breaks as `\n`.
    /// Other control characters are not allowed in a value and are dropped.
    static func escape(_ text: String) -> String {
        var out = ""
        var scalars = text.unicodeScalars.makeIterator()
        var pending = scalars.next()
        while let scalar = pending {
            pending = scalars.next()
            switch scalar {
            case "\\": out += "\\\\"
            case ";": out += "\\;"
            case ",": out += "\\,"
            case "\r":
                out += "\\n"
                if pending == "\n" { pending = scalars.next() }  // CRLF is one break
            case "\n", "\u{2028}", "\u{2029}": out += "\\n"
            case "\t": out.unicodeScalars.append(scalar)
            case _ where scalar.value < 0x20 || scalar.value == 0x7F: continue
            default: out.unicodeScalars.append(scalar)
            }
        }
        return out
    }

    /// Folds a content line into chunks of at most 75 octets, each continuation starting with
    /// one space (which counts toward its 75). Breaks fall between Unicode scalars only, so a
    /// multi-byte UTF-8 character is never split.
    static func fold(_ line: String) -> String {
        guard line.utf8.count > lineLimit else { return line }
        var out = ""
        var used = 0
        for scalar in line.unicodeScalars {
            let size = String(scalar).utf8.count
            if used + size > lineLimit {
                out += "\r\n "
                used = 1
            }
            out.unicodeScalars.append(scalar)
            used += size
        }
        return out
    }

    /// `20221005`: the calendar day in Asia/Shanghai.
    static func day(_ date: Date) -> String {
        let parts = PlanCalendar.calendar.dateComponents([.year, .month, .day], from: date)
        return pad(parts.year, 4) + pad(parts.month, 2) + pad(parts.day, 2)
    }

    /// `20221004T160000Z`.
    static func utcStamp(_ date: Date) -> String {
        var calendar = Calendar(identifier: .gregorian)
        calendar.timeZone = TimeZone(identifier: "UTC")!
        let parts = calendar.dateComponents([.year, .month, .day, .hour, .minute, .second], from: date)
        return pad(parts.year, 4) + pad(parts.month, 2) + pad(parts.day, 2) + "T"
            + pad(parts.hour, 2) + pad(parts.minute, 2) + pad(parts.second, 2) + "Z"
    }

    static func pad(_ value: Int?, _ width: Int) -> String {
        let digits = String(value ?? 0)
        return String(repeating: "0", count: max(0, width - digits.count)) + digits
    }
}
