//! How big a board's cards are and how many stand in a row, chosen from the room there is and
//! the number of seats in each band, so that a whole board shows at once (issue 15). Pure
//! arithmetic (but [`widest`], which measures type): the Board tab and presentation page 1 both
//! use it, and it is tested alone.

use egui::Vec2;

/// A card's shape at scale 1, and the rows of text it carries.
#[derive(Debug, Clone, Copy, PartialEq)]
pub struct CardShape {
    pub size: Vec2,
    /// Whether the card has the line naming the role under its title.
    pub role_line: bool,
    /// Whether the card has the line of its holder's expertise.
    pub expertise_line: bool,
}

/// The window's card: title, role, holder, expertise.
pub const FULL: CardShape = CardShape {
    size: Vec2::new(200.0, 86.0),
    role_line: true,
    expertise_line: true,
};
/// The window's card without its role line (the title names the role; the label and the
/// tooltip keep it): four rows of cards become five.
pub const COMPACT: CardShape = CardShape {
    size: Vec2::new(200.0, 66.0),
    role_line: false,
    expertise_line: true,
};
/// The last resort of a big board on a small screen: the title and the holder (expertise is
/// in the card's tooltip and the inspector).
pub const MINIMAL: CardShape = CardShape {
    size: Vec2::new(200.0, 50.0),
    role_line: false,
    expertise_line: false,
};

/// The band's name column on the window's board (at its left, not scaled).
pub const BAND_LABEL_WIDTH: f32 = 104.0;

/// How the window's board is laid out: cards that fit the room, text never under 14 px.
pub const WINDOW: FitSpec = FitSpec {
    shapes: &[FULL, COMPACT],
    last_resort: &[MINIMAL],
    narrowest: 0.73,
    // The name column and the room after it.
    label_width: BAND_LABEL_WIDTH + 8.0,
    heading: 0.0,
    gap: Vec2::new(8.0, 6.0),
    band_padding: 7.0,
    band_gap: 8.0,
    min_scale: 1.0,
    // 21 px titles: larger type would cut more titles short on the same card.
    max_scale: 1.3,
};

/// What the board around the cards takes, and the scales it may use.
#[derive(Debug, Clone, Copy, PartialEq)]
pub struct FitSpec {
    /// The shapes to try at every scale, best first.
    pub shapes: &'static [CardShape],
    /// Shapes tried only when none of `shapes` fits at any scale.
    pub last_resort: &'static [CardShape],
    /// The narrowest a card may get, as a share of its shape's width (names need room).
    pub narrowest: f32,
    /// The band's name column at the left (not scaled).
    pub label_width: f32,
    /// A heading row above each band's cards, at scale 1 (scaled with the cards).
    pub heading: f32,
    /// Room between cards, and around and between bands (not scaled).
    pub gap: Vec2,
    pub band_padding: f32,
    pub band_gap: f32,
    /// The scales allowed: the smallest keeps text at its minimum size.
    pub min_scale: f32,
    pub max_scale: f32,
}

/// The board's layout: every band's cards in rows of `columns`.
#[derive(Debug, Clone, Copy, PartialEq)]
pub struct BoardFit {
    pub scale: f32,
    pub shape: CardShape,
    /// The card's size as drawn (its shape at `scale`, perhaps narrowed).
    pub card: Vec2,
    pub columns: usize,
    /// Whether the whole board fits the room (when not, the board scrolls).
    pub fits: bool,
}

impl FitSpec {
    /// The layout of cards of `card` size in `columns`, and the room it takes.
    fn room_taken(&self, counts: &[usize], card: Vec2, scale: f32, columns: usize) -> Vec2 {
        let cols = columns as f32;
        let width = self.label_width
            + cols * card.x
            + (cols - 1.0).max(0.0) * self.gap.x
            + 2.0 * self.band_padding;
        let height: f32 = counts
            .iter()
            .map(|&n| {
                let rows = n.div_ceil(columns).max(1) as f32;
                self.heading * scale
                    + rows * card.y
                    + (rows - 1.0) * self.gap.y
                    + 2.0 * self.band_padding
                    + self.band_gap
            })
            .sum();
        Vec2::new(width, height)
    }

    /// How many cards of width `card` fit across `width`.
    fn columns_in(&self, width: f32, card: f32) -> usize {
        let room = width - self.label_width - 2.0 * self.band_padding + self.gap.x;
        ((room / (card + self.gap.x)).floor() as usize).max(1)
    }

