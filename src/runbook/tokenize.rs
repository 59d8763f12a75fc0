//! Splitting one step into arguments as cmd.exe or PowerShell would, after dropping what rides
//! along when a command is pasted (a shell prompt, PowerShell's call operator, zero-width
//! characters), and refusing anything that is not exactly one simple command.
//!
//! The tokenizer is hand-written because no crate parses cmd.exe/PowerShell command lines of
//! this narrow shape: one command, either shell's quoting (straight and typographic quotes
//! alike), quotes in the middle of an argument (`/move:"N 2"`), and the few constructs (pipes,
//! `;`, `&&`, variables, redirection) that must be detected and refused rather than
//! interpreted.

use super::{NameKind, Reason, Unrecognized, shown, unrec};

/// `-` and the dashes web pages and word processors substitute for it. PowerShell
/// itself accepts en dash, em dash and horizontal bar as a parameter dash.
pub(super) fn is_dash(c: char) -> bool {
    matches!(
        c,
        '-' | '\u{2010}' | '\u{2011}' | '\u{2013}' | '\u{2014}' | '\u{2015}' | '\u{2212}'
    )
}

/// `"` and its typographic stand-ins `“ ” „ ‟`, all interchangeable.
fn is_dquote(c: char) -> bool {
    matches!(c, '"' | '\u{201C}' | '\u{201D}' | '\u{201E}' | '\u{201F}')
}

/// `'` and its typographic stand-ins `‘ ’ ‚ ‛`, all interchangeable.
fn is_squote(c: char) -> bool {
    matches!(c, '\'' | '\u{2018}' | '\u{2019}' | '\u{201A}' | '\u{201B}')
}

fn is_newline(c: char) -> bool {
    matches!(c, '\n' | '\r' | '\u{85}' | '\u{2028}' | '\u{2029}')
}

/// Zero-width characters and soft hyphens that ride along when copying from web
/// pages; they are dropped before anything else looks at the text.
pub(super) fn is_invisible(c: char) -> bool {
    matches!(
        c,
        '\u{AD}' | '\u{200B}' | '\u{200C}' | '\u{200D}' | '\u{2060}' | '\u{FEFF}'
    )
}

fn strip_prefix_ci<'a>(s: &'a str, prefix: &str) -> Option<&'a str> {
    let head = s.get(..prefix.len())?;
    if head.eq_ignore_ascii_case(prefix) {
        s.get(prefix.len()..)
    } else {
        None
    }
}

/// `C:`, `\\server\share` or a provider path (`Microsoft.PowerShell.Core\FileSystem::...`).
fn looks_like_location(p: &str) -> bool {
    let b = p.as_bytes();
    let drive = b.len() >= 2 && b[0].is_ascii_alphabetic() && b[1] == b':';
    (drive || p.starts_with("\\\\") || p.contains("::"))
        && !p.chars().any(|c| is_dquote(c) || is_squote(c) || c == '|')
}

/// A cmd.exe prompt path like `C:\Program Files\Exchange Server\Bin`. Strict, so
/// that `C:\SP2\setup.com /mode:upgrade >log` is not mistaken for a prompt.
fn is_cmd_prompt_path(p: &str) -> bool {
    let b = p.as_bytes();
    if b.len() < 3 || !b[0].is_ascii_alphabetic() || b[1] != b':' || b[2] != b'\\' {
        return false;
    }
    let rest = &p[3..];
    let mut prev_space = false;
    for c in rest.chars() {
        if matches!(c, ':' | '/' | '|' | '&' | '<') || is_dquote(c) || is_squote(c) {
            return false;
        }
        if prev_space && is_dash(c) {
            return false;
        }
        prev_space = c.is_whitespace();
    }
    true
}

/// Drops a leading `PS C:\>`, `[PS] C:\>`, `PS>` or `C:\>` prompt.
pub(super) fn strip_prompt(s: &str) -> &str {
    let (powershell, rest) = if let Some(r) = strip_prefix_ci(s, "[PS]") {
        (true, r)
    } else if let Some(r) = strip_prefix_ci(s, "PS")
        && r.starts_with(|c: char| c.is_whitespace() || c == '>')
    {
        (true, r)
    } else {
        (false, s)
    };
    let Some(gt) = rest.find('>') else {
        return s;
    };
    let path = &rest[..gt];
    let is_prompt = if powershell {
        let p = path.trim();
        p.is_empty() || looks_like_location(p)
    } else {
        is_cmd_prompt_path(path)
    };
    if is_prompt {
        rest[gt + 1..].trim_start()
    } else {
        s
    }
}

/// Drops PowerShell's call operator in `& "C:\Program Files\...\setup.com" ...`.
pub(super) fn strip_call_operator(s: &str) -> &str {
    match s.strip_prefix('&') {
        Some(rest) if !rest.starts_with('&') => rest.trim_start(),
        _ => s,
    }
}

/// One argument, after quote removal.
#[derive(Debug, Clone, Default)]
pub(super) struct Token {
    /// The argument with its quotes removed.
    pub(super) text: String,
    /// The argument began with a quote, so PowerShell never reads it as a parameter.
    pub(super) quoted_start: bool,
    /// Holds `$` or `%` outside single quotes, unquoted `( ) { }` or a leading `@`:
    /// the shell would substitute something the linter cannot know.
    pub(super) expands: bool,
    /// Holds an unquoted comma: PowerShell would pass a list.
    pub(super) list: bool,
}

