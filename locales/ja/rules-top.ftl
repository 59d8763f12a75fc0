# rules-top のメッセージ。文体は「である」調。用語は docs/ja/glossary.md に従う。
# 名前、バージョン、コマンドはそのまま渡される。コマンド内のプレースホルダー (`<new node>`) は英語のままにする。

## TOP ルールで共通

rules-top-node-runs = { $node } は { $version } を実行している
rules-top-command-on-node = { $command } ({ $node } で実行)

## TOP101 ccr-topology-invalid

top101-message = クラスタ { $cluster } (CCR) の構成は、{ $has } である。CCR にはちょうど 2 つのノードと 1 つの CMS が必要である
top101-nodes = ノード数 { $count }
top101-cms = CMS 数 { $count }
top101-label = クラスタ連続レプリケーション
top101-label-node = { $number } つ目のノード (全 { $total } つ)
top101-label-cms = { $number } つ目の CMS (全 { $total } つ)
top101-missing-nodes = ノードが { $count } つしかない
top101-missing-cms = `type: cms` のグループがない
top101-note = CCR クラスタは、2 つのノードのそれぞれにデータのコピーを 1 つずつ保持する。1 つのアクティブ ノードが CMS を実行し、ちょうど 1 つのパッシブ ノードがレプリカを保持する。アップグレードはそのパッシブ ノードから始まる
top101-help = { $cluster } を 2 つのノードと 1 つの CMS の構成にする。より多くのノードや CMS が必要な場合は、シングル コピー クラスタ (SCC) を使用するか、CCR クラスタを分ける

## TOP102 no-passive-node

top102-message = すべてのノードが CMS を所有しているため、クラスタ { $cluster } にはパッシブ ノードがない
top102-label = パッシブ ノードがない
top102-label-owner = { $node } が CMS { $cms } を所有している
top102-note = Exchange 2007 SP1 または SP2 にアップグレードできるのは、CMS を所有していないノード、つまりパッシブ ノードだけである。アップグレードはパッシブ ノードから始まる
top102-help = { $cluster } にノードを追加し (`cluster.exe /cluster:{ $cluster } /add:<new node>`)、そのノードにパッシブ クラスタ化メールボックスの役割をインストールして (`setup.com /mode:install /roles:mailbox`)、最初にそのノードをアップグレードする{ $kind ->
    [ccr] {" "}(CCR クラスタは 1 つのアクティブ ノードと 1 つのパッシブ ノードで構成される)
   *[other] {""}
}。Move-ClusteredMailboxServer は CMS を実行していないノードにしか CMS を移動しないため、CMS を移動してもノードは空かない

## TOP103 passive-node-owns-groups

top103-message = パッシブ ノード { $node } がグループ "{ $group }" を所有している
top103-label = { $node } は CMS を所有していないため、パッシブ ノードである
top103-label-active = アクティブ ノード (CMS を所有している)
top103-note = パッシブ ノードには、既定のクラスタ グループや Exchange に関連しないリソース グループなど、他のクラスタ グループを含めない。これらのグループは、パッシブ ノードをアップグレードする前に別のノードへ手動で移動する必要がある
top103-help = { $node } をアップグレードする前に、"{ $group }" をアクティブ ノード { $active } に移動する
top103-unknown-cms-owner = CMS { $cms } の所有者
top103-unknown-group-owner = グループ `{ $group }` の所有者
top103-unknown-owner-label = `owner` が指定されていない
top103-unknown-owner-why = この CMS を所有している可能性のあるノードはパッシブ ノードであるかどうかが不明なため、そのノードが所有するグループは判定しない
top103-unknown-kind = グループ `{ $group }` が CMS かどうか
top103-unknown-kind-label = このグループが CMS かどうかを示す情報がない
top103-unknown-kind-why = CMS である可能性のあるグループは、そのノードをアクティブ ノードにする可能性があるため、そのノードのグループは判定せず、推測で cluster.exe によって移動することもない。エクスポートでは、`cluster res` が、CMS の保持する Exchange のリソースによって CMS を見分ける
top103-skipped-group = グループ `{ $group }`
top103-skipped-groups-of = { $node } のグループ