    /// The largest layout that shows every card in `room`: the biggest scale first, then the
    /// fuller shape, then the wider card. When nothing fits, the smallest layout, which
    /// scrolls. `zoom` (1 = fit) then scales the chosen layout up or down.
    ///
    /// `widest` is the room the longest line that must never be cut (a holder's name) needs
    /// on a card at scale 1: no card is narrowed below it (but a card of full width always
    /// may be tried).
    pub fn fit(&self, room: Vec2, counts: &[usize], widest: f32, zoom: f32) -> BoardFit {
        let mut smallest = None;
        // The usual shapes at every scale first; the last resort only at the smallest scale,
        // when none fits (so more seats never get bigger type).
        for (shapes, top) in [
            (self.shapes, self.max_scale),
            (self.last_resort, self.min_scale),
        ] {
            if let Some(fit) = self.first_fit(shapes, top, (room, counts, widest), &mut smallest) {
                return self.zoomed(self.stretched(fit, room, counts), room, counts, zoom);
            }
        }
        let fallback = smallest.unwrap_or(BoardFit {
            scale: self.min_scale,
            shape: FULL,
            card: FULL.size,
            columns: 1,
            fits: false,
        });
        // Too big to fit, it scrolls; its rows still fill the width.
        self.zoomed(self.stretched(fallback, room, counts), room, counts, zoom)
    }

    /// The first layout of `shapes` that fits, trying the biggest scale (`top`) first, then each
    /// shape, then narrower cards (never narrower than `widest`); `smallest` keeps the last
    /// tried, for when none fits.
    fn first_fit(
        &self,
        shapes: &[CardShape],
        top: f32,
        (room, counts, widest): (Vec2, &[usize], f32),
        smallest: &mut Option<BoardFit>,
    ) -> Option<BoardFit> {
        let steps = ((top - self.min_scale) / 0.05).round().max(0.0) as usize;
        for step in 0..=steps {
            let scale = top - step as f32 * 0.05;
            for &shape in shapes {
                let exact = (widest / shape.size.x).clamp(self.narrowest, 1.0);
                for narrow in [1.0, 0.92, 0.85, 0.8, exact, self.narrowest] {
                    let too_narrow = narrow < 1.0 && shape.size.x * narrow < widest - 0.01;
                    if narrow < self.narrowest || too_narrow {
                        continue;
                    }
                    let card = Vec2::new(shape.size.x * narrow, shape.size.y) * scale;
                    let columns = self.columns_in(room.x, card.x);
                    let taken = self.room_taken(counts, card, scale, columns);
                    let fit = BoardFit {
                        scale,
                        shape,
                        card,
                        columns,
                        fits: taken.x <= room.x && taken.y <= room.y,
                    };
                    if fit.fits {
                        return Some(fit);
                    }
                    *smallest = Some(fit);
                }
            }
        }
        None
    }

    /// `fit` with its cards widened to fill the row (long titles get the room), up to half as
    /// wide again. Rows stay as they are: the widest band sets how many cards a row needs.
    fn stretched(&self, fit: BoardFit, room: Vec2, counts: &[usize]) -> BoardFit {
        let needed = counts
            .iter()
            .copied()
            .max()
            .unwrap_or(1)
            .clamp(1, fit.columns);
        let cols = needed as f32;
        let across =
            room.x - self.label_width - 2.0 * self.band_padding - (cols - 1.0) * self.gap.x;
        let width = (across / cols).clamp(fit.card.x, fit.card.x * 1.5);
        BoardFit {
            card: Vec2::new(width, fit.card.y),
            columns: needed,
            ..fit
        }
    }

    /// `fit` scaled by the user's zoom (cards re-flowed into the width at the new size).
    fn zoomed(&self, fit: BoardFit, room: Vec2, counts: &[usize], zoom: f32) -> BoardFit {
        if (zoom - 1.0).abs() < f32::EPSILON {
            return fit;
        }
        let scale = (fit.scale * zoom).max(self.min_scale);
        let card = fit.card / fit.scale * scale;
        let columns = self.columns_in(room.x, card.x);
        let taken = self.room_taken(counts, card, scale, columns);
        BoardFit {
            scale,
            card,
            columns,
            fits: taken.x <= room.x && taken.y <= room.y,
            ..fit
        }
    }
}

