# rules-os のメッセージ。文体は「である」調。用語は docs/ja/glossary.md に従う。

os-migration = 移行 { $from }->{ $to }

## OS401 in-place-cluster-os-upgrade

os401-message = ステップ { $step } は、クラスタ ノード { $node } の Windows を { $from } から { $to } にインプレース アップグレードする
os401-label = フェールオーバー クラスタ ノードのインプレース アップグレード
os401-label-runs = { $node } は { $os } を実行している
os401-note = Windows Server 2008 ではフェールオーバー クラスタに大幅な変更が行われたため、フェールオーバー クラスタを Windows Server 2003 から Windows Server 2008 にアップグレードすることはできない。Windows Server 2008 で新しいクラスタを構築し、古いクラスタからデータを移行する
os401-help-migration = インベントリには{ $migration } が既に記述されている。ステップ { $step } を削除し、その移行のとおりにデータを { $to } に移行する
os401-help = ステップ { $step } を削除する。Exchange 2007 SP1 または SP2 を実行する新しい Windows Server 2008 フェールオーバー クラスタを構築し、{ $cluster } から Move-Mailbox でメールボックスを、パブリック フォルダのレプリケーションでパブリック フォルダを移動して、その移行を `migrations:` のエントリ (`from: { $cluster }`、`to: <new cluster>`、`mailboxes: move-mailbox`、`publicFolders: replication`) として記述する

## OS402 migration-method-unsupported

os402-message = { $migration } は、ドキュメントに記載されていない方法で{ $what } を移動する
os402-mailboxes = メールボックス (`{ $method }`)
os402-public-folders = パブリック フォルダ (`{ $method }`)
os402-label = { $what } を移動する
os402-note = クラスタ化メールボックス サーバーを新しい Windows Server 2008 フェールオーバー クラスタに移行するには、メールボックスの移動ウィザードまたは Move-Mailbox コマンドレットでメールボックスを移動し、パブリック フォルダのレプリケーションでパブリック フォルダのデータを移動する
os402-help-mailboxes = Move-Mailbox またはメールボックスの移動ウィザードでメールボックスを移動し、`mailboxes: move-mailbox` と設定する (次のコマンドは、{ $new } のストレージ グループとデータベースが既定の名前であることを前提としている)
os402-help-public-folders = パブリック フォルダを { $new } のパブリック フォルダ データベースにレプリケートし、レプリケーションが完了したら古いレプリカを削除して、`publicFolders: replication` と設定する

## OS403 migration-target-not-2008

os403-message = { $migration } の移行先であるクラスタ { $cluster } は、Exchange 2007 SP1 または SP2 を実行する Windows Server 2008 のクラスタではない ({ $what })
os403-node-runs = ノード { $node } は { $os } を実行している
os403-node-rtm = ノード { $node } は Exchange 2007 RTM を実行している
os403-cms-rtm = CMS { $cms } は Exchange 2007 RTM を実行している
os403-label = { $cluster } は SP1/SP2 を実行する Windows Server 2008 クラスタではない
os403-note = クラスタ化メールボックス サーバーを Windows Server 2003 から移行するには、Windows Server 2008 で新しいフェールオーバー クラスタを構築する。Exchange 2007 が Windows Server 2008 をサポートするのは SP1 以降であるため、新しいクラスタでは SP1 または SP2 を実行する
os403-help = { $cluster } を Windows Server 2008 (2003 でも 2008 R2 でもない) で構築し、すべてのノードに Exchange 2007 SP1 または SP2 をインストールする (SP2 のインストールに RTM は不要である)。{ $cluster } が既に構築されている場合は、インベントリのその情報を修正する
