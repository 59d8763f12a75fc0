# schema のメッセージ。文体は「である」調。用語は docs/ja/glossary.md に従う。

## INV002: インベントリ形式のスキーマに反する値。キー、値、形式の綴りは書かれたとおりに示す。
## 日本語の語で始まる引数 ($place、$what、$expected) の前後には空白を入れず、バッククォートの値
## にもなりうる引数 ($value、$found) の前後には半角スペースを入れる。

schema-unknown-key-in = この{ $place }に不明なキー `{ $key }` がある
schema-unknown-key = 不明なキー `{ $key }` がある
schema-missing-key-in = この{ $place }に必須のキー `{ $key }` がない
schema-missing-key = 必須のキー `{ $key }` がない
schema-wrong-type = { $expected }が必要だが、{ $found } が指定されている
schema-not-one-of = { $value } は { $options } のいずれでもない
schema-not-valid = { $value } は有効な{ $what }ではない
schema-not-valid-value = { $value } は有効な値ではない
schema-version-unsupported = この cmslint が読み取る形式はバージョン { $expected } であり、形式バージョン { $version } は読み取れない
schema-version-text = 形式バージョンに数値 { $expected } ではなくテキスト { $text } が指定されている
schema-version-text-help = 引用符を付けずに `cmslint: { $expected }` と書く
schema-version-not-a-number = 数値 { $expected } が必要だが、{ $found } が指定されている
schema-empty = 空にすることはできない
schema-step-run-and-action = ステップに指定できるのは `run` と `action` のどちらか一方だけである
schema-step-no-run-or-action = ステップには `run` (コマンド) または `action` が必要である
schema-duplicate-key = キー `{ $key }` が重複している
schema-first-given-here = 最初の指定

## インベントリであることを示すマーカー。

schema-marker-misspelt = `cmslint: 1` のマーカーがない (`{ $key }` はマーカーのキーではない)
schema-marker-missing-with-section = インベントリのセクション `{ $section }` があるが、`cmslint: 1` のマーカーがない
schema-marker-missing = `cmslint: 1` のマーカーがない
schema-marker-add = cmslint のインベントリであることを示す `cmslint: 1` を先頭行に追加する

## 計画のメンテナンス期間 (`window:`)。

schema-window-not-rfc3339 = `{ $text }` は `{ $example }` のような RFC 3339 の日時ではない
schema-window-no-offset = `{ $text }` にオフセットがない。`{ $example }` のように、`Z` (UTC) またはローカルのオフセットを付ける
schema-window-not-in-calendar = `{ $text }` は暦に存在する日時ではない
schema-window-ends-when-it-starts = メンテナンス期間の終了が開始と同時である
schema-window-ends-before-it-starts = メンテナンス期間の終了が開始より前である
schema-window-starts-here = メンテナンス期間の開始

## キーが属するもの、または値が表すもの。すべて日本語の語で始める (「この」「有効な」の後に続くため)。

schema-what-document = ドキュメント
schema-what-cluster = クラスタ
schema-what-node = ノード
schema-what-group = グループ
schema-what-server = サーバー
schema-what-workstation = ワークステーション
schema-what-plan = 計画
schema-what-step = ステップ
schema-what-migration = 移行のエントリ
schema-what-window = メンテナンス期間
schema-what-windows-version = オペレーティング システムのバージョン

## JSON の型。指定されたリストやマッピングもこの語で示す。

schema-type-mapping = マッピング
schema-type-list = リスト
schema-type-text = テキスト
schema-type-whole-number = 整数
schema-type-number = 数値
schema-type-boolean = ブール値
schema-type-null = null 値
schema-value-null = なし (null)