/// How wide the widest of `lines` is in type of `size` (measured on the four longest in bytes,
/// each cut to 80 characters: a line past any card's width is cut on the card anyway).
pub fn widest<'a>(ui: &egui::Ui, lines: impl Iterator<Item = &'a str>, size: f32) -> f32 {
    let mut lines: Vec<&str> = lines.collect();
    lines.sort_unstable_by_key(|n| std::cmp::Reverse(n.len()));
    lines
        .iter()
        .take(4)
        .map(|line| {
            let galley = ui.painter().layout_no_wrap(
                crate::model::cut(line, 80),
                egui::FontId::proportional(size),
                egui::Color32::WHITE,
            );
            galley.size().x
        })
        .fold(0.0, f32::max)
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn a_small_board_in_a_big_room_gets_the_biggest_cards() {
        let fit = WINDOW.fit(Vec2::new(1500.0, 900.0), &[2, 2, 2, 1], 0.0, 1.0);
        assert!(fit.fits);
        assert!((fit.scale - WINDOW.max_scale).abs() < 1e-3, "{fit:?}");
        assert_eq!(fit.shape, FULL);
    }

    #[test]
    fn thirty_seats_fit_a_laptops_board_area_with_text_at_its_minimum_or_more() {
        // The board's room at 1366x768 with the side columns folded or beside it.
        let room = Vec2::new(930.0, 640.0);
        let fit = WINDOW.fit(room, &[8, 9, 10, 3], 0.0, 1.0);
        assert!(fit.fits, "{fit:?}");
        assert!(fit.scale >= 1.0);
        let taken = WINDOW.room_taken(&[8, 9, 10, 3], fit.card, fit.scale, fit.columns);
        assert!(taken.x <= room.x && taken.y <= room.y, "{taken:?}");
        // Cards widen to fill the row, never past the room.
        assert!(fit.card.x >= FULL.size.x * WINDOW.narrowest * fit.scale - 1e-3);
    }

    #[test]
    fn a_board_too_big_for_the_room_falls_back_to_the_smallest_cards_and_says_so() {
        let fit = WINDOW.fit(Vec2::new(600.0, 300.0), &[40, 40, 40, 40], 0.0, 1.0);
        assert!(!fit.fits);
        assert!((fit.scale - 1.0).abs() < 1e-3);
        assert_eq!(fit.shape, MINIMAL);
    }

    #[test]
    fn a_card_is_never_narrowed_below_the_longest_name() {
        let room = Vec2::new(930.0, 640.0);
        let counts = [5, 6, 5, 3];
        let loose = WINDOW.fit(room, &counts, 0.0, 1.0);
        let named = WINDOW.fit(room, &counts, 190.0, 1.0);
        assert!(named.card.x / named.scale >= 190.0 - 1e-3, "{named:?}");
        assert!(named.columns <= loose.columns);
        // A name too long for any card does not stop the board from being laid out.
        let huge = WINDOW.fit(room, &counts, 5000.0, 1.0);
        assert!((huge.card.x / huge.scale - FULL.size.x).abs() < 1e-3 || huge.card.x > FULL.size.x);
    }

    #[test]
    fn zoom_scales_the_fitted_cards_and_reflows_them() {
        let room = Vec2::new(1200.0, 800.0);
        let fit = WINDOW.fit(room, &[5, 6, 6, 3], 0.0, 1.0);
        let bigger = WINDOW.fit(room, &[5, 6, 6, 3], 0.0, 1.5);
        assert!(bigger.card.x > fit.card.x && bigger.columns <= fit.columns);
        // Zooming out never takes text below its minimum.
        let smaller = WINDOW.fit(room, &[5, 6, 6, 3], 0.0, 0.1);
        assert!((smaller.scale - WINDOW.min_scale).abs() < 1e-3);
    }

    #[test]
    fn more_seats_never_get_bigger_type() {
        let room = Vec2::new(1000.0, 640.0);
        let mut last = f32::INFINITY;
        for n in 1..40 {
            let fit = WINDOW.fit(room, &[n, n, n, n / 2], 0.0, 1.0);
            assert!(fit.scale <= last + 1e-3, "{n} seats: {fit:?}");
            last = fit.scale;
        }
    }
}
