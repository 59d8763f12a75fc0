//! The HTML report through the real binary: a snapshot of the contoso report, names that try to
//! become markup, a page that fetches nothing, accepted findings with their reasons and end
//! dates, and `--format html` beside other formats. (The page in a real browser is tested by
//! `scripts/browser-test.sh`, which `.ci/run` calls.)

use cmslint::report::TOOL_VERSION;
use serde_json::Value;
use std::path::Path;
use std::process::Output;

use crate::command;

const CONTOSO: &str = "testdata/examples/contoso";
const HOSTILE: &str = "testdata/html/hostile";
const ACCEPTED: &str = "testdata/html/accepted";
/// The date the reports state.
const TODAY: &str = "2026-07-01";

fn root() -> &'static Path {
    Path::new(env!("CARGO_MANIFEST_DIR"))
}

/// `cmslint check ARGS` from the checkout, with today's date fixed.
fn cmslint_in(cwd: &Path, args: &[&str]) -> Output {
    command::cmslint()
        .arg("check")
        .args(args)
        .current_dir(cwd)
        .env("CMSLINT_TODAY", TODAY)
        .output()
        .expect("the binary runs")
}

fn cmslint(args: &[&str]) -> Output {
    cmslint_in(root(), args)
}

/// The HTML report of `args` on stdout.
fn page(args: &[&str]) -> String {
    let mut all = args.to_vec();
    all.extend(["--format", "html"]);
    let out = cmslint(&all);
    assert!(
        out.stderr.is_empty(),
        "{}",
        String::from_utf8_lossy(&out.stderr)
    );
    String::from_utf8(out.stdout).expect("UTF-8")
}

#[test]
fn contoso_report() {
    let html = page(&[CONTOSO]);
    assert!(html.starts_with("<!DOCTYPE html>\n<html lang=\"en\">"));
    insta::assert_snapshot!(
        "contoso.html",
        html.replace(&format!("cmslint {TOOL_VERSION}"), "cmslint [version]")
            .replace(&format!("version {TOOL_VERSION}"), "version [version]")
    );
}

#[test]
fn the_page_fetches_nothing_and_runs_nothing() {
    let html = page(&[CONTOSO]);
    assert!(html.contains(
        "<meta http-equiv=\"Content-Security-Policy\" content=\"default-src 'none'; \
         style-src 'unsafe-inline'; img-src data:; base-uri 'none'; form-action 'none'\">"
    ));
    for needle in [
        "<script", "<link", "<img", "<iframe", "src=", "url(", "@import",
    ] {
        assert!(!html.contains(needle), "the page holds `{needle}`");
    }
    // The only address is the SVG namespace, which names and fetches nothing.
    let addresses: Vec<&str> = html
        .match_indices("://")
        .map(|(at, _)| &html[at - 4..at + 22])
        .collect();
    assert_eq!(addresses, vec!["http://www.w3.org/2000/svg"; 3]);
}

#[test]
fn hostile_names_are_text_never_markup() {
    let html = page(&[HOSTILE]);
    for raw in [
        "<b>",
        "<i>",
        "<u>",
        "<em>now",
        "<script>",
        "<img src=x",
        "<svg onload",
        "</td><td>x",
        "onmouseover=\"alert",
        "&amp;amp;",
        "\u{202e}",
        "\u{1b}",
    ] {
        assert!(!html.contains(raw), "`{raw}` reached the page as it was");
    }
    // Tags, entities and quotes arrive escaped; the override and the escape are shown, not
    // obeyed.
    for escaped in [
        "<h3 id=\"cluster-1-title\">Cluster EX&#60;b&#62;CLU&#60;/b&#62;&#38;amp;&#34;01&#39; ",
        "<th scope=\"row\">N&#38;ODE2\\u{202e}evil\\u{1b}[2J</th>",
        "<th scope=\"row\">Cluster Group&#34; onmouseover=&#34;alert(1)</th>",
        "<th scope=\"col\" class=\"cell\">&#60;script&#62;alert(1)&#60;/script&#62;</th>",
        "<th scope=\"row\">ADM&#60;svg onload=alert(1)&#62;<span class=\"sub\">",
        "<h3 id=\"plan-1-title\">Plan plan&#60;/td&#62;&#60;td&#62;x ",
        "<code>cluster group &#34;&#60;img src=x onerror=alert(1)&#62;&#34; /move:NODE&#60;i&#62;1&#60;/i&#62;</code>",
        ">&#60;em&#62;now&#60;/em&#62; to 2026-12-06T04:00:00Z<",
    ] {
        assert!(html.contains(escaped), "missing `{escaped}`");
    }
    // The drawing's texts too: one per node and group name.
    assert!(html.contains("\">NODE&#60;i&#62;1&#60;/i&#62;</text>"));
    assert_eq!(html.matches("<svg ").count(), 1);
}

