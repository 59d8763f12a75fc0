//! The workstations by the CMSs they manage: a row per workstation, a column per CMS that any
//! of them manages, and a last column for findings about the workstation as a whole. A
//! management finding (reported on the workstation) goes into the cells of the CMSs its message
//! or labels name; one that names none of them (mixed cluster tools, say) goes into the last
//! column. An estate with more CMSs than fit across an A4 page gets several tables, each with
//! the workstations that manage one of its CMSs.

use super::{FindingRef, Mark, Marks, clean, text, version, worst};
use crate::i18n::Lang;
use crate::model::{Group, Inventory, Managed};

/// At most this many CMS columns in one table, so that it fits across an A4 page.
const MAX_COLUMNS: usize = 5;

/// One table of the matrix.
#[derive(Debug, Default)]
pub struct Matrix {
    /// The CMS columns.
    pub cms: Vec<String>,
    pub rows: Vec<Row>,
}

#[derive(Debug, Clone)]
pub struct Row {
    pub name: String,
    /// `Windows: ...`.
    pub os: String,
    /// `Exchange tools: ...`.
    pub tools: String,
    /// One cell per CMS column.
    pub cells: Vec<Cell>,
    /// Findings that name none of the workstation's CMSs.
    pub whole: Vec<FindingRef>,
    pub whole_mark: Mark,
}

#[derive(Debug, Clone)]
pub struct Cell {
    pub managed: bool,
    pub refs: Vec<FindingRef>,
    pub mark: Mark,
}

/// The tables of the matrix (none when the inventory has no workstation).
pub fn matrix(inventory: &Inventory, marks: &Marks, lang: Lang) -> Vec<Matrix> {
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
    let rows: Vec<Row> = inventory
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
                // A finding belongs in the cell of the CMS it names; names read the same in
                // every language.
                let texts: Vec<String> = std::iter::once(&finding.message)
                    .chain(finding.secondary.iter().map(|l| &l.message))
                    .chain([&finding.primary.message])
                    .map(|m| m.render(crate::i18n::Lang::En))
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
                os: text::windows(&version(ws.os.as_ref(), lang), lang),
                tools: text::exchange_tools(&version(ws.exchange_tools.as_ref(), lang), lang),
                cells,
                whole_mark: worst(&whole),
                whole,
            }
        })
        .collect();
    let names: Vec<String> = columns.iter().map(|g| clean(&g.name.text)).collect();
    split(names, rows)
}

/// Cuts the matrix into tables of at most [`MAX_COLUMNS`] CMS columns. Each table has the rows
/// of the workstations that manage one of its CMSs; those that manage none are in the first.
fn split(names: Vec<String>, rows: Vec<Row>) -> Vec<Matrix> {
    if rows.is_empty() {
        return Vec::new();
    }
    let starts: Vec<usize> = (0..names.len().max(1)).step_by(MAX_COLUMNS).collect();
    starts
        .iter()
        .map(|&start| {
            let range = start..(start + MAX_COLUMNS).min(names.len());
            let rows = rows
                .iter()
                .filter(|row| {
                    let manages = |cells: &[Cell]| cells.iter().any(|c| c.managed);
                    manages(&row.cells[range.clone()]) || (start == 0 && !manages(&row.cells))
                })
                .map(|row| Row {
                    cells: row.cells[range.clone()].to_vec(),
                    ..row.clone()
                })
                .collect();
            Matrix {
                cms: names[range].to_vec(),
                rows,
            }
        })
        .collect()
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
    use super::*;

    /// A row that manages the CMS columns marked `true`.
    fn row(name: &str, managed: &[bool]) -> Row {
        Row {
            name: name.to_string(),
            os: String::new(),
            tools: String::new(),
            cells: (managed.iter())
                .map(|&managed| Cell {
                    managed,
                    refs: Vec::new(),
                    mark: Mark::Fine,
                })
                .collect(),
            whole: Vec::new(),
            whole_mark: Mark::Fine,
        }
    }

    #[test]
    fn wide_matrices_are_cut_into_tables_that_fit_a_page() {
        let names: Vec<String> = (1..=8).map(|i| format!("EXCMS{i}")).collect();
        let mut first = [false; 8];
        first[0] = true;
        let mut last = [false; 8];
        last[7] = true;
        let rows = vec![
            row("A", &first),
            row("B", &last),
            row("C", &[false; 8]),
            row("D", &[true; 8]),
        ];
        let tables = split(names, rows);
        let shape: Vec<(Vec<&str>, Vec<&str>, usize)> = (tables.iter())
            .map(|t| {
                (
                    t.cms.iter().map(String::as_str).collect(),
                    t.rows.iter().map(|r| r.name.as_str()).collect(),
                    t.rows[0].cells.len(),
                )
            })
            .collect();
        assert_eq!(
            shape,
            [
                (
                    vec!["EXCMS1", "EXCMS2", "EXCMS3", "EXCMS4", "EXCMS5"],
                    vec!["A", "C", "D"],
                    5
                ),
                (vec!["EXCMS6", "EXCMS7", "EXCMS8"], vec!["B", "D"], 3),
            ]
        );
        // A matrix that fits is one table with every workstation, even one that manages no CMS.
        let one = split(
            vec!["EXCMS1".into()],
            vec![row("A", &[true]), row("C", &[false])],
        );
        assert_eq!(one.len(), 1);
        assert_eq!(one[0].rows.len(), 2);
        assert!(split(Vec::new(), Vec::new()).is_empty());
        assert_eq!(split(Vec::new(), vec![row("C", &[])])[0].rows.len(), 1);
    }

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
