//! Fixed-width tables: `cluster group`, `cluster node` and `cluster res` (Windows Server 2003
//! and 2008), and the `Format-Table` listing of ExSetup's FileVersionInfo. Column starts come
//! from the dash line under the header. Group and resource names contain spaces, so rows are
//! never split on whitespace alone: a row is cut at the columns when it fits them, and a row
//! whose value overflowed its column (pushing the rest right) keeps its tokens, to be resolved
//! against the known node and group names ([`TableRow::group_row`], [`TableRow::resource_row`]).

use super::text::{self, Line};
use super::{Fact, Field, ReadError};
use std::ops::Range;

/// Which table a file holds.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum TableKind {
    Group,
    Node,
    Resource,
    ExSetup,
}

/// One data row of a `cluster group` or `cluster res` table.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct TableRow {
    /// The whole line.
    pub line: Field,
    /// The values cut at the columns, when the row fits them.
    pub cells: Option<Vec<Field>>,
    /// Whitespace-separated tokens (at least one per column).
    pub tokens: Vec<Field>,
}

/// Statuses of two words, so that an overflowing row does not take `Partially` for a node.
const TWO_WORD_STATUSES: [&str; 1] = ["partially online"];

impl TableRow {
    /// The text and range of tokens `range` as they stand in the line.
    fn join(&self, range: Range<usize>) -> Field {
        let first = &self.tokens[range.start];
        let last = &self.tokens[range.end - 1];
        let base = self.line.range.start;
        Field::new(
            &self.line.text[first.range.start - base..last.range.end - base],
            first.range.start..last.range.end,
        )
    }

    /// Index of the node token of an overflowing row: the rightmost known node name with
    /// `before` tokens before it and a status after it; failing that, the token before the
    /// status (nodes are computer names, which hold no spaces).
    fn node_index(&self, before: usize, is_node: &dyn Fn(&str) -> bool) -> usize {
        let n = self.tokens.len();
        (before..n - 1)
            .rev()
            .find(|&i| is_node(&self.tokens[i].text))
            .unwrap_or_else(|| {
                let two_word_status = n >= before + 3
                    && TWO_WORD_STATUSES
                        .contains(&self.join(n - 2..n).text.to_lowercase().as_str());
                if two_word_status { n - 3 } else { n - 2 }
            })
    }

    /// The cells, unless the row overflowed, or its blanks only happen to fall at the column
    /// starts: then the cell in the node column names no known node, and the token reading's
    /// node (`node_index`) does.
    fn fitting_cells(&self, node: usize, is_node: &dyn Fn(&str) -> bool) -> Option<&[Field]> {
        let cells = self.cells.as_deref()?;
        let misread = !is_node(&cells[node].text)
            && is_node(&self.tokens[self.node_index(node, is_node)].text);
        (!misread).then_some(cells)
    }

    /// The node of a row when both readings agree on it with no node known beforehand (a row
    /// that fits its columns plainly): `column` is the node column.
    pub fn plain_node(&self, column: usize) -> Option<&Field> {
        let cells = self.cells.as_deref()?;
        let token = &self.tokens[self.node_index(column, &|_| false)];
        (cells[column].text == token.text).then(|| &cells[column])
    }

    /// Group, owner node and status of a `cluster group` row.
    pub fn group_row(&self, is_node: &dyn Fn(&str) -> bool) -> (Field, Field, Field) {
        if let Some(cells) = self.fitting_cells(1, is_node) {
            return (cells[0].clone(), cells[1].clone(), cells[2].clone());
        }
        let n = self.tokens.len();
        let i = self.node_index(1, is_node);
        (self.join(0..i), self.tokens[i].clone(), self.join(i + 1..n))
    }

    /// Resource, group and owner node of a `cluster res` row. An overflowing row is split
    /// between the resource and the group at the longest known group name; `None` when none
    /// matches.
    pub fn resource_row(
        &self,
        is_node: &dyn Fn(&str) -> bool,
        is_group: &dyn Fn(&str) -> bool,
    ) -> Option<(Field, Field, Field)> {
        if let Some(cells) = self.fitting_cells(2, is_node) {
            return Some((cells[0].clone(), cells[1].clone(), cells[2].clone()));
        }
        let i = self.node_index(2, is_node);
        let (j, group) = (1..i)
            .map(|j| (j, self.join(j..i)))
            .find(|(_, g)| is_group(&g.text))?;
        Some((self.join(0..j), group, self.tokens[i].clone()))
    }
}