#[test]
fn accepted_findings_are_listed_with_their_reasons_and_end_dates() {
    let baseline = format!("{ACCEPTED}/baseline.json");
    let html = page(&[ACCEPTED, "--baseline", &baseline]);
    let table = &html[html.find("<table class=\"hidden\">").expect("the table")..];
    let table = &table[..table.find("</table>").unwrap()];
    let rows: Vec<&str> = table.split("<tr>").skip(2).collect();
    assert_eq!(rows.len(), 2, "{table}");
    for (row, cells) in rows.iter().zip([
        [
            "<a href=\"#rule-TOP103\">TOP103</a> passive node EXNODE2 owns group &#34;Cluster Group&#34;",
            "<code>cluster:EXCLU01/group:Cluster Group</code>",
            "suppression in the config",
            "left on EXNODE2 until the change window (CHG-4711)",
            "2026-12-31",
        ],
        [
            "<a href=\"#rule-ADM506\">ADM506</a> workstation ADMIN07 manages CMS EXCMS01 without cluster administration tools",
            "<code>workstation:ADMIN07</code>",
            "baseline entry",
            "listed in the baseline testdata/html/accepted/baseline.json",
            "no expiry",
        ],
    ]) {
        let found: Vec<&str> = row
            .split("<td>")
            .skip(1)
            .map(|c| c[..c.find("</td>").unwrap()].trim())
            .collect();
        assert_eq!(found, cells);
    }
    // Both hidden, nothing left: a pass under the config's `fail-on = "warning"`.
    assert!(html.contains(
        "<p class=\"status\"><span class=\"symbol\" aria-hidden=\"true\">✓</span> Pass</p>"
    ));
    assert!(html.contains("<p>No finding at or above <code>--fail-on warning</code>.</p>"));
    assert!(html.contains("<dd><code>testdata/html/accepted/cmslint.toml</code></dd>"));
    assert!(html.contains("reason = &#34;left on EXNODE2 until the change window (CHG-4711)&#34;"));
    // The rules of hidden findings are documented too, and the page lists no finding.
    assert!(html.contains("id=\"rule-TOP103\"") && html.contains("id=\"rule-ADM506\""));
    assert!(!html.contains("<article class=\"finding"));
    // With --show-suppressed they are listed, marked as accepted, and the table links to them.
    let shown = page(&[ACCEPTED, "--baseline", &baseline, "--show-suppressed"]);
    assert_eq!(shown.matches("<article class=\"finding").count(), 2);
    assert!(shown.contains("<span class=\"badge accepted\">accepted: left on EXNODE2 until the change window (CHG-4711)</span>"));
    assert!(shown.contains("<a href=\"#finding-1\">passive node EXNODE2 owns group"));
}

#[test]
fn html_is_written_beside_other_reports_and_to_stdout_only_when_asked() {
    let dir = tempfile::tempdir().unwrap();
    let (html, json) = (dir.path().join("r.html"), dir.path().join("r.json"));
    let out = cmslint(&[
        CONTOSO,
        "--format",
        &format!("html={}", html.display()),
        "--format",
        &format!("json={}", json.display()),
    ]);
    assert_eq!(out.status.code(), Some(1));
    // Every report goes to a file: stdout stays empty, and the summary line goes to stderr.
    assert!(out.stdout.is_empty());
    assert_eq!(
        String::from_utf8_lossy(&out.stderr),
        "checked 6 files (0 skipped): 7 errors, 4 warnings, 0 notes\n"
    );
    let html = std::fs::read_to_string(html).unwrap();
    let json: Value = serde_json::from_str(&std::fs::read_to_string(json).unwrap()).unwrap();
    let findings = json["findings"].as_array().unwrap();
    assert_eq!(findings.len(), 11);
    assert_eq!(
        html.matches("<article class=\"finding").count(),
        findings.len()
    );
    for (i, finding) in findings.iter().enumerate() {
        let article = &html[html.find(&format!("id=\"finding-{}\"", i + 1)).unwrap()..];
        let article = &article[..article.find("</article>").unwrap()];
        let code = finding["code"].as_str().unwrap();
        assert!(article.contains(&format!(
            "<a class=\"code\" href=\"#rule-{code}\">{code}</a>"
        )));
        let entity = finding["entity"].as_str().unwrap().replace('"', "&#34;");
        assert!(article.contains(&format!("<dt>Entity</dt><dd><code>{entity}</code>")));
        for fix in finding["fixes"].as_array().unwrap() {
            let fix = fix.as_str().unwrap().replace('"', "&#34;");
            assert!(
                article.contains(&format!("<pre><code>{fix}</code></pre>")),
                "{fix}"
            );
        }
    }
    // Without --format the human report goes to stdout; `--format html` alone sends the page.
    let human = cmslint(&[CONTOSO]);
    assert!(String::from_utf8_lossy(&human.stdout).starts_with("warning[TOP103]"));
    assert!(page(&[CONTOSO]).starts_with("<!DOCTYPE html>"));
}

