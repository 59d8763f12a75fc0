# 複数の箇所で使う語。

count-files = { $count } 個のファイル
# 一覧だけを示す。区切りは言語に従う。
list = { $items }
