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

report-changed = { $path } は読み取った後に変更された: その検出結果はソース行なしで 1 行目、1 列目に示す
report-warning = 警告: { $message }

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

## HTML レポート

report-html-title = cmslint 監査レポート、{ $date }: { $verdict } (エラー: { $errors }、警告: { $warnings }、情報: { $notes })
report-html-pass = 合格
report-html-fail = 不合格
report-html-status-pass = 合格
report-html-status-fail = 不合格
report-html-kicker = cmslint 監査レポート
report-html-heading = Exchange 2007 のクラスタ化メールボックス サーバー: SP1/SP2 へのアップグレード
report-html-contents = 目次
report-html-verdict = 判定
report-html-checked = 検査した対象
report-html-accepted = 許容された検出結果
report-html-clusters = クラスタ
report-html-plans = アップグレード計画
report-html-workstations = ワークステーション
report-html-findings = 検出結果
report-html-rules = ルール

report-html-fails = `--fail-on { $fail_on }` 以上の { $failing }があります。変更を進める前に、これらを修正するか、構成ファイルで理由を付けて 1 つずつ許容してください。
report-html-never-fails = この実行は `--fail-on never` で実行されたため、検出結果によって不合格にはなりません。
report-html-passes = `--fail-on { $fail_on }` 以上の検出結果はありません。
report-html-errors = エラー
report-html-warnings = 警告
report-html-notes = 情報
report-html-suppressed = 抑制済み
report-html-baselined = ベースライン登録済み
report-html-cut = ほかに { $count } 個の検出結果が一覧にありません。これらのファイルの検出結果が `max-findings-per-file` を超えたためです。これらも判定には数えています。

report-html-paths = パス
report-html-date = 日付
report-html-version = バージョン { $version }
report-html-fails-on = 不合格の基準
report-html-fails-on-level = `{ $fail_on }` 以上
report-html-fails-on-never = `never`
report-html-rules-count = { $total } 個中 { $run } 個
report-html-rules-left-out = { $total } 個中 { $run } 個 (除外: { $codes })
report-html-config = 構成ファイル
report-html-baseline = ベースライン
report-html-none = なし
report-html-config-heading = 構成ファイル
report-html-files-checked = 検査したファイル ({ $count })
report-html-no-file-checked = 検査したファイルはありません。
report-html-file = ファイル
report-html-files-skipped = スキップしたファイル ({ $count })
report-html-no-file-skipped = スキップしたファイルはありません。
report-html-why-skipped = スキップした理由

report-html-none-hidden = 抑制またはベースラインによって非表示になった検出結果はありません。
report-html-hidden-intro = これらの検出結果は、構成ファイルの抑制またはベースラインによって非表示になりました。これらによって不合格になることはありません。
report-html-finding = 検出結果
report-html-entity = エンティティ
report-html-hidden-by = 非表示にしたもの
report-html-reason = 理由
report-html-expires = 有効期限
report-html-no-expiry = 期限なし
report-html-hidden-by-config = 構成ファイルの抑制
report-html-hidden-by-baseline = ベースラインのエントリ

report-html-no-clusters = インベントリにはクラスタがありません。
report-html-cluster-title = クラスタ { $cluster }
report-html-cluster-own = クラスタ全体について:
report-html-diagram-caption = 各グループは、そのグループを所有するノードの下に描かれています。ノードまたはグループのマークは、その最も重大な検出結果を示します。
report-html-diagram-label = クラスタ { $cluster } の図: { $nodes } 個のノード、{ $groups } 個のグループ。各グループはそのグループを所有するノードの下に描かれています。下の表にも同じ情報があります
report-html-nodes-of = { $cluster } のノード
report-html-groups-of = { $cluster } のグループ
report-html-node = ノード
report-html-role = 役割
report-html-group = グループ
report-html-kind = 種類
report-html-owner = 所有者
report-html-state = 状態
report-html-not-cms = CMS ではない
report-html-role-active = アクティブ ノード
report-html-role-passive = パッシブ ノード
report-html-role-unknown = 役割が不明なノード
report-html-kind-cms = CMS
report-html-kind-cluster = クラスタ グループ
report-html-kind-other = グループ
report-html-kind-unknown = 種類が不明なグループ
report-html-state-online = オンライン
report-html-state-offline = オフライン
report-html-state-partially-online = 一部オンライン
report-html-state-failed = 失敗
report-html-unknown = 不明
report-html-not-understood = { $text } (解釈できない)
report-html-windows = Windows: { $version }
report-html-exchange = Exchange: { $version }
report-html-exchange-tools = Exchange 管理ツール: { $version }
report-html-no-owner = 所有者がクラスタのノードではない
report-html-no-finding = 検出結果なし

report-html-no-plans = インベントリにはアップグレード計画がありません。
report-html-plan-title = 計画 { $plan }
report-html-cluster = クラスタ
report-html-target = 対象バージョン
report-html-window = メンテナンス期間
report-html-window-span = { $start } から { $end } まで
report-html-window-length = { $start } から { $end } まで ({ $length })
report-html-none-given = 指定なし
report-html-plan-own = 計画全体について:
report-html-not-replayed = インベントリにクラスタ { $cluster } の記述がないため、ステップをクラスタに対して再現できませんでした。
report-html-timeline-caption = { $plan } のステップと、各ステップの後のクラスタの状態です。網掛けの CMS のセルは、停止している CMS を示します。
report-html-step = ステップ
report-html-command = コマンド
report-html-runs-on = 実行するノード
report-html-exchange-on-nodes = 各ノードの Exchange
report-html-cms-owner-state = 各 CMS: 所有者、状態
report-html-other-groups = その他のグループ: 所有者
report-html-before-plan = 計画の前
report-html-window-opens = メンテナンス期間の開始: { $start }
report-html-window-closes = メンテナンス期間の終了: { $end }
report-html-window-closes-after = メンテナンス期間の終了: { $end } (開始から { $length }後)
report-html-not-given = 指定なし
report-html-install-service-pack = Windows サービス パック { $service_pack } をインストールする
report-html-install-a-service-pack = Windows サービス パックをインストールする
report-html-remove-rollups = Exchange の更新プログラムのロールアップを削除する
report-html-upgrade-windows = Windows を { $version } にアップグレードする
report-html-note = メモ
report-html-minutes = { $minutes } 分
report-html-hours = { $hours } 時間
report-html-hours-minutes = { $hours } 時間 { $minutes } 分

report-html-no-workstations = インベントリにはワークステーションがありません。
report-html-matrix-caption = 各ワークステーションと、そのワークステーションが管理する CMS です。セルは、そのワークステーションからその CMS を管理することについての最も重大な検出結果を示します。
report-html-workstation = ワークステーション
report-html-workstation-itself = ワークステーション自体
report-html-fine = 問題なし
report-html-not-managed = 管理していない

report-html-no-findings = 検出結果はありません。
report-html-accepted-by = 許容済み: { $reason }
report-html-location = 場所
report-html-why = 理由:
report-html-what-to-do = 対処:
report-html-fix = 修正
report-html-why-code-matters = { $code } が重要な理由

report-html-no-rules = 該当したルールはありません。
report-html-rules-intro = 該当した各ルールと、その重要な理由です。ルールは、クラスタ化メールボックス サーバーを Exchange 2007 SP1 または SP2 にアップグレードするための Microsoft のドキュメントに基づいています。全文は `cmslint explain CODE` で表示できます。
report-html-why-it-matters = 重要な理由

report-html-colophon = cmslint { $version } が { $date } に作成しました。このページは単独で完結しており、何も読み込まず、スクリプトも実行しません。
