//! The maintenance window of a plan: two RFC 3339 date-times with an offset, the end after the
//! start. `check` reports a bad `window:` (INV002) and `cmslint plan --window` refuses one, with
//! the same words.

use crate::i18n::Message;
use crate::msg;
use jiff::Timestamp;

/// What a correct value looks like, in the messages.
const EXAMPLE: &str = "2026-11-14T20:00:00+01:00";

/// Whether the end comes after the start; otherwise why not.
pub fn order(start: Timestamp, end: Timestamp) -> Result<(), Message> {
    match end.cmp(&start) {
        std::cmp::Ordering::Greater => Ok(()),
        std::cmp::Ordering::Equal => Err(msg!("schema-window-ends-when-it-starts")),
        std::cmp::Ordering::Less => Err(msg!("schema-window-ends-before-it-starts")),
    }
}

/// An RFC 3339 date-time with an offset (`2026-11-14T20:00:00+01:00`, `...Z`), as an instant;
/// otherwise why it is not one.
pub fn date_time(text: &str) -> Result<Timestamp, Message> {
    let shape = rfc3339_shape(text);
    match shape {
        Some(true) => text
            .to_ascii_uppercase()
            .parse::<Timestamp>()
            .map_err(|_| msg!("schema-window-not-in-calendar", text = text)),
        Some(false) => Err(msg!("schema-window-no-offset", text = text).arg("example", EXAMPLE)),
        None => Err(msg!("schema-window-not-rfc3339", text = text).arg("example", EXAMPLE)),
    }
}

/// Whether `text` is written `YYYY-MM-DDTHH:MM:SS[.fraction]` followed by an offset (`Some(true)`)
/// or by nothing (`Some(false)`: the offset is missing). Calendar ranges are jiff's to check.
fn rfc3339_shape(text: &str) -> Option<bool> {
    let b = text.as_bytes();
    let digits = |range: std::ops::Range<usize>| {
        b.get(range)
            .is_some_and(|d| d.iter().all(u8::is_ascii_digit))
    };
    let at = |i: usize, allowed: &[u8]| b.get(i).is_some_and(|c| allowed.contains(c));
    let local = digits(0..4)
        && at(4, b"-")
        && digits(5..7)
        && at(7, b"-")
        && digits(8..10)
        && at(10, b"Tt ")
        && digits(11..13)
        && at(13, b":")
        && digits(14..16)
        && at(16, b":")
        && digits(17..19);
    if !local {
        return None;
    }
    let mut rest = &text[19..];
    if let Some(fraction) = rest.strip_prefix('.') {
        let len = fraction.bytes().take_while(u8::is_ascii_digit).count();
        if len == 0 {
            return None;
        }
        rest = &fraction[len..];
    }
    let o = rest.as_bytes();
    match o {
        [] => Some(false),
        [b'Z' | b'z'] => Some(true),
        [b'+' | b'-', h1, h2, b':', m1, m2]
            if [h1, h2, m1, m2].iter().all(|d| d.is_ascii_digit()) =>
        {
            Some(true)
        }
        _ => None,
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn shapes() {
        assert_eq!(rfc3339_shape("2026-12-05T22:00:00Z"), Some(true));
        assert_eq!(rfc3339_shape("2026-12-05T22:00:00.125-05:00"), Some(true));
        assert_eq!(rfc3339_shape("2026-12-05 22:00:00+09:00"), Some(true));
        assert_eq!(rfc3339_shape("2026-12-05T22:00:00"), Some(false));
        assert_eq!(rfc3339_shape("2026-12-05T22:00Z"), None);
        assert_eq!(rfc3339_shape("2026-12-05"), None);
        assert_eq!(rfc3339_shape("2026-12-05T22:00:00+0100"), None);
        assert_eq!(rfc3339_shape("2026-12-05T22:00:00.Z"), None);
        assert_eq!(rfc3339_shape("Sat 20:00"), None);
        assert_eq!(rfc3339_shape("２０２６-12-05T22:00:00Z"), None);
    }

    #[test]
    fn windows() {
        let at = |text: &str| date_time(text).unwrap();
        assert_eq!(
            order(at("2026-12-05T22:00:00Z"), at("2026-12-06T04:00:00Z")),
            Ok(())
        );
        assert!(order(at("2026-12-06T04:00:00Z"), at("2026-12-05T22:00:00Z")).is_err());
        assert!(date_time("2026-13-06T04:00:00Z").is_err());
    }
}
