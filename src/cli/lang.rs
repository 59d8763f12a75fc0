//! The language of a run: `--lang`, else `lang` of cmslint.toml, else the environment: the
//! POSIX locale variables (LC_ALL, LC_MESSAGES, LANG, the first one set decides), and where none
//! is set, the user's UI language as the system gives it (sys-locale: Windows, macOS); English
//! for a language cmslint does not speak.

use crate::i18n::{Lang, parse_tag};

/// The language `--lang` (`flag`) or the config (`config`) asks for, in that order, else the
/// environment's.
pub fn choose(flag: Option<Lang>, config: Option<Lang>) -> Lang {
    flag.or(config).unwrap_or_else(from_environment)
}

/// The language the environment asks for; English for a language cmslint does not speak.
pub fn from_environment() -> Lang {
    let variable = ["LC_ALL", "LC_MESSAGES", "LANG"]
        .into_iter()
        .find_map(|name| std::env::var(name).ok().filter(|v| !v.is_empty()));
    match variable {
        Some(value) => parse_tag(&value),
        None => sys_locale::get_locale().map_or(Lang::En, |tag| parse_tag(&tag)),
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn the_flag_comes_before_the_config() {
        assert_eq!(choose(Some(Lang::En), Some(Lang::Ja)), Lang::En);
        assert_eq!(choose(Some(Lang::Ja), None), Lang::Ja);
        assert_eq!(choose(None, Some(Lang::Ja)), Lang::Ja);
        assert_eq!(choose(None, Some(Lang::En)), Lang::En);
    }
}
