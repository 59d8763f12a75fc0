# TOP101 ccr-topology-invalid: a CCR cluster does not have exactly two nodes and exactly one CMS.
#
# A cluster without a type, or of type scc, is not checked. A list the inventory does not give
# (no nodes, no groups) is unknown and that half of the check is skipped. A name given twice
# counts once. A group of unknown type may be the CMS or not: the CMS count is reported only
# when no reading of those groups gives one CMS.
package cmslint.top101

import data.cmslint.lib
import rego.v1

deny contains finding if {
	some cluster in lib.clusters
	cluster.ccr
	cms := {lib.name_key(group.name) |
		some group in cluster.groups
		group.kind == "cms"
	}
	unknown := {lib.name_key(group.name) |
		some group in cluster.groups
		group.kind == "unknown"
	}
	wrong(count(cluster.nodes), count(cluster.groups), count(cms), count(unknown))
	finding := {
		"code": "TOP101",
		"entity": sprintf("cluster:%s", [cluster.name]),
		"msg": sprintf("cluster %s (CCR) has %d nodes and %d CMS; CCR needs exactly 2 nodes and 1 CMS", [cluster.name, count(cluster.nodes), count(cms)]),
	}
}

# The node count is judged when the inventory lists the nodes.
wrong(nodes, _, _, _) if {
	nodes > 0
	nodes != 2
}

# The CMS count is judged when the inventory lists the groups.
wrong(_, groups, cms, unknown) if {
	groups > 0
	not one_cms_possible(cms, unknown)
}

# Some reading of the groups of unknown type gives exactly one CMS.
one_cms_possible(cms, unknown) if {
	cms <= 1
	cms + unknown >= 1
}
