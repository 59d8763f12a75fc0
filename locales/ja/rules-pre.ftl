# rules-pre のメッセージ。文体は「である」調。用語は docs/ja/glossary.md に従う。

## PRE201 windows-2003-sp2-missing

pre201-message-node = ステップ { $step } は、その時点で SP2 ではなく { $os } を実行している { $node } の Exchange をアップグレードする
pre201-message-cms = ステップ { $step } は、その時点で SP2 ではなく { $os } を実行している { $node } 上の CMS をアップグレードする
pre201-without-service-pack = { $product } (サービス パックなし)
pre201-label-not-sp2 = { $node } はまだ Windows Server 2003 SP2 ではない
pre201-label-runs = { $node } は { $os } を実行している
pre201-note = Exchange 2007 { $target } にアップグレードする前に、クラスタ ノードで Windows Server 2003 Service Pack 2 を実行している必要がある
pre201-help = 先に { $node } に Windows Server 2003 SP2 をインストールする (ステップ { $step } の前にこのステップを挿入する)
pre201-skipped = 計画 { $plan } のステップ { $step }
pre201-fact-windows = { $node } の Windows のバージョン
pre201-label-no-os = `os` が指定されていない
pre201-fact-service-pack = { $node } の Windows のサービス パック
pre201-label-no-service-pack = サービス パックを示していない
pre201-why-caption = Windows のキャプションはサービス パックを示さない (systeminfo の「OS 名」も WMI の `Caption` も示さない)
pre201-why-minimum = Windows のキャプションはサービス パックを示さない (systeminfo の「OS 名」も WMI の `Caption` も示さない)。{ $product } は SP{ $minimum } 以上であるが、SP2 かどうかはわからない

## PRE202 unsupported-upgrade-target

pre202-message = 計画 { $plan } の対象バージョン { $target } は、{ $what }
pre202-problem-unknown = cmslint が解釈できる Exchange 2007 のバージョンではない
pre202-problem-not-documented = SP1 でも SP2 でもない
pre202-problem-not-documented-and-below = SP1 でも SP2 でもなく、{ $below }
pre202-below = { $count ->
       *[other] { $nodes } が既に実行している { $level } より低い
    }
pre202-below-each = { $nodes } が既に実行しているバージョンより低い
pre202-node-at-level = { $node } ({ $level })
pre202-label-unknown = 不明なバージョン
pre202-label-not-documented = SP1 でも SP2 でもない
pre202-label-below = { $node } が既に実行しているバージョンより低い
pre202-label-node-runs = { $node } は既に { $level } を実行している
pre202-note = ドキュメントに記載されている手順は、クラスタ化メールボックス サーバーを Exchange 2007 RTM から Exchange 2007 SP1 または SP2 にアップグレードするものである
pre202-help-unknown = 対象バージョンを `SP1` または `SP2` と記述する
pre202-help-not-documented = この手順は CMS を RTM から SP1 または SP2 にアップグレードするものである。対象バージョンを `SP1` または `SP2` にするか、{ $level } へのアップグレードはそのバージョンのドキュメントに照らして確認する
pre202-help-no-downgrade = Exchange 2007 はダウングレードできないため、対象バージョンを { $level } 以上にする
pre202-help-nothing-to-upgrade = Exchange 2007 はダウングレードできず、クラスタは既に { $level } を実行しているため、この手順でアップグレードするものはない
