# scan のメッセージ。文体は「である」調。用語は docs/ja/glossary.md に従う。

## INV001: デコードまたは解析できないファイル。

scan-too-large = ファイルのサイズは { $size } バイトで、上限の { $limit } バイトを超えているため、読み取っていない
scan-utf16-without-bom = ファイルはバイト オーダー マーク (BOM) のない UTF-16 と思われる。UTF-8 か、BOM 付きの UTF-16 で保存する
scan-invalid-utf8 = UTF-8 として無効である (バイト 0x{ $byte })
scan-invalid-utf16 = UTF-16 として無効である (対になっていないサロゲート 0x{ $unit })
scan-truncated-utf16 = UTF-16 が途中で切れている (バイト数が奇数である)
scan-invalid-yaml = YAML として解析できない: { $error }
scan-json-too-deep = 入れ子が { $max } 階層を超えている
scan-yaml-too-deep = 入れ子が深すぎる (ここで cmslint の深さの上限を超えている)
scan-yaml-over-limits = ドキュメントが cmslint の上限を超えている ({ $limit })
scan-yaml-tab = この行はタブでインデントされている
scan-yaml-tab-help = YAML のインデントにはスペースを使う。タブをスペースに置き換える
scan-number-out-of-range = 数値 `{ $number }` が範囲外である
scan-export-unreadable = この { $format }を読み取れない: { $error }

## ファイルを検査しなかった理由。

scan-skipped-symlink = シンボリック リンク (リンク先はたどらない)
scan-skipped-special-file = 特殊ファイル (FIFO、ソケット、デバイス)
scan-skipped-empty = 空のファイル
scan-skipped-hidden-folder = 隠しフォルダ
scan-skipped-target-folder = ビルド出力フォルダ `target`
scan-skipped-not-inventory = インベントリではない (最上位に `cmslint` キーがない)
scan-skipped-unrecognized = インベントリ ドキュメントでも、認識できるエクスポートでもない
scan-skipped-unreadable = 読み取れなかった: { $error }

scan-progress-reading = { $files }を読み込んでいる
