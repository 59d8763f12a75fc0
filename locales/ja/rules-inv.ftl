# rules-inv のメッセージ。文体は「である」調。用語は docs/ja/glossary.md に従う。

## INV002 schema-violation

inv002-help-on = コマンドを入力するノードを `on: <node>` で指定する

## INV003 duplicate-name

inv003-message = { $kind ->
        [cluster] クラスタ
        [node] ノード
        [group] グループ
        [server] サーバー
        [workstation] ワークステーション
        [plan] 計画
       *[other] { $kind }
    } `{ $name }` が 2 回定義されている
inv003-label-second = 2 つ目の定義
inv003-label-first = 最初の定義
inv003-note = 名前は大文字と小文字を区別せずに比較され、FQDN は最初のラベルと同じ名前とみなされるため、2 つの定義は同じコンピュータまたはオブジェクトを表している
inv003-help = `{ $name }` の 2 つの定義を 1 つにまとめるか、一方の名前を変更する

## INV004 unknown-reference

inv004-owner-message = グループ `{ $group }` の所有者 `{ $owner }` は、クラスタ { $cluster } のノードではない
inv004-owner-label = このクラスタのノードではない
inv004-owner-label-cluster = クラスタの定義
inv004-plan-message = 計画 `{ $plan }` の対象のクラスタ `{ $cluster }` は、インベントリで定義されていない
inv004-label-unknown-cluster = 不明なクラスタ
inv004-plan-help = `clusters:` にクラスタを定義するか、名前を修正する
inv004-manages-message = ワークステーション { $workstation } が管理している `{ $entry }` は、インベントリの CMS、クラスタ、サーバーのいずれでもない
inv004-manages-label = 不明な名前
inv004-manages-help = インベントリで定義されている CMS、クラスタ、またはスタンド アロン サーバーを指定する
inv004-migration-message = 移行で指定されているクラスタ `{ $cluster }` は、インベントリで定義されていない
inv004-migration-help = `clusters:` に両方のクラスタを定義する (新しいクラスタは、構築する予定の構成で定義する)
inv004-step-message = ステップ { $step } が指定している名前のうち、{ $names } はクラスタ { $cluster } にない
inv004-step-name = { $kind ->
        [node] ノード
        [group] グループ
       *[other] { $kind }
    } `{ $name }`
inv004-step-label = { $kind ->
        [node] 不明なノード
        [group] 不明なグループ
       *[other] 不明な { $kind }
    } `{ $name }`
inv004-known = クラスタ { $cluster } の内容は、{ $parts } である
inv004-has-nodes = ノード ({ $names })
inv004-has-no-nodes = ノード (なし)
inv004-has-cms = CMS ({ $names })
inv004-has-no-cms = CMS (なし)
inv004-has-other-groups = その他のグループ ({ $names })
inv004-has-no-other-groups = その他のグループ (なし)
inv004-foreign = ステップ { $step } は、計画 { $plan } のクラスタ { $cluster } ではなく、クラスタ `{ $named }` に対して cluster.exe を実行する
inv004-foreign-label-defined = `{ $named }` はインベントリの別のクラスタである
inv004-foreign-label-none = クラスタ `{ $named }` は定義されていない
inv004-foreign-note = cluster.exe は `/cluster:` スイッチまたは最初の引数で指定されたクラスタに対して動作するため、このステップは { $cluster } を変更しない。cmslint はこのステップを再現せず、後続のステップは、このステップが何もしなかったものとして判定する
inv004-foreign-help-other = このステップは { $other } の手順書のものである。削除するか、{ $name } を指定する (または、クラスタを指定せずに、実行するノードのクラスタに対して動作させる)
inv004-foreign-help = インベントリで定義されている{ $count ->
       *[other] クラスタ
    }は { $clusters } である。{ $name } を指定するか、クラスタを指定しない (実行するノードのクラスタに対して動作させる)

## INV005 unrecognized-version

