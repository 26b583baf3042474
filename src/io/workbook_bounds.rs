//! A workbook is measured before the workbook reader sees it: a file of a few KB can declare a
//! sheet of the whole grid, millions of shared strings, a cell repeated millions of times or a
//! zip entry that inflates to gigabytes, and the reader would reserve that much memory. Every
//! entry is inflated here with a cap, and the counts the reader would trust are checked, so a
//! roster is refused with a clear message instead of aborting the process.

use std::io::Read;

use super::LoadError;

/// The most one entry of the workbook may inflate to.
const MAX_ENTRY_BYTES: u64 = 48 * 1024 * 1024;
/// The most all entries together may inflate to.
const MAX_TOTAL_BYTES: u64 = 128 * 1024 * 1024;
/// The most cells a sheet may span (a roster of 100,000 rows by 20 columns is 2,000,000).
const MAX_CELLS: u64 = 5_000_000;
/// The most entries a workbook may hold.
const MAX_ENTRIES: usize = 10_000;

fn refuse(reason: &str) -> LoadError {
    LoadError {
        message: format!(
            "The workbook was not read: {reason}. Save the roster as CSV, or trim the sheet."
        ),
        line: None,
        column: None,
    }
}

/// Check a workbook's bytes (XLSX or ODS) before it is read.
pub(super) fn check_workbook(bytes: &[u8]) -> Result<(), LoadError> {
    let mut archive = zip::ZipArchive::new(std::io::Cursor::new(bytes))
        .map_err(|e| refuse(&format!("it is not a readable workbook ({e})")))?;
    if archive.len() > MAX_ENTRIES {
        return Err(refuse(&format!("it holds {} parts", archive.len())));
    }
    let mut total = 0_u64;
    for index in 0..archive.len() {
        let mut entry = archive
            .by_index(index)
            .map_err(|e| refuse(&format!("a part cannot be read ({e})")))?;
        let name = entry
            .name()
            .map_or_else(|_| format!("part {index}"), std::borrow::Cow::into_owned);
        // Inflated with a cap, whatever size the entry declares.
        let mut data = Vec::new();
        (&mut entry)
            .take(MAX_ENTRY_BYTES + 1)
            .read_to_end(&mut data)
            .map_err(|e| refuse(&format!("{name} cannot be read ({e})")))?;
        if data.len() as u64 > MAX_ENTRY_BYTES {
            return Err(refuse(&format!(
                "{name} inflates past {} MiB",
                MAX_ENTRY_BYTES / (1024 * 1024)
            )));
        }
        total += data.len() as u64;
        if total > MAX_TOTAL_BYTES {
            return Err(refuse(&format!(
                "its parts inflate past {} MiB",
                MAX_TOTAL_BYTES / (1024 * 1024)
            )));
        }
        if name.starts_with("xl/worksheets/") {
            check_xlsx_sheet(&data)?;
        } else if name == "xl/sharedStrings.xml" {
            check_shared_strings(&data)?;
        } else if name == "content.xml" {
            check_ods_content(&data)?;
        }
    }
    Ok(())
}

/// Every value of `attribute="..."` in the XML, in order.
fn attribute_values<'a>(xml: &'a [u8], attribute: &'a [u8]) -> impl Iterator<Item = &'a [u8]> {
    let mut at = 0;
    std::iter::from_fn(move || {
        loop {
            let rest = xml.get(at..)?;
            let found = find(rest, attribute)?;
            let start = at + found + attribute.len();
            at = start;
            // The attribute's name must start after a space, and be followed by `="`.
            let before = found.checked_sub(1).and_then(|i| rest.get(i));
            if !matches!(before, Some(b' ' | b'\t' | b'\n' | b'\r')) {
                continue;
            }
            let value = xml.get(start..)?.strip_prefix(b"=\"")?;
            let end = find(value, b"\"")?;
            at = start + 2 + end;
            return value.get(..end);
        }
    })
}

