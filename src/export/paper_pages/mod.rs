//! The paper model laid out on A4 pages: the title and cover sheet, headings kept with what
//! follows them, paragraphs and lists wrapped by the font's own widths, tables that break
//! between rows with their header row repeated, and charts scaled to the page. Every page has
//! the running head at its top and "Page N of M" at its foot. A page is a list of marks
//! (`marks`), drawn as SVG here and written as PDF by `pdf`, with the same positions.

mod figure;
mod marks;
mod table;

use super::{
    measure::{width, wrap},
    paper::{Block, PaperDoc},
    tables::Table,
};
use figure::{figure, figure_least};
pub use marks::{Mark, Style};
use table::{SetTable, table};

/// A4 portrait, in points.
pub const PAGE_W: f32 = 595.0;
pub const PAGE_H: f32 = 842.0;
const LEFT: f32 = 56.0;
const TOP: f32 = 70.0;
const BOTTOM: f32 = 64.0;
const BODY_W: f32 = PAGE_W - 2.0 * LEFT;
const BODY: f32 = 10.0;
const SMALL: f32 = 8.5;
const LEADING: f32 = 1.35;
const CELL_PAD: f32 = 4.0;
/// The most pages a paper has (a board of 1,000 seats takes about 60).
const MOST_PAGES: usize = 300;
const INK: &str = "#1d1d1d";
const GREY: &str = "#555555";
pub(super) const RULE: &str = "#b0b0b0";
const SHADE: &str = "#e8eef4";

const PLAIN: Style = Style {
    size: BODY,
    bold: false,
    italic: false,
    colour: INK,
};

impl Style {
    fn bold(self) -> Style {
        Style { bold: true, ..self }
    }
    fn line(self) -> f32 {
        self.size * LEADING
    }
}

/// Pages being filled.
struct Pages {
    done: Vec<Vec<Mark>>,
    page: Vec<Mark>,
    y: f32,
}

impl Pages {
    fn new() -> Pages {
        Pages {
            done: Vec::new(),
            page: Vec::new(),
            y: TOP,
        }
    }

    fn room(&self) -> f32 {
        PAGE_H - BOTTOM - self.y
    }

    fn fresh(&self) -> bool {
        self.page.is_empty()
    }

    fn new_page(&mut self) {
        self.done.push(std::mem::take(&mut self.page));
        self.y = TOP;
    }

    /// Start a new page unless `height` fits on this one (or this one is still empty).
    fn need(&mut self, height: f32) {
        if height > self.room() && !self.fresh() {
            self.new_page();
        }
    }

    fn text(&mut self, x: f32, baseline: f32, text: &str, style: Style) {
        self.page.push(Mark::Text {
            x,
            baseline,
            text: text.to_owned(),
            style,
        });
    }

    /// Lines of wrapped text at `x`, each on the page it fits.
    fn lines(&mut self, x: f32, room: f32, text: &str, style: Style) {
        for line in wrap(text, style.size, style.bold, room) {
            self.need(style.line());
            self.y += style.line();
            self.text(x, self.y - style.line() * 0.28, &line, style);
        }
    }

    fn space(&mut self, points: f32) {
        if !self.fresh() {
            self.y += points;
        }
    }

    fn rect(&mut self, x: f32, y: f32, w: f32, h: f32, fill: Option<&'static str>) {
        self.page.push(Mark::Rect { x, y, w, h, fill });
    }
}

/// The paper on A4 pages, as SVG documents.
pub fn paper_pages(doc: &PaperDoc) -> Vec<String> {
    paper_layout(doc)
        .iter()
        .map(|page| marks::page_svg(page))
        .collect()
}

/// The paper on A4 pages, each the marks it shows, its running head and number included.
pub fn paper_layout(doc: &PaperDoc) -> Vec<Vec<Mark>> {
    let mut pages = Pages::new();
    pages.lines(
        LEFT,
        BODY_W,
        &doc.title,
        Style {
            size: 20.0,
            ..PLAIN.bold()
        },
    );
    pages.space(10.0);
    let cover = Table {
        title: "Cover sheet".to_owned(),
        headers: Vec::new(),
        rows: doc
            .cover
            .iter()
            .map(|(label, text)| vec![(*label).to_owned(), text.clone()])
            .collect(),
    };
    table(&mut pages, &cover, Some(&[0.3, 0.7]));
    for (i, block) in doc.blocks.iter().enumerate() {
        if pages.done.len() >= MOST_PAGES {
            break;
        }
        let next = doc.blocks.get(i + 1);
        block_on(&mut pages, block, next);
    }
    pages.new_page();
    if pages.done.len() > MOST_PAGES {
        // A paper no board would read, from a file built to be huge: it ends with a note.
        pages.done.truncate(MOST_PAGES - 1);
        pages.lines(LEFT, BODY_W, &format!(
            "The paper stops here, at {MOST_PAGES} pages: the rest is in the Word, HTML or CSV export."
        ), PLAIN.bold());
        pages.new_page();
    }
    let count = pages.done.len();
    pages
        .done
        .into_iter()
        .enumerate()
        .map(|(i, body)| with_furniture(doc, body, i + 1, count))
        .collect()
}

