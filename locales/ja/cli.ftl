# cli のメッセージ。文体は「である」調。用語は docs/ja/glossary.md に従う。

cli-error = エラー: { $message }
cli-warning = 警告: { $message }
cli-internal-error = 内部エラー: { $message }
cli-report-bug = これは cmslint のバグです。原因となった入力を添えて報告してください。
cli-report-bug-with-inventory = これは cmslint のバグです。原因となったインベントリを添えて報告してください。

cli-did-you-mean = {" "}(`{ $word }` の誤りではないか)

cli-unknown-format = 出力形式 `{ $format }` は不明である{ $meant }。{ $known } のいずれかを使用する
cli-format-needs-path = `{ $format }=` の `=` の後にはファイル パスが必要である
cli-unknown-lang = 言語 `{ $lang }` は不明である{ $meant }。en または ja を使用する

cli-unknown-rule = `{ $rule }` という名前のルールはない{ $meant }。ルールの一覧は `cmslint rules` で表示できる
cli-unknown-command = cmslint に `{ $command }` というコマンドはない。コマンドの一覧は `cmslint --help` で表示できる

cli-explain-summary = { $summary } ({ $severity }、{ $category })
cli-explain-source = ソース: { $source }

cli-today-invalid = { $variable } の値 `{ $value }` は日付ではない。YYYY-MM-DD 形式の日付を指定する必要がある
cli-rule-pattern = `{ $pattern }`{ $meant }
cli-no-rule-matches = { $patterns } に一致するルールはない。ルール コード (UPG302)、プレフィックス (ADM) またはルール名を使用する
cli-path-missing = パス `{ $path }` は存在しない
cli-nothing-to-check = 検査する対象がない: { $skipped }をスキップした (インベントリ ドキュメントが見つからない。これを許容するには --allow-empty を指定する)
cli-baseline-written = ベースライン `{ $path }` を書き込んだ: { $entries } 個のエントリ
cli-baseline-unwritable = ベースラインを `{ $path }` に書き込めない: { $error }
cli-report-unwritable = { $format } レポートを `{ $path }` に書き込めない: { $error }

cli-reports-to-stdout = { $count } 個のレポートが標準出力に書き込まれることになる ({ $formats })。1 つを除くすべてに --format FORMAT=PATH でファイルを指定する
cli-the-report = { $format } レポート
cli-the-baseline = ベースライン
cli-the-config = 構成ファイル
cli-one-file = { $first } `{ $first_path }` と { $second } `{ $second_path }` は同じファイルである。それぞれに別のファイルを指定する
cli-overwrites-input = { $output } `{ $path }` は、この実行が読み込む { $input } `{ $input_path }` を上書きしてしまう。{ $output } には別のファイルを指定する

cli-progress-looking = ファイルを探している
cli-progress-checking = { $files }を検査している

cli-plan-bad-target = `{ $target }` は Exchange 2007 のバージョンではない。SP1 または SP2 を指定する
cli-window-format = --window には START/END の形式で、オフセット付きの RFC 3339 の日時 2 つを 1 つの `/` で区切って指定する (2026-11-14T20:00:00+01:00/2026-11-15T02:00:00+01:00)。`{ $window }` は指定できない
cli-window-start = --window の開始: { $why }
cli-window-end = --window の終了: { $why }
cli-window-order = --window: { $why }
cli-plan-no-cluster = インベントリはクラスタ `{ $cluster }` を定義していない{ $meant }。定義されているクラスタは { $defined } である
cli-plan-no-clusters = インベントリはクラスタ `{ $cluster }` を定義していない{ $meant }。クラスタは 1 つも定義されていない
cli-plan-refused = クラスタ { $cluster } の計画は作成しない: その定義には、計画の内容を左右する問題が上記のとおり { $count } 個ある。インベントリを修正してから再度実行する
cli-plan-unreadable = インベントリに { $count } 個の問題がある (INV001/INV002)。先に `cmslint check` を実行する。計画は読み取れた情報から作成される
cli-plan-no-compliant = `{ $cluster }` の準拠した計画は作成できない: { $refusal }
cli-plan-name-taken = インベントリには既に `{ $name }` という名前の計画がある。--name NAME でこの計画に別の名前を付ける
cli-plan-unreadable-back = { $cluster } 用に作成した計画を読み戻せない: { $problem }
cli-plan-breaks-rules = { $cluster } 用に作成した計画が上記のルールに違反しているため、出力しなかった
cli-plan-no-window = この計画は CMS をオフラインにするが、メンテナンス期間を宣言していないため、`cmslint check` はこの計画について UPG307 を報告する。`--window START/END` を指定して再度実行する (例: `--window 2026-12-05T22:00:00Z/2026-12-06T04:00:00Z`)
