//! The workstations by the CMSs they manage: a row per workstation, a column per CMS that any
//! of them manages, and a last column for findings about the workstation as a whole. A
//! management finding (reported on the workstation) goes into the cells of the CMSs its message
//! or labels name; one that names none of them (mixed cluster tools, say) goes into the last
//! column.

use super::{FindingRef, Mark, Marks, clean, version, worst};
use crate::model::{Group, Inventory, Managed};

#[derive(Debug, Default)]
pub struct Matrix {
    /// The CMS columns.
    pub cms: Vec<String>,
    pub rows: Vec<Row>,
}

#[derive(Debug)]
pub struct Row {
    pub name: String,
    pub os: String,
    pub tools: String,
    /// One cell per CMS column.
    pub cells: Vec<Cell>,
    /// Findings that name none of the workstation's CMSs.
    pub whole: Vec<FindingRef>,
    pub whole_mark: Mark,
}

#[derive(Debug)]
pub struct Cell {
    pub managed: bool,
    pub refs: Vec<FindingRef>,
    pub mark: Mark,
}

pub fn matrix(inventory: &Inventory, marks: &Marks) -> Matrix {
    let mut columns: Vec<&Group> = Vec::new();
    let managed: Vec<Vec<&Group>> = inventory
        .workstations
        .iter()
        .map(|ws| {
            let mut list: Vec<&Group> = Vec::new();
            for (_, target) in inventory.managed_by(ws) {
                if let Managed::Cms(_, group) = target {
                    if !list.iter().any(|g| std::ptr::eq(*g, group)) {
                        list.push(group);
                    }
                    if !columns.iter().any(|g| std::ptr::eq(*g, group)) {
                        columns.push(group);
                    }
                }
            }
            list
        })
        .collect();
    // Columns in inventory order (clusters, then their groups), not in order of first mention.
    let position = |group: &Group| {
        inventory
            .clusters
            .iter()
            .enumerate()
            .find_map(|(c, cluster)| {
                let g = cluster.groups.iter().position(|x| std::ptr::eq(x, group))?;
                Some((c, g))
            })
    };
    columns.sort_by_key(|g| position(g));
    let rows = inventory
        .workstations
        .iter()
        .zip(&managed)
        .map(|(ws, list)| {
            let findings = marks.findings(&ws.entity());
            let mut cells: Vec<Cell> = columns
                .iter()
                .map(|column| Cell {
                    managed: list.iter().any(|g| std::ptr::eq(*g, *column)),
                    refs: Vec::new(),
                    mark: Mark::Fine,
                })
                .collect();
            let mut whole = Vec::new();
            for (link, finding) in findings {
                let texts: Vec<&str> = std::iter::once(finding.message.as_str())
                    .chain(finding.secondary.iter().map(|l| l.message.as_str()))
                    .chain([finding.primary.message.as_str()])
                    .collect();
                let mut placed = false;
                for (cell, column) in cells.iter_mut().zip(&columns) {
                    if cell.managed && texts.iter().any(|t| names(t, &column.name.text)) {
                        cell.refs.push(link.clone());
                        placed = true;
                    }
                }
                if !placed {
                    whole.push(link.clone());
                }
            }
            for cell in &mut cells {
                cell.mark = worst(&cell.refs);
            }
            Row {
                name: clean(&ws.name.text),
                os: version(ws.os.as_ref()),
                tools: version(ws.exchange_tools.as_ref()),
                cells,
                whole_mark: worst(&whole),
                whole,
            }
        })
        .collect();
    Matrix {
        cms: columns.iter().map(|g| clean(&g.name.text)).collect(),
        rows,
    }
}

/// Whether `text` names `name` as a whole word (not `EXCMS1` inside `EXCMS10`).
fn names(text: &str, name: &str) -> bool {
    let name = name.trim();
    if name.is_empty() {
        return false;
    }
    let word = |c: Option<char>| c.is_some_and(|c| c.is_alphanumeric() || c == '_' || c == '-');
    text.match_indices(name).any(|(at, _)| {
        !word(text[..at].chars().next_back()) && !word(text[at + name.len()..].chars().next())
    })
}

#[cfg(test)]
mod tests {
    use super::names;

    #[test]
    fn names_match_whole_words_only() {
        assert!(names(
            "workstation ADMIN02 manages RTM CMS EXCMS01 with SP1 tools",
            "EXCMS01"
        ));
        assert!(names("CMS EXCMS01, EXCMS02", "EXCMS02"));
        assert!(!names("manages EXCMS010", "EXCMS01"));
        assert!(!names("manages XEXCMS01", "EXCMS01"));
        assert!(!names("manages EXCMS01-B", "EXCMS01"));
        assert!(!names("anything", " "));
    }
}
