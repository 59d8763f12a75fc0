# runbook のメッセージ。文体は「である」調。用語は docs/ja/glossary.md に従う。
