# What the three rules share: the estate's clusters and workstations, and names as cmslint
# compares them.
#
# `input` is the estate as `conftest test --combine` hands it to a policy: a list with one
# {"path": <file>, "contents": <document>} per inventory file.
package cmslint.lib

import rego.v1

# Every cluster of every document, with what the rules ask of it worked out once:
#   name:   the cluster's name as spelled
#   ccr:    whether its type is `ccr` (in any case)
#   nodes:  the name keys of its nodes
#   groups: per group, its name as spelled, its kind (group_kind) and the name key of its
#           owner (null when no owner is given)
# A cluster, node or group without a name (a blank or non-string one) is left out, as
# cmslint's model leaves it out (the schema check reports it), and so is a list of the wrong
# shape. (`named` is written out in the loops below: a function call costs more than its body.)
clusters := [facts |
	some file in input
	is_array(file.contents.clusters)
	some cluster in file.contents.clusters
	named(cluster.name)
	facts := {
		"name": cluster.name,
		"ccr": is_ccr(cluster),
		"nodes": {name_key(node.name) |
			is_array(cluster.nodes)
			some node in cluster.nodes
			is_string(node.name)
			trim_space(node.name) != ""
		},
		"groups": [{"name": group.name, "kind": group_kind(group), "owner": owner_key(group)} |
			is_array(cluster.groups)
			some group in cluster.groups
			is_string(group.name)
			trim_space(group.name) != ""
		],
	}
]

# Every workstation of every document that has a name.
workstations := [workstation |
	some file in input
	is_array(file.contents.workstations)
	some workstation in file.contents.workstations
	named(workstation.name)
]

# The list under `key`, or nothing when it is absent or not a list.
items(object, key) := object[key] if {
	is_array(object[key])
} else := []

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
# (`EXNODE1.contoso.com` is `exnode1`). A name with whitespace in it (a group name such as
# `Backup Agent v2.1`) is not a host name and is only case-folded. A name without a dot needs
# no more than case-folding, whatever it holds: that is most names, and the cheapest test.
name_key(name) := key if {
	labels := split(trim_space(name), ".")
	count(labels) == 1
	key := lower(labels[0])
} else := lower(trim_space(name)) if {
	regex.match(`\s`, trim_space(name))
} else := lower(split(trim_space(name), ".")[0])

# The name key of a group's owner, or null when the group gives none.
owner_key(group) := name_key(group.owner) if {
	is_string(group.owner)
	trim_space(group.owner) != ""
} else := null

# Whether a cluster's type is `ccr` (in any case). Any other type, or none, is not (a type the
# schema rejects is unknown, like an absent one).
is_ccr(cluster) if {
	is_string(cluster.type)
	lower(cluster.type) == "ccr"
} else := false

# A group's kind: `cms`, `cluster` (the default cluster group), `other`, or `unknown` for a
# `type` the schema rejects (such a group may be a CMS or not). Without a `type`, the group
# named `Cluster Group` is the default cluster group and any other group is `other`.
group_kind(group) := kind if {
	is_string(group.type)
	kind := lower(group.type)
	kind in {"cms", "cluster", "other"}
} else := "unknown" if {
	_ = group.type # given, null included, but not a type the format knows
} else := "cluster" if {
	lower(trim_space(group.name)) == "cluster group"
} else := "other"
