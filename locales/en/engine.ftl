# Messages of engine. Ids are kebab-case; arguments are snake_case.

## Lists a language joins with its own separator (engine::join): `$head` is the first item,
## `$tail` the rest of the list, joined the same way.

engine-join-comma = { $head }, { $tail }
engine-join-and = { $head } and { $tail }
engine-join-or = { $head } or { $tail }
# Clauses of a note or a help.
engine-join-semicolon = { $head }; { $tail }

## INV010 unknown-fact, reported by the engine from what the checks recorded.

# $fact: what is unknown, as the check that needed it names it (`the Windows version of EXNODE1`).
inv010-message = { $fact } is unknown
# One check the fact kept from running; $skipped: what it could not judge (a list).
inv010-check = { $code } ({ $name }) on { $skipped }
# $checks: the inv010-check of each check, joined.
inv010-note-checks = checks kept from running: { $checks }
# $how: the inventory's YAML that states the fact.
inv010-help = state it in the inventory: `{ $how }`
