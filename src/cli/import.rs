//! `import-people` (docs/file-format.md "Importing people"): fill holders from a roster, say
//! where each row went, and write the design only when it reads back.

use std::io::Write;

use super::output::{unreadable, write_output};
use crate::io::load_path;

/// Run `import-people`: say where each row goes, then write the design; 2 when nothing was
/// written.
pub fn run_import_people(
    design_path: &std::path::Path,
    roster: &std::path::Path,
    output: Option<&std::path::Path>,
    out: &mut impl Write,
) -> u8 {
    use crate::model::import::{Placement, plan_import};
    let design = match load_path(design_path) {
        Ok(design) => design,
        Err(error) => {
            unreadable(out, &design_path.display(), &error);
            return 2;
        }
    };
    let rows = match crate::io::roster::read_roster(roster) {
        Ok(rows) => rows,
        Err(error) => {
            unreadable(out, &roster.display(), &error);
            return 2;
        }
    };
    let plan = match plan_import(&design, &rows) {
        Ok(plan) => plan,
        Err(errors) => {
            let _ = writeln!(
                out,
                "{}: nothing imported; {} malformed:",
                roster.display(),
                if errors.len() == 1 {
                    "1 row is".to_owned()
                } else {
                    format!("{} rows are", errors.len())
                }
            );
            for error in errors {
                let line = format!("row {}: {}", error.number, error.problem);
                let _ = writeln!(out, "{}", crate::model::text::inert(&line));
            }
            return 2;
        }
    };
    // Whether every line reached its reader (`>/dev/full` must not exit 0).
    let mut printed = true;
    for (row, placement) in &plan.rows {
        // A roster's text reaches the terminal inert and cut: it cannot forge a line.
        let name = crate::model::cut(&row.name, 200);
        let line = match placement {
            Placement::Fills { label, .. } => format!("row {}: {name} fills {label}", row.number),
            Placement::Adds { label } => {
                format!("row {}: {name} in a new seat, {label}", row.number)
            }
            Placement::LeftOut { reason } => {
                format!("row {}: {name} left out: {reason}", row.number)
            }
        };
        printed &= writeln!(out, "{}", crate::model::text::inert(&line)).is_ok();
    }
    let mut design = design;
    if let Err(error) = design.apply(plan.command) {
        let _ = writeln!(out, "The import could not be applied: {error}");
        return 2;
    }
    let target = output.unwrap_or(design_path);
    match crate::io::design_text(&design) {
        Ok(text) => {
            let code = write_output(target, text.as_bytes(), Some(roster), "design", out);
            if printed && out.flush().is_ok() {
                code
            } else {
                2
            }
        }
        Err(reason) => {
            let _ = writeln!(
                out,
                "{}: the design was not written: {reason}.",
                target.display()
            );
            2
        }
    }
}