# 先頭の空白: 日本語の語と英字の間に入る空白 (「解釈できない Windows のバージョン」)。
inv005-windows = { " " }Windows のバージョン
inv005-exchange = { " " }Exchange のバージョン
inv005-tools = { " " }Exchange 管理ツールのバージョン
inv005-cluster-tools = クラスタ管理ツール
inv005-message = { $entity } の{ $what } `{ $text }` を解釈できない
inv005-label = 解釈できない{ $what }
inv005-label-other = 解釈できない{ $what } `{ $text }`
inv005-note = この情報を必要とする検査では、このエンティティは判定の対象外になる
inv005-help-os = Windows が表示するとおりに記述する (例: `Windows Server 2003 R2 Enterprise x64 Edition SP2`、`{"{"}name: Windows Server 2008 Enterprise, servicePack: 2{"}"}`、`{"{"}version: "5.2.3790", servicePack: 2{"}"}`)
inv005-help-cluster-tools = インストールされているクラスタ管理ツールの OS のバージョンをテキストで指定する。`Windows Server 2003` (管理ツール パックの `adminpak` も可) または `Windows Server 2008` (`RSAT-Clustering` も可) と記述する
inv005-help-exchange = Exchange 2007 のバージョンを記述する (`RTM`、`SP1`、`SP2 RU3`、`8.1.240.6` や `8.01.0240.006` のようなビルド番号、または `Version 8.1 (Build 240.6)`)

## INV006 conflicting-facts

inv006-message = { $fact }について、2 つの情報源が一致しない (`{ $other }` と `{ $first }`)
inv006-label = `{ $value }` を示している
inv006-note = cmslint にはどちらの情報源が正しいか判断できないため、どちらの値も使用しない。情報源が一致するまで、この情報を必要とする検査では判定の対象外になる。異なる時点 (フェールオーバーの前と後など) に取得したエクスポートは、このように一致しないことがある
inv006-help = インベントリ ドキュメントを修正するか、すべてのファイルが同じ時点を示すようにクラスタを再度エクスポートする

## INV011 export-facts-unused

inv011-name-message = cmslint は `{ $file }` がどのノードを表しているか判断できない
inv011-name-label = 使用しない (ファイル内にホストがなく、ファイル名もノードを示していない)
inv011-name-note-cluster = このエクスポートはファイル内でホストを示しておらず、ファイル名もクラスタ { $cluster } のノード ({ $nodes }) のいずれでも始まっていない。ファイル名から取得したホストは、フォルダ内の他の情報源が定義しているノードである必要がある。そうでなければ、無関係なファイルによってクラスタにノードが追加されてしまう。そのため、このファイルの情報は使用しない
inv011-name-note = このエクスポートはファイル内でホストを示しておらず、フォルダ内の他の情報源も、ファイル名の先頭になり得るノードを示していない。ファイル名から取得したホストによってノードが追加されることはないため、このファイルの情報は使用しない
inv011-name-help = ファイル名を、エクスポート元のノードの名前で始める (例: { $names })
inv011-product-message = { $node } の Windows のバージョン `{ $version }` では、ワークステーションかサーバーかがわからない
inv011-sp-message = { $node } の Windows のバージョン `{ $version }` では、インストールされているサービス パックがわからない
inv011-windows-label = 使用しない (cmslint は推測しない)
inv011-product-note = これらの番号は、Windows のクライアント エディションとサーバーのどちらのリリースにも使われている (5.2 は Windows XP x64 と Windows Server 2003、6.0 は Windows Vista と Windows Server 2008)。エクスポートには、どちらであるかを示す製品の種類、OS 構成、キャプションがない。この情報は不明のままとする
inv011-sp-note = この Windows のビルド番号はどのサービス パックでも同じであり、エクスポートには CSDVersion も ServicePackMajorVersion もない。この情報は不明のままとする
inv011-windows-help = 製品の種類とサービス パックを含めて、WMI から、または `systeminfo /s { $node }` で Windows をエクスポートする
