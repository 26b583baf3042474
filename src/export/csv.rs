//! One row per seat, with a header, safe to open in a spreadsheet.

use super::{ExportInput, escape::csv_cell, tables};

pub fn seats_csv(input: &ExportInput) -> String {
    table_csv(&tables::seats(input))
}

/// Any table as CSV with a header row, every cell guarded against formulas.
pub fn table_csv(table: &tables::Table) -> String {
    let mut out = String::new();
    let line = |cells: Vec<String>| {
        cells
            .iter()
            .map(|c| csv_cell(c))
            .collect::<Vec<_>>()
            .join(",")
    };
    out.push_str(&line(
        table.headers.iter().map(ToString::to_string).collect(),
    ));
    out.push_str("\r\n");
    for row in &table.rows {
        out.push_str(&line(row.clone()));
        out.push_str("\r\n");
    }
    out
}
