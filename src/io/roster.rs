//! Reading a roster for `import-people`: CSV (UTF-8, comma or semicolon, a header row) or the
//! first sheet of an XLSX or ODS workbook, columns matched by header (docs/file-format.md "Importing
//! people"). Kept crates do the reading; this file only maps columns to fields.

use std::path::Path;

use calamine::{Data, Reader, open_workbook_auto_from_rs};

use super::{LoadError, read_limited};
use crate::model::{
    IsoDate,
    import::{RosterRow, column_key},
};

/// Read a roster file by its extension: `.csv`, else a workbook.
pub fn read_roster(path: &Path) -> Result<Vec<RosterRow>, LoadError> {
    let is_csv = path
        .extension()
        .is_some_and(|e| e.eq_ignore_ascii_case("csv"));
    if is_csv {
        read_csv_roster(&read_limited(path)?)
    } else {
        rows_of(&workbook_table(path)?)
    }
}

/// Read a CSV roster from its bytes (what [`read_roster`] does with a `.csv` file).
pub fn read_csv_roster(bytes: &[u8]) -> Result<Vec<RosterRow>, LoadError> {
    // Refused whole: a roster cut at the limit would import half a row and drop the rest.
    if bytes.len() > super::MAX_FILE_BYTES {
        return Err(LoadError {
            message: format!(
                "The roster is larger than {} MiB; nothing was imported (split it into smaller files).",
                super::MAX_FILE_BYTES / (1024 * 1024)
            ),
            line: None,
            column: None,
        });
    }
    rows_of(&csv_table(bytes)?)
}

/// CSV cells, header first; the separator is the one the header uses most.
fn csv_table(bytes: &[u8]) -> Result<Vec<Vec<String>>, LoadError> {
    let header = bytes.split(|b| *b == b'\n').next().unwrap_or_default();
    let count = |sep: u8| header.iter().filter(|b| **b == sep).count();
    let separator = if count(b';') > count(b',') {
        b';'
    } else {
        b','
    };
    let mut reader = csv::ReaderBuilder::new()
        .has_headers(false)
        .flexible(true)
        .delimiter(separator)
        .from_reader(bytes.strip_prefix(b"\xEF\xBB\xBF").unwrap_or(bytes));
    let mut table = Vec::new();
    for (index, record) in reader.records().enumerate() {
        let record = record.map_err(|e| LoadError {
            message: format!("The roster is not readable CSV: {e}"),
            line: Some(index + 1),
            column: Some(1),
        })?;
        table.push(record.iter().map(str::to_owned).collect());
    }
    Ok(table)
}

/// The first sheet of an XLSX or ODS workbook; dates as ISO dates.
fn workbook_table(path: &Path) -> Result<Vec<Vec<String>>, LoadError> {
    workbook_table_of(&read_limited(path)?).map_err(|e| LoadError {
        message: format!("{}: {}", path.display(), e.message),
        ..e
    })
}

/// Read a roster from the bytes of an XLSX or ODS workbook (what [`read_roster`] does with a
/// workbook file).
pub fn read_workbook_roster(bytes: &[u8]) -> Result<Vec<RosterRow>, LoadError> {
    rows_of(&workbook_table_of(bytes)?)
}

/// The first sheet of a workbook's bytes, measured first and then read from the same bytes:
/// the reader never sees an unmeasured file.
fn workbook_table_of(bytes: &[u8]) -> Result<Vec<Vec<String>>, LoadError> {
    let unreadable = |e: &dyn std::fmt::Display| LoadError {
        message: format!("The workbook is not readable: {e}"),
        line: None,
        column: None,
    };
    if bytes.len() > super::MAX_FILE_BYTES {
        return Err(unreadable(&"it is larger than 16 MiB"));
    }
    super::workbook_bounds::check_workbook(bytes)?;
    let mut workbook =
        open_workbook_auto_from_rs(std::io::Cursor::new(bytes)).map_err(|e| unreadable(&e))?;
    let range = workbook
        .worksheet_range_at(0)
        .ok_or_else(|| unreadable(&"it has no sheet"))?
        .map_err(|e| unreadable(&e))?;
    Ok(range
        .rows()
        .map(|row| row.iter().map(cell_text).collect())
        .collect())
}