## TOP104 mixed-os-cluster

top104-message = クラスタ { $cluster } では、Windows Server 2003 ({ $old_nodes }) と { $new_product } ({ $new_nodes }) が混在している
top104-note = Windows Server 2008 のフェールオーバー クラスタリングは大きく変更されたため、Windows Server 2003 のサーバー クラスタを Windows Server 2008 にアップグレードすることはできない。クラスタをノードごとに 2003 から 2008 へ移行することはできない
top104-help = { $cluster } を稼働させたまま、Exchange 2007 SP1 または SP2 を備えた新しい Windows Server 2008 のフェールオーバー クラスタを構築し、Move-Mailbox またはメールボックスの移動ウィザードでメールボックスを、パブリック フォルダのレプリケーションでパブリック フォルダを移動してから、{ $cluster } を廃止する

## TOP105 rtm-on-windows-2008

top105-message-node = Windows Server 2008 のノード { $node } が Exchange 2007 RTM を実行している
top105-message-node-and-cms = Windows Server 2008 のノード { $node } とその CMS { $cms } が Exchange 2007 RTM を実行している
top105-message-cms = Windows Server 2008 のノード { $node } 上のクラスタ化メールボックス サーバー { $cms } が Exchange 2007 RTM を実行している
top105-label-cms = CMS { $cms } は { $version } を実行している
top105-note = Windows Server 2008 のサポート (Windows Server 2008 上のクラスタ化メールボックス サーバーを含む) は Exchange 2007 SP1 および SP2 で追加されたため、RTM は Windows Server 2008 をサポートしない
top105-help-upgrade-cms = { $node } で `setup.com /upgradecms` を実行し、{ $cms } を { $node } のサービス パックにアップグレードする
top105-help-node-unknown = { $node } に Exchange 2007 SP1 以降をインストールしてから、{ $node } で `setup.com /upgradecms` を実行して { $cms } をアップグレードする
top105-help-active-node = { $node } に Exchange 2007 SP1 以降をインストールする。{ $node } は CMS を所有しているため、最初にパッシブ ノードをアップグレードし、CMS をそのノードに移動してそのノードで `setup.com /upgradecms` を実行してから、{ $node } をアップグレードする
top105-help-passive-node = アップグレード モードの Setup.com で、{ $node } に Exchange 2007 SP1 以降をインストールする

## TOP106 cms-version-lags-nodes

top106-message = クラスタ化メールボックス サーバー { $cms } は { $cms_level } であるが、クラスタ { $cluster } のすべてのノードは { $node_level }{ $spread ->
    [same] {" "}
   *[other] {" "}以降
}である
top106-label = { $version } の CMS
top106-note = ノードはアップグレードされたが、{ $cms } に対して `setup.com /upgradecms` が実行されていない。ノードのバージョン未満の CMS は開始しない
top106-help-owner = { $cms } を所有しているノード { $node } で `setup.com /upgradecms` を実行する。このコマンドは CMS をアップグレードし、オンラインにする
top106-help = { $cms } を所有しているノードで `setup.com /upgradecms` を実行する。このコマンドは CMS をアップグレードし、オンラインにする

## TOP107 unsupported-windows-version

top107-message = クラスタ { $cluster } のノード { $node } は { $product } を実行しているが、Exchange 2007 はこのオペレーティング システムではサポートされない
top107-note-later-server = Exchange 2007 は、Windows Server 2008 R2 以降の Windows Server ではサポートされない
top107-note-client = Windows のクライアント エディションは、フェールオーバー クラスタのノードになることも、Exchange 2007 のメールボックスの役割を実行することもできない
top107-help = { $node } を Windows Server 2003 SP2 で再構築するか、Exchange 2007 SP1 または SP2 とともに Windows Server 2008 で再構築するか、{ $cluster } から削除する
