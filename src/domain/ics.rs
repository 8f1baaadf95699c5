//! The plan in the calendar: an iCalendar file (RFC 5545) made on the device,
//! with the weekly sessions as one weekly series with a reminder, then the
//! maintenance sessions as a second series. No network, no account.

use super::engine::Plan;

/// What the events say, in the visitor's language (rendered by the view).
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct Wording {
    /// The weekly sessions' title ("Lower-back focused massage").
    pub weekly: String,
    /// The maintenance sessions' title.
    pub maintenance: String,
    /// What every event says (book with the clinic; made by the widget).
    pub description: String,
    /// The reminder's text.
    pub reminder: String,
}

/// How many maintenance sessions the second series holds.
pub const MAINTENANCE_SESSIONS: u32 = 6;

/// Hour of the day (local, floating) the sessions are put at, to be moved.
const HOUR: u32 = 18;

/// A civil date.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub struct Day {
    /// Year.
    pub year: i32,
    /// Month, 1 to 12.
    pub month: u32,
    /// Day, 1 to 31.
    pub day: u32,
}

impl Day {
    /// The UTC date of `ms` since the Unix epoch (Howard Hinnant's
    /// `civil_from_days`).
    pub fn from_ms(ms: f64) -> Day {
        let days = (ms / 86_400_000.0).floor() as i64;
        let z = days + 719_468;
        let era = z.div_euclid(146_097);
        let doe = z.rem_euclid(146_097);
        let yoe = (doe - doe / 1460 + doe / 36_524 - doe / 146_096) / 365;
        let doy = doe - (365 * yoe + yoe / 4 - yoe / 100);
        let mp = (5 * doy + 2) / 153;
        let day = (doy - (153 * mp + 2) / 5 + 1) as u32;
        let month = if mp < 10 { mp + 3 } else { mp - 9 } as u32;
        let year = (yoe + era * 400 + i64::from(month <= 2)) as i32;
        Day { year, month, day }
    }

    /// `ms` plus `weeks` weeks, as a date.
    fn weeks_after(ms: f64, weeks: u32) -> Day {
        Day::from_ms(ms + f64::from(weeks) * 7.0 * 86_400_000.0)
    }

    fn stamp(self) -> String {
        format!("{:04}{:02}{:02}", self.year, self.month, self.day)
    }
}

/// Escapes a TEXT value (RFC 5545 3.3.11).
fn text(value: &str) -> String {
    let mut out = String::with_capacity(value.len());
    for c in value.chars() {
        match c {
            '\\' => out.push_str("\\\\"),
            ';' => out.push_str("\\;"),
            ',' => out.push_str("\\,"),
            '\n' => out.push_str("\\n"),
            // No other control character is allowed in a TEXT value (a
            // clinic's name may carry one).
            c if c.is_control() => {}
            c => out.push(c),
        }
    }
    out
}

/// A content line, folded at 75 octets (never inside a character), CRLF.
fn line(out: &mut String, content: &str) {
    let mut width = 0;
    for c in content.chars() {
        if width + c.len_utf8() > 75 {
            out.push_str("\r\n ");
            width = 1;
        }
        out.push(c);
        width += c.len_utf8();
    }
    out.push_str("\r\n");
}

/// The calendar file for `plan`, its first session a week after `now_ms`
/// (the visitor's clock-face time as milliseconds, its sessions at 18:00
/// local time, to be moved to the booked time), with a reminder an hour
/// before each session. `utc_ms` is the same moment in UTC, which the file's
/// time stamp (`DTSTAMP`) must be. `uid` makes the events' ids unique to
/// this visitor's device.
pub fn plan_calendar(
    plan: &Plan,
    wording: &Wording,
    now_ms: f64,
    utc_ms: f64,
    uid: &str,
) -> String {
    let mut out = String::new();
    let minutes = plan.minutes.1.max(plan.minutes.0).max(15);
    let stamp = {
        let d = Day::from_ms(utc_ms);
        let secs = (utc_ms / 1000.0).floor() as i64;
        let (h, m, s) = (
            secs.rem_euclid(86_400) / 3600,
            secs.rem_euclid(3600) / 60,
            secs.rem_euclid(60),
        );
        format!("{}T{:02}{:02}{:02}Z", d.stamp(), h, m, s)
    };
    line(&mut out, "BEGIN:VCALENDAR");
    line(&mut out, "VERSION:2.0");
    line(&mut out, "PRODID:-//massage-advisor//plan//EN");
    line(&mut out, "CALSCALE:GREGORIAN");
    line(&mut out, "METHOD:PUBLISH");
    let weekly = u32::from(plan.weekly_for_weeks);
    let series = [
        (
            "weekly",
            &wording.weekly,
            1,
            weekly,
            Day::weeks_after(now_ms, 1),
        ),
        (
            "maintenance",
            &wording.maintenance,
            u32::from(plan.maintenance_every_weeks.0),
            MAINTENANCE_SESSIONS,
            Day::weeks_after(now_ms, weekly + u32::from(plan.maintenance_every_weeks.0)),
        ),
    ];
    for (id, summary, interval, count, first) in series {
        line(&mut out, "BEGIN:VEVENT");
        line(&mut out, &format!("UID:{id}-{uid}@massage-advisor"));
        line(&mut out, &format!("DTSTAMP:{stamp}"));
        line(
            &mut out,
            &format!("DTSTART:{}T{HOUR:02}0000", first.stamp()),
        );
        line(&mut out, &format!("DURATION:PT{minutes}M"));
        let interval = if interval > 1 {
            format!(";INTERVAL={interval}")
        } else {
            String::new()
        };
        line(
            &mut out,
            &format!("RRULE:FREQ=WEEKLY{interval};COUNT={count}"),
        );
        line(&mut out, &format!("SUMMARY:{}", text(summary)));
        line(
            &mut out,
            &format!("DESCRIPTION:{}", text(&wording.description)),
        );
        line(&mut out, "BEGIN:VALARM");
        line(&mut out, "ACTION:DISPLAY");
        line(&mut out, "TRIGGER:-PT1H");
        line(
            &mut out,
            &format!("DESCRIPTION:{}", text(&wording.reminder)),
        );
        line(&mut out, "END:VALARM");
        line(&mut out, "END:VEVENT");
    }
    line(&mut out, "END:VCALENDAR");
    out
}

