//! Each cluster as the inventory gives it: an SVG diagram (a column per node, the node's groups
//! drawn under it) and a table with the same facts. Boxes are sized from an estimate of their
//! text's width, since nothing measures text before the page is shown.

use super::{FindingRef, Mark, Marks, clean, mark_line, text, version, worst};
use crate::i18n::Lang;
use crate::model::{Cluster, ClusterNode, Group, Inventory};
use crate::msg;

#[derive(Debug)]
pub struct ClusterView {
    pub anchor: String,
    /// `Cluster EXCLU01`.
    pub title: String,
    /// The captions of the node and group tables.
    pub nodes_caption: String,
    pub groups_caption: String,
    pub kind: &'static str,
    /// Findings about the cluster as a whole.
    pub own: Vec<FindingRef>,
    pub mark: Mark,
    pub diagram: Diagram,
    pub nodes: Vec<NodeRow>,
    pub groups: Vec<GroupRow>,
}

#[derive(Debug)]
pub struct NodeRow {
    pub name: String,
    pub role: String,
    pub windows: String,
    pub exchange: String,
    pub mark: Mark,
    pub refs: Vec<FindingRef>,
}

#[derive(Debug)]
pub struct GroupRow {
    pub name: String,
    pub kind: String,
    pub owner: String,
    pub state: String,
    /// For a CMS, the version it runs.
    pub version: Option<String>,
    pub mark: Mark,
    pub refs: Vec<FindingRef>,
}

/// An SVG drawing in user units (pixels at 100 %).
#[derive(Debug)]
pub struct Diagram {
    pub width: u32,
    pub height: u32,
    pub label: String,
    pub boxes: Vec<Shape>,
    pub lines: Vec<Line>,
}

/// A node or group box.
#[derive(Debug)]
pub struct Shape {
    pub x: u32,
    pub y: u32,
    pub w: u32,
    pub h: u32,
    pub mark: Mark,
    /// `node`, `group` or `missing` (the column of groups without a known owner).
    pub kind: &'static str,
    /// What the box says, in full (its tooltip).
    pub title: String,
    pub texts: Vec<Text>,
}

#[derive(Debug)]
pub struct Text {
    pub x: u32,
    pub y: u32,
    /// `name`, `detail` or `mark`.
    pub class: &'static str,
    pub text: String,
}

#[derive(Debug)]
pub struct Line {
    pub x1: u32,
    pub y1: u32,
    pub x2: u32,
    pub y2: u32,
}

pub fn views(inventory: &Inventory, marks: &Marks, lang: Lang) -> Vec<ClusterView> {
    inventory
        .clusters
        .iter()
        .enumerate()
        .map(|(i, cluster)| view(i, cluster, marks, lang))
        .collect()
}

fn view(index: usize, cluster: &Cluster, marks: &Marks, lang: Lang) -> ClusterView {
    let nodes: Vec<NodeRow> = cluster
        .nodes
        .iter()
        .map(|node| {
            let refs = marks.of(&cluster.node_entity(node));
            NodeRow {
                name: clean(&node.name.text),
                role: text::role(cluster.is_active(node), cluster.is_passive(node), lang),
                windows: version(node.os.as_ref(), lang),
                exchange: version(node.exchange.as_ref(), lang),
                mark: worst(&refs),
                refs,
            }
        })
        .collect();
    let groups: Vec<GroupRow> = cluster
        .groups
        .iter()
        .map(|group| {
            let refs = marks.of(&cluster.group_entity(group));
            GroupRow {
                name: clean(&group.name.text),
                kind: text::group_kind(group.kind, lang),
                owner: group
                    .owner
                    .as_ref()
                    .map_or_else(|| text::unknown(lang), |o| clean(&o.text)),
                state: text::group_state(group.state(), lang),
                version: group.is_cms().then(|| cms_version(cluster, group, lang)),
                mark: worst(&refs),
                refs,
            }
        })
        .collect();
    let own = marks.of(&cluster.entity());
    let mark = (nodes.iter().map(|n| n.mark))
        .chain(groups.iter().map(|g| g.mark))
        .chain([worst(&own)])
        .max()
        .unwrap_or_default();
    let name = clean(&cluster.name.text);
    ClusterView {
        anchor: format!("cluster-{}", index + 1),
        title: msg!("report-html-cluster-title", cluster = &name).render(lang),
        nodes_caption: msg!("report-html-nodes-of", cluster = &name).render(lang),
        groups_caption: msg!("report-html-groups-of", cluster = &name).render(lang),
        kind: cluster.kind.as_ref().map_or("", |k| k.value.label()),
        diagram: diagram(cluster, &nodes, &groups, lang),
        own,
        mark,
        nodes,
        groups,
    }
}

