# Messages of schema. Ids are kebab-case; arguments are snake_case.

## INV002: what the schema of the inventory format refuses. Keys, values and the format's
## spellings stay as written; `$value` and `$found` are a value in backticks or a schema-value-*
## or schema-type-* message.

# `$place`: one of schema-what-*, after "in this".
schema-unknown-key-in = unknown key `{ $key }` in this { $place }
schema-unknown-key = unknown key `{ $key }`
schema-missing-key-in = missing required key `{ $key }` in this { $place }
schema-missing-key = missing required key `{ $key }`
# `$expected`: one of schema-type-*, or several joined by "or".
schema-wrong-type = expected { $expected }, found { $found }
# `$options`: the spellings the format accepts, in backticks, joined by commas.
schema-not-one-of = { $value } is not one of { $options }
# `$what`: one of schema-what-*.
schema-not-valid = { $value } is not a valid { $what }
schema-not-valid-value = { $value } is not valid
# The marker's value (`cmslint: 2`) names a format this cmslint does not read.
schema-version-unsupported = format version { $version } is not read by this cmslint, which reads format { $expected }
# `$text`: the value as JSON writes a string (`"1"`).
schema-version-text = the format version is the text { $text } where the number { $expected } is expected
schema-version-text-help = write `cmslint: { $expected }`, without quotes
schema-version-not-a-number = expected the number { $expected }, found { $found }
schema-empty = must not be empty
schema-step-run-and-action = a step has either `run` or `action`, not both
schema-step-no-run-or-action = a step needs `run` (a command) or `action`
schema-duplicate-key = duplicate key `{ $key }`
# The label on the first of two equal keys.
schema-first-given-here = first given here

## The marker that makes a document an inventory.

# `$key`: the misspelt marker key (`cmslnt`).
schema-marker-misspelt = no `cmslint: 1` marker: `{ $key }` is not the marker key
schema-marker-missing-with-section = no `cmslint: 1` marker, though the file has the inventory section `{ $section }`
schema-marker-missing = no `cmslint: 1` marker
schema-marker-add = add `cmslint: 1` as the first line, which marks the file as a cmslint inventory

## A plan's maintenance window (`window:`), in the inventory and after `cmslint plan --window`.

# `$example`: a correct date-time.
schema-window-not-rfc3339 = `{ $text }` is not an RFC 3339 date-time such as `{ $example }`
schema-window-no-offset = `{ $text }` has no offset: add `Z` (UTC) or the local offset, as in `{ $example }`
schema-window-not-in-calendar = `{ $text }` is not a date and time of the calendar
schema-window-ends-when-it-starts = the window ends when it starts
schema-window-ends-before-it-starts = the window ends before it starts
# The label on the window's start.
schema-window-starts-here = the window starts here

## What a key belongs to, or what a value is meant to be.

schema-what-document = document
schema-what-cluster = cluster
schema-what-node = node
schema-what-group = group
schema-what-server = server
schema-what-workstation = workstation
schema-what-plan = plan
schema-what-step = step
schema-what-migration = migration
schema-what-window = window
schema-what-windows-version = Windows version

## The JSON types, in the inventory's words; a list or mapping given is named so too.

schema-type-mapping = a mapping
schema-type-list = a list
schema-type-text = text
schema-type-whole-number = a whole number
schema-type-number = a number
schema-type-boolean = a boolean
schema-type-null = a null
schema-value-null = nothing (null)
