# rules-adm のメッセージ。文体は「である」調。用語は docs/ja/glossary.md に従う。

## 管理のルールで共通

adm-cms = CMS { $names }
adm-cms-at-level = { $level } を実行している CMS { $names }
adm-cluster-cms = クラスタ { $cluster } の { $cms }
adm-node-of-cluster = { $node } (クラスタ { $cluster } のノード)
adm-tools = { $tools } のツール
adm-note-generation = RTM バージョンの Exchange 管理ツールでは Exchange 2007 RTM を実行しているクラスタ化メールボックス サーバーを管理し、SP1 または SP2 バージョンでは SP1 または SP2 を実行しているクラスタ化メールボックス サーバーを管理する

## ADM501 tools-version-mismatch

adm501-message = ワークステーション { $workstation } が { $tools } のツールで、{ $cms } を管理している
adm501-help-upgrade = { $workstation } の Exchange 管理ツールを SP1 または SP2 にアップグレードする (そのコンピュータでサービス パックのファイルから `setup.com /mode:upgrade` を実行する) か、SP1 または SP2 のツールがインストールされている別のコンピュータから CMS { $cms } を管理する
adm501-help-split = { $workstation } の RTM のツールは RTM の CMS の管理用に残し、CMS { $cms } は SP1 または SP2 のツールがインストールされている別のコンピュータから管理する (1 台のコンピュータにインストールできるツールのバージョンは 1 つだけである)
adm501-help-replace = CMS { $cms } は RTM の管理ツールで管理する。{ $workstation } の { $tools } のツールを RTM のツールに置き換える ({ $tools } のツールをアンインストールしてから、RTM のファイルで `setup.com /mode:install /roles:ManagementTools` を実行する) か、RTM のツールがインストールされている Windows Server 2003 または Windows XP の別のコンピュータから CMS { $cms } を管理する
adm501-help-elsewhere = RTM の管理ツールがインストールされている Windows Server 2003 または Windows XP のコンピュータから CMS { $cms } を管理する
adm501-help-elsewhere-keep = RTM の管理ツールがインストールされている Windows Server 2003 または Windows XP のコンピュータから CMS { $cms } を管理し、{ $workstation } の { $tools } のツールは SP1/SP2 の CMS の管理用に残す

## ADM502 tools-on-unsupported-os

adm502-message = ワークステーション { $workstation } が { $os } で { $tools } のツールを実行している
adm502-label-os = { $os } ({ $tools } のツールが動作するのは { $supported } だけである)
adm502-note = RTM バージョンの Exchange 管理ツールは Windows Server 2003 または Windows XP で動作し、SP1 または SP2 バージョンは Windows Server 2008、Windows Server 2003、Windows XP、または Windows Vista で動作する
adm502-help-upgrade = { $workstation } の Exchange 管理ツールを、{ $os } がサポートする SP1 または SP2 にアップグレードする (そのコンピュータでサービス パックのファイルから `setup.com /mode:upgrade` を実行する)。RTM のサーバーは、RTM のツールがインストールされている Windows Server 2003 または Windows XP のコンピュータから管理する
adm502-help-remove = { $workstation } から { $tools } のツールを削除し、{ $supported } のコンピュータから Exchange 2007 を管理する

## ADM503 vista-manages-cms

adm503-message = Windows Vista のワークステーション { $workstation } が CMS { $cms } を管理している
adm503-note = Windows Vista からはクラスタ化メールボックス サーバーをリモート管理できない。Windows Vista から管理できるのは、Exchange 2007 SP1 または SP2 を実行しているスタンド アロン サーバーだけである
adm503-help = Windows Server 2008、Windows Server 2003、または Windows XP のコンピュータから CMS { $cms } を管理する。{ $workstation } では、SP1 または SP2 を実行しているスタンド アロン サーバーを引き続き管理できる
adm503-help-via = Windows Server 2008、Windows Server 2003、または Windows XP のコンピュータから CMS { $cms } を管理する。たとえば、{ $nodes } にリモート デスクトップで接続する。{ $workstation } では、SP1 または SP2 を実行しているスタンド アロン サーバーを引き続き管理できる

## ADM504 cross-os-cluster-management

adm504-message = { $os } のワークステーション { $workstation } が { $other } の CMS { $cms } を管理している
adm504-label-entry = { $cms } ({ $other })
adm504-note = クラスタ管理ツールでは異なるオペレーティング システムのフェールオーバー クラスタをリモート管理できないため、Exchange 管理ツールでも管理できない。Windows Server 2003 または Windows XP から Windows Server 2008 の CMS を管理することも、Windows Server 2008 から Windows Server 2003 の CMS を管理することもできない
adm504-help = { $nodes } など、{ $other } を実行しているコンピュータにリモート デスクトップで接続して、CMS { $cms } を管理する

## ADM505 mixed-cluster-tools

adm505-message = ワークステーション { $workstation } に { $versions } のクラスタ管理ツールがある
adm505-label = { $version } のクラスタ管理ツール
adm505-note = 同じコンピュータに異なるオペレーティング システムのバージョンのクラスタ管理ツールをインストールすることはできない
adm505-help-keep = { $workstation } には { $keep } のクラスタ管理ツール ({ $os } で動作するもの) だけを残して { $remove } のツールを削除し、{ $others } のクラスタは、そのいずれかのノードにリモート デスクトップで接続して (`mstsc /v:<node>`) 管理する
adm505-help = { $workstation } には 1 つの OS のバージョン (そのコンピュータ自身の Windows のバージョン) のクラスタ管理ツールだけを残し、それ以外のバージョンのクラスタは、そのいずれかのノードにリモート デスクトップで接続して (`mstsc /v:<node>`) 管理する

## ADM506 missing-cluster-tools

adm506-message = ワークステーション { $workstation } はクラスタ管理ツールなしで CMS { $cms } を管理している
adm506-note = Exchange 管理ツールはクラスタ管理ツールを通じて CMS を管理する。クラスタ管理ツールは、Windows Server 2003 または Windows XP では管理ツール パック (Adminpak.msi) に、Windows Server 2008 では RSAT-Clustering 機能に含まれている
adm506-note-listed = クラスタ管理ツールが既にインストールされている場合は、`clusterTools` に記載する
adm506-help-adminpak = { $workstation } に Windows Server 2003 管理ツール パックをインストールする (`{ $command }`。マイクロソフト サポート技術情報の記事 304718 を参照)
adm506-help-rsat = { $workstation } にフェールオーバー クラスタ管理ツールをインストールする (`{ $command }`)
adm506-help-either = Windows Server 2003 または Windows XP の場合は、{ $adminpak }。Windows Server 2008 の場合は、{ $rsat }

## ADM507 plan-breaks-management

adm507-message = ワークステーション { $workstation } は { $generation } の Exchange 管理ツールで { $cms } を管理しているが、計画 { $plan } が{ $count ->
        [1] その CMS
       *[other] それらの CMS
    } を { $target } にアップグレードすると、このツールでは管理できなくなる
adm507-label = { $tools } のツール (現時点では問題ない)
adm507-label-plan = 計画 { $plan } は { $cms } を { $target } にアップグレードする
adm507-help = 計画の完了後、{ $workstation } の Exchange 管理ツールを { $target } にアップグレードする (そのコンピュータで { $target } のセットアップを実行する。{ $generation } のツールでは { $new_generation } の CMS を管理できない) か、別のコンピュータから { $cms } を管理する
adm507-fix = { $command } ({ $workstation } で実行)