#[test]
fn a_plan_for_a_cluster_the_inventory_lacks_still_lists_its_steps() {
    let dir = tempfile::tempdir().unwrap();
    std::fs::write(
        dir.path().join("plan.yaml"),
        "cmslint: 1\nplans:\n  - name: p\n    cluster: NOWHERE\n    target: SP2\n    steps:\n      - run: setup.com /mode:upgrade\n        on: EXNODE2\n",
    )
    .unwrap();
    let out = cmslint_in(dir.path(), &[".", "--format", "html"]);
    let html = String::from_utf8(out.stdout).unwrap();
    assert!(html.contains("The inventory does not describe cluster NOWHERE"));
    assert!(html.contains("<td class=\"command\"><code>setup.com /mode:upgrade</code></td>"));
    assert!(html.contains("<td>EXNODE2</td>"));
}

#[test]
fn sparse_inventories_still_make_a_page() {
    // A cluster without nodes or groups, groups whose owner is missing or not a node, a plan
    // without steps.
    let dir = tempfile::tempdir().unwrap();
    std::fs::write(
        dir.path().join("sparse.yaml"),
        "cmslint: 1\nclusters:\n  - name: EMPTY\n  - name: HALF\n    nodes:\n      - name: N1\n    groups:\n      - name: G\n        owner: ELSEWHERE\n      - name: H\nplans:\n  - name: p\n    cluster: HALF\n    target: SP2\n    steps: []\n",
    )
    .unwrap();
    let out = cmslint_in(dir.path(), &[".", "--format", "html"]);
    let html = String::from_utf8(out.stdout).unwrap();
    assert!(
        html.ends_with("</html>\n"),
        "{}",
        String::from_utf8_lossy(&out.stderr)
    );
    assert!(html.contains("<h3 id=\"cluster-1-title\">Cluster EMPTY "));
    assert!(html.contains("viewBox=\"0 0 32 32\""), "an empty drawing");
    // G and H are drawn in the column of groups without a known owner.
    assert!(html.contains(">owner not among the nodes</text>"));
    assert!(html.contains("<th scope=\"row\">G</th><td>group</td><td>ELSEWHERE</td>"));
    assert!(html.contains("<th scope=\"row\">H</th><td>group</td><td>unknown</td>"));
}

#[test]
fn a_page_in_japanese_says_so_and_keeps_codes_names_and_commands() {
    let html = page(&[CONTOSO, "--lang", "ja"]);
    assert!(html.starts_with("<!DOCTYPE html>\n<html lang=\"ja\">"));
    for japanese in [
        "<h2 id=\"verdict-title\">判定</h2>",
        "<span class=\"symbol\" aria-hidden=\"true\">✖</span> 不合格</p>",
        "<p><code>--fail-on error</code> 以上の 7 個の検出結果があります。",
        "<h3 id=\"cluster-1-title\">クラスタ EXCLU01 <span class=\"quiet\">(CCR)</span>",
        "<th scope=\"row\">EXNODE1.contoso.com</th><td>アクティブ ノード</td>",
        "<td class=\"refs\"><span class=\"none\"><span aria-hidden=\"true\">✓</span> なし</span></td>",
    ] {
        assert!(html.contains(japanese), "missing `{japanese}`");
    }
    let english = page(&[CONTOSO]);
    for same in [
        "<a class=\"code\" href=\"#rule-TOP103\">TOP103</a> <span class=\"rule-name\">passive-node-owns-groups</span>",
        "<dd><code>cluster:EXCLU01/group:Cluster Group</code></dd>",
        "<pre><code>Cluster.exe group &#34;Cluster Group&#34; /move:EXNODE1</code></pre>",
        "<td class=\"command\"><code>D:\\Exchange2007SP2\\setup.com /mode:upgrade</code></td>",
    ] {
        assert!(html.contains(same) && english.contains(same), "`{same}`");
    }
}
