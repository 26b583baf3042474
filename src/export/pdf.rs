//! The board paper as a PDF: the A4 pages of [`super::paper_pages`], each turned into PDF by
//! svg2pdf (its text stays text, with the paper's font embedded, so it can be selected, searched
//! and read aloud; its charts stay vectors), then bound into one document with `pdf-writer`.

use std::collections::HashMap;

use pdf_writer::{Content, Finish, Name, Pdf, Rect, Ref, TextStr};
use resvg::usvg;

use super::{
    ExportInput,
    paper::PaperDoc,
    paper_pages::{PAGE_H, PAGE_W, paper_pages},
};

#[derive(Debug, Clone, PartialEq, Eq, thiserror::Error)]
#[error("The PDF could not be written: {0}")]
pub struct PdfError(String);

/// The design's board paper as a PDF (the same paper as the Word and HTML ones).
pub fn board_pdf(input: &ExportInput) -> Result<Vec<u8>, PdfError> {
    paper_pdf(&super::docx::design_paper(input))
}

/// A paper as a PDF.
pub fn paper_pdf(doc: &PaperDoc) -> Result<Vec<u8>, PdfError> {
    let pages = paper_pages(doc);
    let options = super::png::options();
    // Pages are converted on threads of their own, a share each (one after another in a
    // browser), then numbered into one document in order.
    let shares: Vec<&[String]> = pages.chunks(pages.len().div_ceil(4).max(1)).collect();
    let converted = crate::platform::in_parallel(&shares, |share| {
        share
            .iter()
            .map(|page| {
                let tree =
                    usvg::Tree::from_str(page, &options).map_err(|e| PdfError(e.to_string()))?;
                svg2pdf::to_chunk(&tree, svg2pdf::ConversionOptions::default())
                    .map_err(|e| PdfError(e.to_string()))
            })
            .collect::<Result<Vec<_>, PdfError>>()
    });
    let mut alloc = Ref::new(1);
    let catalog = alloc.bump();
    let tree = alloc.bump();
    let info = alloc.bump();
    let mut pdf = Pdf::new();
    let mut kids = Vec::new();
    for (chunk, root) in converted
        .into_iter()
        .collect::<Result<Vec<_>, _>>()?
        .into_iter()
        .flatten()
    {
        let mut numbers = HashMap::new();
        let chunk = chunk.renumber(|old| *numbers.entry(old).or_insert_with(|| alloc.bump()));
        let drawing = *numbers
            .get(&root)
            .ok_or_else(|| PdfError("a page lost its drawing".to_owned()))?;
        pdf.extend(&chunk);
        let page_id = alloc.bump();
        let content_id = alloc.bump();
        let name = Name(b"P");
        let mut page = pdf.page(page_id);
        page.media_box(Rect::new(0.0, 0.0, PAGE_W, PAGE_H));
        page.parent(tree);
        page.contents(content_id);
        page.resources().x_objects().pair(name, drawing);
        page.finish();
        let mut content = Content::new();
        content
            .save_state()
            .transform([PAGE_W, 0.0, 0.0, PAGE_H, 0.0, 0.0])
            .x_object(name)
            .restore_state();
        pdf.stream(content_id, &content.finish());
        kids.push(page_id);
    }
    let count = i32::try_from(kids.len()).unwrap_or(i32::MAX);
    pdf.pages(tree).kids(kids).count(count);
    pdf.catalog(catalog).pages(tree);
    pdf.document_info(info)
        .title(TextStr(&doc.title))
        .producer(TextStr("ICS Board Designer"));
    Ok(pdf.finish())
}
