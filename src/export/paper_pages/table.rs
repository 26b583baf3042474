//! Tables on the paper's pages: columns as wide as what they hold, the header row repeated on
//! every page a table runs onto, and rows kept whole where they fit a page.

use super::{
    BODY_W, BOTTOM, CELL_PAD, LEFT, MOST_PAGES, PAGE_H, PLAIN, Pages, SHADE, SMALL, Style, TOP,
};
use crate::export::{
    measure::{width, wrap},
    tables::Table,
};

/// Column widths from what the columns hold: each at least its longest word (so words are
/// broken only when a column cannot hold them), then the room left shared by how much more
/// each column's text would take.
fn columns(table: &Table, shares: Option<&[f32]>, size: f32) -> Vec<f32> {
    let count = table
        .headers
        .len()
        .max(table.rows.iter().map(Vec::len).max().unwrap_or(0))
        .max(1);
    if let Some(shares) = shares.filter(|s| s.len() == count) {
        return shares.iter().map(|s| s * BODY_W).collect();
    }
    let texts = |c: usize| {
        let head = table.headers.get(c).map(|h| (h.as_ref(), true));
        let cells = table
            .rows
            .iter()
            .take(200)
            .filter_map(move |row| row.get(c))
            .map(|cell| (cell.as_str(), false));
        head.into_iter().chain(cells)
    };
    let pad = 2.0 * CELL_PAD;
    let least: Vec<f32> = (0..count)
        .map(|c| {
            let word = texts(c)
                .flat_map(|(text, bold)| text.split_whitespace().map(move |w| (w, bold)))
                .map(|(w, bold)| width(w, size, bold))
                .fold(0.0, f32::max);
            (word + pad).clamp(24.0, 110.0)
        })
        .collect();
    let natural: Vec<f32> = (0..count)
        .map(|c| {
            let widest = texts(c)
                .map(|(text, bold)| width(text, size, bold))
                .fold(0.0, f32::max);
            (widest + pad).clamp(least[c], 260.0)
        })
        .collect();
    let least_sum: f32 = least.iter().sum();
    if least_sum >= BODY_W {
        return least.iter().map(|w| w / least_sum * BODY_W).collect();
    }
    let room = BODY_W - least_sum;
    let growth: Vec<f32> = natural.iter().zip(&least).map(|(n, l)| n - l).collect();
    let growth_sum: f32 = growth.iter().sum();
    if growth_sum > room {
        return least
            .iter()
            .zip(&growth)
            .map(|(l, g)| l + g / growth_sum * room)
            .collect();
    }
    // Everything fits whole: what is left is shared by the columns' widths.
    let natural_sum: f32 = natural.iter().sum();
    natural.iter().map(|n| n / natural_sum * BODY_W).collect()
}

/// A table set out for the page: its type size, column widths and header row.
pub(super) struct SetTable {
    style: Style,
    widths: Vec<f32>,
    head: Option<(Vec<Vec<String>>, f32)>,
    /// The first column names its rows (the cover sheet's labels): set in bold.
    labels: bool,
}

impl SetTable {
    pub(super) fn new(table: &Table, shares: Option<&[f32]>) -> SetTable {
        // A wide table is set smaller, so that its words fit their columns.
        let size = if table.headers.len() >= 8 { 7.5 } else { SMALL };
        let mut set = SetTable {
            style: Style { size, ..PLAIN },
            widths: columns(table, shares, size),
            head: None,
            labels: shares.is_some() && table.headers.is_empty(),
        };
        let header: Vec<String> = table.headers.iter().map(ToString::to_string).collect();
        set.head = (!header.is_empty()).then(|| set.row(&header, true));
        set
    }

    /// A row's cells as lines, and its height.
    fn row(&self, row: &[String], bold: bool) -> (Vec<Vec<String>>, f32) {
        let cells: Vec<Vec<String>> = self
            .widths
            .iter()
            .enumerate()
            .map(|(c, w)| {
                let text = row.get(c).map_or("", String::as_str);
                let bold = bold || (self.labels && c == 0);
                wrap(text, self.style.size, bold, w - 2.0 * CELL_PAD)
            })
            .collect();
        let height = self.height(&cells);
        (cells, height)
    }

    /// The height of a row of cells' lines.
    fn height(&self, cells: &[Vec<String>]) -> f32 {
        let most = cells.iter().map(Vec::len).max().unwrap_or(1).max(1);
        most as f32 * self.style.line() + 2.0 * CELL_PAD
    }

    fn next_page(&self, pages: &mut Pages) {
        pages.new_page();
        self.draw_head(pages);
    }

    /// The header and the first row: what a heading is kept with.
    pub(super) fn lead(&self, table: &Table) -> f32 {
        self.head.as_ref().map_or(0.0, |h| h.1)
            + table.rows.first().map_or(0.0, |r| self.row(r, false).1)
    }

    fn draw(&self, pages: &mut Pages, cells: &[Vec<String>], height: f32, bold: bool) {
        let mut x = LEFT;
        for (c, (lines, w)) in cells.iter().zip(&self.widths).enumerate() {
            let style = if bold || (self.labels && c == 0) {
                self.style.bold()
            } else {
                self.style
            };
            pages.rect(x, pages.y, *w, height, bold.then_some(SHADE));
            for (i, line) in lines.iter().enumerate() {
                let baseline = pages.y + CELL_PAD + (i as f32 + 0.78) * style.line();
                pages.text(x + CELL_PAD, baseline, line, style);
            }
            x += w;
        }
        pages.y += height;
    }

    fn draw_head(&self, pages: &mut Pages) {
        if let Some((cells, height)) = &self.head {
            self.draw(pages, cells, *height, true);
        }
    }
}

/// A table, with its header row again at the top of each page it runs onto. A row moves to the
/// next page whole; only a row taller than a page is split, its lines carried on overleaf.
pub(super) fn table(pages: &mut Pages, table: &Table, shares: Option<&[f32]>) {
    let set = SetTable::new(table, shares);
    pages.need(set.lead(table));
    set.draw_head(pages);
    let whole_page = PAGE_H - TOP - BOTTOM - set.head.as_ref().map_or(0.0, |h| h.1);
    for row in &table.rows {
        if pages.done.len() > MOST_PAGES {
            break;
        }
        let (mut cells, mut height) = set.row(row, false);
        while height > pages.room() {
            if !pages.fresh() && height <= whole_page {
                set.next_page(pages);
                continue;
            }
            let fit = ((pages.room() - 2.0 * CELL_PAD) / set.style.line()).floor();
            if fit < 1.0 {
                set.next_page(pages);
                continue;
            }
            let fit = fit as usize;
            let rest: Vec<Vec<String>> = cells
                .iter_mut()
                .map(|lines| lines.split_off(fit.min(lines.len())))
                .collect();
            set.draw(pages, &cells, pages.room(), false);
            set.next_page(pages);
            cells = rest;
            height = set.height(&cells);
        }
        set.draw(pages, &cells, height, false);
    }
    pages.space(10.0);
}
