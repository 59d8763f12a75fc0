//! The language of the environment: the POSIX locale variables (LC_ALL, LC_MESSAGES, LANG, the
//! first one set decides), and where none is set, the user's UI language as the system gives it
//! (sys-locale: Windows, macOS).

use crate::i18n::{Lang, parse_tag};

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
