# plan のメッセージ。検出結果と拒否の理由は「である」調、手順書の説明文は「です・ます」調。
# 用語は docs/ja/glossary.md に従う。コマンドは翻訳しない。

plan-refusal-no-cluster = インベントリはクラスタ `{ $cluster }` を定義していない
plan-refusal-target = 文書化された手順がアップグレードできるのは SP1 または SP2 であり、{ $target } ではない
plan-refusal-no-nodes = クラスタ { $cluster } はノードを定義していない
plan-refusal-service-pack-unknown = { $node } の Windows のサービス パックが不明である ({ $product } はサービス パックを示していない) ため、先に Windows Server 2003 SP2 が必要かどうかが不明である。`os: {"{"} name: { $product }, servicePack: 2 {"}"}` のように明記する
plan-refusal-unknown-kind = グループ "{ $group }" が CMS かどうかを示す情報源がない (形式が受け付けない `type` は何も示さない) ため、安全に移動できない。インベントリでグループの種類を指定する (`type: cms`、`type: cluster` または `type: other`) か、`cluster res` またはすべての CMS の状態をエクスポートする
plan-refusal-downgrade = ノード { $node } は既に { $target } より新しい { $version } を実行している。Exchange はダウングレードできない
plan-refusal-cms-no-owner = CMS { $cms } の所有者ノードがインベントリにないため、手順を計画できない
plan-refusal-several-cms = ノード { $node } が複数の CMS を所有しているが、Exchange 2007 のクラスタ ノードが一度に実行できる CMS は 1 つである。インベントリを修正する
plan-refusal-no-cms = クラスタ { $cluster } にはアップグレードするクラスタ化メールボックス サーバー (CMS) がない
plan-refusal-no-passive = パッシブ ノードがない: { $cluster } のすべてのノードが CMS を所有しており、アップグレードできるのはパッシブ ノードだけである。ノードを追加するか CMS を移動して、CMS を所有しないノードを 1 つ作る

plan-step-move-unowned = "{ $group }" を { $node } に移動する (インベントリはこのグループの所有者ノードを示しておらず、パッシブ ノードに残すことはできないため)
plan-step-move-off = { $node } をアップグレードする前に、"{ $group }" を { $node } から移動する
plan-step-upgrade-passive = パッシブ ノード { $node } を { $target } にアップグレードする (CMS はオンラインのまま)
plan-step-stop = { $cms } をオフラインにする (ユーザーのダウンタイムが始まる)
plan-step-move-cms = { $cms } をアップグレード済みのノード { $node } に移動する
plan-step-upgrade-cms = { $cms } を { $target } にアップグレードしてオンラインにする
plan-step-upgrade-original = 元のアクティブ ノード { $node } を { $target } にアップグレードする
plan-step-install-service-pack = { $node } に Windows Server 2003 SP{ $service_pack } をインストールし (アーキテクチャと言語に合ったパッケージを使用する)、再起動する

plan-yaml-written-by = `{ $invocation }` で作成しました。`cmslint check` で検査してください。
plan-written-path = <{ $cluster } 用に作成した計画>

plan-md-title = クラスタ { $cluster } を Exchange Server 2007 { $target } にアップグレードする
plan-md-kind = クラスタの種類: { $kind }
plan-md-window = メンテナンス期間: { $start } から { $end } まで
plan-md-no-window = メンテナンス期間: 宣言されていません。ダウンタイムを計画してください。
plan-md-downtime = ダウンタイムは、クラスタ化メールボックス サーバーを停止したときに始まり、`setup.com /upgradecms` がそれをオンラインにしたときに終わります。`cluster.exe` はクラスタの任意のノードで、`*-ClusteredMailboxServer` コマンドレットは Exchange 管理シェルで実行します。
plan-md-nothing = 作業はありません。すべてのノードと CMS が既に対象バージョンを実行しています。
plan-md-step = ステップ { $number }: { $why }
plan-md-run-on = { $node } で実行します:
plan-md-run-any-node = 任意のノードで実行します:
plan-md-run-in-shell = Exchange 管理シェルで実行します:

plan-replay-stopped-at-last = cmslint はステップ { $step } が何を対象とするかわからないため再現できない。このため、計画 { $plan } を適用した後のクラスタの状態は判定しない
plan-replay-stopped-before-last = cmslint はステップ { $step } が何を対象とするかわからないため再現できない。次のクラスタの状態は推測になるため、計画 { $plan } のステップ { $last } は判定しない
plan-replay-stopped = cmslint はステップ { $step } が何を対象とするかわからないため再現できない。それ以降のクラスタの状態はすべて推測になるため、計画 { $plan } のステップ { $next } から { $last } は判定しない
plan-replay-owned-here = { $group } はここで { $node } が所有している
plan-replay-moved-here = { $group } はここで { $node } に移動した
