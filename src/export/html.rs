//! One self-contained HTML report: no external files, no JavaScript, print CSS for A4.

use std::fmt::Write;

use super::{ExportInput, escape::xml, svg::board_svg_element};
use crate::rules::Severity;

const STYLE: &str = r"
body { font-family: 'DejaVu Sans', 'Segoe UI', Arial, Helvetica, sans-serif; color: #1d1d1d;
       margin: 2rem auto; max-width: 1100px; padding: 0 1rem; line-height: 1.45; }
h1 { font-size: 1.9rem; margin-bottom: 0.2rem; }
h2 { font-size: 1.3rem; margin-top: 2rem; border-bottom: 2px solid #005eb8; padding-bottom: 0.2rem; }
.meta { color: #444; margin: 0.2rem 0; }
.verdict { font-weight: bold; padding: 0.5rem 0.8rem; border-radius: 6px; display: inline-block; }
.valid { background: #e3f2e8; color: #00602c; }
.invalid { background: #fbe4e4; color: #8f1414; }
table { border-collapse: collapse; width: 100%; font-size: 0.9rem; margin-top: 0.6rem; }
th, td { border: 1px solid #c9ced6; padding: 0.35rem 0.5rem; text-align: left; vertical-align: top; }
th { background: #eef1f5; }
tr:nth-child(even) td { background: #fafbfc; }
.sev-error { color: #b01c1c; font-weight: bold; }
.sev-warning { color: #9a5b00; font-weight: bold; }
.sev-advice { color: #1f5fa8; }
.sev-info { color: #4a4a4a; }
figure { margin: 1rem 0; }
figure svg { width: 100%; height: auto; border: 1px solid #d0d4da; }
footer { margin-top: 2rem; color: #666; font-size: 0.8rem; }
@media print {
  @page { size: A4; margin: 14mm; }
  body { margin: 0; max-width: none; font-size: 10pt; }
  h2 { break-after: avoid; }
  tr, figure { break-inside: avoid; }
  thead { display: table-header-group; }
  a { color: inherit; text-decoration: none; }
}
";

pub fn html(input: &ExportInput) -> String {
    let design = input.design;
    let mut out = String::new();
    let errors = input.report.count(Severity::Error);
    let (class, verdict) = if errors == 0 {
        ("valid", "Meets the framework minimums".to_owned())
    } else {
        (
            "invalid",
            format!(
                "Does not yet meet the framework minimums ({})",
                Severity::Error.count_phrase(errors)
            ),
        )
    };
    head(&mut out, &design.name);
    let _ = writeln!(out, "<header>\n<h1>{}</h1>", xml(&design.name));
    if !design.system.is_empty() {
        let _ = writeln!(out, "<p class=\"meta\">{}</p>", xml(&design.system));
    }
    let _ = writeln!(
        out,
        "<p class=\"meta\">Date: {} | Checked against {}</p>\n<p class=\"verdict {class}\">{verdict}</p>\n<p class=\"meta\">Findings: {}</p>",
        xml(&input.date),
        xml(&input.pack.describe()),
        input.counts_phrase()
    );
    if !design.notes.trim().is_empty() {
        let _ = writeln!(out, "<p>{}</p>", xml(&design.notes).replace('\n', "<br>"));
    }
    out.push_str("</header>\n<main>\n<h2>Board chart</h2>\n<figure>\n");
    out.push_str(&board_svg_element(input));
    out.push_str("</figure>\n");
    for table in super::report_tables(input) {
        table_html(&mut out, &table);
    }
    out.push_str(FOOTER);
    out
}

/// The end of every report: the sources named by their short names.
pub(super) const FOOTER: &str = "</main>\n<footer>Made with ICS Board Designer. Sources: DF2021 = NHSE/I ICS Design Framework (June 2021); \
NHSP2021 = NHS Providers briefing (June 2021); HCA2022 = Health and Care Act 2022 and NHSE model constitution; \
PLACE2021 = Thriving places (September 2021).</footer>\n</body>\n</html>\n";

/// The start of a report, up to `<body>`: no scripts, no outside files (CSP), print styles.
pub(super) fn head(out: &mut String, title: &str) {
    let _ = write!(
        out,
        "<!DOCTYPE html>\n<html lang=\"en-GB\">\n<head>\n<meta charset=\"utf-8\">\n\
<meta http-equiv=\"Content-Security-Policy\" content=\"default-src 'none'; style-src 'unsafe-inline'; img-src data:\">\n\
<meta name=\"viewport\" content=\"width=device-width, initial-scale=1\">\n<title>{}</title>\n<style>{STYLE}</style>\n</head>\n<body>\n",
        xml(title)
    );
}

/// One table as a section: its title as a heading, then the table (or "None.").
pub(super) fn table_html(out: &mut String, table: &super::tables::Table) {
    let _ = writeln!(out, "<h2>{}</h2>", xml(&table.title));
    table_body_html(out, table);
}

/// One table without a heading (or "None.").
pub(super) fn table_body_html(out: &mut String, table: &super::tables::Table) {
    if table.rows.is_empty() {
        out.push_str("<p>None.</p>\n");
        return;
    }
    out.push_str("<table>\n<thead><tr>");
    for header in &table.headers {
        let _ = write!(out, "<th scope=\"col\">{}</th>", xml(header));
    }
    out.push_str("</tr></thead>\n<tbody>\n");
    let is_findings = table.title == "Findings";
    for row in &table.rows {
        out.push_str("<tr>");
        for (i, cell) in row.iter().enumerate() {
            if is_findings && i == 0 {
                let _ = write!(out, "<td class=\"sev-{0}\">{0}</td>", xml(cell));
            } else {
                let _ = write!(out, "<td>{}</td>", xml(cell).replace('\n', "<br>"));
            }
        }
        out.push_str("</tr>\n");
    }
    out.push_str("</tbody>\n</table>\n");
}
