//! iCalendar (RFC 5545) for events: one event, or an organiser's feed. Written by hand: the format
//! is small, and the rules that matter (CRLF, escaping, folding at 75 octets, UTC times) are here.

use tandem_core::event::Event;

/// A calendar holding `events`, with links back to their pages under `public_url`.
pub fn calendar(events: &[Event], public_url: &str, name: &str) -> String {
    let mut lines = vec![
        "BEGIN:VCALENDAR".to_owned(),
        "VERSION:2.0".to_owned(),
        "PRODID:-//Tandem//Events//DE".to_owned(),
        "CALSCALE:GREGORIAN".to_owned(),
        "METHOD:PUBLISH".to_owned(),
        format!("X-WR-CALNAME:{}", escape(name)),
    ];
    for event in events {
        let details = &event.details;
        let url = format!("{public_url}/events/{}", event.id);
        let mut description = details.description.clone();
        for session in &event.sessions {
            let start = tandem_core::event::to_local(session.starts_at);
            description.push_str(&format!(
                "\n{:02}:{:02} {}{}",
                start.hour(),
                start.minute(),
                session.title,
                if session.speakers.is_empty() {
                    String::new()
                } else {
                    format!(" ({})", session.speakers)
                }
            ));
        }
        let location = if details.place.is_empty() {
            details.online_url.clone()
        } else {
            details.place.clone()
        };
        lines.extend([
            "BEGIN:VEVENT".to_owned(),
            format!("UID:{}@tandem", event.id),
            format!("DTSTAMP:{}", utc(details.starts_at)),
            format!("DTSTART:{}", utc(details.starts_at)),
            format!("DTEND:{}", utc(details.ends_at)),
            format!("SUMMARY:{}", escape(&details.title)),
            format!("DESCRIPTION:{}", escape(&description)),
            format!("LOCATION:{}", escape(&location)),
            format!("URL:{url}"),
            "END:VEVENT".to_owned(),
        ]);
    }
    lines.push("END:VCALENDAR".to_owned());
    lines.iter().map(|line| fold(line)).collect::<String>()
}

fn utc(at: time::OffsetDateTime) -> String {
    let at = at.to_offset(time::UtcOffset::UTC);
    format!(
        "{:04}{:02}{:02}T{:02}{:02}{:02}Z",
        at.year(),
        u8::from(at.month()),
        at.day(),
        at.hour(),
        at.minute(),
        at.second()
    )
}

/// Escapes a TEXT value: backslash, semicolon, comma and newlines.
fn escape(text: &str) -> String {
    text.replace('\\', "\\\\")
        .replace(';', "\\;")
        .replace(',', "\\,")
        .replace("\r\n", "\\n")
        .replace('\n', "\\n")
}

/// Folds a content line at 75 octets (never inside a UTF-8 character) and ends it with CRLF.
fn fold(line: &str) -> String {
    let mut out = String::with_capacity(line.len() + 8);
    let mut width = 0;
    for ch in line.chars() {
        let len = ch.len_utf8();
        if width + len > 75 {
            out.push_str("\r\n ");
            width = 1;
        }
        out.push(ch);
        width += len;
    }
    out.push_str("\r\n");
    out
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn long_lines_fold_without_splitting_characters() {
        let folded = fold(&format!("SUMMARY:{}", "ä".repeat(60)));
        for line in folded.split("\r\n").filter(|l| !l.is_empty()) {
            assert!(line.len() <= 75, "{line}");
        }
        assert_eq!(escape("a,b;c\nd"), "a\\,b\\;c\\nd");
    }
}