struct Layout<'a> {
    kind: TableKind,
    lines: Vec<Line<'a>>,
    /// Index of the dash line.
    dashes: usize,
    /// Console column where each column starts.
    columns: Vec<usize>,
}

/// Starts of the dash runs of a dash line (`---- ------- ---`), if it is one.
fn dash_runs(line: &str) -> Option<Vec<usize>> {
    let line = line.trim_end();
    if line.is_empty() || !line.chars().all(|c| c == '-' || c == ' ') || line.starts_with(' ') {
        return None;
    }
    let starts: Vec<usize> = line
        .char_indices()
        .filter(|&(i, c)| c == '-' && (i == 0 || line.as_bytes()[i - 1] == b' '))
        .map(|(i, _)| i)
        .collect();
    (starts.len() >= 2).then_some(starts)
}

fn label(header: &str, columns: &[usize], i: usize) -> String {
    let start = text::byte_at_column(header, columns[i]);
    let end = columns
        .get(i + 1)
        .map_or(header.len(), |&c| text::byte_at_column(header, c));
    header[start..end.max(start)].trim().to_string()
}

fn layout(text: &str) -> Option<Layout<'_>> {
    let lines = text::lines(text);
    let dashes = lines
        .iter()
        .take(12)
        .position(|l| dash_runs(l.text).is_some())?;
    if dashes == 0 || lines[dashes - 1].is_blank() {
        return None;
    }
    let columns = dash_runs(lines[dashes].text)?;
    let header = lines[dashes - 1].text;
    let labels: Vec<String> = (0..columns.len())
        .map(|i| label(header, &columns, i).to_ascii_lowercase())
        .collect();
    let labels: Vec<&str> = labels.iter().map(String::as_str).collect();
    let kind = match labels.as_slice() {
        ["group", "node", "status"] => TableKind::Group,
        ["node", "node id", "status"] => TableKind::Node,
        ["resource", "group", "node", "status"] => TableKind::Resource,
        ["productversion", "fileversion", "filename"] => TableKind::ExSetup,
        // Other languages (`Gruppe Knoten Status`, `グループ ノード 状態`): known by the shape
        // alone, under cluster.exe's title line (`Listing status for all available ...:`) and
        // a blank line.
        _ if dashes >= 3
            && lines[dashes - 2].is_blank()
            && lines[dashes - 3].text.trim_end().ends_with([':', '：']) =>
        {
            match columns.len() {
                4 => TableKind::Resource,
                3 => {
                    let rows = &lines[dashes + 1..];
                    let numeric_ids = rows
                        .iter()
                        .take_while(|l| !l.is_blank())
                        .map(|l| l.tokens())
                        .all(|t| {
                            t.get(1)
                                .is_some_and(|id| id.text.chars().all(|c| c.is_ascii_digit()))
                        });
                    if numeric_ids && rows.first().is_some_and(|l| !l.is_blank()) {
                        TableKind::Node
                    } else {
                        TableKind::Group
                    }
                }
                _ => return None,
            }
        }
        _ => return None,
    };
    Some(Layout {
        kind,
        lines,
        dashes,
        columns,
    })
}

pub fn recognise(text: &str) -> Option<TableKind> {
    layout(text).map(|l| l.kind)
}

/// The values of a row cut at the columns, if the row fits them: each column is preceded by a
/// blank and starts with its value (an overflowing value pushes the rest right, which shows as
/// a value running into the blank or a column starting with blanks).
fn cells(line: &Line, columns: &[usize]) -> Option<Vec<Field>> {
    let mut out = Vec::new();
    for (i, &start) in columns.iter().enumerate() {
        if i > 0 && text::char_at_column(line.text, start - 1) != Some(' ') {
            return None;
        }
        let from = text::byte_at_column(line.text, start);
        let to = columns.get(i + 1).map_or(line.text.len(), |&next| {
            text::byte_at_column(line.text, next - 1)
        });
        let slice = &line.text[from..to.max(from)];
        if slice.starts_with(char::is_whitespace) {
            return None;
        }
        out.push(line.field(from..to.max(from))?);
    }
    Some(out)
}