fn cms_version(cluster: &Cluster, group: &Group, lang: Lang) -> String {
    match (cluster.cms_version(group), &group.exchange) {
        (Some(v), _) => v.to_string(),
        (None, field) => version(field.as_ref(), lang),
    }
}

const PAD: u32 = 16;
const COLUMN_GAP: u32 = 28;
/// Node columns side by side; more go into another band below, so that a drawing of a large
/// single copy cluster stays legible when it is scaled to a page.
const COLUMNS_PER_BAND: usize = 3;
const BAND_GAP: u32 = 28;
const LINE: u32 = 19;
const INSET: u32 = 14;
const INDENT: u32 = 18;
const GROUP_GAP: u32 = 14;
const MIN_WIDTH: u32 = 190;
/// Longer texts are cut in the drawing (the table and the tooltip give them whole).
const MAX_CHARS: usize = 44;

/// The width a text takes, estimated generously (capitals and digits are wide in most
/// fonts, East Asian characters twice as wide).
fn text_width(text: &str, size: f32, bold: bool) -> u32 {
    let ems: f32 = text
        .chars()
        .map(|c| match c {
            '\u{2e80}'..='\u{ffdc}' => 1.0,
            'A'..='Z' | '0'..='9' | 'm' | 'w' | '\u{2716}' | '\u{25b2}' => 0.72,
            ' ' | '.' | ',' | ':' | 'i' | 'l' | 'j' | 't' | 'f' | '(' | ')' => 0.36,
            _ => 0.6,
        })
        .sum();
    (ems * size * if bold { 1.08 } else { 1.0 }).ceil() as u32
}

fn cut(text: &str) -> String {
    if text.chars().count() <= MAX_CHARS {
        return text.to_string();
    }
    let mut short: String = text.chars().take(MAX_CHARS - 1).collect();
    short.push('\u{2026}');
    short
}

/// A box's lines: the name in bold, details, and the mark line last.
fn lines_width(lines: &[String]) -> u32 {
    lines
        .iter()
        .enumerate()
        .map(|(i, l)| text_width(l, if i == 0 { 14.0 } else { 12.5 }, i == 0))
        .max()
        .unwrap_or(0)
        + 2 * INSET
        + 6
}

fn shape(x: u32, y: u32, w: u32, kind: &'static str, mark: Mark, lines: Vec<String>) -> Shape {
    let count = lines.len() as u32;
    let title = lines.join(" \u{2014} ");
    let texts = lines
        .into_iter()
        .enumerate()
        .map(|(i, text)| Text {
            x: x + INSET + 4,
            y: y + 24 + i as u32 * LINE,
            class: if i == 0 {
                "name"
            } else if i + 1 == count as usize && kind != "missing" {
                "mark"
            } else {
                "detail"
            },
            text,
        })
        .collect();
    Shape {
        x,
        y,
        w,
        h: 14 + count * LINE,
        mark,
        kind,
        title,
        texts,
    }
}

