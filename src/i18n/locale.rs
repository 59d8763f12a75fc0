//! The language of a locale name as systems spell them (`ja_JP.UTF-8`, `ja-JP`,
//! `Japanese_Japan.932`). Reading the environment is the command line's: `cli::lang`.

use super::Lang;

/// The language of a locale name or tag: `ja_JP.UTF-8`, `ja-JP`, `ja`, `Japanese_Japan.932`;
/// `C`, `POSIX` and anything else are English.
pub fn parse_tag(tag: &str) -> Lang {
    let language = tag.split(['_', '-', '.', '@']).next().unwrap_or_default();
    if language.eq_ignore_ascii_case("japanese") {
        return Lang::Ja;
    }
    Lang::from_code(language).unwrap_or_default()
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn locale_names_as_systems_spell_them() {
        assert_eq!(parse_tag("ja_JP.UTF-8"), Lang::Ja);
        assert_eq!(parse_tag("ja_JP.eucJP"), Lang::Ja);
        assert_eq!(parse_tag("ja-JP"), Lang::Ja);
        assert_eq!(parse_tag("JA"), Lang::Ja);
        assert_eq!(parse_tag("Japanese_Japan.932"), Lang::Ja);
        assert_eq!(parse_tag("C.UTF-8"), Lang::En);
        assert_eq!(parse_tag("POSIX"), Lang::En);
        assert_eq!(parse_tag("en_US.UTF-8"), Lang::En);
        assert_eq!(parse_tag("fr_FR.UTF-8"), Lang::En);
        assert_eq!(parse_tag(""), Lang::En);
    }
}
