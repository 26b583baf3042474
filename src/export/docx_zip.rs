//! A Word document as the same bytes on every system. docx-rs's zip records the system it was
//! written on (Unix, or DOS on Windows) in each entry, so a paper written on Windows differed
//! from Linux's in 22 bytes (docs/windows.md). Every part is copied, in order, into a zip that
//! says Unix, with the zip's fixed date (1 January 1980) and ordinary file permissions. On the
//! way, the papers' tables are told to repeat their header row on every page they run onto
//! ([`repeat_header_rows`]), which docx-rs cannot say.

use std::io::{Cursor, Read, Write};

use zip::{CompressionMethod, DateTime, System, ZipArchive, ZipWriter, write::SimpleFileOptions};

/// The same document, its zip written the same way on every system.
pub fn same_on_every_system(docx: &[u8]) -> Result<Vec<u8>, String> {
    let mut archive = ZipArchive::new(Cursor::new(docx)).map_err(|e| e.to_string())?;
    let options = SimpleFileOptions::default()
        .compression_method(CompressionMethod::Deflated)
        .system(System::Unix)
        .unix_permissions(0o644)
        .last_modified_time(DateTime::default());
    let mut out = ZipWriter::new(Cursor::new(Vec::with_capacity(docx.len())));
    let mut part = Vec::new();
    for index in 0..archive.len() {
        let mut entry = archive.by_index(index).map_err(|e| e.to_string())?;
        let name = entry.name().map_err(|e| e.to_string())?.into_owned();
        if entry.is_dir() {
            out.add_directory(name, options)
                .map_err(|e| e.to_string())?;
            continue;
        }
        part.clear();
        entry.read_to_end(&mut part).map_err(|e| e.to_string())?;
        if name == "word/document.xml"
            && let Ok(xml) = std::str::from_utf8(&part)
        {
            part = repeat_header_rows(xml).into_bytes();
        }
        out.start_file(name, options).map_err(|e| e.to_string())?;
        out.write_all(&part).map_err(|e| e.to_string())?;
    }
    out.finish()
        .map(Cursor::into_inner)
        .map_err(|e| e.to_string())
}

/// The first row of every table whose rows are kept whole (a paper's table: its header, then
/// its rows) marked as a header row (`w:tblHeader`), which Word and `LibreOffice` repeat at the
/// top of each page the table runs onto. The cover sheet's rows are not kept whole, so its
/// first row ("Meeting") is left as it is. What a person typed is escaped, so no text of theirs
/// can look like a row here.
fn repeat_header_rows(xml: &str) -> String {
    const PLAIN_ROW: &str = "<w:tr><w:trPr />";
    const HEADER_ROW: &str = "<w:tr><w:trPr><w:tblHeader /></w:trPr>";
    let mut out = String::with_capacity(xml.len() + 1024);
    let mut rest = xml;
    while let Some(start) = rest.find("<w:tbl>") {
        let (before, from) = rest.split_at(start);
        out.push_str(before);
        let end = from
            .find("</w:tbl>")
            .map_or(from.len(), |e| e + "</w:tbl>".len());
        let (table, after) = from.split_at(end);
        if table.contains("<w:cantSplit") {
            out.push_str(&table.replacen(PLAIN_ROW, HEADER_ROW, 1));
        } else {
            out.push_str(table);
        }
        rest = after;
    }
    out.push_str(rest);
    out
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn a_papers_table_repeats_its_header_and_the_cover_sheet_does_not() {
        let cover = "<w:tbl><w:tr><w:trPr /><w:tc>Meeting</w:tc></w:tr></w:tbl>";
        let seats = "<w:tbl><w:tr><w:trPr /><w:tc>Seat</w:tc></w:tr>\
                     <w:tr><w:trPr><w:cantSplit /></w:trPr><w:tc>Chair</w:tc></w:tr></w:tbl>";
        let xml = format!("<w:body>{cover}<w:p/>{seats}</w:body>");
        let marked = repeat_header_rows(&xml);
        assert_eq!(marked.matches("<w:tblHeader />").count(), 1);
        assert!(marked.contains(cover), "the cover sheet is left as it is");
        assert!(marked.contains("<w:tr><w:trPr><w:tblHeader /></w:trPr><w:tc>Seat</w:tc>"));
        assert_eq!(repeat_header_rows("no tables"), "no tables");
    }

    fn zip_of(system: System) -> Vec<u8> {
        let options = SimpleFileOptions::default().system(system);
        let mut out = ZipWriter::new(Cursor::new(Vec::new()));
        out.add_directory("word/", options).unwrap();
        out.start_file("word/document.xml", options).unwrap();
        out.write_all(b"<w:document/>").unwrap();
        out.finish().unwrap().into_inner()
    }

    #[test]
    fn a_zip_made_on_windows_becomes_the_zip_made_on_linux() {
        let from_windows = zip_of(System::Dos);
        let from_linux = zip_of(System::Unix);
        assert_ne!(from_windows, from_linux);
        let a = same_on_every_system(&from_windows).unwrap();
        let b = same_on_every_system(&from_linux).unwrap();
        assert_eq!(a, b);
        let mut archive = ZipArchive::new(Cursor::new(&a)).unwrap();
        let mut text = String::new();
        archive
            .by_name("word/document.xml")
            .unwrap()
            .read_to_string(&mut text)
            .unwrap();
        assert_eq!(text, "<w:document/>");
        assert!(same_on_every_system(b"not a zip").is_err());
    }
}
