# Words more than one part of cmslint uses.

count-files = { $count ->
    [one] { $count } file
   *[other] { $count } files
}
# A list on its own, joined as the language joins lists.
list = { $items }
