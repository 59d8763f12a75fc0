//! Words in messages: lists of options joined as each language joins them, and "did you mean",
//! the known word nearest to a misspelt one (an inventory key, a rule, a report format, a
//! cluster name) by edit distance with case ignored. The messages are in `locales/<lang>/common.ftl`.

use crate::i18n::Message;
use crate::msg;

/// "did you mean `word`?": the help or label that offers the word a misspelt one was meant to be.
pub fn meant(word: &str) -> Message {
    msg!("did-you-mean", word = word)
}

/// Options joined by commas and nothing else (`a, b, c`; `a、b、c`), as a message says "one of
/// these".
pub fn comma_list(items: Vec<Message>) -> Message {
    joined(items, |head, tail| {
        msg!("list-comma", head = head, tail = tail)
    })
}

/// Words the reader may type (keys, values, column names), each in backticks, joined by commas:
/// `` `a`, `b`, `c` ``.
pub fn code_list<'a>(items: impl IntoIterator<Item = &'a str>) -> Message {
    comma_list(
        items
            .into_iter()
            .map(|item| Message::verbatim(format!("`{item}`")))
            .collect(),
    )
}

/// Alternatives joined by "or" (`a or b or c`).
pub fn or_list(items: Vec<Message>) -> Message {
    joined(items, |head, tail| {
        msg!("list-or", head = head, tail = tail)
    })
}

/// The items joined from the last one back, each join a message of its own so that every
/// language puts its own word between two items.
fn joined(items: Vec<Message>, join: impl Fn(Message, Message) -> Message) -> Message {
    let mut items = items.into_iter().rev();
    let Some(last) = items.next() else {
        return Message::verbatim("");
    };
    items.fold(last, |tail, head| join(head, tail))
}

/// Edit distance between two words, case ignored: insertions, deletions, substitutions and
/// swaps of two neighbouring letters (`exhange` -> `exchange` is 1, `cmslnit` -> `cmslint` is 1).
pub fn distance(a: &str, b: &str) -> usize {
    let a: Vec<char> = a.chars().flat_map(char::to_lowercase).collect();
    let b: Vec<char> = b.chars().flat_map(char::to_lowercase).collect();
    // rows[i][j]: the distance between a[..i] and b[..j]; three rows are enough.
    let mut before: Vec<usize> = Vec::new();
    let mut previous: Vec<usize> = (0..=b.len()).collect();
    for i in 1..=a.len() {
        let mut current = vec![i; b.len() + 1];
        for j in 1..=b.len() {
            let cost = usize::from(a[i - 1] != b[j - 1]);
            current[j] = (previous[j] + 1)
                .min(current[j - 1] + 1)
                .min(previous[j - 1] + cost);
            if i > 1 && j > 1 && a[i - 1] == b[j - 2] && a[i - 2] == b[j - 1] {
                current[j] = current[j].min(before[j - 2] + 1);
            }
        }
        before = std::mem::replace(&mut previous, current);
    }
    previous[b.len()]
}

/// The candidate nearest to `word` within `max` edits (the first of equals), when `word` is not
/// itself a candidate as spelt.
pub fn closest<'a>(
    word: &str,
    candidates: impl IntoIterator<Item = &'a str>,
    max: usize,
) -> Option<&'a str> {
    let mut best: Option<(usize, &'a str)> = None;
    for candidate in candidates {
        if candidate == word {
            return None;
        }
        let d = distance(word, candidate);
        if d <= max && best.is_none_or(|(b, _)| d < b) {
            best = Some((d, candidate));
        }
    }
    best.map(|(_, c)| c)
}

/// The candidate `word` was most likely meant to be: at most one edit in three letters
/// (`sarf` -> `sarif`, `exhange` -> `exchange`, `clustertools` -> `clusterTools`).
pub fn did_you_mean<'a>(
    word: &str,
    candidates: impl IntoIterator<Item = &'a str>,
) -> Option<&'a str> {
    closest(word, candidates, word.chars().count().max(3) / 3)
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn suggestions_and_lists_are_said_in_each_language() {
        use crate::i18n::{Lang, Message};
        assert_eq!(meant("servers").render(Lang::En), "did you mean `servers`?");
        assert_eq!(
            meant("servers").render(Lang::Ja),
            "`servers` の誤りと思われる"
        );
        let items = || ["`ccr`", "`scc`", "`mnsc`"].map(Message::verbatim).to_vec();
        assert_eq!(comma_list(items()).render(Lang::En), "`ccr`, `scc`, `mnsc`");
        assert_eq!(comma_list(items()).render(Lang::Ja), "`ccr`、`scc`、`mnsc`");
        assert_eq!(
            or_list(items()).render(Lang::En),
            "`ccr` or `scc` or `mnsc`"
        );
        assert_eq!(
            or_list(items()).render(Lang::Ja),
            "`ccr` または `scc` または `mnsc`"
        );
        assert_eq!(comma_list(items()[..1].to_vec()).render(Lang::Ja), "`ccr`");
        assert_eq!(comma_list(Vec::new()).render(Lang::En), "");
        assert_eq!(code_list(["en", "ja"]).render(Lang::En), "`en`, `ja`");
        assert_eq!(code_list(["en", "ja"]).render(Lang::Ja), "`en`、`ja`");
    }

    #[test]
    fn distances() {
        assert_eq!(distance("exhange", "exchange"), 1);
        assert_eq!(distance("cmslnt", "cmslint"), 1);
        assert_eq!(distance("cmslnit", "cmslint"), 1);
        assert_eq!(distance("clustertools", "clusterTools"), 0);
        assert_eq!(distance("", "abc"), 3);
        assert_eq!(distance("kitten", "sitting"), 3);
    }

    #[test]
    fn suggestions() {
        let formats = ["human", "json", "sarif", "junit", "github", "markdown"];
        assert_eq!(did_you_mean("sarf", formats), Some("sarif"));
        assert_eq!(did_you_mean("SARIF", formats), Some("sarif"));
        assert_eq!(did_you_mean("xml", formats), None);
        assert_eq!(did_you_mean("json", formats), None);
        let keys = ["name", "os", "exchange"];
        assert_eq!(did_you_mean("exhange", keys), Some("exchange"));
        assert_eq!(did_you_mean("version", keys), None);
        assert_eq!(closest("cmslnt", ["cmslint"], 2), Some("cmslint"));
        assert_eq!(closest("clusters", ["cmslint"], 2), None);
    }
}
