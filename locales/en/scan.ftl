# Messages of scan. Ids are kebab-case; arguments are snake_case.

## INV001: a file that cannot be decoded or parsed.

# A file over `max-file-size`; both sizes in bytes.
scan-too-large = the file is { $size } bytes, over the limit of { $limit } bytes; it was not read
scan-utf16-without-bom = the file looks like UTF-16 without a byte order mark; save it as UTF-8 or as UTF-16 with BOM
# `$byte`: the byte in hexadecimal (`FF`).
scan-invalid-utf8 = invalid UTF-8 (byte 0x{ $byte })
# `$unit`: the UTF-16 code unit in hexadecimal (`D800`).
scan-invalid-utf16 = invalid UTF-16 (unpaired surrogate 0x{ $unit })
scan-truncated-utf16 = truncated UTF-16: odd number of bytes
# `$error`: the YAML parser's own words, or one of the scan-yaml-* messages.
scan-invalid-yaml = invalid YAML: { $error }
# After "invalid JSON: ".
scan-json-too-deep = nesting deeper than { $max } levels
# After "invalid YAML: ".
scan-yaml-too-deep = nesting too deep: the document crosses cmslint's depth limit here
# After "invalid YAML: "; `$limit`: the parser's name of the limit crossed.
scan-yaml-over-limits = the document exceeds cmslint's limits ({ $limit })
# After "invalid YAML: ".
scan-yaml-tab = a tab indents this line
scan-yaml-tab-help = YAML indents with spaces; replace the tab
# A number JSON cannot hold (`1e999`).
scan-number-out-of-range = number `{ $number }` is out of range
# A recognised raw export that cannot be read; `$format` is one of exports-format-*, `$error`
# one of the exports-* reading errors.
scan-export-unreadable = cannot read this { $format }: { $error }

## Why a file was not checked (`--verbose`, the JSON and SARIF reports).

scan-skipped-symlink = symbolic link (not followed)
scan-skipped-special-file = special file (FIFO, socket or device)
scan-skipped-empty = empty file
scan-skipped-hidden-folder = hidden folder
scan-skipped-target-folder = build output folder `target`
scan-skipped-not-inventory = not an inventory (no top-level `cmslint` key)
scan-skipped-unrecognized = not an inventory document or a recognised export
# `$error`: the operating system's words.
scan-skipped-unreadable = could not be read: { $error }

# The progress bar while files are read; $files: count-files.
scan-progress-reading = reading { $files }
