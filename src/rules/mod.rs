//! The rules, one file each. Each file holds the rule's check and embeds its doc
//! (`rules/<CODE>.md`), whose front matter gives the code, name and severity.

use crate::engine::Rule;

mod ccr_topology_invalid;
mod cms_version_lags_nodes;
mod cross_os_cluster_management;
mod duplicate_name;
mod missing_cluster_tools;
mod mixed_cluster_tools;
mod mixed_os_cluster;
mod no_passive_node;
mod passive_node_owns_groups;
mod rtm_on_windows_2008;
mod schema_violation;
mod tools_on_unsupported_os;
mod tools_version_mismatch;
mod unknown_reference;
mod unparseable_file;
mod unrecognized_version;
mod unsupported_windows_version;
mod vista_manages_cms;

/// Every rule cmslint knows, in code order.
pub fn all() -> &'static [&'static Rule] {
    static ALL: &[&Rule] = &[
        &unparseable_file::RULE,
        &schema_violation::RULE,
        &duplicate_name::RULE,
        &unknown_reference::RULE,
        &unrecognized_version::RULE,
        &ccr_topology_invalid::RULE,
        &no_passive_node::RULE,
        &passive_node_owns_groups::RULE,
        &mixed_os_cluster::RULE,
        &rtm_on_windows_2008::RULE,
        &cms_version_lags_nodes::RULE,
        &unsupported_windows_version::RULE,
        &tools_version_mismatch::RULE,
        &tools_on_unsupported_os::RULE,
        &vista_manages_cms::RULE,
        &cross_os_cluster_management::RULE,
        &mixed_cluster_tools::RULE,
        &missing_cluster_tools::RULE,
    ];
    ALL
}
