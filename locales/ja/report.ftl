# report のメッセージ。文体は「である」調。用語は docs/ja/glossary.md に従う。
# レポートの見出しや説明文は「です・ます」調。

report-severity-error = エラー
report-severity-warning = 警告
report-severity-note = 情報
report-category-inventory = インベントリ
report-category-topology = トポロジ
report-category-prerequisites = 前提条件
report-category-procedure = 手順
report-category-os-migration = OS の移行
report-category-management = 管理
report-list-separator = 、

report-errors = エラー { $count }
report-warnings = 警告 { $count }
report-notes = 情報 { $count }
report-findings = { $count } 個の検出結果

report-summary = { $files }を検査 (スキップ { $skipped }): { $errors }、{ $warnings }、{ $notes }
report-summary-more = { $summary }。{ $more }
report-summary-suppressed = 抑制済み { $count }
report-summary-baselined = ベースライン登録済み { $count }
report-summary-not-shown = { $findings }は表示していない (1 つのファイルで max-findings-per-file を超えたため)
report-not-shown = { $findings }は表示していない ({ $errors }、{ $warnings }、{ $notes }): このファイルで max-findings-per-file を超えたため

report-excluded = 構成ファイルの `include`/`exclude` によって除外された
report-read-as = { $path } を { $encoding } として読み込んだ
report-skipped = { $path } をスキップした: { $reason }

report-on-entity = { $code } ({ $name }) の対象: { $entity }
report-note = 注: { $note }
report-help = 対処: { $help }
report-fix = 修正: { $fix }
report-suppressed-config = 抑制済み (構成ファイル): { $reason }
report-suppressed-baseline = 抑制済み (ベースライン): { $reason }

report-md-no-findings = 検出結果はありません。
report-md-severity = 重大度
report-md-code = コード
report-md-location = 場所
report-md-entity = エンティティ
report-md-message = メッセージ
report-md-fix = 修正

report-junit-no-findings = { $path }: 検出結果なし
report-junit-not-shown = { $path }: { $findings }は表示していない
report-junit-heading = { $severity }[{ $code }] { $name }: { $message }
report-junit-at = 場所 { $place }
report-junit-at-label = 場所 { $place }: { $label }
report-junit-entity = エンティティ: { $entity }
report-junit-see = 参照 { $place }: { $label }

report-sarif-srcroot = cmslint を実行したフォルダ。その外にあるファイルについては、コマンド ラインで指定したパス