fn find(haystack: &[u8], needle: &[u8]) -> Option<usize> {
    haystack.windows(needle.len()).position(|w| w == needle)
}

fn number(value: &[u8]) -> Option<u64> {
    std::str::from_utf8(value).ok()?.trim().parse().ok()
}

/// A cell reference such as `XFD1048576`: (row, column), both from 1.
fn cell_ref(value: &[u8]) -> Option<(u64, u64)> {
    let letters = value.iter().take_while(|b| b.is_ascii_alphabetic()).count();
    let column = value.get(..letters)?.iter().try_fold(0_u64, |n, b| {
        n.checked_mul(26)?
            .checked_add(u64::from(b.to_ascii_uppercase().checked_sub(b'A')?) + 1)
    })?;
    let row = number(value.get(letters..)?)?;
    (letters > 0).then_some((row, column))
}

fn cells_in(from: (u64, u64), to: (u64, u64)) -> u64 {
    let rows = to.0.abs_diff(from.0) + 1;
    let columns = to.1.abs_diff(from.1) + 1;
    rows.saturating_mul(columns)
}

/// A sheet's declared dimension, and the box its cells span, are within [`MAX_CELLS`].
fn check_xlsx_sheet(xml: &[u8]) -> Result<(), LoadError> {
    let too_big = |cells: u64| {
        refuse(&format!(
            "a sheet spans {cells} cells (at most {MAX_CELLS} are read)"
        ))
    };
    if let Some(start) = find(xml, b"<dimension ")
        && let Some(reference) =
            attribute_values(xml.get(start..).unwrap_or_default(), b"ref").next()
    {
        let mut ends = reference.split(|b| *b == b':').filter_map(cell_ref);
        if let Some(first) = ends.next() {
            let cells = cells_in(first, ends.next().unwrap_or(first));
            if cells > MAX_CELLS {
                return Err(too_big(cells));
            }
        }
    }
    // Row numbers alone (`<row r="1048576">`) and cells (`<c r="XFD1">`).
    let (mut low, mut high) = ((u64::MAX, u64::MAX), (0, 0));
    for value in attribute_values(xml, b"r") {
        let (row, column) = cell_ref(value)
            .or_else(|| number(value).map(|r| (r, 1)))
            .unwrap_or((1, 1));
        low = (low.0.min(row), low.1.min(column));
        high = (high.0.max(row), high.1.max(column));
    }
    if high.0 > 0 {
        let cells = cells_in(low, high);
        if cells > MAX_CELLS {
            return Err(too_big(cells));
        }
    }
    Ok(())
}

/// The shared strings the reader would reserve room for are no more than the file holds.
fn check_shared_strings(xml: &[u8]) -> Result<(), LoadError> {
    let held = xml.windows(3).filter(|w| *w == b"<si").count() as u64;
    for attribute in [&b"count"[..], b"uniqueCount"] {
        if let Some(declared) = attribute_values(xml, attribute).next().and_then(number)
            && declared > held.max(1).saturating_mul(64).max(MAX_CELLS)
        {
            return Err(refuse(&format!(
                "it declares {declared} shared strings and holds {held}"
            )));
        }
    }
    Ok(())
}