pub fn read(text: &str, kind: TableKind) -> Result<Vec<Fact>, ReadError> {
    let Some(layout) = layout(text) else {
        return Ok(Vec::new());
    };
    let mut facts = Vec::new();
    let expected = || match kind {
        TableKind::Group => crate::msg!("exports-table-row-group"),
        TableKind::Node => crate::msg!("exports-table-row-node"),
        TableKind::Resource => crate::msg!("exports-table-row-resource"),
        TableKind::ExSetup => crate::msg!("exports-table-row-exsetup"),
    };
    let minimum = match kind {
        TableKind::Resource => 4,
        TableKind::ExSetup => 2,
        _ => 3,
    };
    for line in layout.lines[layout.dashes + 1..]
        .iter()
        .take_while(|l| !l.is_blank())
    {
        let tokens = line.tokens();
        if tokens.len() < minimum {
            return Err(ReadError::new(
                line.start,
                crate::msg!("exports-table-row-short", expected = expected()),
            ));
        }
        match kind {
            TableKind::Node => {
                if !tokens[1].text.chars().all(|c| c.is_ascii_digit()) {
                    return Err(ReadError::new(
                        tokens[1].range.start,
                        crate::msg!("exports-table-node-id", id = &tokens[1].text),
                    ));
                }
                let status = Field::new(
                    &text[tokens[2].range.start..tokens[tokens.len() - 1].range.end],
                    tokens[2].range.start..tokens[tokens.len() - 1].range.end,
                );
                facts.push(Fact::Node {
                    name: tokens[0].clone(),
                    status,
                });
            }
            TableKind::ExSetup => {
                // Not the version of another program (`Get-Command powershell`): the file
                // name says so, unless it is absent or cut short (`C:\Program Files\...`).
                let file = tokens.get(2).map_or("", |first| {
                    text[first.range.start..line.range().end].trim_end()
                });
                if file.is_empty()
                    || file.ends_with("...")
                    || file.to_ascii_lowercase().contains("exsetup")
                {
                    facts.push(Fact::Setup {
                        host: None,
                        version: tokens[1].clone(),
                    });
                }
            }
            TableKind::Group | TableKind::Resource => {
                let row = TableRow {
                    line: Field::new(line.text, line.range()),
                    cells: cells(line, &layout.columns),
                    tokens,
                };
                facts.push(if kind == TableKind::Group {
                    Fact::GroupRow(row)
                } else {
                    Fact::ResourceRow(row)
                });
            }
        }
    }
    Ok(facts)
}

#[cfg(test)]
mod tests {
    use super::*;

    const GROUPS: &str = "Listing status for all available resource groups:\r\n\r\nGroup                Node            Status\r\n-------------------- --------------- ------\r\nCluster Group        EXNODE1         Online\r\nEXCMS01              EXNODE1         Online\r\nVeritas Backup Exec Agent Group EXNODE2         Partially Online\r\n";

    fn rows(text: &str) -> Vec<TableRow> {
        read(text, recognise(text).unwrap())
            .unwrap()
            .into_iter()
            .filter_map(|f| match f {
                Fact::GroupRow(r) | Fact::ResourceRow(r) => Some(r),
                _ => None,
            })
            .collect()
    }

    fn texts(row: (Field, Field, Field)) -> [String; 3] {
        [row.0.text, row.1.text, row.2.text]
    }

    /// The last token is the status, never the node, even of a node named like one; a status
    /// of two words leaves the node before it.
    #[test]
    fn where_node_index_finds_the_node() {
        let node = |row: &TableRow, before, known: &[&str]| {
            let is_node = |t: &str| known.contains(&t);
            row.tokens[row.node_index(before, &is_node)].text.clone()
        };
        let groups = rows(
            "Group                Node            Status\r\n-------------------- --------------- ------\r\nEXCMS01              EXNODE1         Online\r\nEXCMS01 EXNODE2 Partially Online\r\n",
        );
        assert_eq!(node(&groups[0], 1, &["EXNODE1", "Online"]), "EXNODE1");
        assert_eq!(node(&groups[1], 1, &[]), "EXNODE2");
        let resources = rows(
            "Resource             Group                Node            Status\r\n-------------------- -------------------- --------------- ------\r\nIP EXCMS01 EXNODE9 Partially Online\r\nIP EXCMS01 EXNODE9 Online\r\n",
        );
        assert_eq!(node(&resources[0], 2, &[]), "EXNODE9");
        assert_eq!(node(&resources[1], 2, &[]), "EXNODE9");
    }