fn diagram(cluster: &Cluster, nodes: &[NodeRow], groups: &[GroupRow], lang: Lang) -> Diagram {
    let node_lines: Vec<Vec<String>> = nodes
        .iter()
        .map(|n| {
            vec![
                cut(&n.name),
                n.role.clone(),
                cut(&text::windows(&n.windows, lang)),
                cut(&text::exchange(&n.exchange, lang)),
                mark_line(&n.refs, lang),
            ]
        })
        .collect();
    let group_lines = |g: &GroupRow| {
        let mut detail = vec![g.kind.as_str(), g.state.as_str()];
        let version = g.version.as_deref().map(cut);
        if let Some(v) = &version {
            detail.push(v);
        }
        vec![
            cut(&g.name),
            detail.join(" \u{b7} "),
            mark_line(&g.refs, lang),
        ]
    };
    // The column of each group: its owner's, or the extra column for unknown owners.
    let owner_of = |group: &Group| -> Option<usize> {
        let owner = group.owner.as_ref()?;
        cluster
            .nodes
            .iter()
            .position(|n: &ClusterNode| n.name.is(&owner.text))
    };
    let mut columns: Vec<Vec<usize>> = vec![Vec::new(); nodes.len()];
    let mut orphans = Vec::new();
    for (g, group) in cluster.groups.iter().enumerate() {
        match owner_of(group) {
            Some(n) => columns[n].push(g),
            None => orphans.push(g),
        }
    }
    let mut heads: Vec<(Mark, &'static str, Vec<String>)> = nodes
        .iter()
        .zip(node_lines)
        .map(|(n, lines)| (n.mark, "node", lines))
        .collect();
    if !orphans.is_empty() {
        heads.push((Mark::Fine, "missing", vec![text::no_owner(lang)]));
        columns.push(orphans);
    }
    let head_height = heads
        .iter()
        .map(|(_, _, l)| 14 + l.len() as u32 * LINE)
        .max()
        .unwrap_or(0);
    let (mut boxes, mut lines) = (Vec::new(), Vec::new());
    // Columns are laid out in bands of COLUMNS_PER_BAND, one under the other.
    let (mut x, mut top, mut bottom, mut right) = (PAD, PAD, PAD + head_height, PAD);
    for (i, ((mark, kind, head), members)) in heads.into_iter().zip(&columns).enumerate() {
        if i > 0 && i % COLUMNS_PER_BAND == 0 {
            (x, top) = (PAD, bottom + BAND_GAP);
            bottom = top + head_height;
        }
        let member_lines: Vec<Vec<String>> =
            members.iter().map(|&g| group_lines(&groups[g])).collect();
        let width = member_lines
            .iter()
            .map(|l| lines_width(l) + INDENT)
            .chain([lines_width(&head), MIN_WIDTH])
            .max()
            .unwrap_or(MIN_WIDTH);
        let mut head_box = shape(x, top, width, kind, mark, head);
        head_box.h = head_height;
        boxes.push(head_box);
        let mut y = top + head_height + 22;
        let trunk = x + INDENT / 2;
        let mut last_middle = None;
        for (&g, member) in members.iter().zip(member_lines) {
            let group = shape(
                x + INDENT,
                y,
                width - INDENT,
                "group",
                groups[g].mark,
                member,
            );
            let middle = y + group.h / 2;
            last_middle = Some(middle);
            lines.push(Line {
                x1: trunk,
                y1: middle,
                x2: x + INDENT,
                y2: middle,
            });
            y += group.h + GROUP_GAP;
            boxes.push(group);
        }
        if let Some(middle) = last_middle {
            lines.push(Line {
                x1: trunk,
                y1: top + head_height,
                x2: trunk,
                y2: middle,
            });
        }
        bottom = bottom.max(y - GROUP_GAP);
        right = right.max(x + width);
        x += width + COLUMN_GAP;
    }
    Diagram {
        // A cluster without nodes or groups is an empty box.
        width: right + PAD,
        height: bottom + PAD,
        label: text::diagram_label(&clean(&cluster.name.text), nodes.len(), groups.len(), lang),
        boxes,
        lines,
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn long_names_are_cut_in_the_drawing_only() {
        let long = "N".repeat(60);
        let short = cut(&long);
        assert_eq!(short.chars().count(), MAX_CHARS);
        assert!(short.ends_with('\u{2026}'));
        assert_eq!(cut("EXNODE1"), "EXNODE1");
    }

    #[test]
    fn a_fourth_node_starts_a_band_below_the_first_three() {
        let dir = tempfile::tempdir().unwrap();
        std::fs::write(
            dir.path().join("scc.yaml"),
            "cmslint: 1\nclusters:\n  - name: SCC\n    type: scc\n    nodes: [{name: N1}, {name: N2}, {name: N3}, {name: N4}]\n    groups:\n      - {name: CMS1, type: cms, owner: N1}\n      - {name: CMS4, type: cms, owner: N4}\n",
        )
        .unwrap();
        let paths = [dir.path().to_path_buf()];
        let outcome = crate::check::check(&paths, dir.path(), &Default::default()).unwrap();
        let view = view(
            0,
            &outcome.inventory.clusters[0],
            &Marks::default(),
            Lang::En,
        );
        let at = |name: &str| {
            let b = (view.diagram.boxes.iter())
                .find(|b| b.texts[0].text == name)
                .unwrap();
            (b.x, b.y, b.y + b.h)
        };
        let (n1, n3, n4) = (at("N1"), at("N3"), at("N4"));
        assert_eq!(n1.1, n3.1, "N1 to N3 side by side");
        assert!(n3.0 > n1.0);
        assert_eq!(n4.0, n1.0, "N4 starts a band of its own");
        assert_eq!(
            n4.1,
            at("CMS1").2 + BAND_GAP,
            "below the first band's lowest box"
        );
        assert!(at("CMS4").1 > n4.2, "CMS4 drawn under its owner N4");
        assert_eq!(view.diagram.height, at("CMS4").2 + PAD);
    }

    #[test]
    fn wide_characters_count_double() {
        assert_eq!(text_width("\u{65e5}\u{672c}", 10.0, false), 20);
        assert!(text_width("EXNODE1", 10.0, false) > text_width("exnode1", 10.0, false));
    }
}
