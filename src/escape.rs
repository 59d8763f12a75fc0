//! Inventory text made safe to show: control and bidirectional-formatting characters from a
//! file are replaced in snippets (keeping byte lengths, so spans stay valid) and escaped in
//! messages (`\u{202e}`), so that nothing from an inventory can rewrite a terminal or reorder
//! what a reader sees (Trojan Source). A leaf: it imports nothing from the crate.

/// Replaces control and bidirectional-formatting characters with visible ones of the same
/// UTF-8 length, so terminal output cannot be spoofed and byte offsets and columns stay valid.
/// Tabs, line feeds and carriage returns are kept.
pub fn sanitize_in_place(text: &str) -> String {
    text.chars()
        .map(|c| match c {
            '\t' | '\n' | '\r' => c.to_string(),
            c if c.is_ascii_control() => "?".to_string(),
            '\u{80}'..='\u{9f}' => "\u{bf}".to_string(),
            c if is_bidi_or_invisible(c) => "\u{fffd}".to_string(),
            c => c.to_string(),
        })
        .collect()
}

/// Escapes control and bidirectional characters in a message (`\u{202e}`), so names from the
/// inventory are shown, never interpreted.
pub fn escape_message(text: &str) -> String {
    escape_with(text, |_| None)
}

/// Escapes inventory text for one output format: `special` gives the replacement of the
/// characters that format treats specially (`Some("%0A")` for a line feed), and every other
/// control or bidirectional character is shown as `\u{..}`, as [`escape_message`] does.
pub fn escape_with(text: &str, special: impl Fn(char) -> Option<&'static str>) -> String {
    let mut out = String::with_capacity(text.len());
    for c in text.chars() {
        if let Some(replacement) = special(c) {
            out.push_str(replacement);
        } else if c.is_control() || is_bidi_or_invisible(c) {
            out.push_str(&format!("\\u{{{:x}}}", c as u32));
        } else {
            out.push(c);
        }
    }
    out
}

/// Characters that reorder or hide text (Trojan Source).
fn is_bidi_or_invisible(c: char) -> bool {
    matches!(c, '\u{200e}' | '\u{200f}' | '\u{202a}'..='\u{202e}' | '\u{2066}'..='\u{2069}' | '\u{061c}')
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn sanitizing_keeps_byte_lengths() {
        let text = "a\u{1b}[31m\u{202e}b\u{85}\tc\r\n";
        let clean = sanitize_in_place(text);
        assert_eq!(clean.len(), text.len());
        assert_eq!(clean.chars().count(), text.chars().count());
        assert!(!clean.contains('\u{1b}') && !clean.contains('\u{202e}'));
        assert_eq!(escape_message("x\u{1b}y\u{202e}"), "x\\u{1b}y\\u{202e}");
    }
}
