//! Lists inside messages that a language joins with its own separator, where `Arg::List`'s
//! `a, b and c` is not what the English says: `EXCMS01, EXCMS02`, `a or b`, `a, b or c`,
//! `a; b`.

use crate::i18n::{Arg, Message};
use crate::msg;

/// How the items of a list are joined: in English with `, `, ` and `, ` or ` or `; `, in
/// Japanese as `locales/ja/engine.ftl` says.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Joiner {
    Comma,
    And,
    Or,
    /// Clauses of a help or a note (a full stop between sentences in Japanese).
    Semicolon,
}

impl Joiner {
    fn pair(self, head: Message, tail: Message) -> Message {
        match self {
            Joiner::Comma => msg!("engine-join-comma", head = head, tail = tail),
            Joiner::And => msg!("engine-join-and", head = head, tail = tail),
            Joiner::Or => msg!("engine-join-or", head = head, tail = tail),
            Joiner::Semicolon => msg!("engine-join-semicolon", head = head, tail = tail),
        }
    }
}

/// The items joined, from the right: `a, (b, c)`. Empty text when there is none.
pub fn join(items: impl IntoIterator<Item = Message>, joiner: Joiner) -> Message {
    let items: Vec<Message> = items.into_iter().collect();
    (items.into_iter().rev())
        .reduce(|tail, head| joiner.pair(head, tail))
        .unwrap_or_default()
}

/// `a, b or c`: the alternatives, as `Arg::List` gives `a, b and c`.
pub fn one_of(items: impl IntoIterator<Item = Message>) -> Message {
    let mut items: Vec<Message> = items.into_iter().collect();
    let Some(last) = items.pop() else {
        return Message::default();
    };
    if items.is_empty() {
        return last;
    }
    Joiner::Or.pair(join(items, Joiner::Comma), last)
}

/// Names (from the inventory, shown as they are) as a list argument: `a, b and c`, `a、b、c`.
pub fn name_list<S: AsRef<str>>(names: &[S]) -> Arg {
    Arg::List(
        names
            .iter()
            .map(|n| Message::verbatim(n.as_ref()))
            .collect(),
    )
}

/// Names (from the inventory, shown as they are) joined.
pub fn join_names<S: AsRef<str>>(names: impl IntoIterator<Item = S>, joiner: Joiner) -> Message {
    join(
        names.into_iter().map(|n| Message::verbatim(n.as_ref())),
        joiner,
    )
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::i18n::Lang;

    #[test]
    fn each_language_joins_with_its_own_separator() {
        let names = |joiner| join_names(["EXCMS01", "EXCMS02", "EXCMS03"], joiner);
        assert_eq!(
            names(Joiner::Comma).render(Lang::En),
            "EXCMS01, EXCMS02, EXCMS03"
        );
        assert_eq!(
            names(Joiner::Comma).render(Lang::Ja),
            "EXCMS01、EXCMS02、EXCMS03"
        );
        assert_eq!(
            names(Joiner::And).render(Lang::En),
            "EXCMS01 and EXCMS02 and EXCMS03"
        );
        assert_eq!(
            names(Joiner::Or).render(Lang::En),
            "EXCMS01 or EXCMS02 or EXCMS03"
        );
        assert_eq!(
            names(Joiner::Or).render(Lang::Ja),
            "EXCMS01 または EXCMS02 または EXCMS03"
        );
        assert_eq!(
            names(Joiner::Semicolon).render(Lang::En),
            "EXCMS01; EXCMS02; EXCMS03"
        );
        assert_eq!(
            names(Joiner::Semicolon).render(Lang::Ja),
            "EXCMS01。EXCMS02。EXCMS03"
        );
        assert_eq!(
            join_names(["EXCMS01"], Joiner::Or).render(Lang::Ja),
            "EXCMS01"
        );
        assert_eq!(join_names::<&str>([], Joiner::Or).render(Lang::En), "");
        let one_of = |names: &[&str]| one_of(names.iter().map(|n| Message::verbatim(*n)));
        assert_eq!(one_of(&["a", "b", "c"]).render(Lang::En), "a, b or c");
        assert_eq!(one_of(&["a", "b", "c"]).render(Lang::Ja), "a、b または c");
        assert_eq!(one_of(&["a", "b"]).render(Lang::En), "a or b");
        assert_eq!(one_of(&["a"]).render(Lang::En), "a");
    }
}
