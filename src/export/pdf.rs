//! The board paper as a PDF: the marks of each A4 page of [`super::paper_pages`] written with
//! `pdf-writer`. The text is text, in the bundled `DejaVu` fonts embedded once for the whole
//! paper, with a map back to Unicode, so it can be selected, searched and read aloud; each
//! chart stays vector, converted by svg2pdf once.

use std::collections::{BTreeMap, HashMap};

use pdf_writer::{
    Content, Filter, Finish, Name, Pdf, Rect, Ref, Str, TextStr,
    types::{CidFontType, FontFlags, SystemInfo, UnicodeCmap},
};
use resvg::usvg;

use super::{
    ExportInput,
    measure::{face, glyph},
    paper::PaperDoc,
    paper_pages::{Mark, PAGE_H, PAGE_W, paper_layout},
};

#[derive(Debug, Clone, PartialEq, Eq, thiserror::Error)]
#[error("The PDF could not be written: {0}")]
pub struct PdfError(String);

/// The design's board paper as a PDF (the same paper as the Word and HTML ones).
pub fn board_pdf(input: &ExportInput) -> Result<Vec<u8>, PdfError> {
    paper_pdf(&super::docx::design_paper(input))
}

const SYSTEM: SystemInfo = SystemInfo {
    registry: Str(b"Adobe"),
    ordering: Str(b"Identity"),
    supplement: 0,
};

/// A font of the paper, and the glyphs its text used (with the character each stands for), by
/// their ids in the subset embedded: only the glyphs used are.
struct FontUse {
    bold: bool,
    id: Ref,
    used: BTreeMap<u16, char>,
    subset: subsetter::GlyphRemapper,
}

impl FontUse {
    /// The subset's name: a tag, then the font's (as PDF names a subset).
    fn name(&self) -> Name<'static> {
        Name(if self.bold {
            b"ICSBDB+DejaVuSans-Bold"
        } else {
            b"ICSBDR+DejaVuSans"
        })
    }

    /// Text as the font's glyph ids, two bytes each (Identity-H).
    fn encode(&mut self, text: &str) -> Vec<u8> {
        let mut out = Vec::with_capacity(text.len() * 2);
        for c in text.chars() {
            let (id, _) = glyph(c, self.bold);
            let id = self.subset.remap(id);
            self.used.entry(id).or_insert(c);
            out.extend(id.to_be_bytes());
        }
        out
    }

    /// The font, its widths, the font file and the map back to Unicode.
    fn write(&self, pdf: &mut Pdf, alloc: &mut Ref) -> Result<(), PdfError> {
        let (cid, descriptor, file, cmap_id) =
            (alloc.bump(), alloc.bump(), alloc.bump(), alloc.bump());
        pdf.type0_font(self.id)
            .base_font(self.name())
            .encoding_predefined(Name(b"Identity-H"))
            .descendant_font(cid)
            .to_unicode(cmap_id);
        let mut font = pdf.cid_font(cid);
        font.subtype(CidFontType::Type2)
            .base_font(self.name())
            .system_info(SYSTEM)
            .font_descriptor(descriptor)
            .cid_to_gid_map_predefined(Name(b"Identity"));
        let mut widths = font.widths();
        for (id, c) in &self.used {
            widths.consecutive(*id, [glyph(*c, self.bold).1 * 1000.0]);
        }
        widths.finish();
        font.finish();
        let per_em = |units: i16, face: &ttf_parser::Face<'_>| {
            f32::from(units) * 1000.0 / f32::from(face.units_per_em())
        };
        let mut about = pdf.font_descriptor(descriptor);
        about
            .name(self.name())
            .flags(FontFlags::NON_SYMBOLIC)
            .italic_angle(0.0)
            .stem_v(if self.bold { 120.0 } else { 80.0 })
            .font_file2(file);
        if let Some(face) = face(self.bold) {
            let b = face.global_bounding_box();
            about
                .bbox(Rect::new(
                    per_em(b.x_min, face),
                    per_em(b.y_min, face),
                    per_em(b.x_max, face),
                    per_em(b.y_max, face),
                ))
                .ascent(per_em(face.ascender(), face))
                .descent(per_em(face.descender(), face))
                .cap_height(per_em(
                    face.capital_height().unwrap_or(face.ascender()),
                    face,
                ));
        }
        about.finish();
        let whole = if self.bold {
            crate::fonts::SANS_BOLD
        } else {
            crate::fonts::SANS
        };
        // Only the glyphs used (a page of text takes a few KB, not the whole font's 700).
        // The text's glyph ids are the subset's: without it, the paper is not written.
        let bytes = subsetter::subset(whole, 0, &self.subset)
            .map_err(|e| PdfError(format!("the font could not be subset ({e})")))?;
        let bytes = bytes.as_slice();
        pdf.stream(file, &deflate(bytes))
            .filter(Filter::FlateDecode)
            .pair(
                Name(b"Length1"),
                i32::try_from(bytes.len()).unwrap_or(i32::MAX),
            );
        let mut cmap = UnicodeCmap::new(Name(b"Custom"), SYSTEM);
        for (id, c) in &self.used {
            cmap.pair(*id, *c);
        }
        pdf.cmap(cmap_id, &cmap.finish());
        Ok(())
    }
}

fn deflate(bytes: &[u8]) -> Vec<u8> {
    miniz_oxide::deflate::compress_to_vec_zlib(bytes, 6)
}

