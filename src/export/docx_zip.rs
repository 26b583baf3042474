//! A Word document as the same bytes on every system. docx-rs's zip records the system it was
//! written on (Unix, or DOS on Windows) in each entry, so a paper written on Windows differed
//! from Linux's in 22 bytes (docs/windows.md). Every part is copied, in order, into a zip that
//! says Unix, with the zip's fixed date (1 January 1980) and ordinary file permissions.

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
        out.start_file(name, options).map_err(|e| e.to_string())?;
        out.write_all(&part).map_err(|e| e.to_string())?;
    }
    out.finish()
        .map(Cursor::into_inner)
        .map_err(|e| e.to_string())
}

#[cfg(test)]
mod tests {
    use super::*;

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
