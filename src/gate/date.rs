//! The dates the gate judges suppressions by: an `expires` date or `CMSLINT_TODAY` as written
//! (`YYYY-MM-DD`), and today in UTC.

use jiff::civil::Date;

/// A `YYYY-MM-DD` date (also what `CMSLINT_TODAY` holds).
pub fn parse_date(text: &str) -> Option<Date> {
    let bytes = text.as_bytes();
    let shape = bytes.len() == 10
        && bytes.iter().enumerate().all(|(i, b)| match i {
            4 | 7 => *b == b'-',
            _ => b.is_ascii_digit(),
        });
    if !shape {
        return None;
    }
    text.parse().ok()
}

/// Today's date in UTC from the system clock.
pub fn today_utc() -> Date {
    jiff::tz::Offset::UTC
        .to_datetime(jiff::Timestamp::now())
        .date()
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn dates_are_strict() {
        assert_eq!(
            parse_date("2026-02-28"),
            Some(jiff::civil::date(2026, 2, 28))
        );
        assert_eq!(parse_date("2026-02-30"), None);
        assert_eq!(parse_date("2026-2-3"), None);
        assert_eq!(parse_date("2026-02-28T00:00"), None);
    }
}