/// The cells an ODS sheet holds once its repeated rows and cells are counted out, counting only
/// cells with a value (a saved sheet's empty rest of the grid is repeated, and not read).
fn check_ods_content(xml: &[u8]) -> Result<(), LoadError> {
    let mut cells = 0_u64;
    let mut at = 0;
    while let Some(found) = xml
        .get(at..)
        .and_then(|rest| find(rest, b"<table:table-row"))
    {
        let start = at + found;
        let end = xml
            .get(start..)
            .and_then(|rest| find(rest, b"</table:table-row>"))
            .map_or(xml.len(), |e| start + e);
        let row = xml.get(start..end).unwrap_or_default();
        let head_end = find(row, b">").unwrap_or(row.len());
        let repeats = attribute_values(
            row.get(..head_end).unwrap_or_default(),
            b"table:number-rows-repeated",
        )
        .next()
        .and_then(number)
        .unwrap_or(1);
        let mut in_row = 0_u64;
        let mut cell_at = 0;
        while let Some(c) = row
            .get(cell_at..)
            .and_then(|rest| find(rest, b"<table:table-cell"))
        {
            let cell_start = cell_at + c;
            let cell_head_end = row
                .get(cell_start..)
                .and_then(|rest| find(rest, b">"))
                .map_or(row.len(), |e| cell_start + e);
            let head = row.get(cell_start..cell_head_end).unwrap_or_default();
            if find(head, b"office:value-type").is_some() {
                let columns = attribute_values(head, b"table:number-columns-repeated")
                    .next()
                    .and_then(number)
                    .unwrap_or(1);
                in_row = in_row.saturating_add(columns);
            }
            cell_at = cell_head_end;
        }
        cells = cells.saturating_add(repeats.saturating_mul(in_row));
        if cells > MAX_CELLS {
            return Err(refuse(&format!(
                "its repeated rows and cells hold more than {MAX_CELLS} values"
            )));
        }
        at = end.max(start + 1);
    }
    Ok(())
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn cell_references_and_attributes_are_read() {
        assert_eq!(cell_ref(b"A1"), Some((1, 1)));
        assert_eq!(cell_ref(b"XFD1048576"), Some((1_048_576, 16_384)));
        assert_eq!(cell_ref(b"12"), None);
        let xml = br#"<row r="3" spans="1:2"><c r="B3" t="s"><v>1</v></c></row>"#;
        let values: Vec<&[u8]> = attribute_values(xml, b"r").collect();
        assert_eq!(values, vec![&b"3"[..], b"B3"]);
    }

    #[test]
    fn a_sheet_of_the_whole_grid_is_refused() {
        let whole = br#"<worksheet><dimension ref="A1:XFD1048576"/><sheetData/></worksheet>"#;
        assert!(check_xlsx_sheet(whole).is_err());
        let sparse = br#"<worksheet><sheetData><row r="1"><c r="A1"/></row><row r="1000000"><c r="ZZ1000000"/></row></sheetData></worksheet>"#;
        assert!(check_xlsx_sheet(sparse).is_err());
        let roster = br#"<worksheet><dimension ref="A1:F40"/><sheetData><row r="1"><c r="A1"/></row></sheetData></worksheet>"#;
        assert!(check_xlsx_sheet(roster).is_ok());
    }

    #[test]
    fn a_huge_shared_string_count_is_refused() {
        let lie = br#"<sst count="18446744073709551615" uniqueCount="4000000000"><si><t>a</t></si></sst>"#;
        assert!(check_shared_strings(lie).is_err());
        let honest = br#"<sst count="2" uniqueCount="2"><si><t>a</t></si><si><t>b</t></si></sst>"#;
        assert!(check_shared_strings(honest).is_ok());
    }

    #[test]
    fn repeated_ods_cells_count_only_with_values() {
        let bomb = br#"<table:table-row table:number-rows-repeated="1000000"><table:table-cell office:value-type="string" table:number-columns-repeated="100"><text:p>x</text:p></table:table-cell></table:table-row>"#;
        assert!(check_ods_content(bomb).is_err());
        // LibreOffice writes the empty rest of the grid as repeats without values.
        let saved = br#"<table:table-row><table:table-cell office:value-type="string"><text:p>Ann</text:p></table:table-cell><table:table-cell table:number-columns-repeated="1020"/></table:table-row><table:table-row table:number-rows-repeated="1048574"><table:table-cell table:number-columns-repeated="1024"/></table:table-row>"#;
        assert!(check_ods_content(saved).is_ok());
    }
}
