//! Messages in the reader's language: [`Lang`] (English or Japanese), [`Message`] (a message id
//! of the files in `locales/` with its arguments, or text that is the same in every language),
//! the [`msg!`](crate::msg) macro that builds one, and rendering through Project Fluent
//! (fluent-bundle). Everything that reports keeps messages, not formatted text, until a reporter
//! renders them in the language asked, so a message cannot say one thing in English and another
//! in Japanese.

mod bundles;
mod locale;

pub use bundles::FILES as MESSAGE_FILES;
pub use locale::parse_tag;

use std::fmt;

/// A language cmslint speaks. English is the default and the fallback.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash, Default)]
pub enum Lang {
    #[default]
    En,
    Ja,
}

impl Lang {
    pub const ALL: [Lang; 2] = [Lang::En, Lang::Ja];

    /// The code accepted by `--lang` and `lang =` in cmslint.toml.
    pub fn code(self) -> &'static str {
        match self {
            Lang::En => "en",
            Lang::Ja => "ja",
        }
    }

    /// The BCP 47 tag that SARIF's `run.language` and HTML's `lang` carry.
    pub fn tag(self) -> &'static str {
        match self {
            Lang::En => "en-US",
            Lang::Ja => "ja-JP",
        }
    }

    /// `en` or `ja`, in any case; `None` for a language cmslint does not speak.
    pub fn from_code(code: &str) -> Option<Lang> {
        Lang::ALL
            .into_iter()
            .find(|lang| lang.code().eq_ignore_ascii_case(code))
    }

    /// The message `id` without arguments, in this language.
    pub fn text(self, id: &'static str) -> String {
        Message::new(id).render(self)
    }

    /// `a, b and c` in English, `a、b、c` in Japanese.
    pub fn and_list<S: AsRef<str>>(self, items: &[S]) -> String {
        join(self, items, "and")
    }

    /// `a, b or c` in English, `a、b、c` in Japanese (the message says "one of").
    pub fn or_list<S: AsRef<str>>(self, items: &[S]) -> String {
        join(self, items, "or")
    }
}

impl fmt::Display for Lang {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        f.write_str(self.code())
    }
}

fn join<S: AsRef<str>>(lang: Lang, items: &[S], conjunction: &str) -> String {
    let items: Vec<&str> = items.iter().map(AsRef::as_ref).collect();
    match lang {
        Lang::Ja => items.join("、"),
        Lang::En => match items.as_slice() {
            [] => String::new(),
            [one] => (*one).to_string(),
            [init @ .., last] => format!("{} {conjunction} {last}", init.join(", ")),
        },
    }
}

/// What a person reads, kept as a message id and its arguments until a reporter renders it.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Message(Repr);

#[derive(Debug, Clone, PartialEq, Eq)]
enum Repr {
    Id {
        id: &'static str,
        args: Vec<(&'static str, Arg)>,
    },
    /// Text that reads the same in every language: a command, a name, a path.
    Verbatim(String),
}

/// An argument of a message.
#[derive(Debug, Clone, PartialEq, Eq)]
pub enum Arg {
    /// Text shown as it is: a name from the inventory, a version, a command.
    Str(String),
    /// A number, which the message may use to choose a plural form.
    Num(i64),
    /// A message of its own, rendered in the same language first.
    Msg(Box<Message>),
    /// Items joined as the language joins a list (`a, b and c`; `a、b、c`).
    List(Vec<Message>),
}

impl Message {
    /// The message `id` of `locales/<lang>/*.ftl`, with no arguments yet.
    pub fn new(id: &'static str) -> Self {
        Message(Repr::Id {
            id,
            args: Vec::new(),
        })
    }

    /// Text that is the same in every language (a command, a path); never a sentence.
    pub fn verbatim(text: impl Into<String>) -> Self {
        Message(Repr::Verbatim(text.into()))
    }

    /// Adds the argument `$name`.
    pub fn arg(mut self, name: &'static str, value: impl Into<Arg>) -> Self {
        if let Repr::Id { args, .. } = &mut self.0 {
            args.push((name, value.into()));
        }
        self
    }

    /// The message id, or `None` for verbatim text.
    pub fn id(&self) -> Option<&'static str> {
        match &self.0 {
            Repr::Id { id, .. } => Some(id),
            Repr::Verbatim(_) => None,
        }
    }