fn cell_text(cell: &Data) -> String {
    match cell {
        Data::Empty => String::new(),
        Data::String(s) | Data::DateTimeIso(s) | Data::DurationIso(s) => s.clone(),
        Data::Int(n) => n.to_string(),
        Data::Float(f) => f.to_string(),
        Data::Bool(b) => b.to_string(),
        // Spreadsheet dates count days from 30 December 1899; a serial outside 1 January 1900
        // to 31 December 9999 (or not a number) is no date, and its row is a bad row.
        Data::DateTime(d) => {
            let serial = d.as_f64();
            if (1.0..2_958_466.0).contains(&serial) {
                IsoDate::from_days(serial.floor() as i64 - 25_569).to_string()
            } else {
                format!("{serial} (a date cell out of range)")
            }
        }
        Data::Error(e) => format!("#{e:?}"),
    }
}

/// Rows by header; the header must name `name` and `role` or `title`.
fn rows_of(table: &[Vec<String>]) -> Result<Vec<RosterRow>, LoadError> {
    let Some((header, rows)) = table.split_first() else {
        return Err(LoadError {
            message: "The roster is empty; it needs a header row (name, role, ...)".to_owned(),
            line: Some(1),
            column: Some(1),
        });
    };
    let keys: Vec<String> = header.iter().map(|h| column_key(h)).collect();
    let column = |names: &[&str]| keys.iter().position(|k| names.contains(&k.as_str()));
    let (Some(name), Some(role)) = (column(&["name"]), column(&["role", "title"])) else {
        return Err(LoadError {
            message: "The roster's header needs a `name` column and a `role` or `title` column."
                .to_owned(),
            line: Some(1),
            column: Some(1),
        });
    };
    let (organisation, appointed, term_ends, expertise) = (
        column(&["organisation", "organization"]),
        column(&["appointed"]),
        column(&["termends"]),
        column(&["expertise"]),
    );
    let (declared, assessed, outcome) = (
        column(&["interestsdeclared"]),
        column(&["fpptassessed"]),
        column(&["fpptoutcome"]),
    );
    let cell = |row: &[String], at: Option<usize>| {
        at.and_then(|i| row.get(i))
            .map(|s| s.trim().to_owned())
            .unwrap_or_default()
    };
    Ok(rows
        .iter()
        .enumerate()
        .filter(|(_, row)| row.iter().any(|c| !c.trim().is_empty()))
        .map(|(index, row)| RosterRow {
            number: index + 2,
            name: cell(row, Some(name)),
            role: cell(row, Some(role)),
            organisation: cell(row, organisation),
            appointed: cell(row, appointed),
            term_ends: cell(row, term_ends),
            expertise: cell(row, expertise),
            interests_declared: cell(row, declared),
            fppt_assessed: cell(row, assessed),
            fppt_outcome: cell(row, outcome),
        })
        .collect())
}

#[cfg(test)]
mod tests {
    use super::*;
    use calamine::{ExcelDateTime, ExcelDateTimeType};

    fn date_cell(serial: f64) -> String {
        cell_text(&Data::DateTime(ExcelDateTime::new(
            serial,
            ExcelDateTimeType::DateTime,
            false,
        )))
    }

    #[test]
    fn a_date_cell_out_of_range_is_no_date() {
        assert_eq!(date_cell(46_113.0), "2026-04-01");
        for serial in [1e300, -1e300, f64::INFINITY, f64::NAN, 1e15, 0.0, -5.0] {
            let text = date_cell(serial);
            assert!(IsoDate::parse(&text).is_none(), "{serial}: {text}");
        }
        // As a roster's date, it makes the row a bad row.
        let table = vec![
            vec!["name".into(), "role".into(), "appointed".into()],
            vec!["Ana".into(), "chair".into(), date_cell(1e300)],
        ];
        let rows = rows_of(&table).unwrap();
        let design = crate::model::Design::default();
        let errors = crate::model::import::plan_import(&design, &rows).unwrap_err();
        assert_eq!(errors[0].number, 2);
    }

    #[test]
    fn a_header_with_a_byte_order_mark_still_names_its_column() {
        let table = vec![
            vec!["\u{feff}Name".into(), "Role".into()],
            vec!["Ana".into(), "chair".into()],
        ];
        assert_eq!(rows_of(&table).unwrap()[0].name, "Ana");
    }

    #[test]
    fn a_roster_over_the_limit_is_refused_whole() {
        let mut bytes = b"name,role\n".to_vec();
        bytes.resize(super::super::MAX_FILE_BYTES + 1, b'a');
        let error = read_csv_roster(&bytes).unwrap_err();
        assert!(error.message.contains("nothing was imported"), "{error}");
    }
}
