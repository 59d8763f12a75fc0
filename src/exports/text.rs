//! Lines of an export with their byte offsets, and the console width of text: cluster.exe pads
//! columns by bytes of the OEM code page, so a character that takes two bytes in CP932 (Shift_JIS)
//! takes two columns.

use std::ops::Range;

/// One line without its line break, and where it starts in the text.
#[derive(Debug, Clone, Copy)]
pub struct Line<'a> {
    pub start: usize,
    pub text: &'a str,
}

impl<'a> Line<'a> {
    pub fn range(&self) -> Range<usize> {
        self.start..self.start + self.text.len()
    }

    pub fn is_blank(&self) -> bool {
        self.text.trim().is_empty()
    }

    /// The byte range in the whole text of a byte range of this line.
    pub fn at(&self, range: Range<usize>) -> Range<usize> {
        self.start + range.start..self.start + range.end
    }

    /// A trimmed slice of this line as a field (`None` when it is blank).
    pub fn field(&self, range: Range<usize>) -> Option<super::Field> {
        let slice = &self.text[range.clone()];
        let trimmed = slice.trim();
        if trimmed.is_empty() {
            return None;
        }
        let lead = slice.len() - slice.trim_start().len();
        let start = range.start + lead;
        Some(super::Field::new(
            trimmed,
            self.at(start..start + trimmed.len()),
        ))
    }

    /// Whitespace-separated tokens with their ranges.
    pub fn tokens(&self) -> Vec<super::Field> {
        let mut out = Vec::new();
        let mut start = None;
        for (i, c) in self.text.char_indices().chain([(self.text.len(), ' ')]) {
            match (c.is_whitespace(), start) {
                (false, None) => start = Some(i),
                (true, Some(s)) => {
                    out.push(super::Field::new(&self.text[s..i], self.at(s..i)));
                    start = None;
                }
                _ => {}
            }
        }
        out
    }
}

/// Every line of a text (LF or CRLF), with offsets.
pub fn lines(text: &str) -> Vec<Line<'_>> {
    let mut out = Vec::new();
    let mut start = 0;
    for part in text.split_inclusive('\n') {
        let body = part.strip_suffix('\n').unwrap_or(part);
        let body = body.strip_suffix('\r').unwrap_or(body);
        out.push(Line { start, text: body });
        start += part.len();
    }
    out
}

/// The lines of each record of a `Name : value` or `Name=value` listing: a blank line ends a
/// record, and so does a property name the record already has (output copied from a console
/// or a web page loses the blank lines). `name` gives the property a line starts, if any.
pub fn records<'t, 'a>(
    lines: &'t [Line<'a>],
    name: impl Fn(&'a str) -> Option<&'a str>,
) -> Vec<Vec<&'t Line<'a>>> {
    let mut out: Vec<Vec<&Line>> = Vec::new();
    let mut block: Vec<&Line> = Vec::new();
    let mut names: Vec<&str> = Vec::new();
    for line in lines {
        let name = name(line.text);
        let repeated = name.is_some_and(|n| names.iter().any(|m| m.eq_ignore_ascii_case(n)));
        if (line.is_blank() || repeated) && !block.is_empty() {
            out.push(std::mem::take(&mut block));
            names.clear();
        }
        if !line.is_blank() {
            block.push(line);
            names.extend(name);
        }
    }
    if !block.is_empty() {
        out.push(block);
    }
    out
}

/// Console columns a character takes: two for what CP932 writes in two bytes (kanji, kana,
/// full-width forms), one otherwise.
pub fn char_width(c: char) -> usize {
    if c.is_ascii() {
        return 1;
    }
    let mut buf = [0u8; 4];
    let (bytes, _, unmappable) = encoding_rs::SHIFT_JIS.encode(c.encode_utf8(&mut buf));
    if !unmappable && bytes.len() == 2 {
        2
    } else {
        1
    }
}

/// The byte offset in `line` of the first character that starts at or after console column
/// `column` (0-based); the line's length when the line is shorter.
pub fn byte_at_column(line: &str, column: usize) -> usize {
    let mut at = 0;
    for (i, c) in line.char_indices() {
        if at >= column {
            return i;
        }
        at += char_width(c);
    }
    line.len()
}

/// The character that covers console column `column`, if the line reaches it.
pub fn char_at_column(line: &str, column: usize) -> Option<char> {
    let mut at = 0;
    for c in line.chars() {
        let w = char_width(c);
        if column < at + w {
            return Some(c);
        }
        at += w;
    }
    None
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn lines_keep_offsets_across_crlf() {
        let l = lines("ab\r\ncd\nef");
        assert_eq!(
            l.iter().map(|l| (l.start, l.text)).collect::<Vec<_>>(),
            [(0, "ab"), (4, "cd"), (7, "ef")]
        );
        let toks = l[0].tokens();
        assert_eq!(toks[0].range, 0..2);
    }

    fn display_width(text: &str) -> usize {
        text.chars().map(char_width).sum()
    }

    #[test]
    fn widths_follow_the_oem_code_page() {
        assert_eq!(display_width("EXNODE1"), 7);
        assert_eq!(display_width("グループ"), 8);
        // Half-width katakana is one byte in CP932, and what CP932 cannot write counts one.
        assert_eq!(display_width("ｸﾞﾙｰﾌﾟ"), 6);
        assert_eq!(display_width("é😀"), 2);
        assert_eq!(display_width("é"), 1);
        assert_eq!(byte_at_column("グループ  x", 10), "グループ  ".len());
        assert_eq!(char_at_column("グa", 1), Some('グ'));
        assert_eq!(char_at_column("グa", 2), Some('a'));
        assert_eq!(char_at_column("グa", 3), None);
    }
}
