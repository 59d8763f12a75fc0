# rules-upg のメッセージ。文体は「である」調。用語は docs/ja/glossary.md に従う。
# 名前、バージョン、ステップ番号、コマンドはそのまま渡される。日本語には複数形がないため、数による選択では [1] と *[other] を使う。

## UPG ルールで共通

rules-upg-node-runs = { $node } は { $version } を実行している
rules-upg-upgraded-only-here = { $node } はここで初めてアップグレードされる
rules-upg-command-on-node = { $command } ({ $node } で実行)

## UPG301 upgrade-on-active-node

upg301-message = ステップ { $step } は { $node } をアップグレードするが、その時点で { $node } は CMS { $cms } を所有している
upg301-label = この時点で { $node } はアクティブ ノードである
upg301-note = Exchange 2007 SP1 または SP2 にアップグレードできるのは、クラスタ化メールボックス サーバーを保持していないノード、つまりパッシブ ノードだけである
upg301-help-only = { $node } はクラスタ { $cluster } の唯一のノードであるため、CMS をインプレース アップグレードすることはできない
upg301-help-no-passive = その時点でクラスタ { $cluster } にパッシブ ノードはなく、1 つのノードは一度に 1 つの CMS しか実行しないため、{ $cms } の移動先となるノードがない。ノードは、CMS が移動してくる前の、パッシブ ノードであるうちにアップグレードする
upg301-help-move = ステップ { $step } の前に、{ $cms } をオフラインにして、アップグレード済みのパッシブ ノード { $destination } に移動する。次のコマンドを挿入する
upg301-help-upgrade-then-move = 最初にパッシブ ノード { $destination } をアップグレードし、ステップ { $step } の前に { $cms } をオフラインにしてそのノードに移動する。次のコマンドを挿入する

## UPG302 passive-node-not-emptied

upg302-message = ステップ { $step } は、{ $passive ->
    [yes] パッシブ ノード
   *[other] ノード
} { $node } がまだ { $groups } を所有しているうちに、そのノードをアップグレードする
upg302-label = { $node } はまだ空になっていない
upg302-note = パッシブ ノードをアップグレードする前に、既定のクラスタ グループや Exchange に関連しないグループなど、他のクラスタ グループを別のノード (アクティブ ノードなど) に手動で移動する必要がある
upg302-help-only = { $node } はクラスタ { $cluster } の唯一のノードであるため、そのグループを別のノードに移動できない
upg302-help-commands = グループを { $destination } に移動する。ステップ { $step } の前に次のコマンドを挿入する
upg302-help = ステップ { $step } の前に、グループを { $destination } に移動する
upg302-note-unknown-kind = "{ $group }" が CMS かどうかを示す情報源がない。CMS は Move-ClusteredMailboxServer で、それ以外のグループは Cluster.exe で移動する

## UPG303 gui-setup-upgrade

upg303-message-node = ステップ { $step } は、セットアップ ウィザード (Setup.exe) で { $node } をアップグレードする
upg303-message-cms = ステップ { $step } は、セットアップ ウィザード (Setup.exe) で { $node } 上の CMS をアップグレードする
upg303-label = GUI バージョンのセットアップ
upg303-note = クラスタ化メールボックス サーバーを Exchange 2007 SP1 または SP2 にアップグレードできるのは、コマンド ライン バージョンのセットアップ (Setup.com) だけである。セットアップ ウィザード (Setup.exe) では、新しいクラスタ化メールボックス サーバーを作成することしかできない
upg303-help = 代わりに、`on: { $node }` を指定して、{ $node } でコマンド ライン バージョンのセットアップを実行する

## UPG304 cms-on-unupgraded-node

upg304-message-move = ステップ { $step } は CMS { $cms } を { $node } に移動するが、その時点で { $node } は { $target } ではなく { $version } を実行している
upg304-message-upgrade = ステップ { $step } は { $node } 上で CMS { $cms } をアップグレードするが、その時点で { $node } は { $target } ではなく { $version } を実行している
upg304-message-start = ステップ { $step } は { $node } 上で CMS { $cms } を開始するが、その時点で { $node } は { $target } ではなく { $version } を実行している
upg304-label = { $node } はまだ { $target } にアップグレードされていない
upg304-note = パッシブ ノードをアップグレードした後、CMS をオフラインにして、アクティブ ノードからアップグレード済みのパッシブ ノードに移動する。CMS をアップグレードしてオンラインにするのは、そのノード上だけである
upg304-help-move-step = ステップ { $later } をステップ { $step } の前に移動する。{ $node } は先に { $target } を実行している必要がある{ $alternative }
upg304-help-upgrade-first = 最初に { $node } をアップグレードする。ステップ { $step } の前に、`on: { $node }` を指定した `setup.com /mode:upgrade` を挿入する{ $alternative }
upg304-alternative = 。または、アップグレード手順のとおり、最初に { $cms } をオフラインにして、アップグレード済みのパッシブ ノード { $destination } に移動する

## UPG305 early-cms-outage

upg305-message = ステップ { $step } は、パッシブ ノード ({ $nodes }) がどれも { $target } にアップグレードされる前に、CMS { $cms } をオフラインにする
upg305-label = ここでダウンタイムが始まる
upg305-note = パッシブ ノードは、CMS がオンラインのままクライアントから利用できる間に、最初にアップグレードする。ダウンタイムは手順の途中、アップグレード済みのパッシブ ノードに移動するために CMS をオフラインにした時点で始まる
upg305-help-upgrade-first = ステップ { $step } の前に、最初に{ $node_count ->
    [1] パッシブ ノード
   *[other] {" "}{ $node_count } つのパッシブ ノード
}をアップグレードする。その間、{ $cms } はオンラインのままでよい
upg305-help-move-steps = ステップ { $steps }{ $step_count ->
    [1] {" "}
   *[other] {" "}の { $step_count } つ
}をステップ { $step } の前に移動する。最初に{ $node_count ->
    [1] パッシブ ノード
   *[other] {" "}{ $node_count } つのパッシブ ノード
}をアップグレードすれば、その間 { $cms } はオンラインのままでよい

