# What the three rules share: the estate's clusters and workstations, and names as cmslint
# compares them.
#
# `input` is the estate as `conftest test --combine` hands it to a policy: a list with one
# {"path": <file>, "contents": <document>} per inventory file.
package cmslint.lib

import rego.v1

# Every cluster of every document. A cluster without a name is left out, as cmslint's model
# leaves it out (the schema check reports it).
clusters := [cluster |
	some file in input
	some cluster in items(file.contents, "clusters")
	named(cluster.name)
]

# Every workstation of every document that has a name.
workstations := [workstation |
	some file in input
	some workstation in items(file.contents, "workstations")
	named(workstation.name)
]

# The list under `key`, or nothing when it is absent or not a list (a value of the wrong shape
# is left out and the rest is still checked).
items(object, key) := object[key] if {
	is_array(object[key])
} else := []

# The list under `key`, keeping only the entries with a name: the nodes or groups of a cluster.
named_items(object, key) := [item |
	some item in items(object, key)
	named(item.name)
]

# A name is given when it is a string that is not blank.
named(name) if {
	is_string(name)
	trim_space(name) != ""
}

# Whether `object` has `key`, whatever its value (null included).
has_key(object, key) if {
	_ = object[key]
}

# The key names compare on: case-insensitive, and an FQDN refers to its first label
# (`EXNODE1.contoso.com` is `exnode1`). A name with a space in it (a group name such as
# `Backup Agent v2.1`) is not a host name and is only case-folded.
name_key(name) := lower(trimmed) if {
	trimmed := trim_space(name)
	regex.match(`\s`, trimmed)
} else := lower(split(trim_space(name), ".")[0])

# A cluster's type, `ccr` or `scc` in any case; undefined for any other value (a type the
# schema rejects is unknown, like an absent one).
cluster_type(cluster) := type if {
	is_string(cluster.type)
	type := lower(cluster.type)
	type in {"ccr", "scc"}
}

# A group's kind: `cms`, `cluster` (the default cluster group), `other`, or `unknown` for a
# `type` the schema rejects (such a group may be a CMS or not). Without a `type`, the group
# named `Cluster Group` is the default cluster group and any other group is `other`.
group_kind(group) := kind if {
	is_string(group.type)
	kind := lower(group.type)
	kind in {"cms", "cluster", "other"}
} else := "unknown" if {
	has_key(group, "type")
} else := "cluster" if {
	lower(trim_space(group.name)) == "cluster group"
} else := "other"
