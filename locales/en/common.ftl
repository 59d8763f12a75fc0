# Words more than one part of cmslint uses.
#
# Counts: English chooses the singular or plural form with `$count`; Japanese has none and puts
# a counter after the number, with a space before it: 個 for things (files, values, bytes are
# バイト), 件 for what is recorded or reported (findings, problems, suppressions, baseline
# entries). Every message file follows this.

count-files = { $count ->
    [one] { $count } file
   *[other] { $count } files
}
# A list on its own, joined as the language joins lists.
list = { $items }
# Two items of a list of options, or an item and the rest of the list: `a, b, c`.
list-comma = { $head }, { $tail }
# Two alternatives, or one and the rest: `a or b or c`.
list-or = { $head } or { $tail }
# The word a misspelt key, value or name was most likely meant to be.
did-you-mean = did you mean `{ $word }`?
# A JSON text the parser refuses (an inventory, the baseline); `$error`: the parser's own words,
# or scan-json-too-deep.
invalid-json = invalid JSON: { $error }