    /// A version listing of ExSetup.exe: a row without its file name is still ExSetup's, a row
    /// of another program's file is not.
    #[test]
    fn exsetup_rows() {
        let text = "ProductVersion   FileVersion      FileName\n--------------   -----------      --------\n08.01.0240.006   08.01.0240.006\n08.01.0240.006   08.01.0240.006   C:\\Program Files\\Microsoft\\Exchange Server\\Bin\\ExSetup.exe\n6.0.6001.18000   6.0.6001.18000   C:\\Windows\\system32\\WindowsPowerShell\\v1.0\\powershell.exe\n";
        let facts = read(text, TableKind::ExSetup).unwrap();
        let versions: Vec<&str> = (facts.iter())
            .map(|f| match f {
                Fact::Setup { version, .. } => version.text.as_str(),
                other => panic!("{other:?}"),
            })
            .collect();
        assert_eq!(versions, ["08.01.0240.006", "08.01.0240.006"]);
    }

    #[test]
    fn dash_lines() {
        assert_eq!(dash_runs("----- ------- --- "), Some(vec![0, 6, 14]));
        for line in [" ---- ----", "----", "---- -x-", ""] {
            assert_eq!(dash_runs(line), None, "{line:?}");
        }
    }

    #[test]
    fn tables_are_recognised_by_header_and_dash_line() {
        let cases = [
            (GROUPS, Some(TableKind::Group)),
            (
                "Listing status for all available nodes:\n\nNode           Node ID Status\n-------------- ------- ---------------------\nEXNODE1              1 Up\n",
                Some(TableKind::Node),
            ),
            (
                "Resource             Group                Node            Status\n-------------------- -------------------- --------------- ------\nEXCMS01              EXCMS01              EXNODE1         Online\n",
                Some(TableKind::Resource),
            ),
            (
                "ProductVersion   FileVersion      FileName\n--------------   -----------      --------\n08.01.0240.006   08.01.0240.006   C:\\Program Files\\...\n",
                Some(TableKind::ExSetup),
            ),
            (
                "状態を表示しています:\n\nグループ             ノード          状態\n-------------------- --------------- ------\nクラスタ グループ    EXNODE1         オンライン\n",
                Some(TableKind::Group),
            ),
            (
                "状態を表示しています:\n\nノード         ノード ID 状態\n-------------- ------- ---------------------\nEXNODE1              1 稼働中\n",
                Some(TableKind::Node),
            ),
            (
                "\nグループ             ノード          状態\n-------------------- --------------- ------\nクラスタ グループ    EXNODE1         オンライン\n",
                None,
            ),
            (
                "Status aller verfügbaren Ressourcengruppen wird aufgelistet:\n\nGruppe               Knoten          Status\n-------------------- --------------- ------\nClustergruppe        EXNODE1         Online\n",
                Some(TableKind::Group),
            ),
            (
                "Status aller verfügbaren Knoten wird aufgelistet:\n\nKnoten         Knoten-ID Status\n-------------- ------- ---------------------\nEXNODE1              1 Aktiv\n",
                Some(TableKind::Node),
            ),
            // The prompt and the command copied with the output, two lines above the title.
            (
                "C:\\>cluster /cluster:EXCLU01 group\n\nStatus aller verfügbaren Ressourcengruppen wird aufgelistet:\n\nGruppe               Knoten          Status\n-------------------- --------------- ------\nClustergruppe        EXNODE1         Online\n",
                Some(TableKind::Group),
            ),
            // No header: a blank line above the dash line.
            (
                "Listing status for all available resource groups:\n\n\n-------------------- --------------- ------\nEXCMS01              EXNODE1         Online\n",
                None,
            ),
            ("Name   State\n----   -----\nx      y\n", None),
            ("-----\nabc\n", None),
            ("", None),
        ];
        for (text, kind) in cases {
            assert_eq!(recognise(text), kind, "{text}");
        }
    }

