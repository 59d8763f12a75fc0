# gate のメッセージ。文体は「である」調。用語は docs/ja/glossary.md に従う。

## 使用できない構成ファイルまたはベースライン。

gate-cannot-read = エラー: `{ $path }` を読み取れない: { $error }
gate-nothing-checked = エラー: { $path } に { $count } 件の問題があるため、何も検査していない
gate-help = 対処: { $help }
gate-here = ここ

## cmslint.toml。キーと値はファイルに書かれたとおりに示す。

gate-invalid-toml = TOML として解析できない: { $error }
gate-unknown-key = 不明なキー `{ $key }` がある ({ $place })
gate-in-a-suppression = 抑制のエントリ
gate-unknown-key-label = 不明なキー
gate-known-keys = 使用できるキー: { $keys }
gate-wrong-type = `{ $key }` の値の型が正しくない。指定できる値: { $expected }
gate-given-type = 指定された値: { $found }
gate-expected-limits-table = テーブル (`[limits]`)
gate-expected-positive-number = 0 より大きい整数
gate-expected-strings = 文字列の配列
gate-expected-severity-table = ルールごとに "error"、"warning"、"note" のいずれかを指定するテーブル
gate-expected-suppress-array = テーブルの配列 (`[[suppress]]`)
gate-toml-string = 文字列
gate-toml-integer = 整数
gate-toml-float = 浮動小数点数
gate-toml-boolean = ブール値
gate-toml-date = 日付
gate-toml-array = 配列
gate-toml-table = テーブル
gate-not-one-of = `{ $key }` の値 `{ $value }` は { $allowed } のいずれでもない
gate-not-allowed = ここでは使用できない
gate-max-file-size = `max-file-size` は { $max } バイト (2 GiB) 以下でなければならない
gate-too-large = 大きすぎる
gate-no-rule-matches = `{ $pattern }` に一致するルールがない
gate-not-a-rule = ルール コード、プレフィックス、ルール名のいずれでもない
gate-rule-pattern-help = ルール コード (UPG302)、プレフィックス (ADM)、ルール名 (passive-node-not-emptied) のいずれかを使う。ルールの一覧は `cmslint rules` で表示できる
gate-bad-glob = `{ $pattern }` は有効な glob パターンではない
gate-suppression-without-rule = 抑制に `rule` がない
gate-this-suppression = この抑制
gate-suppression-add-rule = `rule = "<ルール コード、プレフィックス、またはルール名>"` を追加する
gate-inv008-not-suppressible = INV008 は抑制できない
gate-inv008-raised-after-suppressions = INV008 は抑制を適用した後に報告される
gate-inv008-not-suppressible-help = INV008 が報告する抑制を削除するか、INV008 を `ignore` に追加する
gate-suppression-without-reason = 抑制に `reason` がない
gate-suppression-add-reason = `reason = "..."` を追加し、検出結果を受け入れる理由と受け入れた人を書く
gate-suppression-empty-reason = 抑制の `reason` が空である
gate-empty-reason = 空の理由
gate-suppression-say-why = 検出結果を受け入れる理由と受け入れた人を書く
gate-expires-not-a-date = `expires` の値は YYYY-MM-DD 形式の日付でなければならない
gate-not-a-date = 日付ではない

## ベースライン ファイル。

gate-baseline-empty = ベースラインが空である
gate-no-json-value = JSON の値がない
gate-baseline-version = この cmslint が読み取れるのはベースラインのバージョン { $version } だけである
gate-unsupported-version = サポートされないバージョン
gate-baseline-write-again = `cmslint check --write-baseline FILE` でベースラインを書き直す
gate-baseline-entries-not-an-array = `entries` の値は配列でなければならない
gate-not-an-array = 配列ではない
gate-baseline-entry-incomplete = ベースラインのエントリには文字列の `code` と `entity` が必要である
gate-this-entry = このエントリ
gate-not-a-baseline = cmslint のベースラインではない (`version` と `entries` を持つオブジェクトが必要である)
gate-baseline-write-one = `cmslint check --write-baseline FILE` でベースラインを作成する

## 検出結果を隠している理由。抑制の `reason` は書かれたとおりに示す。

gate-listed-in-baseline = ベースライン { $path } に登録済み

## INV008: 一致する検出結果がない、または期限切れの抑制とベースラインのエントリ。

gate-suppression-expired = `{ $entity }` に対する `{ $rule }` の抑制は { $date } に期限切れになった
gate-expired-on = { $date } に期限切れ (今日は { $today })
gate-suppression-unused = `{ $entity }` に対する `{ $rule }` の抑制に一致する検出結果がない
gate-matches-no-finding = 一致する検出結果がない
gate-baseline-entry-unused = `{ $entity }` に対するベースラインのエントリ { $code } に一致する検出結果がない
gate-baseline-entries-unused = ベースラインの { $count } 件のエントリに一致する検出結果がない
gate-suppressions-unused = { $count } 件の抑制に一致する検出結果がない
gate-suppressions-expired = { $count } 件の抑制が期限切れになった
gate-stale-baseline-entry-note = 検出結果がなくなったベースラインのエントリは、その検出結果が再び現れたときに、誰も判断しないまま再び隠してしまう
gate-stale-baseline-entry-help = `cmslint check --write-baseline FILE` でベースラインを書き直すか、エントリを削除する
gate-unused-suppression-note = 何にも一致しない抑制は古くなっている。検出結果が修正されたか、エンティティの名前が変わったためであり、このままでは新しい検出結果を誰も判断しないまま隠してしまう
gate-expired-suppression-note = 期限切れの抑制は検出結果を隠さなくなるため、検出結果が再び報告される
gate-expired-suppression-help = 検出結果を修正して抑制を削除する。期限切れの抑制を残す場合は、新しい `expires` を設定し、延長した理由を `reason` に書く
gate-unused-suppression-help = 抑制を削除する
