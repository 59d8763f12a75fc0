# exports のメッセージ。文体は「である」調。用語は docs/ja/glossary.md に従う。

## 認識したエクスポートの種類 (「この … を読み取れない」の中)。

exports-format-group-table = `cluster group` の表
exports-format-node-table = `cluster node` の表
exports-format-resource-table = `cluster res` の表
exports-format-exsetup-table = ExSetup の FileVersion の表
exports-format-format-list = Format-List の出力
exports-format-csv = Export-Csv のファイル
exports-format-systeminfo = systeminfo の出力
exports-format-wmic = wmic /format:list の出力

## 認識したエクスポートを読み取れない理由 (INV001)。

exports-systeminfo-line = `Label: value` の形式の行 (systeminfo の行) が必要である
exports-systeminfo-os-version = OS Version が `5.2.3790` のようなバージョン番号で始まっていない
exports-list-continuation-first = プロパティより前に継続行がある
exports-list-line = `Name : value` の形式の行 (Format-List の行) または空行が必要である
exports-wmic-line = `Name=value` の形式の行 (wmic /format:list の行) が必要である
exports-csv-row-length = この行の値は { $count } 個だが、ヘッダーの列は { $header } 個である
exports-csv-invalid = CSV として無効である: { $error }
exports-table-row-short = この行には { $expected }が必要である
exports-table-row-group = グループ、そのノード、その状態
exports-table-row-node = ノード、そのノード ID、その状態
exports-table-row-resource = リソース、そのグループ、そのノード、その状態
exports-table-row-exsetup = 製品バージョン、ファイル バージョン、ファイル名
exports-table-node-id = ノード ID `{ $id }` が数値ではない

## INV009: Export-Csv のセルに値ではなく型名が入っている。

inv009-message-one = 列 { $columns } に値ではなく型名が入っている
inv009-message-many = 列 { $columns } に値ではなく型名が入っている
inv009-label-values-lost = `{ $column }` の値が失われている
inv009-note = Export-Csv は複数値プロパティを型名 (`{ $type_name }`) として書き出すため、cmslint は { $columns } を不明として扱う
inv009-help = 値を 1 つのテキストに連結してエクスポートする: `{ $command }`

## 2 つの情報源で一致しない情報 (INV006)。

exports-fact-cluster-type = クラスタ { $cluster } の種類
exports-fact-owner = グループ { $group } の所有者
exports-fact-state = グループ { $group } の状態
exports-fact-cms-exchange = { $cms } の Exchange のバージョン
exports-fact-node-windows = ノード { $node } の Windows のバージョン
exports-fact-node-exchange = ノード { $node } の Exchange のバージョン

## スキーマでは表せない、モデルが見つけた問題 (INV002)。

model-setup-step-without-on = この { $program } のステップには `on:` がないため、アップグレードするノードが不明である
