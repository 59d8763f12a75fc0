# TOP103 passive-node-owns-groups: a passive node (one that owns no CMS) owns another cluster
# group, the default Cluster Group or a non-Exchange group, which must be moved to an active node
# (one that owns a CMS) before the passive node is upgraded. One finding per group, only when the
# cluster has an active node to move it to.
#
# A group of unknown type may be a CMS: it is never reported, and the node that owns it is not
# known to be passive. A CMS (or a group of unknown type) without an owner may be on any node, so
# then no node of the cluster is known to be passive.
package cmslint.top103

import data.cmslint.lib
import rego.v1

warn contains finding if {
	some cluster in lib.clusters
	groups := lib.named_items(cluster, "groups")
	nodes := {lib.name_key(node.name) | some node in lib.named_items(cluster, "nodes")}

	# The active nodes (they own a CMS): there must be one to move the groups to.
	active := {owner |
		some cms in groups
		lib.group_kind(cms) == "cms"
		lib.named(cms.owner)
		owner := lib.name_key(cms.owner)
		owner in nodes
	}
	count(active) > 0

	# The nodes that own, or may own, a CMS.
	maybe_active := {lib.name_key(group.owner) |
		some group in groups
		lib.group_kind(group) in {"cms", "unknown"}
		lib.named(group.owner)
	}
	not unowned_cms(groups)

	some other in groups
	lib.group_kind(other) in {"cluster", "other"}
	lib.named(other.owner)
	owner := lib.name_key(other.owner)
	owner in nodes
	not owner in maybe_active
	finding := {
		"code": "TOP103",
		"entity": sprintf("cluster:%s/group:%s", [cluster.name, other.name]),
		"msg": sprintf("passive node %s owns group %q", [other.owner, other.name]),
	}
}

# A CMS, or a group of unknown type, whose owner is not given.
unowned_cms(groups) if {
	some group in groups
	lib.group_kind(group) in {"cms", "unknown"}
	not lib.named(group.owner)
}