#[cfg(test)]
mod tests {
    use super::*;

    fn plan() -> Plan {
        Plan {
            weekly_for_weeks: 3,
            maintenance_every_weeks: (3, 4),
            minutes: (30, 45),
            start_after: Vec::new(),
        }
    }

    fn wording() -> Wording {
        Wording {
            weekly: "Lower-back focused massage; Lotus Clinic".into(),
            maintenance: "Lower-back focused massage (maintenance)".into(),
            description: "Book with the clinic, then move this to your time.".into(),
            reminder: "मालिश, एक घंटे में".into(),
        }
    }

    #[test]
    fn dates_are_civil_dates() {
        assert_eq!(
            Day::from_ms(0.0),
            Day {
                year: 1970,
                month: 1,
                day: 1
            }
        );
        // 2026-12-07T12:00:00Z.
        assert_eq!(
            Day::from_ms(1_796_644_800_000.0),
            Day {
                year: 2026,
                month: 12,
                day: 7
            }
        );
        // Across a leap day.
        assert_eq!(
            Day::from_ms(951_782_400_000.0),
            Day {
                year: 2000,
                month: 2,
                day: 29
            }
        );
    }

    #[test]
    fn the_plan_is_a_weekly_series_with_a_reminder_then_the_maintenance() {
        // 7 December 2026, 12:00 on the visitor's clock; 06:30 in UTC (India).
        let local = 1_796_644_800_000.0;
        let ics = plan_calendar(&plan(), &wording(), local, local - 19_800_000.0, "abc");
        assert!(ics.starts_with("BEGIN:VCALENDAR\r\nVERSION:2.0\r\n"));
        assert!(ics.contains("DTSTAMP:20261207T063000Z\r\n"), "{ics}");
        assert!(ics.ends_with("END:VCALENDAR\r\n"));
        assert_eq!(ics.matches("BEGIN:VEVENT").count(), 2);
        assert!(ics.contains("DTSTART:20261214T180000\r\n"), "{ics}");
        assert!(ics.contains("RRULE:FREQ=WEEKLY;COUNT=3\r\n"));
        // The maintenance starts 3 weeks after the last weekly session (28 December).
        assert!(ics.contains("RRULE:FREQ=WEEKLY;INTERVAL=3;COUNT=6\r\n"));
        assert!(ics.contains("DTSTART:20270118T180000\r\n"), "{ics}");
        assert!(ics.contains("TRIGGER:-PT1H\r\n"));
        assert!(ics.contains("DURATION:PT45M\r\n"));
        // Text escaped.
        assert!(ics.contains("SUMMARY:Lower-back focused massage\\; Lotus Clinic\r\n"));
        assert!(ics.contains("Book with the clinic\\, then"));
    }

    #[test]
    fn control_characters_are_left_out_of_text() {
        assert_eq!(
            text("Lotus\u{0}\u{7}\t Clinic\r\n, Pune"),
            "Lotus Clinic\\n\\, Pune"
        );
    }

    #[test]
    fn lines_are_folded_at_75_octets_never_inside_a_character() {
        let mut w = wording();
        w.description = "मालिश ".repeat(40);
        let ics = plan_calendar(&plan(), &w, 0.0, 0.0, "x");
        for l in ics.split("\r\n") {
            assert!(l.len() <= 75, "{} octets: {l}", l.len());
        }
        // Unfolded, the text is whole.
        let unfolded = ics.replace("\r\n ", "");
        assert!(unfolded.contains(&text(&w.description)));
    }
}