fn block_on(pages: &mut Pages, block: &Block, next: Option<&Block>) {
    // A heading is kept with the first lines of what follows it.
    let keep = match next {
        Some(Block::Figure { svg, .. }) => figure_least(svg),
        Some(Block::Table(next)) => SetTable::new(next, None).lead(next) + 4.0,
        _ => 3.0 * PLAIN.line(),
    };
    match block {
        Block::Heading(text) => {
            pages.space(14.0);
            let style = Style {
                size: 14.0,
                ..PLAIN.bold()
            };
            pages.need(2.0 * style.line() + keep);
            pages.lines(LEFT, BODY_W, text, style);
            pages.space(4.0);
        }
        Block::Subheading(text) => {
            pages.space(8.0);
            let style = Style {
                size: 11.5,
                ..PLAIN.bold()
            };
            pages.need(style.line() + keep);
            pages.lines(LEFT, BODY_W, text, style);
            pages.space(2.0);
        }
        Block::Paragraph(text) => {
            pages.lines(LEFT, BODY_W, text, PLAIN);
            pages.space(6.0);
        }
        Block::Strong(text) => {
            pages.lines(LEFT, BODY_W, text, PLAIN.bold());
            pages.space(6.0);
        }
        Block::Bullets(items) => {
            for item in items {
                pages.need(PLAIN.line());
                pages.text(LEFT + 4.0, pages.y + PLAIN.line() * 0.72, "•", PLAIN);
                pages.lines(LEFT + 16.0, BODY_W - 16.0, item, PLAIN);
                pages.space(2.0);
            }
            pages.space(4.0);
        }
        Block::Table(table_block) if table_block.rows.is_empty() => {
            pages.lines(LEFT, BODY_W, "None.", PLAIN);
            pages.space(6.0);
        }
        Block::Table(table_block) => table(pages, table_block, None),
        Block::Figure { svg, caption } => figure(pages, svg, caption),
    }
}

/// One page's marks after its running head and number of the whole.
fn with_furniture(doc: &PaperDoc, body: Vec<Mark>, number: usize, count: usize) -> Vec<Mark> {
    let small = Style {
        size: 8.0,
        colour: GREY,
        ..PLAIN
    };
    let mut furniture = Pages::new();
    let head = wrap(&doc.running_head, small.size, false, BODY_W)
        .into_iter()
        .next()
        .unwrap_or_default();
    furniture.text(LEFT, 40.0, &head, small);
    furniture.page.push(Mark::Line {
        x1: LEFT,
        y1: 46.0,
        x2: PAGE_W - LEFT,
        y2: 46.0,
    });
    let number_text = format!("Page {number} of {count}");
    let number_width = width(&number_text, small.size, false);
    let title = wrap(&doc.title, small.size, false, BODY_W - number_width - 20.0)
        .into_iter()
        .next()
        .unwrap_or_default();
    furniture.text(LEFT, PAGE_H - 36.0, &title, small);
    furniture.text(
        PAGE_W - LEFT - number_width,
        PAGE_H - 36.0,
        &number_text,
        small,
    );
    furniture.page.extend(body);
    furniture.page
}

#[cfg(test)]
mod tests {
    use super::*;

    fn doc(blocks: Vec<Block>) -> PaperDoc {
        PaperDoc {
            title: "A test paper".to_owned(),
            cover: vec![("Meeting", "Board <meeting> & more".to_owned())],
            running_head: "Test · 5 December 2026".to_owned(),
            blocks,
        }
    }

    #[test]
    fn a_long_table_runs_onto_pages_each_with_its_header_and_number() {
        let rows = (0..200)
            .map(|i| vec![format!("Seat {i}"), format!("Holder number {i}")])
            .collect();
        let pages = paper_pages(&doc(vec![
            Block::Heading("Seats".to_owned()),
            Block::Table(Table {
                title: "Seats".to_owned(),
                headers: super::super::tables::heads(&["Seat", "Holder"]),
                rows,
            }),
        ]));
        assert!(pages.len() >= 4, "{} pages", pages.len());
        let count = pages.len();
        for (i, page) in pages.iter().enumerate() {
            assert!(page.contains(&format!("Page {} of {count}", i + 1)));
            assert!(
                page.contains(">Holder</text>"),
                "page {} repeats the header",
                i + 1
            );
        }
        assert!(pages.concat().contains(">Holder number 199</text>"));
        // What a user typed is escaped.
        assert!(pages[0].contains("Board &lt;meeting&gt; &amp; more"));
    }

    #[test]
    fn a_paper_built_to_be_huge_stops_at_the_most_pages_with_a_note() {
        let rows = (0..40_000).map(|i| vec![format!("Row {i}")]).collect();
        let pages = paper_pages(&doc(vec![Block::Table(Table {
            title: "Rows".to_owned(),
            headers: super::super::tables::heads(&["Row"]),
            rows,
        })]));
        assert_eq!(pages.len(), MOST_PAGES);
        let last = pages.last().unwrap();
        assert!(last.contains("The paper stops here"));
        assert!(last.contains(&format!("Page {MOST_PAGES} of {MOST_PAGES}")));
    }

    #[test]
    fn a_figure_is_nested_as_vectors_and_keeps_its_shape() {
        let chart = r#"<svg xmlns="http://www.w3.org/2000/svg" width="1200" height="600" viewBox="0 0 1200 600"><rect width="10" height="10"/></svg>"#;
        let pages = paper_pages(&doc(vec![Block::Figure {
            svg: chart.to_owned(),
            caption: "The board".to_owned(),
        }]));
        assert_eq!(pages.len(), 1);
        // The body's width, at the chart's own shape (2:1).
        assert!(pages[0].contains(r#"width="483.0" height="241.5" viewBox="0 0 1200 600">"#));
        assert!(pages[0].contains(r#"<rect width="10" height="10"/></svg>"#));
        assert_eq!(
            figure::svg_size(chart).map(|s| (s.0, s.1)),
            Some((1200.0, 600.0))
        );
    }
}