## UPG306 incomplete-upgrade

upg306-message-short = 計画 { $plan } の終了時点で、クラスタ { $cluster } は { $target } に達していない。{ $unfinished }である
upg306-message-unfinished = 計画 { $plan } の終了時点で、クラスタ { $cluster } のアップグレードは完了していない。{ $unfinished }である
upg306-node-below = ノード { $node } は { $version } のまま
upg306-cms-below-offline = CMS { $cms } は { $version } のままオフライン
upg306-cms-below = CMS { $cms } は { $version } のまま
upg306-cms-offline = CMS { $cms } はオフライン
upg306-label = アップグレードが完了する前に計画が終わる
upg306-label-node = { $node } はアップグレードされず、{ $version } のままである
upg306-label-cms = { $cms } は { $version } のままである
upg306-label-taken-offline = { $cms } はここでオフラインにされ、その後開始されない
upg306-label-offline-in-inventory = インベントリでは { $cms } はオフラインであり、計画はこれを開始しない
upg306-label-left-offline = { $cms } はオフラインのまま残される
upg306-note = アップグレード手順では、最初にすべてのパッシブ ノードをアップグレードし、次に各 CMS をオフラインにしてアップグレード済みのノードに移動し、そこでアップグレードしてから、元のアクティブ ノードをアップグレードする。途中で止まったクラスタでは異なるバージョンが混在し、オフラインのまま残った CMS はだれにもサービスを提供しない
upg306-help = 不足しているステップを、次の順序で計画 { $plan } の末尾に追加する (セットアップは括弧内のノードで実行する)

## UPG307 no-maintenance-window

upg307-message = 計画 { $plan } はステップ { $step } で CMS { $cms } をオフラインにするが、メンテナンス期間を宣言していない
upg307-label = この計画には `window:` がない
upg307-label-offline = ここで { $cms } がオフラインになる
upg307-note = クラスタ化メールボックス サーバーを SP1 または SP2 にアップグレードすると、CMS にダウンタイムが発生する。その長さはクラスタ全体の手順にかかる時間によって決まり、ダウンタイムは手順の途中、CMS をオフラインにした時点で始まる
upg307-help = メンテナンス期間について合意し、計画 { $plan } の `target:` の下に `window: {"{"} start: 2026-12-05T22:00:00Z, end: 2026-12-06T04:00:00Z {"}"}` のように宣言する

## UPG308 manual-rollup-removal

upg308-message = ステップ { $step } は、{ $service_pack } のセットアップの前に、{ $node } から更新プログラムのロールアップを手動で削除する
upg308-sp1-or-sp2 = SP1 または SP2
upg308-label = 不要である
upg308-label-setup = ここで { $service_pack } のセットアップが { $node } から更新プログラムのロールアップを削除する
upg308-note = 更新プログラムのロールアップがインストールされているコンピュータに Exchange 2007 SP1 または SP2 をインストールすると、セットアップはサービス パックをインストールする前に更新プログラムのロールアップを自動的に削除する。手動で削除する必要はない
upg308-help = ステップ { $step } を削除する。{ $service_pack } のセットアップ ({ $node } での `setup.com /mode:upgrade`) が、インストールされている更新プログラムのロールアップを自動的に削除する

## UPG309 cms-managed-with-cluster-tools

upg309-message-move = ステップ { $step } は cluster.exe で CMS { $cms } を { $node } に移動する
upg309-message-online = ステップ { $step } は cluster.exe で CMS { $cms } をオンラインにする
upg309-message-offline = ステップ { $step } は cluster.exe で CMS { $cms } をオフラインにする
upg309-label = cluster.exe は Exchange の正常性チェックを行わない
upg309-note = Microsoft は、クラスタ化メールボックス サーバーの移動、停止、開始を Exchange のツール (クラスタ化メールボックス サーバーの管理ウィザードまたは *-ClusteredMailboxServer コマンドレット) だけで行うよう推奨している。これらのツールはハンドオフの前にレプリケーションの正常性と移動先のノードを確認し、Microsoft Exchange Replication サービスに状態を伝えるが、cluster.exe はどちらも行わない
upg309-help = ステップ { $step } を次の Exchange 管理シェルのコマンドレットに置き換える

## UPG310 cms-moved-while-online

upg310-message = ステップ { $step } は、オンラインのままの CMS { $cms } ({ $cms_version }) を、アップグレード済みのノード { $node } ({ $node_version }) に移動する
upg310-label = この時点で { $cms } はまだオンラインである
upg310-label-upgraded = ここで { $node } が { $target } にアップグレードされる
upg310-note = すべてのパッシブ ノードで SP1 または SP2 が実行されるようになったら、CMS をオフラインにしてから、アクティブ ノードからアップグレード済みのパッシブ ノードに移動する必要がある。オンラインのまま移動すると、CMS は `setup.com /upgradecms` でアップグレードされる前に、自身より新しいバイナリに引き渡される
upg310-help = ステップ { $step } の前に { $cms } をオフラインにする。次のコマンドをそのステップの前に挿入する
