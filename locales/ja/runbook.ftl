# runbook のメッセージ。文体は「である」調。用語は docs/ja/glossary.md に従う。
# コマンド内のプレースホルダー (`<node>`、`<group>`) は英語のままにする。

## INV007 unrecognized-command

inv007-message = ステップ { $step } は cmslint が解釈できるコマンドではない。{ $reason }
inv007-label = 再現されない
inv007-note = cmslint はこのステップを再現しないため、それより後のステップの検査は、このステップがクラスタを何も変更しないものとして行われる
inv007-help = cmslint が解釈できる次のいずれかのコマンドを記述する。`setup.com /mode:upgrade`、`setup.com /upgradecms` (いずれも `on: <node>` を付ける)、`cluster.exe group "<group>" /move:<node>`、`cluster.exe group "<group>" /offline` または `/online`、`Stop-ClusteredMailboxServer <cms>`、`Start-ClusteredMailboxServer <cms>`、`Move-ClusteredMailboxServer <cms> -TargetMachine <node>`。手作業のステップは、`text:` を付けた `action: note` にする

## ステップがコマンドとして解釈できない理由

runbook-empty-step = ステップが空である
runbook-unknown-command = '{ $name }' は不明なプログラムまたはコマンドレットである
runbook-several-commands = 1 つのステップに複数のコマンドがある
runbook-redirection = ステップではリダイレクト ('<' または '>') はサポートされない
runbook-escape-character = エスケープ文字 '{ $character }' はサポートされない
runbook-unterminated-quote = 引用符が閉じられていない
runbook-unexpected-argument = { $program } に対する引数 '{ $argument }' は想定外である
runbook-setup-mode-without-value = setup.com の /mode には /mode:upgrade のような値が必要である
runbook-setup-upgradecms-with-value = setup.com の /upgradecms は値を取らない
runbook-setup-mode-not-upgrade = setup.com /mode:{ $mode } はアップグレードではない
runbook-setup-both-modes = /mode:upgrade と /upgradecms の両方を指定した setup.com はあいまいである
runbook-setup-not-upgrade = /mode:upgrade も /upgradecms も指定していない setup.com はアップグレードのステップではない
runbook-cluster-without-group = cluster.exe に group が指定されていない
runbook-cluster-unsupported = cluster.exe の '{ $word }' は解釈できない
runbook-cluster-named-twice = cluster.exe でクラスタが 2 回指定されている
runbook-group-name-missing = cluster.exe group にはグループ名が必要である
runbook-unexpected-group-argument = cluster.exe group に対する引数 '{ $argument }' は想定外である (空白を含むグループ名は引用符で囲む)
runbook-move-without-colon = cluster.exe の /{ $switch } は /{ $switch }:<node> の形式で指定する必要がある
runbook-move-without-node = ノードを指定しない cluster.exe /{ $switch } では cluster.exe がノードを選ぶため、計画を再現できない
runbook-online-offline-with-value = 値を指定した cluster.exe /{ $switch } はサポートされない
runbook-unsupported-group-option = cluster.exe group のオプション '{ $option }' はサポートされない
runbook-several-group-operations = cluster.exe group に複数の操作が指定されている
runbook-group-without-operation = cluster.exe group '{ $group }' に /move、/offline、/online のいずれも指定されていない
runbook-lone-dash = 単独の '-' はパラメータではない
runbook-unknown-parameter = -{ $parameter } は { $cmdlet } の不明なパラメータである
runbook-ambiguous-parameter = パラメータ -{ $parameter } はあいまいである ({ $candidates })
runbook-parameter-twice = パラメータ -{ $parameter } が複数回指定されている
runbook-parameter-without-value = パラメータ -{ $parameter } には値が必要である
runbook-switch-not-boolean = -{ $parameter }:{ $value } は $true でも $false でもない
runbook-whatif = -WhatIf を指定すると、ステップは何も変更しないドライ ランになる
runbook-missing-identity = { $cmdlet } に Identity が指定されていない
runbook-missing-target = { $cmdlet } に -TargetMachine が指定されていない
runbook-name-is-list = { $what } '{ $value }' はリストである
runbook-name-expands = { $what } '{ $value }' に変数または式が使われている
runbook-empty-name = { $what }が空である
runbook-name-has-control = { $what } '{ $value }' に制御文字が含まれている
runbook-name-cluster = クラスタ名
runbook-name-group = グループ名
runbook-name-node = ノード名
# パラメータ名は翻訳しない。runbook-empty-name が助詞を続けて書くため、どれも日本語で終える。
runbook-name-identity = Identity パラメータの値
runbook-name-target-machine = TargetMachine パラメータの値
