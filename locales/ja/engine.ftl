# engine のメッセージ。文体は「である」調。用語は docs/ja/glossary.md に従う。

## 言語ごとの区切りでつなぐ一覧 (engine::join)。$head は最初の項目、$tail は残りの項目。

engine-join-comma = { $head }、{ $tail }
engine-join-and = { $head }、{ $tail }
engine-join-or = { $head } または { $tail }
# 注や対処の文をつなぐ。日本語では文を「。」で区切る。
engine-join-semicolon = { $head }。{ $tail }

## INV010 unknown-fact。

inv010-message = { $fact }は不明である
inv010-check = { $code } ({ $name }) は{ $skipped } を判定できなかった
inv010-note-checks = この情報が不明なため、{ $checks }
inv010-help = インベントリに `{ $how }` と記述する
