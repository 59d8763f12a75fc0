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

	# An active node (one that owns a CMS), to move the groups to.
	active := {cms.owner |
		some cms in cluster.groups
		cms.kind == "cms"
		cms.owner in cluster.nodes
	}
	count(active) > 0

	# The owners of the groups that may be a CMS; null stands for a group without an owner.
	maybe_cms := {group.owner |
		some group in cluster.groups
		group.kind in {"cms", "unknown"}
	}
	not null in maybe_cms

	some group in cluster.groups
	group.kind in {"cluster", "other"}
	group.owner in cluster.nodes
	not group.owner in maybe_cms
	finding := {
		"code": "TOP103",
		"entity": sprintf("cluster:%s/group:%s", [cluster.name, group.name]),
		"msg": sprintf("passive node %s owns group %q", [group.owner, group.name]),
	}
}
