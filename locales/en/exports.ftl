# Messages of exports. Ids are kebab-case; arguments are snake_case.

## What a recognised export is, after "cannot read this".

exports-format-group-table = `cluster group` table
exports-format-node-table = `cluster node` table
exports-format-resource-table = `cluster res` table
exports-format-exsetup-table = ExSetup FileVersion table
exports-format-format-list = Format-List output
exports-format-csv = Export-Csv file
exports-format-systeminfo = systeminfo output
exports-format-wmic = wmic /format:list output

## Why a recognised export cannot be read (INV001, after "cannot read this ...: ").

exports-systeminfo-line = expected `Label: value` (a systeminfo line)
exports-systeminfo-os-version = the OS Version does not start with a version number such as `5.2.3790`
exports-list-continuation-first = a continuation line comes before any property
exports-list-line = expected `Name : value` (a Format-List line) or a blank line
exports-wmic-line = expected `Name=value` (a wmic /format:list line)
# `$count`: the values in the row; `$header`: the columns of the header.
exports-csv-row-length = this row has { $count ->
    [one] { $count } value
   *[other] { $count } values
} where the header has { $header }
# `$error`: the CSV reader's own words.
exports-csv-invalid = invalid CSV: { $error }
# A table row with too few columns; `$expected` is one of exports-table-row-*.
exports-table-row-short = expected { $expected } in this row
exports-table-row-group = a group, its node and its status
exports-table-row-node = a node, its node ID and its status
exports-table-row-resource = a resource, its group, its node and its status
exports-table-row-exsetup = a product version, a file version and a file name
exports-table-node-id = the node ID `{ $id }` is not a number

## INV009: an Export-Csv cell holds a type name instead of the values.

# `$columns`: the columns, each in backticks, joined by commas.
inv009-message-one = the column { $columns } holds a type name instead of its values
inv009-message-many = the columns { $columns } hold a type name instead of their values
# The label on the first such cell of each column.
inv009-label-values-lost = the values of `{ $column }` are lost
# `$type_name`: what the cell holds (``Microsoft.Exchange.Data.MultiValuedProperty`1[System.String]``).
inv009-note = Export-Csv writes a multi-valued property as its type name (`{ $type_name }`), so cmslint treats { $columns } as unknown
# `$command`: the Select-Object command that joins the values.
inv009-help = export the values joined into one text: `{ $command }`

## A fact two sources disagree about (INV006), after "two sources disagree about".

exports-fact-cluster-type = the type of cluster { $cluster }
exports-fact-owner = the owner of group { $group }
exports-fact-state = the state of group { $group }
# The Exchange version a CMS runs.
exports-fact-cms-exchange = the Exchange version of { $cms }
exports-fact-node-windows = the Windows version of node { $node }
exports-fact-node-exchange = the Exchange version of node { $node }

## What the model finds that the schema cannot say (INV002).

# `$program`: `Setup` (setup.com) or `Setup.exe`.
model-setup-step-without-on = this { $program } step has no `on:`, so the node it upgrades is unknown
