# ADM503 vista-manages-cms: a workstation on Windows Vista manages a clustered mailbox server
# (CMS), by the CMS's name or its cluster's name in `manages`. Stand-alone servers may be managed
# from Vista. A workstation whose OS is unknown is skipped. One finding per workstation.
package cmslint.adm503

import data.cmslint.lib
import rego.v1

deny contains finding if {
	some workstation in lib.workstations
	windows_vista(workstation.os)
	some entry in lib.items(workstation, "manages")
	lib.named(entry)
	lib.name_key(entry) in cms_names
	finding := {
		"code": "ADM503",
		"entity": sprintf("workstation:%s", [workstation.name]),
		"msg": sprintf("workstation %s on Windows Vista manages CMS %s", [workstation.name, entry]),
	}
}

# The names a `manages` entry may give for a CMS: the CMS's own name, or the name of a cluster
# with a CMS in it (which names every CMS in it).
cms_names contains lib.name_key(group.name) if {
	some cluster in lib.clusters
	some group in cluster.groups
	group.kind == "cms"
}

cms_names contains lib.name_key(cluster.name) if {
	some cluster in lib.clusters
	some group in cluster.groups
	group.kind == "cms"
}

# `os` as a caption: `Windows Vista Business SP1`, `Microsoftr Windows VistaT Enterprise`.
windows_vista(os) if {
	is_string(os)
	vista_caption(os)
}

# `os` as {name: <caption>, servicePack: <n>}.
windows_vista(os) if {
	is_string(os.name)
	service_pack_readable(os)
	vista_caption(os.name)
}

# `os` as {version: "6.0.6001", productType: workstation}: 6.0 is Vista on a workstation (and
# Windows Server 2008 on a server). On a workstation, an absent productType means workstation.
windows_vista(os) if {
	not scalar(os.name)
	is_string(os.version)
	service_pack_readable(os)
	workstation_product(os)
	major_minor(os.version) == [6, 0]
}

# A caption names Vista when one of its words is `vista` (systeminfo's code page turns `Vista™`
# into `VistaT`) and none is `xp`. A caption that starts with a version number (`6.0.6001
# Build 6001`) is read as that number, which without a product type is a server.
vista_caption(caption) if {
	cleaned := replace(replace(lower(caption), "(r)", " "), "(tm)", " ")
	words := [word | some word in regex.split(`[^\p{Alphabetic}\p{N}.]+`, cleaned); word != ""]
	not starts_with_version(words)
	some vista in words
	vista in {"vista", "vistar", "vistat"}
	not xp(words)
}

starts_with_version(words) if {
	regex.match(`^[0-9]`, words[0])
	contains(words[0], ".")
}

xp(words) if {
	some word in words
	word in {"xp", "xpr", "xpt"}
}

# A service pack that cannot be read leaves the OS unknown: `2`, `SP2`, `Service Pack 2`,
# `RTM`, `N/A` and `none` can be read; `two` cannot.
service_pack_readable(os) if not lib.has_key(os, "servicePack")

service_pack_readable(os) if {
	is_number(os.servicePack)
	os.servicePack == floor(os.servicePack)
	os.servicePack >= 0
	os.servicePack <= 255
}

service_pack_readable(os) if {
	is_string(os.servicePack)
	lower(trim_space(os.servicePack)) in {"", "n/a", "none", "rtm"}
}

service_pack_readable(os) if {
	is_string(os.servicePack)
	text := lower(trim_space(os.servicePack))
	regex.match(`^(service pack)*(sp)*\s*\+?[0-9]+$`, text)
	digits := regex.find_n(`[0-9]+$`, text, 1)[0]
	to_number(digits) <= 255
}

workstation_product(os) if not lib.has_key(os, "productType")

workstation_product(os) if {
	is_string(os.productType)
	lower(os.productType) == "workstation"
}

# Major and minor of a numeric version: `6.0.6001` is [6, 0].
major_minor(version) := [major, minor] if {
	parts := split(trim_space(version), ".")
	count(parts) >= 2
	major := whole_number(trim_space(parts[0]))
	minor := whole_number(trim_space(parts[1]))
}

whole_number(text) := to_number(trim_prefix(text, "+")) if regex.match(`^\+?[0-9]+$`, text)

scalar(value) if is_string(value)

scalar(value) if is_number(value)

scalar(value) if is_boolean(value)