/// If `text[i..]` is optional blanks then a line break (or the end), the byte index after that
/// line break: the escape character before `i` continues the line.
fn continuation(text: &str, mut i: usize) -> Option<usize> {
    while let Some(c) = char_at(text, i)
        && c.is_whitespace()
        && !is_newline(c)
    {
        i += c.len_utf8();
    }
    match char_at(text, i) {
        None => Some(i),
        Some('\r') if text[i + 1..].starts_with('\n') => Some(i + 2),
        Some(c) if is_newline(c) => Some(i + c.len_utf8()),
        Some(_) => None,
    }
}

/// Printable ASCII that neither shell gives a meaning inside an argument: not blank, not a
/// quote, and none of `; | & < > ` ^ $ % ( ) { } @ ,`.
fn plain(c: char) -> bool {
    c.is_ascii_graphic()
        && !matches!(
            c,
            ';' | '|'
                | '&'
                | '<'
                | '>'
                | '`'
                | '^'
                | '"'
                | '\''
                | '$'
                | '%'
                | '('
                | ')'
                | '{'
                | '}'
                | '@'
                | ','
        )
}

/// The character that starts at byte `i` (a character boundary), if any.
fn char_at(text: &str, i: usize) -> Option<char> {
    text[i..].chars().next()
}

/// Splits one command line into arguments, refusing anything that is not exactly
/// one simple command. It walks the text in place (byte indices on character boundaries); only
/// the arguments' own text is copied.
pub(super) fn tokenize(text: &str) -> Result<Vec<Token>, Unrecognized> {
    let mut tokens: Vec<Token> = Vec::new();
    let mut cur: Option<Token> = None;
    // A `;` or a line break closed the command: anything but blanks, further
    // `;` and comments after it is a second command.
    let mut ended = false;
    let mut i = 0;
    while let Some(c) = char_at(text, i) {
        let next = i + c.len_utf8();
        if c.is_whitespace() {
            tokens.extend(cur.take());
            if is_newline(c) && !tokens.is_empty() {
                ended = true;
            }
            i = next;
            continue;
        }
        if cur.is_none() {
            if c == '#' {
                // PowerShell comment, to the end of the line.
                i = text[i..].find(is_newline).map_or(text.len(), |n| i + n);
                continue;
            }
            if c == ';' {
                ended |= !tokens.is_empty();
                i = next;
                continue;
            }
            if ended {
                return Err(unrec(Reason::SeveralCommands));
            }
        }
        match c {
            ';' => {
                tokens.extend(cur.take());
                ended = true;
                i = next;
            }
            '|' | '&' => return Err(unrec(Reason::SeveralCommands)),
            '<' | '>' => return Err(unrec(Reason::Redirection)),
            '`' | '^' => match continuation(text, next) {
                Some(after) => {
                    tokens.extend(cur.take());
                    i = after;
                }
                None => {
                    return Err(unrec(Reason::EscapeCharacter { character: c }));
                }
            },
            _ if is_dquote(c) || is_squote(c) => {
                let double = is_dquote(c);
                let tok = cur.get_or_insert_with(|| Token {
                    quoted_start: true,
                    ..Token::default()
                });
                i = next;
                loop {
                    let Some(q) = char_at(text, i) else {
                        return Err(unrec(Reason::UnterminatedQuote));
                    };
                    i += q.len_utf8();
                    if (double && is_dquote(q)) || (!double && is_squote(q)) {
                        break;
                    }
                    if double {
                        if q == '`' {
                            return Err(unrec(Reason::EscapeCharacter { character: '`' }));
                        }
                        if matches!(q, '$' | '%') {
                            tok.expands = true;
                        }
                    }
                    tok.text.push(q);
                }
            }
            _ if plain(c) => {
                // A run of plain characters (most of a path, a switch or a name) is copied at
                // once: none of them means anything to either shell.
                let run = text[i..]
                    .bytes()
                    .take_while(|&b| plain(char::from(b)))
                    .count();
                let tok = cur.get_or_insert_with(Token::default);
                tok.text.push_str(&text[i..i + run]);
                i += run;
            }
            _ => {
                let tok = cur.get_or_insert_with(Token::default);
                if matches!(c, '$' | '%' | '(' | ')' | '{' | '}')
                    || (c == '@' && tok.text.is_empty())
                {
                    tok.expands = true;
                }
                if c == ',' {
                    tok.list = true;
                }
                tok.text.push(c);
                i = next;
            }
        }
    }
    tokens.extend(cur);
    Ok(tokens)
}

/// `/name`, `/name:value`, `-name:value` (any dash): the switch syntax of Setup and
/// cluster.exe. `None` for anything else, including a bare `/`.
pub(super) fn split_switch(text: &str) -> Option<(&str, Option<&str>)> {
    let first = text.chars().next()?;
    if first != '/' && !is_dash(first) {
        return None;
    }
    let rest = &text[first.len_utf8()..];
    let (name, value) = match rest.split_once(':') {
        Some((n, v)) => (n, Some(v)),
        None => (rest, None),
    };
    (!name.is_empty()).then_some((name, value))
}

/// A name the step acts on: refused if the shell would substitute it, or if it is
/// empty or holds control characters.
pub(super) fn checked_name(
    tok: &Token,
    value: &str,
    what: NameKind,
) -> Result<String, Unrecognized> {
    if tok.expands {
        return Err(unrec(Reason::NameExpands {
            what,
            value: shown(value),
        }));
    }
    if value.trim().is_empty() {
        return Err(unrec(Reason::EmptyName { what }));
    }
    if value.chars().any(char::is_control) {
        return Err(unrec(Reason::NameHasControl {
            what,
            value: shown(value),
        }));
    }
    Ok(value.to_string())
}