    #[test]
    fn rows_cut_at_the_columns_and_overflow_falls_back_to_tokens() {
        let rows = rows(GROUPS);
        let none = |_: &str| false;
        assert_eq!(
            texts(rows[0].group_row(&none)),
            ["Cluster Group", "EXNODE1", "Online"]
        );
        assert!(rows[2].cells.is_none());
        assert_eq!(
            texts(rows[2].group_row(&none)),
            [
                "Veritas Backup Exec Agent Group",
                "EXNODE2",
                "Partially Online"
            ]
        );
        let known = |n: &str| n == "EXNODE2";
        assert_eq!(rows[2].group_row(&known).1.text, "EXNODE2");
        // The range is exact.
        let (group, node, _) = rows[2].group_row(&none);
        assert_eq!(&GROUPS[group.range], "Veritas Backup Exec Agent Group");
        assert_eq!(&GROUPS[node.range], "EXNODE2");
    }

    #[test]
    fn blanks_at_the_column_starts_do_not_make_a_cut_right() {
        let text = "Group                Node            Status\n-------------------- --------------- ------\nNetBackup Client for Windows Servers EXNODE2         Online\n";
        let rows = rows(text);
        assert!(
            rows[0].cells.is_some(),
            "the blanks fall at the column starts"
        );
        assert_eq!(rows[0].plain_node(1), None);
        assert_eq!(
            texts(rows[0].group_row(&|n| n == "EXNODE2")),
            ["NetBackup Client for Windows Servers", "EXNODE2", "Online"]
        );
        // With no node known, the cut at the columns stands.
        assert_eq!(rows[0].group_row(&|_| false).1.text, "Windows Servers");
    }

    #[test]
    fn wide_characters_take_two_columns() {
        let text = "状態:\n\nグループ             ノード          状態\n-------------------- --------------- ------\nクラスタ グループ    EXNODE1         オンライン\n";
        let rows = rows(text);
        assert_eq!(
            texts(rows[0].group_row(&|_| false)),
            ["クラスタ グループ", "EXNODE1", "オンライン"]
        );
    }

    #[test]
    fn resource_rows_split_overflow_at_known_groups() {
        let text = "Resource             Group                Node            Status\n-------------------- -------------------- --------------- ------\nExchange Information Store Instance (EXCMS01) EXCMS01              EXNODE1         Online\nEXCMS01              EXCMS01              EXNODE1         Online\n";
        let rows = rows(text);
        let is_group = |g: &str| g == "EXCMS01";
        let (resource, group, node) = rows[0].resource_row(&|_| false, &is_group).unwrap();
        assert_eq!(
            (
                resource.text.as_str(),
                group.text.as_str(),
                node.text.as_str()
            ),
            (
                "Exchange Information Store Instance (EXCMS01)",
                "EXCMS01",
                "EXNODE1"
            )
        );
        assert!(rows[0].resource_row(&|_| false, &|_| false).is_none());
        assert!(rows[1].cells.is_some());
    }

    #[test]
    fn unreadable_rows_are_located() {
        let text = "Group                Node            Status\n-------------------- --------------- ------\nCluster Group        EXNODE1         Online\nbroken\n";
        let err = read(text, TableKind::Group).unwrap_err();
        assert_eq!(err.offset, text.find("broken").unwrap());
        let nodes = "Node           Node ID Status\n-------------- ------- ------\nEXNODE1            one Up\n";
        assert_eq!(
            read(nodes, TableKind::Node)
                .unwrap_err()
                .message
                .render(crate::i18n::Lang::En),
            "the node ID `one` is not a number"
        );
    }

    proptest::proptest! {
        #[test]
        fn no_input_panics(rows in proptest::collection::vec("[ -~グー]{0,50}", 0..6), kind in 0..4usize) {
            let kinds = [TableKind::Group, TableKind::Node, TableKind::Resource, TableKind::ExSetup];
            let header = ["Group                Node            Status\n-------------------- --------------- ------\n",
                "Node           Node ID Status\n-------------- ------- ------\n",
                "Resource             Group                Node            Status\n-------------------- -------------------- --------------- ------\n",
                "ProductVersion   FileVersion      FileName\n--------------   -----------      --------\n"][kind];
            let text = format!("{header}{}", rows.join("\n"));
            if let Ok(facts) = read(&text, kinds[kind]) {
                for fact in facts {
                    if let Fact::GroupRow(row) = &fact {
                        let _ = row.group_row(&|n| n.len() == 7);
                    }
                    if let Fact::ResourceRow(row) = &fact {
                        let _ = row.resource_row(&|n| n.len() == 7, &|g| g.contains(' '));
                    }
                }
            }
        }
    }
}