/// `#rrggbb` as the three parts PDF takes.
fn rgb(colour: &str) -> (f32, f32, f32) {
    let part = |i: usize| {
        colour
            .get(i..i + 2)
            .and_then(|h| u8::from_str_radix(h, 16).ok())
            .map_or(0.0, |v| f32::from(v) / 255.0)
    };
    (part(1), part(3), part(5))
}

/// A chart as a PDF drawing (an `XObject` one point square), added to the document.
fn figure(
    pdf: &mut Pdf,
    alloc: &mut Ref,
    svg: &str,
    options: &usvg::Options<'_>,
) -> Result<Ref, PdfError> {
    let tree = usvg::Tree::from_str(svg, options).map_err(|e| PdfError(e.to_string()))?;
    let (chunk, root) = svg2pdf::to_chunk(&tree, svg2pdf::ConversionOptions::default())
        .map_err(|e| PdfError(e.to_string()))?;
    let mut numbers = HashMap::new();
    let chunk = chunk.renumber(|old| *numbers.entry(old).or_insert_with(|| alloc.bump()));
    pdf.extend(&chunk);
    numbers
        .get(&root)
        .copied()
        .ok_or_else(|| PdfError("a chart lost its drawing".to_owned()))
}

/// A paper as a PDF.
pub fn paper_pdf(doc: &PaperDoc) -> Result<Vec<u8>, PdfError> {
    let pages = paper_layout(doc);
    let options = super::png::options();
    let mut alloc = Ref::new(1);
    let (catalog, tree, info) = (alloc.bump(), alloc.bump(), alloc.bump());
    let mut pdf = Pdf::new();
    let mut fonts = [false, true].map(|bold| FontUse {
        bold,
        id: alloc.bump(),
        used: BTreeMap::new(),
        subset: subsetter::GlyphRemapper::new(),
    });
    let mut kids = Vec::new();
    for page in &pages {
        let (page_id, content_id) = (alloc.bump(), alloc.bump());
        let mut content = Content::new();
        let mut drawings = Vec::new();
        for mark in page {
            match mark {
                Mark::Text {
                    x,
                    baseline,
                    text,
                    style,
                } => {
                    let font = &mut fonts[usize::from(style.bold)];
                    let glyphs = font.encode(text);
                    let (r, g, b) = rgb(style.colour);
                    // No italic face is bundled: a caption's slant is the regular one's, sheared.
                    let skew = if style.italic { 0.2 } else { 0.0 };
                    content
                        .set_fill_rgb(r, g, b)
                        .begin_text()
                        .set_font(Name(if style.bold { b"F2" } else { b"F1" }), style.size)
                        .set_text_matrix([1.0, 0.0, skew, 1.0, *x, PAGE_H - baseline])
                        .show(Str(&glyphs))
                        .end_text();
                }
                Mark::Rect { x, y, w, h, fill } => {
                    if let Some(fill) = fill {
                        let (r, g, b) = rgb(fill);
                        content
                            .set_fill_rgb(r, g, b)
                            .rect(*x, PAGE_H - y - h, *w, *h)
                            .fill_nonzero();
                    }
                    let (r, g, b) = rgb(super::paper_pages::RULE);
                    content
                        .set_stroke_rgb(r, g, b)
                        .set_line_width(0.5)
                        .rect(*x, PAGE_H - y - h, *w, *h)
                        .stroke();
                }
                Mark::Line { x1, y1, x2, y2 } => {
                    let (r, g, b) = rgb(super::paper_pages::RULE);
                    content
                        .set_stroke_rgb(r, g, b)
                        .set_line_width(0.5)
                        .move_to(*x1, PAGE_H - y1)
                        .line_to(*x2, PAGE_H - y2)
                        .stroke();
                }
                Mark::Figure {
                    x, y, w, h, svg, ..
                } => {
                    let drawing = figure(&mut pdf, &mut alloc, svg, &options)?;
                    let name = format!("X{}", drawings.len());
                    content
                        .save_state()
                        .transform([*w, 0.0, 0.0, *h, *x, PAGE_H - y - h])
                        .x_object(Name(name.as_bytes()))
                        .restore_state();
                    drawings.push((name, drawing));
                }
            }
        }
        pdf.stream(content_id, &deflate(&content.finish()))
            .filter(Filter::FlateDecode);
        let mut page_dict = pdf.page(page_id);
        page_dict
            .media_box(Rect::new(0.0, 0.0, PAGE_W, PAGE_H))
            .parent(tree)
            .contents(content_id);
        let mut resources = page_dict.resources();
        resources
            .fonts()
            .pair(Name(b"F1"), fonts[0].id)
            .pair(Name(b"F2"), fonts[1].id);
        let mut objects = resources.x_objects();
        for (name, drawing) in &drawings {
            objects.pair(Name(name.as_bytes()), *drawing);
        }
        objects.finish();
        resources.finish();
        page_dict.finish();
        kids.push(page_id);
    }
    for font in &fonts {
        font.write(&mut pdf, &mut alloc)?;
    }
    let count = i32::try_from(kids.len()).unwrap_or(i32::MAX);
    pdf.pages(tree).kids(kids).count(count);
    pdf.catalog(catalog).pages(tree);
    pdf.document_info(info)
        .title(TextStr(&doc.title))
        .producer(TextStr("ICS Board Designer"));
    Ok(pdf.finish())
}
