//! The rules, one file each. Each file holds the rule's check and embeds its doc
//! (`rules/<CODE>.md`), whose front matter gives the code, name and severity.

use crate::engine::Rule;

mod ccr_topology_invalid;
mod cms_managed_with_cluster_tools;
mod cms_moved_while_online;
mod cms_on_unupgraded_node;
mod cms_version_lags_nodes;
mod conflicting_facts;
mod cross_os_cluster_management;
mod duplicate_name;
mod early_cms_outage;
mod export_facts_unused;
mod gui_setup_upgrade;
mod in_place_cluster_os_upgrade;
mod incomplete_upgrade;
mod management;
mod manual_rollup_removal;
mod migration_method_unsupported;
mod migration_target_not_2008;
mod missing_cluster_tools;
mod mixed_cluster_tools;
mod mixed_os_cluster;
mod multivalued_export;
mod no_maintenance_window;
mod no_passive_node;
mod passive_node_not_emptied;
mod passive_node_owns_groups;
mod plan_breaks_management;
mod rtm_on_windows_2008;
mod schema_violation;
mod tools_on_unsupported_os;
mod tools_version_mismatch;
mod unknown_fact;
mod unknown_reference;
mod unparseable_file;
mod unrecognized_command;
mod unrecognized_version;
mod unsupported_upgrade_target;
mod unsupported_windows_version;
mod unused_suppression;
mod upgrade_on_active_node;
mod vista_manages_cms;
mod windows_2003_sp2_missing;

/// Every rule cmslint knows, in code order.
pub fn all() -> &'static [&'static Rule] {
    static ALL: &[&Rule] = &[
        &tools_version_mismatch::RULE,
        &tools_on_unsupported_os::RULE,
        &vista_manages_cms::RULE,
        &cross_os_cluster_management::RULE,
        &mixed_cluster_tools::RULE,
        &missing_cluster_tools::RULE,
        &plan_breaks_management::RULE,
        &unparseable_file::RULE,
        &schema_violation::RULE,
        &duplicate_name::RULE,
        &unknown_reference::RULE,
        &unrecognized_version::RULE,
        &conflicting_facts::RULE,
        &unrecognized_command::RULE,
        &unused_suppression::RULE,
        &multivalued_export::RULE,
        &unknown_fact::RULE,
        &export_facts_unused::RULE,
        &in_place_cluster_os_upgrade::RULE,
        &migration_method_unsupported::RULE,
        &migration_target_not_2008::RULE,
        &windows_2003_sp2_missing::RULE,
        &unsupported_upgrade_target::RULE,
        &ccr_topology_invalid::RULE,
        &no_passive_node::RULE,
        &passive_node_owns_groups::RULE,
        &mixed_os_cluster::RULE,
        &rtm_on_windows_2008::RULE,
        &cms_version_lags_nodes::RULE,
        &unsupported_windows_version::RULE,
        &upgrade_on_active_node::RULE,
        &passive_node_not_emptied::RULE,
        &gui_setup_upgrade::RULE,
        &cms_on_unupgraded_node::RULE,
        &early_cms_outage::RULE,
        &incomplete_upgrade::RULE,
        &no_maintenance_window::RULE,
        &manual_rollup_removal::RULE,
        &cms_managed_with_cluster_tools::RULE,
        &cms_moved_while_online::RULE,
    ];
    ALL
}

/// Runs one rule on a YAML inventory (one file, id 0), for tests that look at a finding's
/// message, help or fix commands.
#[cfg(test)]
pub(crate) fn findings_of(code: &str, yaml: &str) -> Vec<crate::engine::Finding> {
    let inventory = crate::model::from_yaml(yaml);
    let replays = crate::plan::replay::replay_all(&inventory);
    let input = crate::engine::Input {
        inventory: &inventory,
        replays: &replays,
    };
    crate::engine::run(
        &input,
        crate::catalog::all(),
        &crate::engine::Selection::only(code),
    )
}