    /// The arguments' names and values, in the order given.
    pub fn args(&self) -> &[(&'static str, Arg)] {
        match &self.0 {
            Repr::Id { args, .. } => args,
            Repr::Verbatim(_) => &[],
        }
    }

    /// The value of argument `$name`, when it is text.
    pub fn str_arg(&self, name: &str) -> Option<&str> {
        self.args().iter().find_map(|(n, value)| match value {
            Arg::Str(s) if *n == name => Some(s.as_str()),
            _ => None,
        })
    }

    /// Whether this is an empty verbatim text (a label with nothing to say).
    pub fn is_empty(&self) -> bool {
        matches!(&self.0, Repr::Verbatim(text) if text.is_empty())
    }

    /// The message in `lang`. An id `lang` lacks falls back to English, and one English lacks
    /// renders as the id itself (the message-parity tests keep both from happening).
    pub fn render(&self, lang: Lang) -> String {
        match &self.0 {
            Repr::Verbatim(text) => text.clone(),
            Repr::Id { id, args } => bundles::format(lang, id, args),
        }
    }
}

impl Default for Message {
    fn default() -> Self {
        Message::verbatim(String::new())
    }
}

impl From<&str> for Arg {
    fn from(value: &str) -> Self {
        Arg::Str(value.to_string())
    }
}

impl From<String> for Arg {
    fn from(value: String) -> Self {
        Arg::Str(value)
    }
}

impl From<&String> for Arg {
    fn from(value: &String) -> Self {
        Arg::Str(value.clone())
    }
}

impl From<Message> for Arg {
    fn from(value: Message) -> Self {
        Arg::Msg(Box::new(value))
    }
}

impl From<Vec<Message>> for Arg {
    fn from(value: Vec<Message>) -> Self {
        Arg::List(value)
    }
}

macro_rules! number_args {
    ($($t:ty),*) => {$(
        impl From<$t> for Arg {
            fn from(value: $t) -> Self {
                Arg::Num(i64::try_from(value).unwrap_or(i64::MAX))
            }
        }
    )*};
}
number_args!(u8, u16, u32, u64, usize, i32, i64);

/// A [`Message`]: `msg!("count-files", count = files.len())`, arguments named as in the
/// message files.
#[macro_export]
macro_rules! msg {
    ($id:literal $(, $name:ident = $value:expr)* $(,)?) => {
        $crate::i18n::Message::new($id)$(.arg(stringify!($name), $value))*
    };
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn lists_are_joined_as_each_language_joins_them() {
        assert_eq!(Lang::En.and_list(&["a", "b", "c"]), "a, b and c");
        assert_eq!(Lang::En.and_list(&["a", "b"]), "a and b");
        assert_eq!(Lang::En.or_list(&["a", "b"]), "a or b");
        assert_eq!(Lang::En.and_list(&["a"]), "a");
        assert_eq!(Lang::Ja.and_list(&["a", "b", "c"]), "a、b、c");
    }

    #[test]
    fn a_language_code_is_read_in_any_case() {
        assert_eq!(Lang::from_code("JA"), Some(Lang::Ja));
        assert_eq!(Lang::from_code("en"), Some(Lang::En));
        assert_eq!(Lang::from_code("fr"), None);
    }

    #[test]
    fn arguments_plurals_and_nested_messages_are_rendered_in_the_language_asked() {
        let files = |n: usize| crate::msg!("count-files", count = n);
        assert_eq!(files(1).render(Lang::En), "1 file");
        assert_eq!(files(2).render(Lang::En), "2 files");
        assert_eq!(files(2).render(Lang::Ja), "2 個のファイル");
        let list = Arg::List(vec![files(1), files(3)]);
        let both = Message::new("list").arg("items", list);
        assert_eq!(both.render(Lang::En), "1 file and 3 files");
        assert_eq!(both.render(Lang::Ja), "1 個のファイル、3 個のファイル");
    }

    #[test]
    fn verbatim_text_is_the_same_in_every_language() {
        let command = Message::verbatim("Cluster.exe group \"EXCMS01\" /move:EXNODE1");
        assert_eq!(command.render(Lang::Ja), command.render(Lang::En));
    }
}
